#include "bitext/text/odt.h"

#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/text/office_xml.h"

namespace bitext::text {
namespace {

using office::attribute;
using office::child;
using office::Deeper;
using office::local;
using office::Parts;
using office::to_int;

constexpr int kLevels = 10;  // list levels ODF knows (text:level 1-10)

// How a list level displays its number (text:list-level-style-number, or a level of the
// outline style that numbers headings): a bullet or an image level displays none.
struct Level {
  std::string format;  // in Word's names, for office::format_number; empty: no number
  std::string prefix, suffix;
  int start = 1;
  int display = 1;  // levels shown: 2 writes the parent's number too, "1.2"
};
using ListStyle = std::array<Level, kLevels>;

// ODF's style:num-format ("1", "a", "I", "一, 二, 三, ...") in Word's format names; empty for
// none.
std::string word_format(const std::string& f) {
  if (f.empty()) return {};
  if (f == "1") return "decimal";
  if (f == "a") return "lowerLetter";
  if (f == "A") return "upperLetter";
  if (f == "i") return "lowerRoman";
  if (f == "I") return "upperRoman";
  const auto starts = [&](const char* prefix) { return f.rfind(prefix, 0) == 0; };
  if (starts("一") || starts("壹") || starts("〇") || starts("零")) return "chineseCounting";
  if (starts("①")) return "decimalEnclosedCircle";
  if (starts("甲")) return "ideographTraditional";
  if (starts("１")) return "decimalFullWidth";
  return "decimal";
}

ListStyle read_list_style(pugi::xml_node node) {
  ListStyle style;
  for (pugi::xml_node c : node.children()) {
    const std::string_view name = local(c);
    if (name != "list-level-style-number" && name != "outline-level-style") continue;
    const int k = to_int(attribute(c, "level"), 0) - 1;
    if (k < 0 || k >= kLevels) continue;
    Level& level = style[static_cast<std::size_t>(k)];
    level.format = word_format(attribute(c, "num-format"));
    level.prefix = attribute(c, "num-prefix");
    level.suffix = attribute(c, "num-suffix");
    level.start = to_int(attribute(c, "start-value"), 1);
    level.display = std::clamp(to_int(attribute(c, "display-levels"), 1), 1, k + 1);
  }
  return style;
}

// Counters of one list style (or of the outline).
struct Counters {
  std::array<int, kLevels> value{};
  std::array<bool, kLevels> started{};
};

// Where a paragraph stands in a list: its list style, level (0-based), whether it opens its
// list item (and so is counted), and the item's own start value (-1: none).
struct ListPlace {
  std::string style;
  int level = 0;
  bool counted = false;
  int start = -1;
};

const char* const kOutline = "\x01outline";  // the counters of numbered headings

// Bookmarks, reference marks and index marks (text:bookmark, text:toc-mark-start ...): places,
// not text. A reference to one (text:bookmark-ref) shows text and is read.
bool is_mark(std::string_view name) {
  for (std::string_view end : {"mark", "mark-start", "mark-end"}) {
    if (name.size() >= end.size() && name.substr(name.size() - end.size()) == end) return true;
  }
  return false;
}

class Reader {
 public:
  explicit Reader(Parts& parts) : parts_(parts) {}

  std::string read() {
    const std::optional<std::string> content = parts_.part("content.xml");
    if (!content) return {};
    pugi::xml_document styles;
    if (auto bytes = parts_.part("styles.xml")) {
      parts_.parse("styles.xml", *bytes, styles);
      load_styles(styles.first_child());
    }
    pugi::xml_document doc;
    parts_.parse("content.xml", *content, doc);
    const pugi::xml_node root = doc.first_child();
    load_styles(root);
    const pugi::xml_node body = child(root, "body");
    for (const char* other : {"spreadsheet", "presentation", "drawing", "chart", "image"}) {
      if (child(body, other)) {
        throw InputError(parts_.name(), std::string("an OpenDocument ") + other +
                                            ", not a text document: save it as .odt, .docx "
                                            "or plain text (UTF-8) first");
      }
    }
    block(child(body, "text"));
    notes(footnotes_);
    notes(endnotes_);
    return out_.take();
  }

 private:
  // List styles, the outline style and paragraph styles, from office:styles and
  // office:automatic-styles of the part whose root is given.
  void load_styles(pugi::xml_node root) {
    for (const char* group : {"styles", "automatic-styles"}) {
      for (pugi::xml_node s : child(root, group).children()) {
        const std::string_view name = local(s);
        if (name == "list-style") {
          lists_[attribute(s, "name")] = read_list_style(s);
        } else if (name == "outline-style") {
          lists_[kOutline] = read_list_style(s);
        } else if (name == "style" && attribute(s, "family") == "paragraph") {
          ParagraphStyle& p = paragraph_styles_[attribute(s, "name")];
          p.parent = attribute(s, "parent-style-name");
          p.list = attribute(s, "list-style-name");
        }
      }
    }
  }

  // The list style a paragraph style gives (itself or a parent), empty when none.
  std::string list_of_style(std::string style) const {
    for (int depth = 0; depth < 16 && !style.empty(); ++depth) {
      const auto s = paragraph_styles_.find(style);
      if (s == paragraph_styles_.end()) break;
      if (!s->second.list.empty()) return s->second.list;
      style = s->second.parent;
    }
    return {};
  }

  // Counts a paragraph at `level` of list style `style` and returns the label it displays
  // (empty for bullets and unknown styles).
  std::string next_label(const std::string& style, int level, int start) {
    const auto found = lists_.find(style);
    if (found == lists_.end() || level < 0 || level >= kLevels) return {};
    const ListStyle& levels = found->second;
    Counters& c = counters_[style];
    const auto k = static_cast<std::size_t>(level);
    if (start >= 0) {
      c.value[k] = start;
    } else {
      c.value[k] = c.started[k] ? c.value[k] + 1 : levels[k].start;
    }
    c.started[k] = true;
    for (std::size_t deeper = k + 1; deeper < kLevels; ++deeper) c.started[deeper] = false;
    const Level& shown = levels[k];
    if (shown.format.empty()) return {};
    std::string number;
    for (std::size_t j = k + 1 - static_cast<std::size_t>(shown.display); j <= k; ++j) {
      if (!number.empty()) number += '.';
      const int value = c.started[j] ? c.value[j] : levels[j].start;
      number +=
          office::format_number(value, levels[j].format.empty() ? "decimal" : levels[j].format);
    }
    return shown.prefix + number + shown.suffix;
  }

  void block(pugi::xml_node node) {
    const Deeper deeper(parts_, depth_);
    for (pugi::xml_node c : node.children()) element(c);
  }

  // One element of a body, cell, section or text box.
  void element(pugi::xml_node c) {
    const std::string_view name = local(c);
    if (name == "p" || name == "h") {
      paragraph(c, nullptr);
    } else if (name == "list") {
      list(c, 0, "");
    } else if (name == "numbered-paragraph") {
      const ListPlace place{attribute(c, "style-name"), to_int(attribute(c, "level"), 1) - 1, true,
                            to_int(attribute(c, "start-value"), -1)};
      for (pugi::xml_node p : c.children()) {
        if (local(p) == "p" || local(p) == "h") paragraph(p, &place);
      }
    } else if (name == "table") {
      table(c);
    } else if (name == "section" || name == "index-body" || name == "index-title") {
      block(c);
    } else if (name == "table-of-content" || name == "alphabetical-index" ||
               name == "illustration-index" || name == "table-index" || name == "object-index" ||
               name == "user-index" || name == "bibliography") {
      block(child(c, "index-body"));
    } else if (name == "frame") {
      for (pugi::xml_node box : c.children()) {
        if (local(box) == "text-box") block(box);
      }
    }
    // Left out: text:tracked-changes (the deleted text change tracking keeps), declarations
    // of variables and sequences, forms, page breaks.
  }

  void list(pugi::xml_node node, int level, std::string style) {
    const Deeper deeper(parts_, depth_);
    if (const std::string own = attribute(node, "style-name"); !own.empty()) style = own;
    // A list restarts its style's numbering unless it says it continues one.
    if (level == 0 && attribute(node, "continue-numbering") != "true" &&
        attribute(node, "continue-list").empty()) {
      counters_.erase(style);
    }
    for (pugi::xml_node item : node.children()) {
      const std::string_view kind = local(item);
      if (kind != "list-item" && kind != "list-header") continue;
      bool first = kind == "list-item";
      const int start = to_int(attribute(item, "start-value"), -1);
      for (pugi::xml_node c : item.children()) {
        const std::string_view name = local(c);
        if (name == "p" || name == "h") {
          ListPlace place{style, level, first, first ? start : -1};
          paragraph(c, &place);
          first = false;
        } else if (name == "list") {
          list(c, level + 1, style);
        } else {
          element(c);  // a table or a section inside an item
        }
      }
    }
  }

  void table(pugi::xml_node node) {
    const Deeper deeper(parts_, depth_);
    for (pugi::xml_node c : node.children()) {
      const std::string_view name = local(c);
      if (name == "table-row") {
        for (pugi::xml_node cell : c.children()) {
          if (local(cell) == "table-cell") block(cell);
        }
      } else if (name == "table-header-rows" || name == "table-rows" || name == "table-row-group") {
        table(c);
      }
    }
  }

  void paragraph(pugi::xml_node p, const ListPlace* place) {
    std::string text;
    std::vector<pugi::xml_node> boxes;
    runs(p, text, boxes);
    std::string label;
    if (place != nullptr) {
      std::string style = place->style;
      if (style.empty()) style = list_of_style(attribute(p, "style-name"));
      if (place->counted) label = next_label(style, place->level, place->start);
    } else if (local(p) == "h" && attribute(p, "is-list-header") != "true") {
      const int level = to_int(attribute(p, "outline-level"), 1) - 1;
      label = next_label(kOutline, level, to_int(attribute(p, "start-value"), -1));
    }
    // The number as the application displayed it, when it wrote it down (text:number).
    if (const pugi::xml_node shown = child(p, "number"); shown) {
      std::string written;
      for (pugi::xml_node t : shown.children()) {
        if (t.type() == pugi::node_pcdata) written += t.value();
      }
      if (!written.empty()) label = written;
    }
    out_.paragraph(label.empty() ? text : label + " " + text);
    for (pugi::xml_node box : boxes) block(box);
  }

  // Text, as ODF reads white space: runs of spaces, tabs and line ends count as one space;
  // text:s, text:tab and text:line-break are the spaces, tabs and breaks that show.
  static void collapse_into(std::string& text, const char* value) {
    for (const char* c = value; *c != '\0'; ++c) {
      if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r') {
        if (!text.empty() && text.back() != ' ' && text.back() != '\n' && text.back() != '\t') {
          text += ' ';
        }
      } else {
        text += *c;
      }
    }
  }

  void runs(pugi::xml_node node, std::string& text, std::vector<pugi::xml_node>& boxes) {
    const Deeper deeper(parts_, depth_);
    for (pugi::xml_node c : node.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        collapse_into(text, c.value());
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = local(c);
      if (name == "s") {
        text.append(static_cast<std::size_t>(std::clamp(to_int(attribute(c, "c"), 1), 1, 1000)),
                    ' ');
      } else if (name == "tab") {
        text += '\t';
      } else if (name == "line-break") {
        text += '\n';
      } else if (name == "note") {
        std::vector<pugi::xml_node>& notes =
            attribute(c, "note-class") == "endnote" ? endnotes_ : footnotes_;
        notes.push_back(child(c, "note-body"));
        text += utf8::superscript_digits(std::to_string(notes.size()));
      } else if (name == "frame") {
        for (pugi::xml_node box : c.children()) {
          if (local(box) == "text-box") boxes.push_back(box);
        }
      } else if (name == "annotation" || name == "annotation-end" || name == "ruby-text" ||
                 name == "number" || name == "soft-page-break" || name == "change" ||
                 name == "change-start" || name == "change-end" || is_mark(name)) {
        continue;  // comments, ruby glosses, labels read apart, change and index marks
      } else {
        runs(c, text, boxes);  // text:span, text:a, text:ruby-base, fields, text:meta ...
      }
    }
  }

  // The notes referenced, in order, each a paragraph opening with its number. A note cited
  // inside a note joins the list as it is read.
  void notes(std::vector<pugi::xml_node>& bodies) {
    for (std::size_t k = 0; k < bodies.size(); ++k) {
      std::string text;
      note_text(bodies[k], text);
      out_.note(k + 1, text);
    }
  }

  void note_text(pugi::xml_node node, std::string& text) {
    const Deeper deeper(parts_, depth_);
    std::vector<pugi::xml_node> boxes;
    for (pugi::xml_node c : node.children()) {
      const std::string_view name = local(c);
      if (name == "p" || name == "h") {
        std::string one;
        runs(c, one, boxes);
        if (!text.empty() && !one.empty()) text += ' ';
        text += one;
      } else if (name == "list" || name == "list-item" || name == "section") {
        note_text(c, text);
      }
    }
  }

  struct ParagraphStyle {
    std::string parent, list;
  };

  Parts& parts_;
  std::map<std::string, ListStyle> lists_;
  std::map<std::string, ParagraphStyle> paragraph_styles_;
  std::map<std::string, Counters> counters_;
  std::vector<pugi::xml_node> footnotes_, endnotes_;
  office::TextOut out_;
  int depth_ = 0;
};

}  // namespace

namespace office {

std::string odt_text_of(Parts& parts) {
  if (!parts.has("content.xml")) {
    throw InputError(parts.name(), "a ZIP archive without content.xml: not an OpenDocument .odt");
  }
  if (const auto mimetype = parts.part("mimetype");
      mimetype && mimetype->rfind("application/vnd.oasis.opendocument.text", 0) != 0) {
    throw InputError(parts.name(), "an OpenDocument file of type " + mimetype->substr(0, 80) +
                                       ", not a text document: save it as .odt, .docx or plain "
                                       "text (UTF-8) first");
  }
  Reader reader(parts);
  std::string text = reader.read();
  if (text.empty()) throw InputError(parts.name(), "an OpenDocument .odt file without text");
  return text;
}

}  // namespace office

std::string odt_text(std::string_view bytes, const std::string& name) {
  office::Archive archive(bytes, name);
  return office::odt_text_of(archive);
}

std::string odt_text_of_parts(const std::map<std::string, std::string>& parts,
                              const std::string& name) {
  office::PartMap map(parts, name);
  return office::odt_text_of(map);
}

OfficeText office_text(std::string_view bytes, const std::string& name) {
  office::Archive archive(bytes, name);
  if (archive.has("word/document.xml")) return {office::docx_text_of(archive), "DOCX"};
  if (archive.has("content.xml")) return {office::odt_text_of(archive), "ODT"};
  throw InputError(name,
                   "a ZIP archive holding neither a Word .docx (word/document.xml) nor an "
                   "OpenDocument .odt (content.xml): save the document as .docx, .odt or plain "
                   "text (UTF-8) first");
}

}  // namespace bitext::text
