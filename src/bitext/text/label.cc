#include "bitext/text/label.h"

#include <cctype>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "bitext/core/utf8.h"
#include "bitext/text/numerals.h"

namespace bitext::text {
namespace {

// A code point of the label window: full-width ASCII folded to ASCII, with its byte end.
struct Char {
  char32_t c;
  std::size_t end;  // byte offset just past this code point in the original text
};

constexpr std::size_t kWindow = 28;  // the longest label form, 第一百四十三条 + spaces, fits

std::vector<Char> window(std::string_view text, std::size_t start) {
  std::vector<Char> out;
  out.reserve(kWindow);
  std::size_t i = start;
  while (i < text.size() && out.size() < kWindow) {
    char32_t c = utf8::next(text, i);
    if (utf8::is_fullwidth_form(c)) c = c - 0xFF01 + 0x21;
    out.push_back({c, i});
  }
  return out;
}

bool is_lower(char32_t c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }

// What may follow a label: end, white space, or a Chinese character / opening punctuation.
bool good_follower(const std::vector<Char>& w, std::size_t k, bool allow_han) {
  if (k >= w.size()) return true;
  const char32_t c = w[k].c;
  if (utf8::is_space(c)) return true;
  if (!allow_han) return false;
  return utf8::is_han(c) || c == U'《' || c == U'“' || c == U'「' || c == '[' || c == '(';
}

// Byte length of the label plus the white space after it.
std::size_t content_start(std::string_view text, const std::vector<Char>& w, std::size_t k,
                          std::size_t start) {
  const std::size_t label_end = k == 0 ? start : w[k - 1].end;
  return label_end + utf8::space_prefix(text.substr(label_end));
}

Label make(std::string_view text, const std::vector<Char>& w, std::size_t k, std::size_t start,
           LabelStyle style, std::string number) {
  Label label;
  label.style = style;
  const std::size_t label_end = k == 0 ? start : w[k - 1].end;
  label.text = std::string(text.substr(start, label_end - start));
  label.number = std::move(number);
  label.length = content_start(text, w, k, start);
  return label;
}

// Reads ASCII digits from w[k]; returns count.
std::size_t read_digits(const std::vector<Char>& w, std::size_t k, std::string& out) {
  std::size_t n = 0;
  while (k + n < w.size() && utf8::is_ascii_digit(w[k + n].c)) {
    out += static_cast<char>(w[k + n].c);
    ++n;
  }
  return n;
}

std::string strip_zeros(const std::string& digits) {
  const auto nz = digits.find_first_not_of('0');
  return nz == std::string::npos ? "0" : digits.substr(nz);
}

// Chinese numeral characters from w[k] (at most 8); returns count and appends their UTF-8.
std::size_t chinese_numeral(const std::vector<Char>& w, std::size_t k, std::string& out) {
  std::size_t n = 0;
  while (k + n < w.size() && n < 8 && is_chinese_numeral_char(w[k + n].c)) {
    utf8::append(out, w[k + n].c);
    ++n;
  }
  return n;
}

// Latin letters from w[k]; returns count.
std::size_t read_letters(const std::vector<Char>& w, std::size_t k, std::string& out) {
  std::size_t n = 0;
  while (k + n < w.size() && utf8::is_ascii_alpha(w[k + n].c)) {
    out += static_cast<char>(w[k + n].c);
    ++n;
  }
  return n;
}

// A word at w[k] equal to `word` (case-sensitive), followed by spaces; returns the index after
// the spaces or 0 when it does not match.
std::size_t word(const std::vector<Char>& w, std::size_t k, std::string_view word) {
  for (char ch : word) {
    if (k >= w.size() || w[k].c != static_cast<char32_t>(ch)) return 0;
    ++k;
  }
  if (k >= w.size() || !utf8::is_space(w[k].c)) return 0;
  while (k < w.size() && utf8::is_space(w[k].c)) ++k;
  return k;
}

// A number written with digits, Roman capitals or Chinese numerals at w[k] (for Article 12,
// Chapter IV, Section 2). Returns the count consumed and the decimal value via `value`.
std::size_t any_number(const std::vector<Char>& w, std::size_t k, std::string& value) {
  std::string digits;
  if (std::size_t n = read_digits(w, k, digits); n > 0 && n <= 4) {
    value = strip_zeros(digits);
    return n;
  }
  std::string letters;
  if (std::size_t n = read_letters(w, k, letters); n > 0) {
    if (auto r = parse_roman(letters); r && is_upper(w[k].c)) {
      value = std::to_string(*r);
      return n;
    }
    // Spelled out, as a treaty numbers its parts: Part one, Part Two.
    static const char* const kWords[] = {"one",     "two",       "three",    "four",     "five",
                                         "six",     "seven",     "eight",    "nine",     "ten",
                                         "eleven",  "twelve",    "thirteen", "fourteen", "fifteen",
                                         "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (char& c : letters) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t v = 0; v < std::size(kWords); ++v) {
      if (letters == kWords[v]) {
        value = std::to_string(v + 1);
        return n;
      }
    }
  }
  return 0;
}

Label parse_chinese_forms(std::string_view text, const std::vector<Char>& w, std::size_t start) {
  const char32_t c0 = w[0].c;
  // ㈠ .. ㈩ (U+3220..U+3229) and ⑴ .. ⒇ (U+2474..U+2487)
  if (c0 >= 0x3220 && c0 <= 0x3229) {
    return make(text, w, 1, start, LabelStyle::kChinese, std::to_string(c0 - 0x3220 + 1));
  }
  if (c0 >= 0x2474 && c0 <= 0x2487) {
    return make(text, w, 1, start, LabelStyle::kArabic, std::to_string(c0 - 0x2474 + 1));
  }
  std::string numeral;
  // 附件一 / 附件 2 / 附录一 (Traditional 附錄): an annex or appendix, alone on its line or before
  // its title after a space or colon.
  if (c0 == U'附' && w.size() > 2 && (w[1].c == U'件' || w[1].c == U'录' || w[1].c == U'錄')) {
    std::size_t k = 2;
    while (k < w.size() && utf8::is_space(w[k].c)) ++k;
    std::string digits;
    std::size_t n = chinese_numeral(w, k, numeral);
    if (n == 0) n = read_digits(w, k, digits);
    if (n == 0) return {};
    const std::size_t end = k + n;
    // (a full-width colon is ASCII in the window)
    if (end < w.size() && !utf8::is_space(w[end].c) && w[end].c != ':') {
      return {};
    }
    std::string number = digits.empty() ? "" : strip_zeros(digits);
    if (number.empty()) {
      const auto v = parse_chinese_number(numeral);
      if (!v || *v <= 0) return {};
      number = std::to_string(*v);
    }
    return make(text, w, end, start, LabelStyle::kAnnex, number);
  }
  // 第N条 / 第N章 / 第N节 / 第N部分 (Traditional 條, 節 too)
  if (c0 == U'第') {
    std::size_t n = chinese_numeral(w, 1, numeral);
    std::string digits;
    if (n == 0) n = read_digits(w, 1, digits);
    if (n == 0 || 1 + n >= w.size()) return {};
    const char32_t unit = w[1 + n].c;
    LabelStyle style = LabelStyle::kNone;
    if (unit == U'条' || unit == U'條') style = LabelStyle::kArticle;
    if (unit == U'章') style = LabelStyle::kChapter;
    if (unit == U'节' || unit == U'節') style = LabelStyle::kPart;
    // 第一部分 (a part of a treaty or report): the unit is two characters.
    const bool part = unit == U'部' && 2 + n < w.size() && w[2 + n].c == U'分';
    if (part) style = LabelStyle::kPart;
    if (style == LabelStyle::kNone) return {};
    std::string number;
    if (!digits.empty()) {
      number = strip_zeros(digits);
    } else if (auto v = parse_chinese_number(numeral)) {
      number = std::to_string(*v);
    } else {
      return {};
    }
    const std::size_t end = 2 + n + (part ? 1 : 0);
    // A part or chapter may give its title after a colon: 第二部分：一般规定 (full-width forms are
    // ASCII in the window).
    const bool colon = end < w.size() && w[end].c == ':' && style != LabelStyle::kArticle;
    if (!colon && !good_follower(w, end, true)) return {};
    // A cross-reference opening a sentence is not a heading: 第十二条第2款规定… /
    // "Article 12, paragraph 2, provides …", 第5条所述 …, 第3条和第4条 …
    if (end < w.size() && std::u32string_view(U"第规所的和或至及与中项款").find(w[end].c) !=
                              std::u32string_view::npos) {
      return {};
    }
    return make(text, w, end, start, style, number);
  }
  // （一） / (一)
  if (c0 == '(') {
    const std::size_t n = chinese_numeral(w, 1, numeral);
    if (n == 0 || 1 + n >= w.size() || w[1 + n].c != ')') return {};
    auto v = parse_chinese_number(numeral);
    if (!v) return {};
    return make(text, w, 2 + n, start, LabelStyle::kChinese, std::to_string(*v));
  }
  // 一、 一. 一．
  const std::size_t n = chinese_numeral(w, 0, numeral);
  if (n == 0 || n >= w.size()) return {};
  const char32_t sep = w[n].c;
  if (sep != U'、' && sep != '.') return {};
  if (sep == '.' && n + 1 < w.size() && utf8::is_ascii_digit(w[n + 1].c)) return {};
  auto v = parse_chinese_number(numeral);
  if (!v || *v <= 0) return {};
  if (sep == '.' && !good_follower(w, n + 1, true)) return {};
  return make(text, w, n + 1, start, LabelStyle::kChinese, std::to_string(*v));
}

Label parse_latin_forms(std::string_view text, const std::vector<Char>& w, std::size_t start) {
  const char32_t c0 = w[0].c;
  std::string s;
  // Footnote markers: ¹ ²³ at the very start
  if (utf8::is_superscript_digit(c0)) {
    std::size_t n = 0;
    std::string number;
    while (n < w.size() && utf8::is_superscript_digit(w[n].c)) {
      number += static_cast<char>('0' + utf8::superscript_digit_value(w[n].c));
      ++n;
    }
    return make(text, w, n, start, LabelStyle::kFootnote, strip_zeros(number));
  }
  // [1] footnote, [xx/xxx]. resolution placeholder
  if (c0 == '[') {
    std::string digits;
    std::size_t n = read_digits(w, 1, digits);
    if (n > 0 && n <= 3 && 1 + n < w.size() && w[1 + n].c == ']' &&
        good_follower(w, 2 + n, false)) {
      return make(text, w, 2 + n, start, LabelStyle::kFootnote, strip_zeros(digits));
    }
    std::string body;
    std::size_t k = 1;
    while (k < w.size() && k < 12 && w[k].c != ']') {
      if (!utf8::is_ascii_digit(w[k].c) && w[k].c != '/' && w[k].c != 'x') return {};
      body += static_cast<char>(w[k].c);
      ++k;
    }
    if (k + 1 < w.size() && w[k].c == ']' && w[k + 1].c == '.' &&
        body.find('/') != std::string::npos && good_follower(w, k + 2, true)) {
      return make(text, w, k + 2, start, LabelStyle::kResolution, body);
    }
    return {};
  }
  // (1) (a) (iv)
  if (c0 == '(') {
    std::string inner;
    std::size_t n = read_digits(w, 1, inner);
    LabelStyle style = LabelStyle::kArabic;
    if (n == 0) {
      n = read_letters(w, 1, inner);
      style = LabelStyle::kLetter;
    }
    if (n == 0 || n > 6 || 1 + n >= w.size() || w[1 + n].c != ')') return {};
    if (!good_follower(w, 2 + n, true)) return {};
    if (style == LabelStyle::kArabic) {
      if (n > 3) return {};
      return make(text, w, 2 + n, start, style, strip_zeros(inner));
    }
    const bool lower = is_lower(w[1].c);
    if (auto r = parse_roman(inner); r && (n > 1 || inner == "i" || inner == "v" || inner == "x" ||
                                           inner == "I" || inner == "V" || inner == "X")) {
      return make(text, w, 2 + n, start, LabelStyle::kRoman, std::to_string(*r));
    }
    if (n <= 2 && (n == 1 || inner[0] == inner[1])) {  // (a) (aa)
      std::string number = inner;
      for (char& ch : number) ch = static_cast<char>(ch | 0x20);
      (void)lower;
      return make(text, w, 2 + n, start, LabelStyle::kLetter, number);
    }
    return {};
  }
  // 74/173.  1.  1)
  std::string digits;
  if (std::size_t n = read_digits(w, 0, digits); n > 0) {
    if (n <= 3 && n + 1 < w.size() && w[n].c == '/') {
      std::string second;
      const std::size_t m = read_digits(w, n + 1, second);
      const std::size_t k = n + 1 + m;
      if (m > 0 && m <= 4 && k < w.size() && w[k].c == '.' && good_follower(w, k + 1, true)) {
        return make(text, w, k + 1, start, LabelStyle::kResolution, digits + "/" + second);
      }
      return {};
    }
    if (n > 3 || n >= w.size()) return {};
    const char32_t sep = w[n].c;
    if (sep != '.' && sep != ')') return {};
    if (!good_follower(w, n + 1, true)) return {};
    return make(text, w, n + 1, start, LabelStyle::kArabic, strip_zeros(digits));
  }
  // Article 12 / Chapter IV / Section 2 / Part one / Annex II
  struct Keyword {
    const char* word;
    LabelStyle style;
  };
  static const Keyword kKeywords[] = {
      {"Article", LabelStyle::kArticle}, {"ARTICLE", LabelStyle::kArticle},
      {"Chapter", LabelStyle::kChapter}, {"CHAPTER", LabelStyle::kChapter},
      {"Section", LabelStyle::kPart},    {"SECTION", LabelStyle::kPart},
      {"Part", LabelStyle::kPart},       {"PART", LabelStyle::kPart},
      {"Annex", LabelStyle::kAnnex},     {"ANNEX", LabelStyle::kAnnex},
      {"Appendix", LabelStyle::kAnnex},  {"APPENDIX", LabelStyle::kAnnex}};
  for (const Keyword& kw : kKeywords) {
    const std::size_t k = word(w, 0, kw.word);
    if (k == 0) continue;
    std::string value;
    std::size_t n = any_number(w, k, value);
    if (n == 0) return {};
    std::size_t end = k + n;
    if (end < w.size() && (w[end].c == '.' || w[end].c == ':')) ++end;
    if (!good_follower(w, end, false)) return {};
    // "Annex I contains …", "Part one of the report …": a sentence, not a part's heading (its
    // title, if any, is capitalised).
    if (kw.style == LabelStyle::kAnnex || kw.style == LabelStyle::kPart) {
      std::size_t after = end;
      while (after < w.size() && utf8::is_space(w[after].c)) ++after;
      if (after < w.size() && w[after].c >= 'a' && w[after].c <= 'z') return {};
    }
    return make(text, w, end, start, kw.style, value);
  }
  // I.  IV.  A.  a.  a)  i)
  std::string letters;
  const std::size_t n = read_letters(w, 0, letters);
  if (n == 0 || n > 6 || n >= w.size()) return {};
  const char32_t sep = w[n].c;
  if (sep != '.' && sep != ')') return {};
  if (!good_follower(w, n + 1, false) || n + 1 >= w.size()) return {};
  const bool upper = is_upper(w[0].c);
  if (auto r = parse_roman(letters)) {
    if (n > 1 || letters == "I" || letters == "V" || letters == "X" || letters == "i" ||
        letters == "v" || letters == "x") {
      return make(text, w, n + 1, start, LabelStyle::kRoman, std::to_string(*r));
    }
  }
  if (n != 1) return {};
  if (upper && sep == '.') return make(text, w, n + 1, start, LabelStyle::kSection, letters);
  if (!upper) return make(text, w, n + 1, start, LabelStyle::kLetter, letters);
  return {};
}

}  // namespace

std::size_t list_bullet_length(std::string_view text) {
  for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2 ", "\xC2\xB7 "}) {
    if (text.substr(0, bullet.size()) == bullet) return bullet.size();
  }
  return 0;
}

Label parse_label(std::string_view text) {
  std::size_t start = utf8::space_prefix(text);
  if (start >= text.size()) return {};
  // Most paragraphs open with a letter or character no label starts with.
  {
    const auto b = static_cast<unsigned char>(text[start]);
    if (b < 0x80 && !(std::isalnum(b) || b == '(' || b == '[' || b == '-' || b == '*')) return {};
  }
  // A list bullet before the label: "- (a) 会议开幕；" (the bullet is counted in Label::length).
  if (const std::size_t bullet = list_bullet_length(text.substr(start)); bullet > 0) {
    const std::size_t after = start + bullet;
    const std::size_t label_start = after + utf8::space_prefix(text.substr(after));
    Label inner = parse_label(text.substr(label_start));
    if (inner.empty()) return {};
    inner.length += label_start;
    return inner;
  }
  const std::vector<Char> w = window(text, start);
  if (w.empty()) return {};
  const char32_t c0 = w[0].c;
  Label label;
  if (utf8::is_han(c0) || (c0 >= 0x3220 && c0 <= 0x3229) || (c0 >= 0x2474 && c0 <= 0x2487) ||
      (c0 == '(' && w.size() > 1 && is_chinese_numeral_char(w[1].c))) {
    label = parse_chinese_forms(text, w, start);
  } else {
    label = parse_latin_forms(text, w, start);
  }
  return label;
}

bool label_bracketed(const Label& label) {
  for (std::size_t i = 0; i < label.text.size();) {
    const char32_t c = utf8::next(label.text, i);
    if (c == '(' || c == ')' || c == U'（' || c == U'）' || (c >= 0x3220 && c <= 0x3243) ||
        (c >= 0x2474 && c <= 0x2487)) {
      return true;
    }
  }
  return false;
}

bool labels_correspond(const Label& a, const Label& b) {
  if (a.empty() || b.empty() || a.number != b.number) return false;
  if (a.style == b.style) return true;
  // 一. is I. in a report's headings and 1. in the paragraphs of a treaty's article (一、各缔约国
  // 均应当 ... / 1. Each State Party shall ...).
  auto chinese_number = [](LabelStyle x, LabelStyle y) {
    return x == LabelStyle::kChinese && (y == LabelStyle::kRoman || y == LabelStyle::kArabic);
  };
  return chinese_number(a.style, b.style) || chinese_number(b.style, a.style);
}

}  // namespace bitext::text
