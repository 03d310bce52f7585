#include "bitext/text/docx.h"

#include <zip.h>
#include <pugixml.hpp>

#include <array>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/text/numerals.h"

namespace bitext::text {
namespace {

constexpr zip_uint64_t kMaxPart = zip_uint64_t{256} << 20;  // largest part read, uncompressed
constexpr int kLevels = 9;                                  // list levels Word knows (0-8)
constexpr int kMaxDepth = 200;  // elements nested deeper are refused (the walk is recursive)

// The element name without its namespace prefix: w:p -> p.
std::string_view local(pugi::xml_node node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_node c : node.children()) {
    if (local(c) == name) return c;
  }
  return {};
}

std::string attribute(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_attribute a : node.attributes()) {
    std::string_view n = a.name();
    const auto colon = n.find(':');
    if (colon != std::string_view::npos) n = n.substr(colon + 1);
    if (n == name) return a.value();
  }
  return {};
}

// The w:val attribute of a node's first child named `name` (w:numFmt w:val="decimal"), empty
// when absent.
std::string child_val(pugi::xml_node node, std::string_view name) {
  return attribute(child(node, name), "val");
}

int to_int(const std::string& s, int fallback) {
  if (s.empty() || s.size() > 9) return fallback;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return fallback;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Where the parts of a .docx come from, and the file they are reported against.
class Parts {
 public:
  explicit Parts(std::string name) : name_(std::move(name)) {}
  virtual ~Parts() = default;
  Parts(const Parts&) = delete;
  Parts& operator=(const Parts&) = delete;

  // The bytes of a part, or nullopt when there is none of that name.
  virtual std::optional<std::string> part(const char* path) = 0;

  void parse(const char* path, const std::string& bytes, pugi::xml_document& doc) const {
    const pugi::xml_parse_result r =
        doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!r) {
      throw InputError(name_, std::string(path) + ": malformed XML at byte " +
                                  std::to_string(r.offset) + " of the part (" + r.description() +
                                  ")");
    }
  }

  const std::string& name() const { return name_; }

 protected:
  std::string name_;
};

// The parts of a .docx archive, read from memory.
class Archive : public Parts {
 public:
  Archive(std::string_view bytes, const std::string& name) : Parts(name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (archive_ == nullptr) {
      if (source != nullptr) zip_source_free(source);
      const std::string why = zip_error_strerror(&error);
      zip_error_fini(&error);
      throw InputError(name, "not a readable .docx (damaged ZIP archive: " + why + ")");
    }
    zip_error_fini(&error);
  }
  ~Archive() override { zip_discard(archive_); }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  std::optional<std::string> part(const char* path) override {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive_, path, 0, &st) != 0) return std::nullopt;
    if ((st.valid & ZIP_STAT_SIZE) == 0 || st.size > kMaxPart) {
      throw InputError(name_, std::string(path) + " is over 256 MB uncompressed");
    }
    zip_file_t* file = zip_fopen(archive_, path, 0);
    if (file == nullptr) {
      throw InputError(name_, std::string("cannot read ") + path + ": " + zip_strerror(archive_));
    }
    std::string out(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t n = st.size == 0 ? 0 : zip_fread(file, out.data(), st.size);
    zip_fclose(file);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
      throw InputError(name_, std::string("cannot read ") + path + ": damaged in the archive");
    }
    return out;
  }

 private:
  zip_t* archive_ = nullptr;
};

// Parts given by name.
class PartMap : public Parts {
 public:
  PartMap(const std::map<std::string, std::string>& parts, const std::string& name)
      : Parts(name), parts_(parts) {}
  std::optional<std::string> part(const char* path) override {
    const auto it = parts_.find(path);
    if (it == parts_.end()) return std::nullopt;
    return it->second;
  }

 private:
  const std::map<std::string, std::string>& parts_;
};

// A number as a list level displays it (w:numFmt); decimal where the format has no form for it
// (Roman past 3999, letters past 260: zz...).
std::string format_number(int n, const std::string& format) {
  std::string out;
  if (format == "lowerLetter" || format == "upperLetter") {
    if (n >= 1 && n <= 260) {
      // Word's letters after z: aa, bb ... (the letter repeated).
      const char base = format == "lowerLetter" ? 'a' : 'A';
      out.assign(static_cast<std::size_t>((n - 1) / 26 + 1),
                 static_cast<char>(base + (n - 1) % 26));
    }
  } else if (format == "upperRoman" || format == "lowerRoman") {
    out = to_roman(n);
    if (format == "lowerRoman") {
      for (char& c : out) c = static_cast<char>(c - 'A' + 'a');
    }
  } else if (format.rfind("chinese", 0) == 0 || format == "taiwaneseCounting" ||
             format == "taiwaneseCountingThousand" || format == "japaneseCounting" ||
             format == "ideographDigital") {
    out = to_chinese_number(n);
  } else if (format == "ideographTraditional") {
    static const char* const kStems[] = {"甲", "乙", "丙", "丁", "戊",
                                         "己", "庚", "辛", "壬", "癸"};
    if (n >= 1 && n <= 10) out = kStems[n - 1];
  } else if (format.rfind("decimalEnclosedCircle", 0) == 0) {
    if (n >= 1 && n <= 20) out = utf8::encode(static_cast<char32_t>(0x2460 + n - 1));  // ①-⑳
  } else if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    for (char c : std::to_string(n)) out += utf8::encode(static_cast<char32_t>(0xFF10 + (c - '0')));
  } else if (format == "decimalZero" && n >= 0 && n < 10) {
    out = "0" + std::to_string(n);
  }
  return out.empty() ? std::to_string(n) : out;  // decimal, and the rare formats (ordinal ...)
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
    return std::move(out_);
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

  // Counts the depth of the recursive walks; refuses a document nested deeper than kMaxDepth.
  class Deeper {
   public:
    explicit Deeper(Reader& r) : r_(r) {
      if (++r_.depth_ > kMaxDepth) {
        throw InputError(r_.archive_.name(), "elements nested over " + std::to_string(kMaxDepth) +
                                                 " deep: not a document Word writes");
      }
    }
    ~Deeper() { --r_.depth_; }
    Deeper(const Deeper&) = delete;
    Deeper& operator=(const Deeper&) = delete;

   private:
    Reader& r_;
  };

  void block(pugi::xml_node node) {
    const Deeper deeper(*this);
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
    emit(number.empty() ? text : number + " " + text);
    for (pugi::xml_node box : boxes) block(box);
  }

  // Appends a paragraph, trimmed of white space at its ends; empty ones are left out.
  void emit(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t\n");
    if (begin == std::string::npos) return;
    const auto end = text.find_last_not_of(" \t\n");
    if (!out_.empty()) out_ += "\n\n";
    out_.append(text, begin, end - begin + 1);
  }

  void runs(pugi::xml_node node, std::string& text, std::vector<pugi::xml_node>& boxes) {
    const Deeper deeper(*this);
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
      const auto begin = text.find_first_not_of(" \t\n");
      if (begin == std::string::npos) continue;
      emit(utf8::superscript_digits(std::to_string(referenced.number.at(id))) + " " +
           text.substr(begin));
    }
  }

  Parts& archive_;
  Numbering numbering_;
  std::map<std::string, StyleNumbering> styles_;
  Notes footnotes_, endnotes_;
  std::string out_;
  int depth_ = 0;
};

}  // namespace

bool is_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\3\4", 4); }

namespace {

std::string text_of(Parts& parts) {
  Reader reader(parts);
  std::string text = reader.read();
  if (text.empty()) {
    const std::string& name = parts.name();
    if (!parts.part("word/document.xml")) {
      throw InputError(name,
                       "a ZIP archive without word/document.xml: not a Word .docx file (save an "
                       ".odt, .doc or .pdf as .docx or as plain text first)");
    }
    throw InputError(name, "a Word .docx file without text");
  }
  return text;
}

}  // namespace

std::string docx_text(std::string_view bytes, const std::string& name) {
  Archive archive(bytes, name);
  return text_of(archive);
}

std::string docx_text_of_parts(const std::map<std::string, std::string>& parts,
                               const std::string& name) {
  PartMap map(parts, name);
  return text_of(map);
}

}  // namespace bitext::text
