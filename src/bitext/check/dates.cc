#include "bitext/check/dates.h"

#include <cstdio>
#include <unordered_map>

#include "bitext/check/scan.h"
#include "bitext/core/utf8.h"
#include "bitext/text/numerals.h"

namespace bitext::check {
namespace {

using detail::Cp;
using detail::is_blank;
using detail::is_digit;
using detail::is_latin;

// Month number of an English month name (capitalised), abbreviations only when `abbrev`.
int month_of(const std::string& lower, bool abbrev) {
  static const std::unordered_map<std::string, int> kNames = {
      {"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},
      {"may", 5},       {"june", 6},     {"july", 7},      {"august", 8},
      {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12}};
  static const std::unordered_map<std::string, int> kAbbrev = {
      {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
      {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
  if (lower.size() < 3 || lower.size() > 9) return 0;
  if (auto it = kNames.find(lower); it != kNames.end()) return it->second;
  if (!abbrev) return 0;
  if (auto it = kAbbrev.find(lower); it != kAbbrev.end()) return it->second;
  return 0;
}

// Which part of a date an endpoint starts with; a bare number takes the part of the other end.
enum class Part { kNone, kYear, kMonth, kDay };

struct Endpoint {
  Date date;
  std::size_t end = 0;  // index past the endpoint
  Part lead = Part::kNone;
  bool bare = false;  // a number without unit: the 3 of "3 to 5 April", 2018 of "2018-2021年"
  int bare_value = 0;
  bool bare_year_like = false;
};

class Extractor {
 public:
  Extractor(std::string_view text, const std::vector<Cp>& cps, const std::vector<Span>& skip)
      : text_(text), cps_(cps), blocked_(detail::blocked(cps_, skip)) {}

  std::vector<DateMention> run() {
    std::size_t i = 0;
    while (i < cps_.size()) {
      std::size_t next = i + 1;
      if (!blocked_[i] && can_start(i)) {
        if (std::size_t e = date(i); e > i) next = e;
      }
      i = next;
    }
    return std::move(out_);
  }

 private:
  char32_t cp(std::size_t i) const { return i < cps_.size() ? cps_[i].c : 0; }
  bool free(std::size_t i) const { return i < cps_.size() && !blocked_[i]; }

  bool can_start(std::size_t i) const {
    const char32_t c = cp(i);
    const char32_t p = i > 0 ? cp(i - 1) : 0;
    if (is_digit(c)) {
      // Not inside 1,234 or 3.5 or a/b; a full-width comma before a date is fine (folded to ',').
      const bool joined = (p == '.' || p == ',') && i > 1 && is_digit(cp(i - 2));
      return !(is_digit(p) || is_latin(p) || joined || p == '/');
    }
    if (text::is_chinese_numeral_char(c)) return !text::is_chinese_numeral_char(p) && p != U'第';
    if (c >= 'A' && c <= 'Z') return !is_latin(p);
    return false;
  }

  // Whether a footnote marker copied from a PDF follows the four digits ending at j: ".2" or ".12"
  // then a space, punctuation or the end ("18 December 2019.2 The ..."). After a day and month
  // only: elsewhere "2019.25 tonnes" is a decimal.
  bool marker_after(std::size_t j) const {
    if (j < 4 || cp(j) != '.') return false;
    for (std::size_t k = j - 4; k < j; ++k) {
      if (!is_digit(cp(k))) return false;
    }
    if (j > 4 && (is_digit(cp(j - 5)) || cp(j - 5) == '.' || cp(j - 5) == '/')) return false;
    std::size_t e = j + 1;
    while (is_digit(cp(e)) && e - j <= 2) ++e;
    const char32_t next = cp(e);
    return !is_digit(next) && !is_latin(next) && next != '.' && next != ',' && next != '%';
  }

  // A number at i: ASCII digits or Chinese numerals. Returns the end index (i when none).
  std::size_t number(std::size_t i, int& value, bool& year_like,
                     std::size_t stop = std::string::npos) const {
    std::size_t j = i;
    if (is_digit(cp(j))) {
      long v = 0;
      while (free(j) && is_digit(cp(j)) && j - i < 5) v = v * 10 + (cp(j++) - '0');
      // 3,000 and 1.5 are no date parts; "2019,2" is a year and a footnote marker (a thousands
      // separator follows three digits at most and precedes exactly three). Digits ending at
      // `stop` are a number whatever follows: the caller has seen it.
      const bool grouped = cp(j) == ',' && j - i <= 3 && is_digit(cp(j + 1)) &&
                           is_digit(cp(j + 2)) && is_digit(cp(j + 3)) && !is_digit(cp(j + 4));
      if (j != stop && (is_digit(cp(j)) || grouped || (cp(j) == '.' && is_digit(cp(j + 1))))) {
        return i;
      }
      value = int(v);
      year_like = j - i == 4 && v >= 1000 && v <= 2199;
      return j;
    }
    std::string run;
    bool has_unit = false;
    bool has_zero = false;
    while (free(j) && text::is_chinese_numeral_char(cp(j)) && j - i < 6) {
      const char32_t c = cp(j);
      has_unit = has_unit || c == U'十' || c == U'百' || c == U'千' || c == U'万' || c == U'亿';
      has_zero = has_zero || c == U'〇' || c == U'零';
      utf8::append(run, c);
      ++j;
    }
    if (j == i) return i;
    auto v = text::parse_chinese_number(run);
    if (!v || *v > 9999) return i;
    value = int(*v);
    year_like = !has_unit && j - i == 4 && value >= 1000 && value <= 2199;
    return j;
  }

  // Chinese unit after a number: 年 月(份) 日 号. Returns the end index (k when none).
  std::size_t chinese_unit(std::size_t k, Part& part) const {
    const std::size_t u = detail::skip_blanks(cps_, k);
    const char32_t c = cp(u);
    if (c == U'年' && cp(u + 1) != U'代' && cp(u + 1) != U'级') {  // 1990 年代: a decade
      part = Part::kYear;
      return u + 1;
    }
    if (c == U'月') {
      part = Part::kMonth;
      return u + 1 + (cp(u + 1) == U'份' ? 1 : 0);
    }
    if (c == U'日' || c == U'号' || c == U'號') {
      part = Part::kDay;
      return u + 1;
    }
    part = Part::kNone;
    return k;
  }

  // English month name at k (capitalised word, abbreviation with a number after it).
  std::size_t month_name(std::size_t k, int& month, bool& ambiguous) const {
    if (!(cp(k) >= 'A' && cp(k) <= 'Z') || !free(k)) return k;
    if (k > 0 && is_latin(cp(k - 1))) return k;
    const std::size_t we = detail::word_end(cps_, k);
    const std::string w = detail::lower_word(cps_, k, we);
    month = month_of(w, false);
    if (month > 0) {
      ambiguous = w == "may" || w == "march" || w == "august";
      return we;
    }
    month = month_of(w, true);
    if (month == 0) return k;
    ambiguous = true;  // an abbreviation needs a number next to it
    return cp(we) == '.' ? we + 1 : we;
  }

  bool time_word_before(std::size_t k) const {
    std::size_t e = k;
    if (e > 0 && detail::is_dash(cp(e - 1))) {
      --e;
    } else {
      e = detail::back_blanks(cps_, k);
      if (e == k) return false;
    }
    std::size_t b = e;
    while (b > 0 && is_latin(cp(b - 1))) --b;
    if (b == e) return false;
    static const char* kWords[] = {"in",    "of",         "late",    "early",  "mid",   "since",
                                   "until", "till",       "by",      "last",   "next",  "this",
                                   "from",  "to",         "during",  "before", "after", "through",
                                   "on",    "throughout", "between", "and"};
    const std::string w = detail::lower_word(cps_, b, e);
    for (const char* t : kWords) {
      if (w == t) return true;
    }
    return false;
  }

  // Day number with optional ordinal suffix: 18, 18th.
  std::size_t read_day(std::size_t k, int& day) const {
    if (!is_digit(cp(k)) || !free(k)) return k;
    int v = 0;
    std::size_t j = k;
    while (is_digit(cp(j)) && j - k < 2) v = v * 10 + (cp(j++) - '0');
    if (is_digit(cp(j)) || v < 1 || v > 31) return k;
    if (is_latin(cp(j))) {
      const std::size_t we = detail::word_end(cps_, j);
      const std::string s = detail::lower_word(cps_, j, we);
      if (s != "st" && s != "nd" && s != "rd" && s != "th") return k;
      j = we;
    }
    day = v;
    return j;
  }

  // English year after a month or day: ", 2019" or " 2019".
  std::size_t year_after(std::size_t k, int& year) const {
    std::size_t j = detail::skip_blanks(cps_, k);
    if (cp(j) == ',') j = detail::skip_blanks(cps_, j + 1);
    if (j == k || !is_digit(cp(j)) || !free(j)) return k;
    int v = 0;
    bool year_like = false;
    std::size_t e = number(j, v, year_like);
    if (e == j && marker_after(j + 4)) {  // "18 December 2019.2": the year, then a note
      e = number(j, v, year_like, /*stop=*/j + 4);
    }
    if (e == j || !year_like || is_latin(cp(e))) return k;
    year = v;
    return e;
  }

  // One end of a date or range at i.
  std::optional<Endpoint> parse_endpoint(std::size_t i) const {
    Endpoint ep;
    int month = 0;
    bool ambiguous = false;
    // English, month first: December 18, 2019 / December 2019 / June.
    if (std::size_t me = month_name(i, month, ambiguous); me > i) {
      ep.date.month = month;
      ep.lead = Part::kMonth;
      ep.end = me;
      std::size_t d = detail::skip_blanks(cps_, me);
      int day = 0;
      bool has_number = false;
      if (d > me) {
        if (std::size_t de = read_day(d, day); de > d && !(cp(de) == ',' && is_digit(cp(de + 1)))) {
          // "December 18" but not "December 2019" (a year).
          if (!(is_digit(cp(de)))) {
            ep.date.day = day;
            ep.end = de;
            has_number = true;
          }
        }
      }
      int year = 0;
      if (std::size_t ye = year_after(ep.end, year); ye > ep.end) {
        ep.date.year = year;
        ep.end = ye;
        has_number = true;
      }
      // May, March, August and abbreviations (Oct.) are other words too; without a number they
      // count as months only after a word that introduces a time: in May, until Oct., mid-March.
      if (ambiguous && !has_number && !time_word_before(i)) return std::nullopt;
      return ep;
    }
    int value = 0;
    bool year_like = false;
    const std::size_t ne = number(i, value, year_like);
    if (ne == i) return std::nullopt;
    // Chinese: 2019年12月18日, 12月18日, 六月, 5日.
    Part part = Part::kNone;
    if (std::size_t ue = chinese_unit(ne, part); ue > ne) {
      if (part == Part::kYear) {
        if (!year_like) return std::nullopt;
        ep.date.year = value;
        ep.end = ue;
        int m = 0;
        bool yl = false;
        const std::size_t ms = detail::skip_blanks(cps_, ue);
        const std::size_t me2 = number(ms, m, yl);
        Part p2 = Part::kNone;
        const std::size_t mu = me2 > ms ? chinese_unit(me2, p2) : ms;
        if (me2 > ms && p2 == Part::kMonth && m >= 1 && m <= 12) {
          ep.date.month = m;
          ep.end = mu;
          chinese_day(ep);
        }
      } else if (part == Part::kMonth) {
        if (value < 1 || value > 12) return std::nullopt;
        if (i > 0 && (cp(i - 1) == U'个' || cp(i - 1) == U'個')) return std::nullopt;
        ep.date.month = value;
        ep.end = ue;
        chinese_day(ep);
      } else {
        if (value < 1 || value > 31) return std::nullopt;
        ep.date.day = value;
        ep.end = ue;
      }
      ep.lead = part;
      return ep;
    }
    if (!is_digit(cp(i))) {
      ep.bare = true;
      ep.bare_value = value;
      ep.bare_year_like = year_like;
      ep.end = ne;
      return ep;
    }
    // ISO 2019-12-18.
    if (year_like && cp(ne) == '-' && is_digit(cp(ne + 1)) && is_digit(cp(ne + 2)) &&
        cp(ne + 3) == '-' && is_digit(cp(ne + 4)) && is_digit(cp(ne + 5)) &&
        !is_digit(cp(ne + 6))) {
      const int m = (cp(ne + 1) - '0') * 10 + (cp(ne + 2) - '0');
      const int d = (cp(ne + 4) - '0') * 10 + (cp(ne + 5) - '0');
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        ep.date = {value, m, d};
        ep.lead = Part::kYear;
        ep.end = ne + 6;
        return ep;
      }
    }
    // English, day first: 18 December 2019, 18th December.
    int day = 0;
    if (std::size_t de = read_day(i, day); de > i) {
      const std::size_t ms = detail::skip_blanks(cps_, de);
      std::size_t mstart = ms;
      if (detail::at(cps_, ms, U"of ")) mstart = detail::skip_blanks(cps_, ms + 3);
      if (ms > de) {
        if (std::size_t me = month_name(mstart, month, ambiguous); me > mstart) {
          ep.date.day = day;
          ep.date.month = month;
          ep.lead = Part::kDay;
          ep.end = me;
          int year = 0;
          if (std::size_t ye = year_after(me, year); ye > me) {
            ep.date.year = year;
            ep.end = ye;
          }
          return ep;
        }
      }
    }
    ep.bare = true;
    ep.bare_value = value;
    ep.bare_year_like = year_like;
    ep.end = ne;
    if (is_latin(cp(ne)) && !is_latin(cp(ne + 1)) && (cp(ne) == 's')) return std::nullopt;  // 1990s
    return ep;
  }

  // 日 or 号 after a Chinese month: 12月18日.
  void chinese_day(Endpoint& ep) const {
    const std::size_t ds = detail::skip_blanks(cps_, ep.end);
    int d = 0;
    bool yl = false;
    const std::size_t de = number(ds, d, yl);
    Part p = Part::kNone;
    if (de > ds && d >= 1 && d <= 31) {
      const std::size_t du = chinese_unit(de, p);
      if (p == Part::kDay) {
        ep.date.day = d;
        ep.end = du;
        return;
      }
      // 4月3-5日 / 4月3至5日: a bare day opening a range keeps the month.
      if (p == Part::kNone && connector(de) > de) {
        ep.date.day = d;
        ep.end = de;
      }
    }
  }

  // A range connector after k (blanks allowed around it); returns the index after it, or k.
  std::size_t connector(std::size_t k) const {
    const std::size_t c = detail::skip_blanks(cps_, k);
    if (!free(c)) return k;
    std::size_t e = c;
    if (detail::is_dash(cp(c)) || cp(c) == U'至' || cp(c) == U'到') {
      e = c + 1;
      if (cp(c) == 0x2014 && cp(c + 1) == 0x2014) e = c + 2;  // ——
    } else if (detail::at(cps_, c, U"to ") || detail::at(cps_, c, U"and ")) {
      e = c + (cp(c) == 't' ? 2 : 3);
    } else if (detail::at(cps_, c, U"until ") || detail::at(cps_, c, U"through ")) {
      e = c + (cp(c) == 'u' ? 5 : 7);
    } else {
      return k;
    }
    return detail::skip_blanks(cps_, e);
  }

  static void set_part(Date& d, Part part, int value) {
    if (part == Part::kYear) d.year = value;
    if (part == Part::kMonth) d.month = value;
    if (part == Part::kDay) d.day = value;
  }

  static bool valid(const Date& d) {
    return (d.year == 0 || (d.year >= 1000 && d.year <= 2999)) && d.month >= 0 && d.month <= 12 &&
           d.day >= 0 && d.day <= 31 && !d.empty();
  }

  // Sets a mention's span, and its text, to [b, e).
  void place(DateMention& m, std::size_t b, std::size_t e) const {
    m.span = detail::span_of(cps_, b, e);
    m.text = std::string(text_.substr(m.span.begin, m.span.size()));
  }

  // A date of one listed day, written at [b, e).
  void add_day(const Date& start, std::size_t b, std::size_t e) {
    DateMention m;
    m.start = start;
    place(m, b, e);
    out_.push_back(std::move(m));
  }

  // Days listed before the month they share: the 12 and 13 of "12 and 13 May 2020", the 12, 13
  // of "12, 13 and 15 May 2020". At i a day number; each listed day becomes a date of its own
  // with the month and year of the day that names them, which is left for the caller to read.
  // Returns the index of that last day, or i when i opens no such list.
  std::size_t listed_days(std::size_t i) {
    std::vector<std::pair<int, std::size_t>> days;  // day, index past it
    std::size_t k = i;
    for (;;) {
      int day = 0;
      const std::size_t de = read_day(k, day);
      if (de == k || is_latin(cp(de))) return i;
      days.emplace_back(day, de);
      std::size_t c = detail::skip_blanks(cps_, de);
      const bool comma = cp(c) == ',';
      if (comma) c = detail::skip_blanks(cps_, c + 1);
      const bool and_word = detail::at(cps_, c, U"and ");
      if (and_word) c = detail::skip_blanks(cps_, c + 3);
      if (!(comma || and_word) || !free(c) || !is_digit(cp(c))) return i;
      if (and_word) {
        // "and" closes the list: the next day names the month.
        const auto last = parse_endpoint(c);
        if (!last || last->bare || last->lead != Part::kDay || last->date.month == 0) return i;
        for (const auto& [d, e] : days) {
          std::size_t b = e;
          while (b > 0 && (is_digit(cp(b - 1)) || is_latin(cp(b - 1)))) --b;
          add_day({last->date.year, last->date.month, d}, b, e);
        }
        return c;
      }
      k = c;
    }
  }

  // Chinese days listed after a full date, sharing its month and year: the 13日 and 15日 of
  // 2020年5月12日、13日和15日. Returns the index past the last one (k when none).
  std::size_t chinese_listed_days(std::size_t k, const Date& date) {
    for (;;) {
      const std::size_t c = detail::skip_blanks(cps_, k);
      const char32_t sep = cp(c);
      if (!(sep == U'、' || sep == U'和' || sep == U'及' || sep == U'与' || sep == ',') ||
          !free(c)) {
        return k;
      }
      const std::size_t ds = detail::skip_blanks(cps_, c + 1);
      int d = 0;
      bool year_like = false;
      const std::size_t de = number(ds, d, year_like);
      Part part = Part::kNone;
      const std::size_t du = de > ds ? chinese_unit(de, part) : ds;
      if (de == ds || part != Part::kDay || d < 1 || d > 31) return k;
      add_day({date.year, date.month, d}, ds, du);
      k = du;
    }
  }

  // A date or a range at i; returns the index past it or i.
  std::size_t date(std::size_t i) {
    if (is_digit(cp(i))) {
      if (const std::size_t last = listed_days(i); last > i) return last;
    }
    auto first = parse_endpoint(i);
    if (!first) return i;
    std::optional<Endpoint> second;
    if (const std::size_t c = connector(first->end); c > first->end && c < cps_.size()) {
      const bool word = is_latin(cp(detail::skip_blanks(cps_, first->end)));
      second = parse_endpoint(c);
      // April 3-5, 2018: a bare number after a day is the range's last day.
      if (second && second->bare && first->date.day && !second->bare_year_like &&
          second->bare_value >= 1 && second->bare_value <= 31 && is_digit(cp(c))) {
        second->date.day = second->bare_value;
        second->lead = Part::kDay;
        second->bare = false;
        int year = 0;
        if (std::size_t ye = year_after(second->end, year); ye > second->end) {
          second->date.year = year;
          second->end = ye;
        }
      }
      if (second && second->bare) {
        // 2018-2021 / 2018 to 2021: two bare years make a range; anything else bare does not.
        if (!(first->bare || first->lead == Part::kYear) || !second->bare_year_like ||
            (first->bare && !first->bare_year_like)) {
          second.reset();
        } else {
          second->date.year = second->bare_value;
          second->lead = Part::kYear;
          second->bare = false;
        }
      }
      // "and" joins two dates only as "between X and Y"; elsewhere they are two dates.
      if (second && word && detail::at(cps_, detail::skip_blanks(cps_, first->end), U"and")) {
        second.reset();
      }
    }
    if (first->bare) {
      if (second) {
        if (second->lead == Part::kYear && !first->bare_year_like) return i;
        set_part(first->date, second->lead, first->bare_value);
        first->lead = second->lead;
        first->bare = false;
      } else if (first->bare_year_like && is_digit(cp(i)) && standalone_year(first->end)) {
        first->date.year = first->bare_value;
        first->lead = Part::kYear;
        first->bare = false;
      } else {
        return first->end;
      }
    }
    if (!second && first->lead == Part::kDay && first->date.month == 0) return first->end;
    DateMention m;
    m.start = first->date;
    std::size_t end = first->end;
    if (second) {
      if (second->lead == Part::kDay && second->date.month == 0 && first->date.month == 0) {
        second.reset();  // 3日至5日 with no month anywhere: not a date
        if (first->date.month == 0 && first->lead == Part::kDay) return first->end;
      }
    }
    if (second) {
      inherit(m.start, second->date);
      m.end = second->date;
      end = second->end;
      if (!valid(*m.end)) return i;
    }
    if (!valid(m.start)) return i;
    place(m, i, end);
    const Date named = m.start;
    const char32_t unit = end > 0 ? cp(end - 1) : 0;
    const bool chinese_day = !m.end && named.day != 0 && named.month != 0 &&
                             (unit == U'日' || unit == U'号' || unit == U'號');
    out_.push_back(std::move(m));
    return chinese_day ? chinese_listed_days(end, named) : end;
  }

  // A bare four-digit number is a year unless a unit, scale, percent or another number follows
  // (2000人, 2000 万, 2000%).
  bool standalone_year(std::size_t e) const {
    const std::size_t k = detail::skip_blanks(cps_, e);
    const char32_t c = cp(k);
    if (c == '%' || is_digit(c) || c == U'多' || c == U'余') return false;
    if (utf8::is_han(c)) return false;
    if (is_latin(cp(e))) return false;
    if (is_latin(c)) {
      const std::string w = detail::lower_word(cps_, k, detail::word_end(cps_, k));
      if (w == "per" || w == "percent" || w == "million" || w == "billion" || w == "thousand" ||
          w == "people" || w == "persons") {
        return false;
      }
    }
    return true;
  }

  // Range ends share what one of them leaves out: 3 to 5 April 2018, 2018年4月3日至5日.
  static void inherit(check::Date& a, check::Date& b) {
    if (a.month == 0 && b.month && a.day) a.month = b.month;
    if (b.month == 0 && a.month && b.day) b.month = a.month;
    if (a.year == 0 && b.year && a.month) a.year = b.year;
    if (b.year == 0 && a.year && b.month) b.year = a.year;
  }

  std::string_view text_;
  const std::vector<Cp>& cps_;
  std::vector<bool> blocked_;
  std::vector<DateMention> out_;
};

}  // namespace

std::string format_date(const Date& d) {
  char buf[32];
  if (d.year && d.month && d.day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else if (d.year && d.month) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else if (d.year) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  } else if (d.month && d.day) {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
  } else if (d.month) {
    std::snprintf(buf, sizeof buf, "--%02d", d.month);
  } else {
    std::snprintf(buf, sizeof buf, "---%02d", d.day);
  }
  return buf;
}

std::vector<DateMention> extract_dates(std::string_view text, const std::vector<Span>& skip) {
  return detail::extract_dates(text, detail::decode(text), skip);
}

namespace detail {
std::vector<DateMention> extract_dates(std::string_view text, const std::vector<Cp>& cps,
                                       const std::vector<Span>& skip) {
  return Extractor(text, cps, skip).run();
}
}  // namespace detail

bool dates_compatible(const Date& a, const Date& b) {
  bool shared = false;
  if (a.year && b.year) {
    if (a.year != b.year) return false;
    shared = true;
  }
  if (a.month && b.month) {
    if (a.month != b.month) return false;
    shared = true;
  }
  if (a.day && b.day) {
    if (a.day != b.day) return false;
    shared = true;
  }
  return shared;
}

}  // namespace bitext::check
