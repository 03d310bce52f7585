#include "bitext/text/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/text/numerals.h"

namespace bitext::text {
namespace {

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    char c = text[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

bool name_is(const xmlNode* node, std::initializer_list<const char*> names) {
  const char* name = reinterpret_cast<const char*>(node->name);
  for (const char* n : names) {
    if (std::strcmp(name, n) == 0) return true;
  }
  return false;
}

// Elements whose content is no text of the page.
bool skipped(const xmlNode* node) {
  return name_is(node, {"script", "style", "noscript", "template", "head", "title", "svg", "math",
                        "select", "button", "iframe", "object"});
}

// Elements that stand apart from the text around them (their content is a paragraph, or holds
// paragraphs).
bool block(const xmlNode* node) {
  return name_is(node,
                 {"p",          "div",      "h1",      "h2",      "h3",         "h4",     "h5",
                  "h6",         "li",       "dt",      "dd",      "td",         "th",     "caption",
                  "blockquote", "pre",      "address", "section", "article",    "header", "footer",
                  "nav",        "main",     "aside",   "figure",  "figcaption", "table",  "tr",
                  "thead",      "tbody",    "tfoot",   "ul",      "ol",         "dl",     "hr",
                  "form",       "fieldset", "legend",  "center",  "body",       "html"});
}

// An item number from a `start` or `value` attribute, kept within a million either way (so
// that counting on from it cannot overflow); `fallback` when absent.
long item_number(const std::string& text, long fallback) {
  if (text.empty()) return fallback;
  return std::clamp(std::strtol(text.c_str(), nullptr, 10), -1000000L, 1000000L);
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string s(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return s;
}

// Letters as a browser counts them: a … z, aa, ab … (Word's lists repeat the letter instead).
std::string alphabetic(long n, bool upper) {
  std::string s;
  for (; n > 0; n = (n - 1) / 26) {
    s.insert(s.begin(), static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26));
  }
  return s;
}

// The marker a browser shows before item `n` of an ordered list of this type.
std::string list_marker(long n, const std::string& type) {
  if (n <= 0 || n > 3999) return std::to_string(n) + ".";
  if (type == "a" || type == "A") return alphabetic(n, type == "A") + ".";
  if (type == "i" || type == "I") {
    std::string r = to_roman(static_cast<int>(n));
    if (type == "i") {
      for (char& c : r) c = static_cast<char>(c - 'A' + 'a');
    }
    return r + ".";
  }
  return std::to_string(n) + ".";
}

class Walker {
 public:
  std::string finish() {
    marker_only_ = false;
    end_block();
    return std::move(out_);
  }

  void walk(const xmlNode* node, int depth) {
    if (depth > kMaxDepth) return;
    for (; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content != nullptr) text(reinterpret_cast<const char*>(node->content));
        continue;
      }
      if (node->type != XML_ELEMENT_NODE || skipped(node)) continue;
      if (name_is(node, {"br"})) {
        para_ += '\n';
        space_ = false;
        continue;
      }
      if (name_is(node, {"sup"}) && superscript(node)) continue;
      if (name_is(node, {"a"}) && footnote_anchor(node)) continue;
      if (name_is(node, {"ol", "ul"})) {
        const std::string start = attribute(node, "start");
        lists_.push_back({name_is(node, {"ol"}), attribute(node, "type"), item_number(start, 1)});
      }
      const bool apart = block(node);
      if (apart) end_block();
      if (name_is(node, {"li"}) && !lists_.empty() && lists_.back().ordered) {
        List& list = lists_.back();
        const std::string value = attribute(node, "value");
        list.next = item_number(value, list.next);
        para_ = list_marker(list.next++, list.type) + " ";
        marker_only_ = true;
      }
      walk(node->children, depth + 1);
      if (name_is(node, {"li"}) && marker_only_) {  // an empty item: its number goes with it
        para_.clear();
        marker_only_ = false;
      }
      if (apart) end_block();
      if (name_is(node, {"ol", "ul"})) lists_.pop_back();
    }
  }

 private:
  static constexpr int kMaxDepth = 1000;
  struct List {
    bool ordered;
    std::string type;
    long next;
  };

  // <sup>1</sup>, a footnote's marker: written as ¹. False (nothing done) for other content.
  bool superscript(const xmlNode* node) {
    const xmlNode* child = node->children;
    if (child == nullptr || child->next != nullptr || child->type != XML_TEXT_NODE ||
        child->content == nullptr) {
      return false;
    }
    return marker(utf8::trim(reinterpret_cast<const char*>(child->content)));
  }

  // A footnote marker of one to three digits, appended as superscript digits; false (nothing
  // done) for anything else.
  bool marker(std::string_view digits) {
    if (digits.empty() || digits.size() > 3 ||
        digits.find_first_not_of("0123456789") != std::string_view::npos) {
      return false;
    }
    flush_space(0);
    para_ += utf8::superscript_digits(digits);
    marker_only_ = false;
    return true;
  }

  // A footnote's reference or back-link as Word saves them, "[1]" linking to #_ftn1 (#_ftnref1
  // from the note; #_edn for endnotes): written as ¹, as the .docx reader writes them. False
  // (nothing done) for other links.
  bool footnote_anchor(const xmlNode* node) {
    const std::string href = attribute(node, "href");
    if (href.rfind("#_ftn", 0) != 0 && href.rfind("#_edn", 0) != 0) return false;
    std::string digits;
    collect(node->children, digits, 0);
    const std::string_view d = utf8::trim(digits);
    return marker(d.size() >= 2 && d.front() == '[' && d.back() == ']' ? d.substr(1, d.size() - 2)
                                                                       : d);
  }

  // The text of a node's descendants, as it stands.
  static void collect(const xmlNode* node, std::string& out, int depth) {
    if (depth > kMaxDepth) return;
    for (; node != nullptr; node = node->next) {
      if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
          node->content != nullptr) {
        out += reinterpret_cast<const char*>(node->content);
      } else if (node->type == XML_ELEMENT_NODE) {
        collect(node->children, out, depth + 1);
      }
    }
  }

  // Appends text, white space collapsed: a run of it is one space, none at a paragraph's start,
  // none for a line break between two Han characters or beside full-width punctuation.
  void text(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t begin = i;
      const char32_t c = utf8::next(s, i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0) {
        space_ = true;
        newline_ |= c == '\n' || c == '\r';
        continue;
      }
      flush_space(c);
      para_.append(s.substr(begin, i - begin));
      marker_only_ = false;
    }
  }

  void flush_space(char32_t next) {
    if (space_ && !para_.empty() && para_.back() != '\n' && para_.back() != ' ') {
      bool cjk = false;
      if (newline_ && next != 0) {
        std::size_t k = 0;
        const char32_t last = utf8::previous(para_, para_.size(), k);
        const auto wide = [](char32_t x) { return utf8::is_han(x) || utf8::is_cjk_punct(x); };
        cjk = wide(last) && wide(next);
      }
      if (!cjk) para_ += ' ';
    }
    space_ = false;
    newline_ = false;
  }

  // Ends the paragraph being written. An item's number alone stays for the item's first block
  // (<li><p>Welcomes …</p></li>: "1. Welcomes …").
  void end_block() {
    if (marker_only_) return;
    const std::string_view t = utf8::trim(para_);
    if (!t.empty()) {
      out_.append(t);
      out_ += "\n\n";
    }
    para_.clear();
    space_ = false;
    newline_ = false;
  }

  std::string out_, para_;
  bool space_ = false, newline_ = false;
  bool marker_only_ = false;  // para_ holds a list item's number and nothing else yet
  std::vector<List> lists_;
};

}  // namespace

bool looks_like_html(std::string_view text) {
  std::size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  for (;;) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                               text[i] == '\r' || text[i] == '\f')) {
      ++i;
    }
    if (text.compare(i, 4, "<!--") != 0) break;
    const std::size_t end = text.find("-->", i + 4);
    if (end == std::string_view::npos) return false;
    i = end + 3;
  }
  const std::string_view rest = text.substr(std::min(i, text.size()));
  return starts_with_nocase(rest, "<!doctype html") || starts_with_nocase(rest, "<html");
}

std::string html_text(std::string_view html, const std::string& name) {
  if (html.size() > static_cast<std::size_t>(INT_MAX)) {
    throw InputError(name, "an HTML page over 2 GB");
  }
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED;
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options),
      xmlFreeDoc);
  if (!doc) throw InputError(name, "not readable as an HTML page");
  Walker walker;
  walker.walk(doc->children, 0);
  std::string text = walker.finish();
  if (text.empty()) throw InputError(name, "an HTML page without text");
  return text;
}

}  // namespace bitext::text
