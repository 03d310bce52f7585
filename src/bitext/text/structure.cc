#include "bitext/text/structure.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <set>

#include "bitext/core/utf8.h"
#include "bitext/text/label.h"
#include "bitext/text/normalize.h"
#include "bitext/text/numerals.h"

namespace bitext::text {
namespace {

// Boilerplate lines are short; longer text is never boilerplate, which keeps the checks off the
// hot path for body text.
constexpr std::size_t kMaxBoilerplateBytes = 160;

std::u32string decode32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (utf8::is_fullwidth_form(c)) c = c - 0xFF01 + 0x21;
    if (c == 0x3000 || c == 0xA0) c = ' ';
    out += c;
  }
  return out;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char32_t c) { return c >= 'a' && c <= 'z'; }

// A small cursor over a UTF-32 string for hand-written matchers.
struct Cursor {
  const std::u32string& s;
  std::size_t i = 0;
  bool done() const { return i >= s.size(); }
  void spaces() {
    while (i < s.size() && s[i] == ' ') ++i;
  }
  std::size_t digits() {
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    return i - start;
  }
  bool take(char32_t c) {
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  bool word(std::u32string_view w) {
    if (s.compare(i, w.size(), w) == 0) {
      i += w.size();
      return true;
    }
    return false;
  }
  std::size_t chinese_numeral() {
    const std::size_t start = i;
    while (i < s.size() && is_chinese_numeral_char(s[i])) ++i;
    return i - start;
  }
};

constexpr std::array<std::u32string_view, 12> kMonths = {
    U"January", U"February", U"March",     U"April",   U"May",      U"June",
    U"July",    U"August",   U"September", U"October", U"November", U"December"};

bool month(Cursor& c) {
  for (auto m : kMonths) {
    if (c.word(m)) return true;
  }
  return false;
}

// 2019 年 12 月 18 日 / 2019年12月 (day optional); advances the cursor.
bool chinese_date(Cursor& c) {
  const std::size_t start = c.i;
  if (c.digits() != 4) return c.i = start, false;
  c.spaces();
  if (!c.take(U'年')) return c.i = start, false;
  c.spaces();
  if (c.digits() == 0) return true;  // a year alone
  c.spaces();
  if (!c.take(U'月')) return c.i = start, false;
  const std::size_t after_month = c.i;
  c.spaces();
  if (c.digits() == 0) return c.i = after_month, true;
  c.spaces();
  if (!c.take(U'日')) return c.i = after_month, true;
  return true;
}

// 18 December 2019 / December 18, 2019 / 14 January 2019
bool english_date(Cursor& c) {
  const std::size_t start = c.i;
  if (c.digits() > 0) {
    c.spaces();
    if (!month(c)) return c.i = start, false;
    c.spaces();
    if (c.digits() != 4) return c.i = start, false;
    return true;
  }
  if (!month(c)) return c.i = start, false;
  c.spaces();
  const std::size_t first = c.digits();
  if (first == 4) return true;  // July 2020
  if (first == 0) return c.i = start, false;
  c.take(',');
  c.spaces();
  if (c.digits() != 4) return c.i = start, false;  // December 18, 2019
  return true;
}

// A place name after a date: "，维也纳", ", Vienna", ", New York" (no digits, short).
bool place_tail(Cursor& c) {
  if (!(c.take(U'，') || c.take(',') || c.take(U'、'))) return false;
  c.spaces();
  const std::size_t start = c.i;
  while (!c.done() && !is_digit(c.s[c.i]) && c.s[c.i] != U'。' && c.s[c.i] != '.') ++c.i;
  return c.i > start && c.i - start <= 20;
}

// Dates of issue and meeting dates alone: 2019年12月18日, 2020年7月27日至29日，维也纳,
// 14 January 2019, 27-29 July 2020, Vienna, 27–29 July 2020.
bool whole_date(const std::u32string& s) {
  Cursor c{s};
  if (chinese_date(c)) {
    c.spaces();
    if (c.take(U'至') || c.take('-') || c.take(U'–')) {
      c.spaces();
      const std::size_t save = c.i;
      if (!chinese_date(c)) {  // 至29日 / 至8月9日
        c.i = save;
        if (c.digits() > 0) {
          c.spaces();
          if (c.take(U'月')) {
            c.spaces();
            c.digits();
            c.spaces();
          }
          c.take(U'日');
        }
      }
    }
    c.spaces();
    if (c.done() || (place_tail(c) && c.done())) return true;
  }
  c.i = 0;
  // English: optional "Place, " then [day[-day] ]Month [day, ]year
  {
    std::size_t k = 0;
    while (k < s.size() && s[k] != ',' && !is_digit(s[k])) ++k;
    if (k < s.size() && s[k] == ',' && k <= 24) {
      c.i = k + 1;
      c.spaces();
    }
  }
  const std::size_t start = c.i;
  if (c.digits() > 0 && (c.take('-') || c.take(U'–'))) {
    if (c.digits() == 0) return false;
    c.spaces();
  } else {
    // A range across months: 29 July–9 August 2024.
    c.i = start;
    if (c.digits() > 0) {
      c.spaces();
      if (month(c)) {
        c.spaces();
        if (c.take('-') || c.take(U'–')) {
          c.spaces();
        } else {
          c.i = start;
        }
      } else {
        c.i = start;
      }
    }
  }
  if (!english_date(c)) return false;
  if (c.done()) return true;
  return place_tail(c) && c.done();
}

// 第七十四届会议 / 第 74 届会议 / Seventy-fourth session / 74th session / 总结会议续会
// (reconvened concluding session), 特别会议, 组织会议
bool session_line(const std::u32string& s) {
  Cursor c{s};
  if (c.take(U'第')) {
    c.spaces();
    if (c.chinese_numeral() == 0 && c.digits() == 0) return false;
    c.spaces();
    return c.word(U"届会议") && (c.done() || (c.word(U"续会") && c.done()));
  }
  if (s.size() <= 8 &&
      std::all_of(s.begin(), s.end(), [](char32_t x) { return utf8::is_han(x); })) {
    for (std::u32string_view kind : {U"总结会议", U"特别会议", U"组织会议"}) {
      const std::u32string_view rest =
          std::u32string_view(s).substr(std::min(s.size(), kind.size()));
      if (s.compare(0, kind.size(), kind) == 0 && (rest.empty() || rest == U"续会")) return true;
    }
  }
  const std::u32string_view tail = U" session";
  if (s.size() <= tail.size() || s.size() > 48) return false;
  if (s.compare(s.size() - tail.size(), tail.size(), tail) != 0) return false;
  for (std::size_t k = 0; k + tail.size() < s.size(); ++k) {
    const char32_t x = s[k];
    if (!(is_lower(x) || is_upper(x) || is_digit(x) || x == '-' || x == ' ')) return false;
  }
  return true;
}

// 议程项目 106 / 临时议程项目 4 和 5 / Agenda item 106 / Agenda items 4 (a) and 5, and with the
// asterisk of a note on the provisional agenda anywhere: 临时议程*项目 107 / Item 107 of the
// provisional agenda*.
bool agenda_line(std::u32string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char32_t x) { return x == '*' || x == U'＊'; }),
          s.end());
  Cursor c{s};
  if (!(c.word(U"议程项目") || c.word(U"临时议程项目") || c.word(U"Agenda items") ||
        c.word(U"Agenda item") || c.word(U"Provisional agenda item") || c.word(U"Item "))) {
    return false;
  }
  bool digit = false;
  for (; !c.done(); ++c.i) {
    const char32_t x = s[c.i];
    if (is_digit(x)) {
      digit = true;
      continue;
    }
    if (x == ' ' || x == '(' || x == ')' || x == ',' || is_lower(x) || x == U'和' || x == U'、' ||
        x == U'（' || x == U'）') {
      continue;
    }
    return false;
  }
  return digit;
}

// A document symbol alone: A/RES/74/173, A/AC.291/25/Rev.1, UNODC/CCPCJ/EG.4/2020/1.
bool symbol_line(const std::u32string& s) {
  std::size_t k = 0;
  while (k < s.size() && is_upper(s[k])) ++k;
  if (k == 0 || k > 10 || k >= s.size() || s[k] != '/') return false;
  std::size_t slashes = 0;
  for (; k < s.size(); ++k) {
    const char32_t x = s[k];
    if (x == '/') {
      ++slashes;
    } else if (!(is_upper(x) || is_lower(x) || is_digit(x) || x == '.' || x == '-')) {
      return false;
    }
  }
  return slashes >= 1 && slashes <= 7 && s.back() != '/';
}

// 第50次全体会议 / 50th plenary meeting
bool plenary_line(const std::u32string& s) {
  Cursor c{s};
  if (c.take(U'第')) {
    c.spaces();
    if (c.digits() == 0 && c.chinese_numeral() == 0) return false;
    c.spaces();
    return c.word(U"次全体会议") && c.done();
  }
  if (c.digits() == 0) return false;
  if (!(c.word(U"st") || c.word(U"nd") || c.word(U"rd") || c.word(U"th"))) return false;
  c.spaces();
  return c.word(U"plenary meeting") && c.done();
}

bool is_dash(char32_t c) { return c == '-' || c == U'–' || c == U'—'; }

// Page numbers as word processors and PDF converters print them: "- 12 -", "— 12 —",
// "Page 12", "Page 12 of 40", "第 12 页", "第 12 页 共 40 页", "第12页/共40页", "12 / 40".
bool page_number(const std::u32string& s) {
  Cursor c{s};
  if (!c.done() && is_dash(s[0])) {
    while (!c.done() && is_dash(s[c.i])) ++c.i;
    c.spaces();
    const std::size_t n = c.digits();
    c.spaces();
    if (n == 0 || n > 4 || c.done() || !is_dash(s[c.i])) return false;
    while (!c.done() && is_dash(s[c.i])) ++c.i;
    return c.done();
  }
  if (c.word(U"Page ") || c.word(U"page ") || c.word(U"PAGE ")) {
    c.spaces();
    const std::size_t n = c.digits();
    if (n == 0 || n > 4) return false;
    c.spaces();
    if (c.done()) return true;
    if (!(c.word(U"of") || c.take('/'))) return false;
    c.spaces();
    const std::size_t m = c.digits();
    return m > 0 && m <= 4 && c.done();
  }
  // 第 N 页, optionally with 共 M 页 before or after it, after a separator.
  auto page_part = [&c](char32_t first, char32_t last) {
    if (!c.take(first)) return false;
    c.spaces();
    const std::size_t n = c.digits();
    c.spaces();
    return n > 0 && n <= 4 && c.take(last);
  };
  auto separator = [&c] {
    c.spaces();
    if (!c.take('/') && !c.take(U'，')) c.take(',');
    c.spaces();
  };
  const std::size_t start = c.i;
  if (page_part(U'共', U'页')) {
    separator();
    return page_part(U'第', U'页') && c.done();
  }
  c.i = start;
  if (page_part(U'第', U'页')) {
    c.spaces();
    if (c.done()) return true;
    separator();
    return page_part(U'共', U'页') && c.done();
  }
  c.i = start;
  const std::size_t a = c.digits();
  c.spaces();
  if (a == 0 || a > 3 || !c.take('/')) return false;
  c.spaces();
  const std::size_t b = c.digits();
  return b > 0 && b <= 3 && c.done();
}

// Job numbers (V.20-03760 (C), 19-22073 (C)) and bar codes (*1922073*).
bool job_number(const std::u32string& s) {
  Cursor c{s};
  if (c.take('*')) return c.digits() >= 5 && c.take('*') && c.done();
  c.i = 0;
  if (is_upper(s.empty() ? 0 : s[0]) && s.size() > 1 && s[1] == '.') c.i = 2;
  if (c.digits() != 2 || !c.take('-') || c.digits() < 4) return false;
  c.spaces();
  if (c.done()) return true;
  return c.take('(') && !c.done() && is_upper(s[c.i]) && (++c.i, c.take(')')) && c.done();
}

// Page numbers (2/5, - 2 -, Page 2, 第 2 页), job numbers and bar codes.
bool page_or_job_number(const std::u32string& s) { return page_number(s) || job_number(s); }

bool one_of(const std::u32string& s, std::initializer_list<std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::u32string_view w) { return s == w; });
}

bool starts_with(const std::u32string& s, std::u32string_view p) {
  return s.compare(0, p.size(), p) == 0;
}

bool contains(const std::u32string& s, std::u32string_view p) {
  return s.find(p) != std::u32string::npos;
}

bool is_closing(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == ')' || c == '"' ||
         c == '\'' || c == U'》' || c == ']' || c == U'】';
}

bool is_punctuation_end(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'：' || c == U'，' ||
         c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',' || c == U'、';
}

// Label styles a heading may carry: section-level numbering, not list items.
bool heading_style(LabelStyle style) {
  return style == LabelStyle::kNone || style == LabelStyle::kRoman ||
         style == LabelStyle::kSection || style == LabelStyle::kChinese ||
         style == LabelStyle::kChapter || style == LabelStyle::kPart || style == LabelStyle::kAnnex;
}

// Short, unpunctuated, not a list item: a heading (or title).
bool heading_like(const Paragraph& p) {
  if (!heading_style(p.label.style)) return false;
  if (p.label.style == LabelStyle::kRoman && !p.label.text.empty() && p.label.text[0] == '(') {
    return false;  // (i), (ii): sub-items
  }
  const std::string_view body = utf8::trim(std::string_view(p.text).substr(p.label.length));
  if (body.empty() && p.label.empty()) return false;
  if (p.text.size() > 240 || display_width(p.text) > 80) return false;
  if (ends_with_punctuation(p.text)) return false;
  // No sentence punctuation inside either.
  for (std::size_t i = 0; i < body.size();) {
    const char32_t c = utf8::next(body, i);
    if (c == U'。' || c == U'；' || c == ';' || c == U'！' || c == U'？') return false;
  }
  return true;
}

// "¹ See ...", "[1] See ...": a footnote body by its opening marker.
bool footnote_opening(const Paragraph& p) { return p.label.style == LabelStyle::kFootnote; }

// "1 See Official Records ..." at page foot: a bare number and a space, citing an open marker.
std::string bare_footnote_number(const std::string& text) {
  std::size_t k = 0;
  while (k < text.size() && k < 3 && text[k] >= '0' && text[k] <= '9') ++k;
  if (k == 0 || k >= text.size() || text[k] != ' ') return {};
  if (k + 1 < text.size() && text[k + 1] >= '0' && text[k + 1] <= '9') return {};
  return text.substr(0, k);
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    width += (utf8::is_han(c) || utf8::is_cjk_punct(c) || utf8::is_fullwidth_form(c)) ? 2 : 1;
  }
  return width;
}

bool ends_with_punctuation(std::string_view text) {
  text = utf8::trim(text);
  // Only the last few code points matter: decode from the end.
  std::size_t end = text.size();
  while (end > 0) {
    std::size_t start = 0;
    char32_t c = utf8::previous(text, end, start);
    if (utf8::is_fullwidth_form(c)) c = c - 0xFF01 + 0x21;
    // Closing quotes and brackets, and footnote markers (…决议，²), come after the stop.
    if (is_closing(c) || utf8::is_superscript_digit(c) || c == ' ' || c == 0x3000) {
      end = start;
      continue;
    }
    return is_punctuation_end(c);
  }
  return false;
}

// A page or job number on its own (2/5, - 12 -, 第 12 页, 19-22073 (C)): page furniture.
// A table of contents entry: a heading, a leader of dots, a page number ("I. Introduction
// ........ 3", "一. 导言……………… 3"). Navigation, with page numbers that differ between the
// two versions: page furniture, not text to translate or check.
bool toc_entry(std::string_view text) {
  std::size_t end = text.size();
  std::size_t digits = 0;
  while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9') {
    --end;
    ++digits;
  }
  if (digits == 0 || digits > 4) return false;
  // Walk back over the leader: dots, ellipses, middle dots, full-width dots, spaces.
  std::size_t leaders = 0;
  while (end > 0) {
    std::size_t start = 0;
    const char32_t c = utf8::previous(text, end, start);
    if (c == '.' || c == U'…' || c == U'·' || c == U'．' || c == U'‥' || c == U'⋯') {
      leaders += c == U'…' || c == U'‥' || c == U'⋯' ? 3 : 1;
    } else if (c != ' ' && c != U'\u3000' && c != '\t') {
      break;
    }
    end = start;
  }
  return leaders >= 4 && end > 0;
}

// The language of the version, printed under a UN document's symbol (中文, English): production
// furniture like the job number, not text to translate; the original has no such line, so the
// Chinese one is left without a partner.
bool version_language(const std::u32string& s) {
  return one_of(s, {U"Chinese", U"English", U"French", U"Spanish", U"Russian", U"Arabic", U"中文"});
}

std::vector<std::string_view> column_cells(std::string_view text) {
  std::vector<std::string_view> cells;
  text = utf8::trim(text);
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != ' ' && text[i] != '\t') {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::size_t width = 0;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) {
      width += text[j] == '\t' ? 4 : 1;
      ++j;
    }
    if (width >= 4) {
      cells.push_back(text.substr(start, i - start));
      start = j;
    }
    i = j;
  }
  if (start < text.size()) cells.push_back(text.substr(start));
  return cells;
}

std::vector<std::string_view> layout_columns(std::string_view text) {
  text = utf8::trim(text);
  if (text.size() > 400 ||
      (text.find("    ") == std::string_view::npos && text.find('\t') == std::string_view::npos)) {
    return {};
  }
  std::vector<std::string_view> cells = column_cells(text);
  if (cells.size() < 2) cells.clear();
  return cells;
}

bool footnote_rule(std::string_view text) {
  text = utf8::trim(text);
  return text.size() >= 5 && text.find_first_not_of('_') == std::string_view::npos;
}

namespace {

// One cell of a line of page furniture: a page or job number, a bar code, or beside a job number
// the date stamp ("18-22372 (E)    080119") or a bare page number ("19-22165      2").
bool furniture_cell(std::string_view cell, bool beside_job_number) {
  if (beside_job_number && !cell.empty() &&
      (cell.size() == 6 || (cell.size() <= 3 && cell[0] != '0')) &&
      cell.find_first_not_of("0123456789") == std::string_view::npos) {
    return true;
  }
  if (cell.size() > 40) return false;
  const std::u32string s = decode32(cell);
  return page_or_job_number(s) || version_language(s);
}

MastheadField field_of(std::string_view text);
bool single_boilerplate(std::string_view text);

}  // namespace

std::string symbol_beside_title(std::string_view text) {
  const std::vector<std::string_view> cells = layout_columns(text);
  if (cells.size() != 2) return {};
  for (int k = 0; k < 2; ++k) {
    const std::string_view symbol = cells[k], title = cells[1 - k];
    if (symbol.size() > 40 || !symbol_line(decode32(symbol))) continue;
    if (title.size() > 300 || ends_with_punctuation(title) || single_boilerplate(title)) continue;
    // A title of words: English ones spaced, Chinese ones Han characters without spaces
    // ("打击为犯罪目的使用信息和通信技术行为").
    std::size_t han = 0;
    for (std::size_t i = 0; i < title.size();) han += utf8::is_han(utf8::next(title, i)) ? 1 : 0;
    if (!parse_label(title).empty() || (title.find(' ') == std::string_view::npos && han < 4)) {
      continue;
    }
    return std::string(symbol);
  }
  return {};
}

std::string line_symbol(std::string_view text) {
  text = utf8::trim(text);
  if (text.size() > 400) return {};
  for (std::string_view cell : column_cells(text)) {
    if (cell.size() <= 40 && symbol_line(decode32(cell))) return std::string(cell);
  }
  return {};
}

bool page_furniture(std::string_view text) {
  text = utf8::trim(text);
  if (text.empty()) return false;
  if (footnote_rule(text)) return true;
  if (text.size() <= 300 && toc_entry(text)) return true;
  if (const std::vector<std::string_view> cells = layout_columns(text); !cells.empty()) {
    bool job = false;
    for (std::string_view c : cells) job |= c.size() <= 40 && job_number(decode32(c));
    return std::all_of(cells.begin(), cells.end(),
                       [&](std::string_view c) { return furniture_cell(c, job); });
  }
  if (text.size() > 40) return false;
  const std::u32string s = decode32(to_simplified(text));
  return page_or_job_number(s) || version_language(s);
}

MastheadField masthead_field(std::string_view text) {
  text = utf8::trim(text);
  if (text.empty()) return MastheadField::kNone;
  const std::vector<std::string_view> cells = layout_columns(text);
  if (cells.empty()) return field_of(text);
  MastheadField last = MastheadField::kNone;
  for (std::string_view c : cells) {
    if (const MastheadField f = field_of(c); f != MastheadField::kNone) last = f;
  }
  return last;
}

bool is_boilerplate(std::string_view text) {
  text = utf8::trim(text);
  if (text.empty()) return false;
  // A masthead laid out in columns ("United Nations      A/RES/73/187", "General Assembly
  // Distr.: General"): boilerplate when every cell is; page furniture is too.
  if (const std::vector<std::string_view> cells = layout_columns(text); !cells.empty()) {
    return page_furniture(text) || single_boilerplate(text) ||
           std::all_of(cells.begin(), cells.end(), [](std::string_view c) {
             return single_boilerplate(c) || page_furniture(c);
           });
  }
  if (footnote_rule(text)) return true;
  return single_boilerplate(text);
}

namespace {

MastheadField field_of(std::string_view text) {
  using F = MastheadField;
  if (text.empty() || text.size() > kMaxBoilerplateBytes) return F::kNone;
  // Boilerplate never ends a sentence or clause ("Distr.: General", "[… (A/74/400)]"): text
  // that does is body, and most body lines are rejected here without decoding them.
  if (ends_with_punctuation(text) && text.back() != ')' && text.back() != ']') return F::kNone;
  // Traditional Chinese (聯合國, 第九十九屆會議, 議程項目) is matched in Simplified, and a
  // letter-spaced masthead (联 合 国, 大　会, 第 七 十 三 届 会 议) without its spaces.
  std::u32string s = decode32(to_simplified(text));
  {
    std::u32string joined;
    for (std::size_t k = 0; k < s.size(); ++k) {
      const bool gap = s[k] == U' ' || s[k] == U'\u3000';
      if (gap && !joined.empty() && utf8::is_han(joined.back()) && k + 1 < s.size() &&
          utf8::is_han(s[k + 1])) {
        continue;
      }
      joined += s[k];
    }
    s = std::move(joined);
  }
  if (whole_date(s)) return F::kDate;
  if (session_line(s)) return F::kSession;
  if (agenda_line(s)) return F::kAgenda;
  if (symbol_line(s)) return F::kSymbol;
  if (plenary_line(s)) return F::kPlenary;
  if (page_or_job_number(s) || version_language(s)) return F::kFurniture;
  if (starts_with(s, U"Distr.")) return F::kDistribution;
  if (starts_with(s, U"Original:") || starts_with(s, U"原文：") || starts_with(s, U"原文:")) {
    return F::kOriginal;
  }
  if (one_of(s, {U"United Nations", U"联合国", U"General Assembly", U"大会",
                 U"Economic and Social Council", U"经济及社会理事会", U"Security Council",
                 U"安全理事会"})) {
    return F::kOrgan;
  }
  if (one_of(s, {U"Advance unedited version", U"Limited", U"General"})) return F::kDistribution;
  // [on the report of the Third Committee (A/74/400)] / [根据第三委员会的报告(A/74/400)通过]
  if (s.front() == '[' && s.back() == ']' &&
      (contains(s, U"通过") || contains(s, U"report of") || contains(s, U"Committee") ||
       contains(s, U"委员会"))) {
    return F::kReport;
  }
  // 2019 年 12 月 18 日大会决议 / Resolution adopted by the General Assembly on 18 December 2019
  if (starts_with(s, U"Resolution adopted by") || starts_with(s, U"Decision adopted by")) {
    return F::kAdoption;
  }
  {
    Cursor c{s};
    if (chinese_date(c)) {
      c.spaces();
      if (c.done()) return F::kDate;
      if ((c.word(U"大会决议") || c.word(U"大会决定")) && c.done()) return F::kAdoption;
    }
  }
  return F::kNone;
}

bool single_boilerplate(std::string_view text) { return field_of(text) != MastheadField::kNone; }

}  // namespace

std::vector<std::string> footnote_markers(std::string_view text) {
  std::vector<std::string> markers;
  // Superscript digits are U+00B9 U+00B2 U+00B3 (C2 B9/B2/B3) or U+2070..U+2079 (E2 81 ..):
  // text without those byte pairs has none, and is not decoded.
  if (text.find("\xC2\xB9") == std::string_view::npos &&
      text.find("\xC2\xB2") == std::string_view::npos &&
      text.find("\xC2\xB3") == std::string_view::npos &&
      text.find("\xE2\x81") == std::string_view::npos) {
    return markers;
  }
  std::string current;
  for (std::size_t i = 0; i < text.size();) {
    const int v = utf8::superscript_digit_value(utf8::next(text, i));
    if (v >= 0) {
      current += static_cast<char>('0' + v);
    } else if (!current.empty()) {
      markers.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) markers.push_back(current);
  return markers;
}

namespace {

// Whether the four characters before `end` are a year (1900-2199) standing alone: not part of a
// longer number, a decimal or a symbol (74/2019).
bool after_year(std::string_view text, std::size_t end) {
  if (end < 4) return false;
  const std::size_t begin = end - 4;
  for (std::size_t k = begin; k < end; ++k) {
    if (text[k] < '0' || text[k] > '9') return false;
  }
  if (begin > 0 && ((text[begin - 1] >= '0' && text[begin - 1] <= '9') || text[begin - 1] == '.' ||
                    text[begin - 1] == '/')) {
    return false;
  }
  const int year = std::atoi(std::string(text.substr(begin, 4)).c_str());
  return year >= 1900 && year <= 2199;
}

}  // namespace

std::vector<PlainMarker> plain_footnote_markers(std::string_view text) {
  std::vector<PlainMarker> out;
  auto glue = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ',' || c == '.' || c == ';' ||
           c == ':' || c == ')' || c == ']' || c == '"' || c == '\'';
  };
  for (std::size_t i = 1; i < text.size(); ++i) {
    if (text[i] < '1' || text[i] > '9') continue;
    const std::size_t begin = i;
    std::size_t end = i + 1;
    if (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    i = end;
    // Glued to a letter or a closing mark: a closing quote ” or ’ counts too (E2 80 9D / 99).
    const bool glued = glue(text[begin - 1]) ||
                       (begin >= 3 && text[begin - 3] == '\xE2' && text[begin - 2] == '\x80' &&
                        (text[begin - 1] == '\x9D' || text[begin - 1] == '\x99'));
    // A word like G20 or a code like A4 has a letter before; one glued to a digit or a letter
    // run into more digits is a number ("2019", "1.2"): only a run ending in a space,
    // punctuation or the end is a candidate.
    const bool free_after = end == text.size() || text[end] == ' ' || text[end] == ',' ||
                            text[end] == '.' || text[end] == ';' || text[end] == ':' ||
                            text[end] == ')' || text[end] == '\n';
    const bool digit_before = text[begin - 1] >= '0' && text[begin - 1] <= '9';
    if (!glued || !free_after || digit_before) continue;
    if (text[begin - 1] == '.' && begin >= 2 && text[begin - 2] >= '0' && text[begin - 2] <= '9' &&
        !after_year(text, begin - 1)) {
      continue;  // 1.5, 74/173.2; but "18 December 2019.2 The ..." ends a sentence on a note
    }
    out.push_back({{begin, end}, std::string(text.substr(begin, end - begin))});
  }
  return out;
}

std::vector<PlainMarker> spaced_footnote_markers(std::string_view text) {
  std::vector<PlainMarker> out;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = text.find(' '); i != std::string_view::npos && i + 1 < text.size();
       i = text.find(' ', i + 1)) {
    const std::size_t begin = i + 1;
    if (i == 0 || text[begin] < '1' || text[begin] > '9') continue;
    const char mark = text[i - 1];
    if (mark != ',' && mark != ';' && mark != '.' && mark != ')') continue;
    std::size_t end = begin + 1;
    if (end < text.size() && digit(text[end])) ++end;
    const bool at_end = utf8::trim(text.substr(end)).empty();
    const bool before_word =
        end + 1 < text.size() && text[end] == ' ' && text[end + 1] >= 'a' && text[end + 1] <= 'z';
    if (!at_end && !before_word) continue;
    // The word before the mark: a list of small numbers ("1, 2 and 3", "(a), 3 and") is no note.
    std::size_t w = i - 1;
    while (w > 0 && text[w - 1] != ' ') --w;
    const std::string_view word = text.substr(w, i - 1 - w);
    if (word.empty() || (word.size() <= 3 && std::all_of(word.begin(), word.end(), digit)) ||
        word.back() == ')') {
      continue;
    }
    out.push_back({{begin, end}, std::string(text.substr(begin, end - begin))});
  }
  return out;
}

std::vector<PlainMarker> chinese_plain_footnote_markers(std::string_view zh) {
  std::vector<PlainMarker> out;
  std::size_t i = 0;
  char32_t before = 0;
  while (i < zh.size()) {
    const std::size_t begin = i;
    if (!utf8::is_ascii_digit(static_cast<unsigned char>(zh[i]))) {
      before = utf8::next(zh, i);
      continue;
    }
    while (i < zh.size() && utf8::is_ascii_digit(static_cast<unsigned char>(zh[i]))) ++i;
    const bool glued = utf8::is_han(before) || before == U'》' || before == U'”' || before == U'）';
    const char after = i < zh.size() ? zh[i] : ' ';
    const bool free_after = after != '.' && after != '%' && after != ',' &&
                            !utf8::is_ascii_alpha(static_cast<unsigned char>(after));
    if (glued && free_after && i - begin <= 2 && zh[begin] != '0') {
      out.push_back({{begin, i}, std::string(zh.substr(begin, i - begin))});
    }
    before = static_cast<unsigned char>(zh[i - 1]);
  }
  return out;
}

// Asterisk marks of notes cited in a paragraph ("Item 107 of the provisional agenda*",
// 临时议程*项目 107, "A/74/150**"): runs of one to three asterisks glued to the word before them,
// not before a letter or digit; not a bar code's (*1922073*).
std::vector<std::string> asterisk_markers(std::string_view text) {
  std::vector<std::string> out;
  if (text.find('*') == std::string_view::npos) return out;
  std::size_t token = 0;  // where the current space-delimited token starts
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ') token = i + 1;
    if (text[i] != '*' || i == 0 || text[i - 1] == ' ' || text[i - 1] == '*') continue;
    std::size_t run = i;
    while (run < text.size() && text[run] == '*') ++run;
    const bool free_after =
        run == text.size() || (!utf8::is_ascii_alpha(static_cast<unsigned char>(text[run])) &&
                               !utf8::is_ascii_digit(static_cast<unsigned char>(text[run])));
    if (run - i <= 3 && free_after && text[token] != '*') out.emplace_back(run - i, '*');
    i = run - 1;
  }
  return out;
}

// The asterisks opening a note's body ("* A/74/150.", "** Reissued for technical reasons …"),
// or empty.
std::string asterisk_note(std::string_view text) {
  text = utf8::trim(text);
  std::size_t run = 0;
  while (run < text.size() && text[run] == '*') ++run;
  if (run == 0 || run > 3 || run >= text.size() || text[run] != ' ') return {};
  return std::string(run, '*');
}

void assign_kinds(std::vector<Paragraph>& paragraphs) {
  std::set<std::string> open_refs;  // markers cited and not yet given a footnote body
  int next_note = 1;                // the number the next footnote cited in the text should have
  bool seen_title = false, seen_body = false;
  // Below the rule a page prints above its footnotes ("__________________"), and until the next
  // text: a bare number opens a footnote's body whether or not a marker was seen ("1 See
  // Official Records …" under a rule, where the text's marker was a superscript that the PDF's
  // text prints apart, "2013, 1 in which").
  bool under_rule = false;
  for (Paragraph& p : paragraphs) {
    if (footnote_rule(p.text)) {
      p.kind = ParagraphKind::kPage;
      under_rule = true;
      continue;
    }
    if (footnote_opening(p)) {
      p.kind = ParagraphKind::kFootnote;
      open_refs.erase(p.label.number);
      continue;
    }
    if (const std::string bare = bare_footnote_number(p.text);
        !bare.empty() && (open_refs.count(bare) != 0 || under_rule)) {
      p.kind = ParagraphKind::kFootnote;
      p.label.style = LabelStyle::kFootnote;
      p.label.text = bare;
      p.label.number = bare;
      p.label.length = bare.size() + 1;
      open_refs.erase(bare);
      continue;
    }
    // A note marked by asterisks, once the text has cited it ("* " alone opens a bullet).
    if (const std::string stars = asterisk_note(p.text);
        !stars.empty() && open_refs.count(stars) != 0) {
      p.kind = ParagraphKind::kFootnote;
      p.label = Label{};
      p.label.style = LabelStyle::kFootnote;
      p.label.text = stars;
      p.label.number = stars;
      p.label.length = utf8::space_prefix(p.text) + stars.size() + 1;
      open_refs.erase(stars);
      continue;
    }
    p.footnote_refs = footnote_markers(std::string_view(p.text).substr(p.label.length));
    for (std::string& stars : asterisk_markers(std::string_view(p.text).substr(p.label.length))) {
      open_refs.insert(stars);
      p.footnote_refs.push_back(std::move(stars));
    }
    for (const std::string& r : p.footnote_refs) {
      open_refs.insert(r);
      next_note = std::max(next_note, std::atoi(r.c_str()) + 1);
    }
    // Markers in plain digits count when they continue the sequence of notes (1, 2, 3 ...): a
    // glued digit out of sequence (G20, Crime3 before any note 1 or 2) is something else.
    for (const PlainMarker& m :
         plain_footnote_markers(std::string_view(p.text).substr(p.label.length))) {
      if (std::atoi(m.number.c_str()) != next_note) continue;
      open_refs.insert(m.number);
      p.footnote_refs.push_back(m.number);
      ++next_note;
    }
    if (page_furniture(p.text)) {
      p.kind = ParagraphKind::kPage;
      continue;
    }
    under_rule = false;
    if (is_boilerplate(p.text)) {
      p.kind = ParagraphKind::kHeader;
    } else if (p.label.style == LabelStyle::kResolution) {
      p.kind = ParagraphKind::kTitle;
      seen_title = true;
    } else if (heading_like(p)) {
      // The first heading before any body text names the document.
      p.kind = !seen_title && !seen_body && p.label.empty() ? ParagraphKind::kTitle
                                                            : ParagraphKind::kHeading;
      seen_title |= p.kind == ParagraphKind::kTitle;
    } else {
      p.kind = ParagraphKind::kBody;
      seen_body = true;
    }
  }
}

namespace {

// Ordinal of a label within its sequence: 1 for "1.", "(a)", "A.", "一、", "I.".
int ordinal(const Label& l) {
  if (l.number.empty()) return 0;
  const char c = l.number[0];
  if (l.style == LabelStyle::kLetter || l.style == LabelStyle::kSection) {
    if (c >= 'a' && c <= 'z') return (c - 'a' + 1) + 26 * static_cast<int>(l.number.size() - 1);
    if (c >= 'A' && c <= 'Z') return (c - 'A' + 1) + 26 * static_cast<int>(l.number.size() - 1);
    return 0;
  }
  if (c < '0' || c > '9') return 0;
  return std::atoi(l.number.c_str());
}

// Re-reads a Roman label as a letter: (i) -> (i) letter 9, (v) -> 22, (x) -> 24; I. -> I. section.
void reread_as_letter(Label& l) {
  const bool paren = !l.text.empty() && l.text[0] == '(';
  std::string letter;
  for (char ch : l.text) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) letter += ch;
  }
  l.style = paren ? LabelStyle::kLetter : LabelStyle::kSection;
  if (paren) {
    for (char& ch : letter) ch = static_cast<char>(ch | 0x20);
  }
  l.number = letter;
}

struct OpenList {
  LabelStyle style;
  bool paren;  // (i) vs I.: the two Roman forms are different lists
  int last;
  int level;
};

}  // namespace

void assign_levels(std::vector<Paragraph>& paragraphs) {
  // Headings number the document's sections, body labels its paragraphs and their items: two
  // structures, so that paragraph numbering runs on across section headings (一. ... 1.-10.,
  // 二. ... 11.-12.).
  std::vector<OpenList> body_lists, heading_lists;
  for (Paragraph& p : paragraphs) {
    if (p.kind == ParagraphKind::kFootnote || p.kind == ParagraphKind::kHeader ||
        p.kind == ParagraphKind::kPage) {
      continue;
    }
    Label& l = p.label;
    if (l.empty() || l.style == LabelStyle::kFootnote) {
      // An unlabelled heading or a title starts a new part of the document (an annex): lists
      // begin again.
      if (p.kind == ParagraphKind::kTitle || (p.kind == ParagraphKind::kHeading && l.empty())) {
        body_lists.clear();
        heading_lists.clear();
      }
      continue;
    }
    std::vector<OpenList>& stack = p.kind == ParagraphKind::kBody ? body_lists : heading_lists;
    if (l.style == LabelStyle::kResolution || l.style == LabelStyle::kArticle ||
        l.style == LabelStyle::kChapter || l.style == LabelStyle::kPart ||
        l.style == LabelStyle::kAnnex) {
      // A resolution, an article, a chapter, a part or an annex holds its own paragraphs: their
      // lists start afresh (第4条 一、二、三、 then 第5条 一、 is not one list nested in another).
      l.level = 0;
      body_lists.clear();
      if (l.style == LabelStyle::kAnnex) heading_lists.clear();
      continue;
    }
    const bool paren = !l.text.empty() && (l.text[0] == '(' || l.text.rfind("（", 0) == 0);
    // (i) after (h): a letter, not a Roman numeral.
    if (l.style == LabelStyle::kRoman && l.text.size() <= 4) {
      const LabelStyle letter_style = paren ? LabelStyle::kLetter : LabelStyle::kSection;
      Label as_letter = l;
      reread_as_letter(as_letter);
      const int want = ordinal(as_letter);
      for (const OpenList& o : stack) {
        if (o.style == letter_style && o.last + 1 == want) {
          l = as_letter;
          break;
        }
      }
    }
    const bool l_paren = !l.text.empty() && (l.text[0] == '(' || l.text.rfind("（", 0) == 0);
    const int v = ordinal(l);
    auto same = [&](const OpenList& o) { return o.style == l.style && o.paren == l_paren; };
    // Continue an open list when this is its next number (closing the lists inside it).
    int found = -1;
    for (int k = static_cast<int>(stack.size()) - 1; k >= 0; --k) {
      if (same(stack[k]) && stack[k].last + 1 == v) {
        found = k;
        break;
      }
    }
    if (found < 0 && v != 1) {
      // A gap: continue the innermost open list of this style, if any.
      for (int k = static_cast<int>(stack.size()) - 1; k >= 0; --k) {
        if (same(stack[k])) {
          found = k;
          break;
        }
      }
    }
    if (found >= 0) {
      stack.resize(static_cast<std::size_t>(found) + 1);
      stack.back().last = v;
      l.level = stack.back().level;
      continue;
    }
    // A new list: nested inside the innermost open one.
    const int level = stack.empty() ? 0 : stack.back().level + 1;
    stack.push_back({l.style, l_paren, v, level});
    l.level = level;
  }
}

}  // namespace bitext::text
