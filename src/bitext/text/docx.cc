#include "bitext/text/docx.h"

#include <pugixml.hpp>

#include <array>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/text/office_xml.h"

namespace bitext::text {
namespace {

using office::attribute;
using office::child;
using office::Deeper;
using office::format_number;
using office::local;
using office::Parts;
using office::to_int;

constexpr int kLevels = 9;  // list levels Word knows (0-8)

// The w:val attribute of a node's first child named `name` (w:numFmt w:val="decimal"), empty
// when absent.
std::string child_val(pugi::xml_node node, std::string_view name) {
  return attribute(child(node, name), "val");
}

// Automatic list numbering (word/numbering.xml): the label each numbered paragraph displays.
class Numbering {
 public:
  void load(const pugi::xml_document& doc) {
    const pugi::xml_node root = doc.first_child();
    for (pugi::xml_node n : root.children()) {
      if (local(n) == "abstractNum") {
        Abstract& a = abstract_[attribute(n, "abstractNumId")];
        for (pugi::xml_node lvl : n.children()) {
          if (local(lvl) != "lvl") continue;
          const int k = to_int(attribute(lvl, "ilvl"), -1);
          if (k < 0 || k >= kLevels) continue;
          Level& level = a.levels[static_cast<std::size_t>(k)];
          level.start = to_int(child_val(lvl, "start"), 1);
          level.format = child_val(lvl, "numFmt");
          if (level.format.empty()) level.format = "decimal";
          level.text = child_val(lvl, "lvlText");
          level.style = child_val(lvl, "pStyle");
          level.defined = true;
        }
      } else if (local(n) == "num") {
        Num& num = nums_[attribute(n, "numId")];
        num.abstract = child_val(n, "abstractNumId");
        for (pugi::xml_node o : n.children()) {
          if (local(o) != "lvlOverride") continue;
          const int k = to_int(attribute(o, "ilvl"), -1);
          const std::string start = child_val(o, "startOverride");
          if (k >= 0 && k < kLevels && !start.empty()) num.start[k] = to_int(start, 1);
        }
      }
    }
  }

  // The level a style is linked to in a list (w:lvl/w:pStyle), 0 when none.
  int level_of_style(const std::string& num_id, const std::string& style) const {
    const Abstract* a = find(num_id);
    if (a == nullptr) return 0;
    for (int k = 0; k < kLevels; ++k) {
      if (a->levels[static_cast<std::size_t>(k)].style == style) return k;
    }
    return 0;
  }

  // The label of the next paragraph of list num_id at level ilvl (counting it); empty for
  // bullets, unknown lists and numId 0 (numbering switched off).
  std::string next_label(const std::string& num_id, int ilvl) {
    const Abstract* a = find(num_id);
    if (a == nullptr || ilvl < 0 || ilvl >= kLevels) return {};
    Counters& c = counters_[num_id];
    const auto start = [&](int k) {
      const auto o = nums_[num_id].start.find(k);
      return o != nums_[num_id].start.end() ? o->second
                                            : a->levels[static_cast<std::size_t>(k)].start;
    };
    const auto k = static_cast<std::size_t>(ilvl);
    c.value[k] = c.started[k] ? c.value[k] + 1 : start(ilvl);
    c.started[k] = true;
    for (std::size_t deeper = k + 1; deeper < kLevels; ++deeper) c.started[deeper] = false;
    const Level& level = a->levels[k];
    if (!level.defined || level.format == "bullet") return {};
    std::string out;
    const std::string& text = level.text;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
        const auto ref = static_cast<std::size_t>(text[i + 1] - '1');
        const int value = c.started[ref] ? c.value[ref] : start(static_cast<int>(ref));
        out += format_number(value, a->levels[ref].format);
        ++i;
      } else {
        out += text[i];
      }
    }
    return out;
  }

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::string text;
    std::string style;
    bool defined = false;
  };
  struct Abstract {
    std::array<Level, kLevels> levels;
  };
  struct Num {
    std::string abstract;
    std::map<int, int> start;  // level -> startOverride
  };
  struct Counters {
    std::array<int, kLevels> value{};
    std::array<bool, kLevels> started{};
  };

  const Abstract* find(const std::string& num_id) const {
    const auto n = nums_.find(num_id);
    if (n == nums_.end()) return nullptr;
    const auto a = abstract_.find(n->second.abstract);
    return a == abstract_.end() ? nullptr : &a->second;
  }

  std::map<std::string, Abstract> abstract_;
  std::map<std::string, Num> nums_;
  std::map<std::string, Counters> counters_;
};

// Paragraph styles that carry list numbering (word/styles.xml): style -> numId and level.
struct StyleNumbering {
  std::string num_id;
  std::string ilvl;  // empty: the level linked to the style, else 0
  std::string based_on;
};

class Reader {
 public:
  explicit Reader(Parts& archive) : archive_(archive) {}

  std::string read() {
    const std::optional<std::string> body = archive_.part("word/document.xml");
    if (!body) return {};
    if (auto styles = archive_.part("word/styles.xml")) load_styles(*styles);
    if (auto numbering = archive_.part("word/numbering.xml")) {
      pugi::xml_document doc;
      archive_.parse("word/numbering.xml", *numbering, doc);
      numbering_.load(doc);
    }
    pugi::xml_document doc;
    archive_.parse("word/document.xml", *body, doc);
    block(child(doc.first_child(), "body"));
    notes("word/footnotes.xml", footnotes_);
    notes("word/endnotes.xml", endnotes_);
    return out_.take();
  }

 private:
  // Notes referenced in the body, in order of first reference: id -> number.
  struct Notes {
    std::map<std::string, std::size_t> number;
    std::vector<std::string> order;
  };

  void load_styles(const std::string& bytes) {
    pugi::xml_document doc;
    archive_.parse("word/styles.xml", bytes, doc);
    for (pugi::xml_node s : doc.first_child().children()) {
      if (local(s) != "style") continue;
      StyleNumbering& n = styles_[attribute(s, "styleId")];
      n.based_on = child_val(s, "basedOn");
      const pugi::xml_node num = child(child(s, "pPr"), "numPr");
      n.num_id = child_val(num, "numId");
      n.ilvl = child_val(num, "ilvl");
    }
  }

  // The list a paragraph belongs to: its own numPr, else its style's (or a base style's).
  std::string label(pugi::xml_node ppr) {
    const pugi::xml_node num = child(ppr, "numPr");
    std::string num_id = child_val(num, "numId");
    std::string ilvl = child_val(num, "ilvl");
    if (num_id.empty()) {
      std::string style = child_val(ppr, "pStyle");
      for (int depth = 0; depth < 16 && !style.empty() && num_id.empty(); ++depth) {
        const auto s = styles_.find(style);
        if (s == styles_.end()) break;
        num_id = s->second.num_id;
        if (ilvl.empty()) ilvl = s->second.ilvl;
        if (num_id.empty()) style = s->second.based_on;
      }
      if (!num_id.empty() && ilvl.empty()) {
        ilvl = std::to_string(numbering_.level_of_style(num_id, child_val(ppr, "pStyle")));
      }
    }
    if (num_id.empty() || num_id == "0") return {};
    return numbering_.next_label(num_id, to_int(ilvl, 0));
  }

  void block(pugi::xml_node node) {
    const Deeper deeper(archive_, depth_);
    for (pugi::xml_node c : node.children()) {
      const std::string_view name = local(c);
      if (name == "p") {
        paragraph(c);
      } else if (name == "tbl") {
        for (pugi::xml_node row : c.children()) {
          if (local(row) != "tr") continue;
          for (pugi::xml_node cell : row.children()) {
            if (local(cell) == "tc") block(cell);
          }
        }
      } else if (name == "sdt") {
        block(child(c, "sdtContent"));
      } else if (name == "customXml" || name == "ins" || name == "txbxContent") {
        block(c);
      }
    }
  }

  void paragraph(pugi::xml_node p) {
    std::string text;
    std::vector<pugi::xml_node> boxes;  // text boxes anchored in the paragraph
    runs(p, text, boxes);
    std::string number = label(child(p, "pPr"));
    out_.paragraph(number.empty() ? text : number + " " + text);
    for (pugi::xml_node box : boxes) block(box);
  }

  void runs(pugi::xml_node node, std::string& text, std::vector<pugi::xml_node>& boxes) {
    const Deeper deeper(archive_, depth_);
    for (pugi::xml_node c : node.children()) {
      const std::string_view name = local(c);
      if (name == "t") {
        text += c.child_value();
      } else if (name == "tab" || name == "ptab") {
        text += '\t';
      } else if (name == "br" || name == "cr") {
        text += '\n';
      } else if (name == "noBreakHyphen") {
        text += '-';
      } else if (name == "footnoteReference" || name == "endnoteReference") {
        Notes& notes = name == "footnoteReference" ? footnotes_ : endnotes_;
        const std::string id = attribute(c, "id");
        auto [it, added] = notes.number.emplace(id, notes.number.size() + 1);
        if (added) notes.order.push_back(id);
        text += utf8::superscript_digits(std::to_string(it->second));
      } else if (name == "txbxContent") {
        boxes.push_back(c);
      } else if (name == "AlternateContent") {
        // The same content twice (a drawing and its VML fallback): the first choice only.
        runs(child(c, "Choice"), text, boxes);
      } else if (name == "pPr" || name == "rPr" || name == "del" || name == "delText" ||
                 name == "instrText" || name == "delInstrText" || name == "moveFrom" ||
                 name == "fldData" || name == "footnoteRef" || name == "endnoteRef") {
        continue;
      } else {
        runs(c, text, boxes);  // w:r, w:hyperlink, w:ins, w:smartTag, w:fldSimple, w:drawing ...
      }
    }
  }

  // The referenced notes of one part, each a paragraph opening with its number.
  void notes(const char* path, const Notes& referenced) {
    if (referenced.order.empty()) return;
    const std::optional<std::string> bytes = archive_.part(path);
    if (!bytes) return;
    pugi::xml_document doc;
    archive_.parse(path, *bytes, doc);
    std::map<std::string, pugi::xml_node> by_id;
    for (pugi::xml_node n : doc.first_child().children()) by_id[attribute(n, "id")] = n;
    const std::vector<std::string> order = referenced.order;  // a note may cite another
    for (const std::string& id : order) {
      const auto n = by_id.find(id);
      if (n == by_id.end()) continue;
      std::string text;
      std::vector<pugi::xml_node> boxes;
      for (pugi::xml_node p : n->second.children()) {
        if (local(p) != "p") continue;
        std::string one;
        runs(p, one, boxes);
        if (!text.empty() && !one.empty()) text += ' ';
        text += one;
      }
      out_.note(referenced.number.at(id), text);
    }
  }

  Parts& archive_;
  Numbering numbering_;
  std::map<std::string, StyleNumbering> styles_;
  Notes footnotes_, endnotes_;
  office::TextOut out_;
  int depth_ = 0;
};

}  // namespace

namespace office {

std::string docx_text_of(Parts& parts) {
  Reader reader(parts);
  std::string text = reader.read();
  if (text.empty()) {
    if (!parts.has("word/document.xml")) {
      throw InputError(parts.name(),
                       "a ZIP archive without word/document.xml: not a Word .docx file");
    }
    throw InputError(parts.name(), "a Word .docx file without text");
  }
  return text;
}

}  // namespace office

bool is_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\3\4", 4); }

std::string docx_text(std::string_view bytes, const std::string& name) {
  office::Archive archive(bytes, name);
  return office::docx_text_of(archive);
}

std::string docx_text_of_parts(const std::map<std::string, std::string>& parts,
                               const std::string& name) {
  office::PartMap map(parts, name);
  return office::docx_text_of(map);
}

}  // namespace bitext::text
