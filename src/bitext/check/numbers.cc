#include "bitext/check/numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "bitext/check/scan.h"
#include "bitext/core/utf8.h"
#include "bitext/text/numerals.h"

namespace bitext::check {
namespace {

using detail::Cp;
using detail::is_blank;
using detail::is_digit;
using detail::is_latin;

// --- English number words --------------------------------------------------------------------

enum class WordClass { kNone, kUnit, kTeen, kTens, kHundred, kScale };

struct WordInfo {
  WordClass cls = WordClass::kNone;
  double value = 0;
  bool ordinal = false;
  bool fold = false;  // sevenfold, a hundredfold: the number, which nothing extends
};

const std::unordered_map<std::string, WordInfo>& word_table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, WordInfo>;
    const char* units[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    const char* unit_ords[] = {"first", "second",  "third",  "fourth", "fifth",
                               "sixth", "seventh", "eighth", "ninth"};
    for (int k = 0; k < 9; ++k) {
      (*t)[units[k]] = {WordClass::kUnit, double(k + 1), false};
      (*t)[unit_ords[k]] = {WordClass::kUnit, double(k + 1), true};
    }
    const char* teens[] = {"ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                           "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    const char* teen_ords[] = {"tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
                               "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    for (int k = 0; k < 10; ++k) {
      (*t)[teens[k]] = {WordClass::kTeen, double(k + 10), false};
      (*t)[teen_ords[k]] = {WordClass::kTeen, double(k + 10), true};
    }
    const char* tens[] = {"twenty", "thirty",  "forty",  "fifty",
                          "sixty",  "seventy", "eighty", "ninety"};
    const char* tens_ords[] = {"twentieth", "thirtieth",  "fortieth",  "fiftieth",
                               "sixtieth",  "seventieth", "eightieth", "ninetieth"};
    for (int k = 0; k < 8; ++k) {
      (*t)[tens[k]] = {WordClass::kTens, double((k + 2) * 10), false};
      (*t)[tens_ords[k]] = {WordClass::kTens, double((k + 2) * 10), true};
    }
    // Scores, as the King James Bible and old legal texts count: threescore and ten, fourscore.
    for (int k = 0; k < 9; ++k) {
      (*t)[std::string(units[k]) + "score"] = {WordClass::kTens, double((k + 1) * 20), false};
    }
    (*t)["hundred"] = {WordClass::kHundred, 100, false};
    (*t)["hundredth"] = {WordClass::kHundred, 100, true};
    (*t)["thousand"] = {WordClass::kScale, 1e3, false};
    (*t)["thousandth"] = {WordClass::kScale, 1e3, true};
    (*t)["million"] = {WordClass::kScale, 1e6, false};
    (*t)["millionth"] = {WordClass::kScale, 1e6, true};
    (*t)["billion"] = {WordClass::kScale, 1e9, false};
    (*t)["billionth"] = {WordClass::kScale, 1e9, true};
    (*t)["trillion"] = {WordClass::kScale, 1e12, false};
    // Multiples in one word: twofold, sevenfold (七倍), seventy and sevenfold, an hundredfold.
    std::vector<std::pair<std::string, WordInfo>> folds;
    for (const auto& [word, info] : *t) {
      if (!info.ordinal && info.cls != WordClass::kScale && word.find("score") == word.npos) {
        folds.emplace_back(word + "fold", WordInfo{info.cls, info.value, false, true});
      }
    }
    (*t)["thousandfold"] = {WordClass::kScale, 1e3, false, true};
    t->insert(folds.begin(), folds.end());
    return t;
  }();
  return *table;
}

WordInfo lookup_word(const std::string& w) {
  const auto& t = word_table();
  auto it = t.find(w);
  return it == t.end() ? WordInfo{} : it->second;
}

// Scale words that may follow digits: 3 million, 1.2 bn.
double scale_word(const std::string& w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mn") return 1e6;
  if (w == "billion" || w == "bn") return 1e9;
  if (w == "trillion" || w == "tn") return 1e12;
  return 0;
}

// Accumulates English number words the way they are spoken: total of completed scale groups
// plus the group below a thousand.
struct WordNumber {
  double total = 0;
  double group = 0;
  WordClass last = WordClass::kNone;
  double last_scale = 0;
  bool any = false;
  bool ordinal = false;
  bool score = false;      // the tens are scores (fourscore, four score): "and ten" may follow
  bool after_and = false;  // "and" came after the last scale word: old style may repeat it
  bool closed = false;     // a multiple (sevenfold, ten-fold) ended it

  // Whether the word can extend the number; applies it when so.
  bool take(const WordInfo& w, const std::string& word) {
    if (ordinal || closed) return false;
    if (word == "fold" && any) {  // ten-fold (the caller takes it only after a hyphen)
      closed = true;
      return true;
    }
    const bool after_score = score;
    score = false;
    if (word == "score" && last == WordClass::kUnit && group > 0 && group < 10) {  // four score
      group *= 20;
      last = WordClass::kTens;
      score = true;
      return true;
    }
    if (w.cls == WordClass::kTens && word.size() > 5 &&
        word.compare(word.size() - 5, 5, "score") == 0) {
      score = true;
    }
    switch (w.cls) {
      case WordClass::kUnit:
        if (any && !(last == WordClass::kTens || last == WordClass::kHundred ||
                     last == WordClass::kScale)) {
          return false;
        }
        group += w.value;
        break;
      case WordClass::kTeen:
      case WordClass::kTens:
        if (any && !(last == WordClass::kHundred || last == WordClass::kScale ||
                     (after_score && w.cls == WordClass::kTeen))) {
          return false;
        }
        group += w.value;
        break;
      case WordClass::kHundred:
        if (!(last == WordClass::kUnit || last == WordClass::kTeen) || group >= 100) return false;
        group *= 100;
        break;
      case WordClass::kScale:
        if (group <= 0) return false;
        if (last_scale != 0 && w.value >= last_scale && !(w.value == last_scale && adds(w.value))) {
          return false;
        }
        after_and = false;
        total += group * w.value;
        group = 0;
        last_scale = w.value;
        break;
      case WordClass::kNone:
        return false;
    }
    last = w.cls;
    any = true;
    ordinal = w.ordinal;
    closed = w.fold;
    return true;
  }
  double value() const { return total + group; }

  // Old style adds to a scale after "and" where the places the group needs are empty: six
  // hundred thousand and three thousand (603,000), an hundred thousand and fifty and one
  // thousand (151,000).
  bool adds(double scale) const {
    if (!after_and) return false;
    const double at_scale = std::fmod(std::floor(total / scale), 1000.0);
    double place = 1;
    while (place <= group) place *= 10;
    return at_scale > 0 && std::fmod(at_scale, place) == 0;
  }
};

// --- Chinese ---------------------------------------------------------------------------------

bool is_unit_char(char32_t c) {
  return c == U'十' || c == U'拾' || c == U'百' || c == U'佰' || c == U'千' || c == U'仟' ||
         c == U'万' || c == U'萬' || c == U'亿' || c == U'億';
}
bool is_zero_char(char32_t c) { return c == U'〇' || c == U'零'; }

double scale_char(char32_t c) {
  switch (c) {
    case U'百':
      return 1e2;
    case U'千':
      return 1e3;
    case U'万':
    case U'萬':
      return 1e4;
    case U'亿':
    case U'億':
      return 1e8;
    default:
      return 0;
  }
}

// Measure words and units that make a preceding Chinese numeral a quantity (三个, 两国, 五年).
bool is_measure_char(char32_t c) {
  static const std::u32string_view kMeasures =
      U"个個名位人次项項条條款届屆年月日号號岁歲倍种種类類家所座部本份件天周週星小秒公米吨噸元"
      U"美英欧歐港镑鎊亩畝平克升度时時期章节節段句票张張只隻架艘辆輛枚块塊层層册冊页頁场場轮輪"
      U"局篇首门門间間栋棟户戶批组組队隊支套台臺例宗笔筆国國方边邊世代季级級等里盎磅桶";
  return kMeasures.find(c) != std::u32string_view::npos;
}

// After these, a Chinese numeral is a quantity or an ordinal label even without a measure word
// (附件一, 表 3).
bool preceded_by_trigger(const std::vector<Cp>& cps, std::size_t i) {
  const std::size_t b = detail::back_blanks(cps, i);
  if (b == 0) return false;
  const char32_t p = cps[b - 1].c;
  if (p == U'第' || p == U'表' || p == U'图' || p == U'圖') return true;
  if (b >= 2) {
    const char32_t q = cps[b - 2].c;
    if ((q == U'附' && (p == U'件' || p == U'录' || p == U'錄'))) return true;
  }
  return false;
}

// --- Extraction ------------------------------------------------------------------------------

class Extractor {
 public:
  Extractor(std::string_view text, const std::vector<Cp>& cps, const std::vector<Span>& skip)
      : text_(text),
        cps_(cps),
        blocked_(detail::blocked(cps_, skip)),
        thousands_(text::thousands_spaces(text)) {}

  std::vector<NumberMention> run() {
    std::size_t i = 0;
    while (i < cps_.size()) {
      if (blocked_[i]) {
        ++i;
        continue;
      }
      const char32_t c = cps_[i].c;
      std::size_t next = i + 1;
      if (is_digit(c)) {
        next = digits(i);
      } else if (text::is_chinese_numeral_char(c) || c == U'半') {
        next = chinese(i);
      } else if (is_latin(c) && (i == 0 || !is_latin(cps_[i - 1].c))) {
        next = english(i);
      }
      i = next > i ? next : i + 1;
    }
    return std::move(out_);
  }

 private:
  char32_t cp(std::size_t i) const { return i < cps_.size() ? cps_[i].c : 0; }
  bool free(std::size_t i) const { return i < cps_.size() && !blocked_[i]; }

  NumberMention& add(std::size_t b, std::size_t e, double value, NumberKind kind, bool spelled) {
    NumberMention m;
    m.value = value;
    m.kind = kind;
    m.span = detail::span_of(cps_, b, e);
    m.text = std::string(text_.substr(m.span.begin, m.span.size()));
    m.spelled = spelled;
    m.weak = spelled && value <= 2 &&
             (kind == NumberKind::kCardinal || kind == NumberKind::kOrdinal ||
              kind == NumberKind::kFraction);
    out_.push_back(std::move(m));
    return out_.back();
  }

  // Percent markers after a number at i: %, per cent, percent, percentage point(s), 个百分点.
  // Returns the index past the marker, or i.
  std::size_t skip_percent(std::size_t i) const {
    const std::size_t k = detail::skip_blanks(cps_, i);
    if (cp(k) == '%' || cp(k) == 0xFE6A) return k + 1;
    if (detail::at(cps_, k, U"per cent") && !is_latin(cp(k + 8))) return k + 8;
    if (detail::at(cps_, k, U"percent") && !is_latin(cp(k + 7))) return k + 7;
    if (detail::at(cps_, k, U"percentage point")) {
      std::size_t e = k + 16;
      if (lower(cp(e)) == 's') ++e;
      return e;
    }
    if (detail::at(cps_, k, U"个百分点") || detail::at(cps_, k, U"個百分點")) return k + 4;
    if (detail::at(cps_, k, U"百分点") || detail::at(cps_, k, U"百分點")) return k + 3;
    return i;
  }
  static char32_t lower(char32_t c) { return detail::lower(c); }

  // "年代" after a number at i makes it a decade; "X世纪" right before merges into one decade.
  bool decade_after(std::size_t i, std::size_t begin, double value, std::size_t& end) {
    const std::size_t k = detail::skip_blanks(cps_, i);
    if (!detail::at(cps_, k, U"年代")) return false;
    end = k + 2;
    double decade = value;
    std::size_t b = begin;
    const std::size_t before = detail::back_blanks(cps_, begin);
    if (before >= 2 && cps_[before - 2].c == U'世' && cps_[before - 1].c == U'纪' &&
        !out_.empty()) {
      NumberMention& century = out_.back();
      const std::size_t century_end = detail::back_blanks(cps_, before - 2);
      if (century_end > 0 && cps_[century_end - 1].end == century.span.end && value < 100) {
        decade = (century.value - 1) * 100 + value;
        const std::size_t cb = century.span.begin;
        out_.pop_back();
        for (b = begin; b > 0 && cps_[b].begin > cb;) --b;
      }
    }
    NumberMention& m = add(b, end, decade, NumberKind::kDecade, false);
    if (decade >= 100) m.alt = std::fmod(decade, 100.0);
    return true;
  }

  // Digits with thousands separators and decimals, then scale, percent, ordinal, decade.
  std::size_t digits(std::size_t i) {
    std::size_t j = i;
    // Codes: G77, A4, COVID-19 (letters right before, or capitals and a hyphen).
    if (i > 0 && (is_latin(cp(i - 1)) ||
                  (detail::is_dash(cp(i - 1)) && i > 1 && cp(i - 2) >= 'A' && cp(i - 2) <= 'Z'))) {
      // The number inside a name may be written out on the other side: G20 / 二十国集团, G77 /
      // 77国集团, COVID-19 / 2019冠状病毒病 (a year's last two digits after a hyphen). It
      // accounts for that number but is never reported: A4, H1N1 or MP3 have none.
      long v = 0;
      while (is_digit(cp(j)) && j - i < 4) v = v * 10 + (cp(j++) - '0');
      const bool digits_only = !is_digit(cp(j)) && !is_latin(cp(j)) && cp(j) != '.';
      if (digits_only && j - i <= 3) {
        NumberMention& m = add(i, j, double(v), NumberKind::kCardinal, false);
        m.tentative = true;
        if (detail::is_dash(cp(i - 1)) && j - i == 2) m.alt = 2000.0 + double(v);
      }
      while (is_digit(cp(j)) || is_latin(cp(j))) ++j;
      return j;
    }
    std::string digits;
    while (free(j) && is_digit(cp(j))) digits += char(cp(j++));
    if (std::size_t e = clock(i, j, digits); e > j) return e;
    // "24/7", round the clock: the days of the week are often left implicit (24小时全天候).
    if (digits == "24" && cp(j) == '/' && cp(j + 1) == '7' && free(j + 1) && !is_digit(cp(j + 2))) {
      add(i, j, 24, NumberKind::kCardinal, false);
      add(j + 1, j + 2, 7, NumberKind::kCardinal, false).weak = true;
      return j + 2;
    }
    // "1/3", "2/3": a fraction written with a slash (一半, 三分之一 or "one third" on the other
    // side). A numerator under a denominator of at most 100, the slash between two numbers
    // alone: 74/173 or A/74/400 is a symbol, 60/1 a resolution; both sides of "resolution 1/3"
    // of the Human Rights Council read it alike.
    if (cp(j) == '/' && free(j + 1) && is_digit(cp(j + 1)) && digits.size() <= 2 &&
        (i == 0 || cp(i - 1) != '/')) {
      std::size_t k = j + 1;
      int denominator = 0;
      while (is_digit(cp(k)) && k - j <= 3) denominator = denominator * 10 + int(cp(k++) - '0');
      const int numerator = std::stoi(digits);
      if (!is_digit(cp(k)) && cp(k) != '/' && !is_latin(cp(k)) && numerator >= 1 &&
          numerator < denominator && denominator <= 100) {
        add(i, k, double(numerator) / denominator, NumberKind::kFraction, false);
        return k;
      }
    }
    // Thousands separators: exactly three digits after each comma.
    while (free(j + 3) && cp(j) == ',' && is_digit(cp(j + 1)) && is_digit(cp(j + 2)) &&
           is_digit(cp(j + 3)) && !is_digit(cp(j + 4))) {
      digits += {char(cp(j + 1)), char(cp(j + 2)), char(cp(j + 3))};
      j += 4;
    }
    // Or spaces, as UN Chinese writes them (5 000 美元): text::thousands_spaces.
    while (j < cps_.size() && free(j + 3) &&
           std::binary_search(thousands_.begin(), thousands_.end(), cps_[j].begin)) {
      digits += {char(cp(j + 1)), char(cp(j + 2)), char(cp(j + 3))};
      j += 4;
    }
    std::string fraction;
    if (cp(j) == '.' && is_digit(cp(j + 1)) && free(j + 1)) {
      std::size_t k = j + 1;
      while (is_digit(cp(k))) fraction += char(cp(k++));
      if (cp(k) == '.' && is_digit(cp(k + 1))) {  // 3.2.1: a section number, not a quantity
        while (is_digit(cp(k)) || cp(k) == '.') ++k;
        return k;
      }
      j = k;
    }
    if (utf8::is_superscript_digit(cp(j))) return j;
    // Runs longer than any quantity (account numbers, hashes) are codes, and std::stod would
    // overflow on them.
    if (digits.size() > 15 || fraction.size() > 15) return j;
    double value = std::stod(fraction.empty() ? digits : digits + "." + fraction);
    std::size_t end = j;
    NumberKind kind = NumberKind::kCardinal;

    // Ordinal suffix: 74th, 1st, 2nd, 3rd.
    if (is_latin(cp(j))) {
      const std::size_t we = detail::word_end(cps_, j);
      const std::string suffix = detail::lower_word(cps_, j, we);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        add(i, we, value, NumberKind::kOrdinal, false);
        return we;
      }
      if (suffix == "s" && fraction.empty() && digits.back() == '0' &&
          (digits.size() == 4 || digits.size() == 2)) {  // 1930s, 90s
        NumberMention& m = add(i, we, value, NumberKind::kDecade, false);
        if (value >= 100) m.alt = std::fmod(value, 100.0);
        return we;
      }
      double scale = scale_word(suffix);
      if (suffix == "m" && currency_before(i)) scale = 1e6;
      if (scale > 0 && suffix != "hundred") {
        value *= scale;
        end = we;
      } else {
        add(i, j, value, kind, false);  // 10km, 5G: the number with a unit or a name
        return we;
      }
    }
    // '90s, 1990's
    if ((cp(j) == '\'' || cp(j) == 0x2019) && lower(cp(j + 1)) == 's' && !is_latin(cp(j + 2)) &&
        digits.back() == '0' && fraction.empty()) {
      NumberMention& m = add(i, j + 2, value, NumberKind::kDecade, false);
      if (value >= 100) m.alt = std::fmod(value, 100.0);
      return j + 2;
    }
    if (i > 0 && (cp(i - 1) == '\'' || cp(i - 1) == 0x2019) && digits.size() == 2 &&
        lower(cp(j)) == 's') {
      add(i - 1, j + 1, value, NumberKind::kDecade, false);
      return j + 1;
    }
    // Scale words or characters: 3 million, 1.2亿, 3,000万, 300多万.
    if (end == j) {
      std::size_t k = detail::skip_blanks(cps_, j);
      if (is_latin(cp(k))) {
        const std::size_t we = detail::word_end(cps_, k);
        const double scale = scale_word(detail::lower_word(cps_, k, we));
        if (scale > 0 && free(k)) {
          value *= scale;
          end = we;
        }
      } else {
        if (cp(k) == U'多' || cp(k) == U'余' || cp(k) == U'餘') ++k;
        double scale = 1;
        std::size_t e = k;
        while (e < k + 3 && scale_char(cp(e)) > 0) scale *= scale_char(cp(e++));
        // 5千米 (km), 3千克 (kg), 2千瓦 (kW): 千 is part of a unit there.
        if (e > k && cp(e - 1) == U'千' &&
            std::u32string_view(U"米克瓦卡赫伏焦字").find(cp(e)) != std::u32string_view::npos) {
          --e;
          scale /= 1e3;
        }
        if (e > k && !(cp(e - 1) == U'百' && cp(e) == U'分')) {
          value *= scale;
          end = e;
        }
      }
    }
    // 1 in 5.
    if (end == j && fraction.empty() && digits.size() <= 2) {
      if (std::size_t re = ratio_after(i, end, value); re > end) return re;
    }
    // Percent: 5%, 5 per cent, 百分之5 (the latter prefix form).
    const std::size_t pe = skip_percent(end);
    if (pe != end) {
      kind = NumberKind::kPercent;
      end = pe;
    } else if (preceded_by(i, U"百分之")) {
      kind = NumberKind::kPercent;
      i = detail::back_blanks(cps_, i) - 3;
    } else if (preceded_by(i, U"第")) {
      kind = NumberKind::kOrdinal;
      i = detail::back_blanks(cps_, i) - 1;
    }
    std::size_t decade_end = 0;
    if (kind == NumberKind::kCardinal && fraction.empty() &&
        decade_after(end, i, value, decade_end)) {
      return decade_end;
    }
    add(i, end, value, kind, false);
    return end;
  }

  // Times of day: 7:55, 17:30, 7.55am, 7 a.m., 5点30分, 3点半. Returns the index past the
  // time, or j when digits[i, j) are not one.
  std::size_t clock(std::size_t i, std::size_t j, const std::string& digits) {
    if (digits.size() > 2) return j;
    const int hour = std::stoi(digits);
    if (hour > 24) return j;
    auto two_digits = [&](std::size_t k) {
      return is_digit(cp(k)) && is_digit(cp(k + 1)) && !is_digit(cp(k + 2)) && free(k + 1);
    };
    std::size_t e = j;
    int minute = 0;
    bool time = false;
    if ((cp(j) == ':' || cp(j) == '.') && two_digits(j + 1)) {
      minute = (cp(j + 1) - '0') * 10 + (cp(j + 2) - '0');
      e = j + 3;
      time = cp(j) == ':' || am_pm(e) > e;
      if (minute > 59) return j;
    } else if (am_pm(j) > j) {
      time = true;
    } else {
      return chinese_clock(i, j, hour);
    }
    if (!time) return j;
    const std::size_t ampm = am_pm(e);
    NumberMention& m =
        add(i, std::max(e, ampm), (hour % 12) * 60 + minute, NumberKind::kTime, false);
    // 3:35 may also be minutes and seconds, or a 24-hour time.
    if (ampm == e) m.alt = hour * 60 + minute;
    return std::max(e, ampm);
  }

  // am, pm, a.m., p.m. after optional blanks; the index past it, or k.
  std::size_t am_pm(std::size_t k) const {
    const std::size_t b = detail::skip_blanks(cps_, k);
    const char32_t c = lower(cp(b));
    if (c != 'a' && c != 'p') return k;
    if (lower(cp(b + 1)) == 'm' && !is_latin(cp(b + 2))) return b + 2;
    if (cp(b + 1) == '.' && lower(cp(b + 2)) == 'm' && cp(b + 3) == '.') return b + 4;
    return k;
  }

  // 5点30分, 3点半, 十点十五分 after an hour ending at j; 3分35秒 (a duration, as 3:35).
  std::size_t chinese_clock(std::size_t i, std::size_t j, int hour) {
    if (cp(j) == U'分' && cp(j + 1) != U'之' && hour < 60) {
      std::size_t e = j + 1;
      int seconds = 0;
      while (is_digit(cp(e)) && e - j <= 2) seconds = seconds * 10 + int(cp(e++) - '0');
      if (e > j + 1 && cp(e) == U'秒' && seconds < 60) {
        add(i, e + 1, hour * 60 + seconds, NumberKind::kTime, false);
        return e + 1;
      }
      return j;
    }
    if (!(cp(j) == U'点' || cp(j) == U'點' || cp(j) == U'时' || cp(j) == U'時')) return j;
    std::size_t k = j + 1;
    if (cp(k) == U'半') {
      add(i, k + 1, (hour % 12) * 60 + 30, NumberKind::kTime, false);
      return k + 1;
    }
    int minute = -1;
    std::size_t e = k;
    if (is_digit(cp(k))) {
      minute = 0;
      while (is_digit(cp(e)) && e - k < 2) minute = minute * 10 + int(cp(e++) - '0');
    } else {
      std::string run;
      while (text::is_chinese_numeral_char(cp(e)) && e - k < 3) utf8::append(run, cp(e++));
      if (auto v = text::parse_chinese_number(run)) minute = int(*v);
    }
    if (minute < 0 || minute > 59 || cp(e) != U'分') return j;
    add(i, e + 1, (hour % 12) * 60 + minute, NumberKind::kTime, true);
    return e + 1;
  }

  bool currency_before(std::size_t i) const {
    const char32_t p = i > 0 ? cp(i - 1) : 0;
    return p == '$' || p == 0xA3 || p == 0x20AC || p == 0xA5;
  }

  bool preceded_by(std::size_t i, std::u32string_view word) const {
    const std::size_t b = detail::back_blanks(cps_, i);
    return b >= word.size() && detail::at(cps_, b - word.size(), word, false);
  }

  // A run of Chinese numerals at i, read only where it denotes a quantity.
  std::size_t chinese(std::size_t i) {
    // 一半, 半数: half.
    if (cp(i) == U'半') {
      if (cp(i + 1) == U'数' || cp(i + 1) == U'數') {
        add(i, i + 2, 0.5, NumberKind::kFraction, true);
        return i + 2;
      }
      return i + 1;
    }
    if (cp(i) == U'一' && cp(i + 1) == U'半') {
      add(i, i + 2, 0.5, NumberKind::kFraction, true);
      return i + 2;
    }
    std::size_t j = i;
    std::string run;
    bool has_unit = false;
    bool has_zero = false;
    while (free(j) && text::is_chinese_numeral_char(cp(j))) {
      has_unit = has_unit || is_unit_char(cp(j));
      has_zero = has_zero || is_zero_char(cp(j));
      utf8::append(run, cp(j++));
    }
    const std::size_t count = j - i;
    // Vague quantities: 数十, 几百, 上千, 成千上万, 十几.
    const char32_t prev = i > 0 ? cp(i - 1) : 0;
    // 上, 成 and 好 only before a scale: 早上六点 and 造成八人 are numbers.
    if (prev == U'数' || prev == U'數' || prev == U'几' || prev == U'幾' ||
        ((prev == U'上' || prev == U'成' || prev == U'好') && is_unit_char(cp(i)))) {
      return j;
    }
    if (cp(j) == U'几' || cp(j) == U'幾') return j + 1;

    // Fractions: 三分之一, 百分之五, 千分之三.
    if (cp(j) == U'分' && cp(j + 1) == U'之') {
      double denominator = 0;
      if (run == "百" || run == "佰")
        denominator = 100;
      else if (run == "千" || run == "仟")
        denominator = 1000;
      else if (auto v = text::parse_chinese_number(run))
        denominator = double(*v);
      std::size_t k = j + 2;
      std::size_t e = k;
      double numerator = -1;
      if (is_digit(cp(k))) return k;  // 百分之5: the digits read themselves as a percent
      std::string num_run;
      while (text::is_chinese_numeral_char(cp(e)) || (cp(e) == U'点' && e > k)) {
        utf8::append(num_run, cp(e++));
      }
      if (num_run == "百" && denominator == 100) numerator = 100;  // 百分之百
      if (auto v = parse_with_decimal(num_run)) numerator = *v;
      if (denominator <= 0 || numerator < 0) return e > j ? e : j;
      if (denominator == 100) {
        add(i, e, numerator, NumberKind::kPercent, true);
      } else if (denominator == 1000) {
        add(i, e, numerator / 10, NumberKind::kPercent, true);
      } else {
        add(i, e, numerator / denominator, NumberKind::kFraction, true);
      }
      return e;
    }

    // Decimal: 三点五.
    std::size_t end = j;
    std::optional<double> value;
    if ((cp(j) == U'点' || cp(j) == U'點') && text::is_chinese_numeral_char(cp(j + 1))) {
      std::size_t k = j + 1;
      std::string frac;
      bool frac_unit = false;
      while (text::is_chinese_numeral_char(cp(k))) {
        frac_unit = frac_unit || is_unit_char(cp(k));
        utf8::append(frac, cp(k++));
      }
      if (!frac_unit) {
        value = parse_with_decimal(run + "点" + frac);
        end = k;
        // 三点五亿: a scale after the decimal.
        double scale = 1;
        while (scale_char(cp(end)) > 0 && end < k + 2) scale *= scale_char(cp(end++));
        if (value) *value *= scale;
      }
    }
    if (!value && !has_zero && count <= 2) {
      if (auto h = text::parse_chinese_number(run); h && *h <= 24) {
        if (std::size_t e = chinese_clock(i, j, int(*h)); e > j) return e;
      }
    }
    const bool ordinal = preceded_by(i, U"第");
    std::size_t after = end;
    if (cp(after) == U'多' || cp(after) == U'余' || cp(after) == U'餘' || cp(after) == U'来')
      ++after;
    after = detail::skip_blanks(cps_, after);
    const char32_t next = cp(after);  // 一九四九年: digit-by-digit before 年 is a year
    const bool measure = is_measure(after, run);
    const bool percent_after = skip_percent(end) != end;

    if (count == 1 && !ordinal) {
      // A day of the week (周四公布, 星期三上午, 礼拜五), not a quantity; 每周三次, 一周四天 and
      // 每周五小时 are.
      if ((preceded_by(i, U"周") || preceded_by(i, U"週") || preceded_by(i, U"星期") ||
           preceded_by(i, U"礼拜") || preceded_by(i, U"禮拜")) &&
          std::u32string_view(U"次天个個小节節").find(next) == std::u32string_view::npos) {
        return j;
      }
      // The financial numerals 陆 and 伍 alone are words (内陆, 大陆, 队伍) unless money follows.
      const char32_t c = cp(i);
      if ((c == U'陆' || c == U'陸' || c == U'伍') && next != U'元' && next != U'圆' &&
          next != U'圓') {
        return j;
      }
    }

    // Idioms pair two numerals around one character: 三番五次, 一心一意, 七上八下, 四面八方.
    if (count == 1 && !ordinal) {
      // A vague number (十几, 十多, 十余) is a quantity of its own, not an idiom's second half:
      // 三名十几岁男孩 is three boys in their teens.
      auto lone_numeral = [&](std::size_t k) {
        const char32_t after = k + 1 < cps_.size() ? cp(k + 1) : 0;
        return k < cps_.size() && text::is_chinese_numeral_char(cp(k)) &&
               !text::is_chinese_numeral_char(after) &&
               std::u32string_view(U"几幾多余餘").find(after) == std::u32string_view::npos &&
               !(k > 0 && text::is_chinese_numeral_char(cp(k - 1)));
      };
      const bool han_gap_after =
          utf8::is_han(cp(i + 1)) && !text::is_chinese_numeral_char(cp(i + 1));
      const bool han_gap_before =
          i >= 2 && utf8::is_han(cp(i - 1)) && !text::is_chinese_numeral_char(cp(i - 1));
      // Two different measure words make two quantities, not an idiom: 一周四天 (a four-day
      // week), 两国三方.
      auto quantities = [&](std::size_t first, std::size_t second) {
        const auto numeral = [&](std::size_t k) { return utf8::encode(cp(k)); };
        return is_measure(first + 1, numeral(first)) && is_measure(second + 1, numeral(second)) &&
               cp(first + 1) != cp(second + 1);
      };
      if ((han_gap_after && lone_numeral(i + 2) && !quantities(i, i + 2)) ||
          (han_gap_before && lone_numeral(i - 2) && !quantities(i - 2, i))) {
        return j;
      }
    }
    if (!value) {
      if (has_unit) {
        auto v = text::parse_chinese_number(run);
        // 百倍, 千倍: a hundredfold, a thousandfold (百 alone is no number elsewhere).
        if (!v && count == 1 && scale_char(cp(i)) > 0 && cp(end) == U'倍') {
          v = static_cast<std::int64_t>(scale_char(cp(i)));
        }
        if (!v) return j;
        // A lone unit character (十, 百) is a number only in context; 十 is a tentative one.
        if (count == 1 && !(ordinal || measure || percent_after || preceded_by_trigger(cps_, i))) {
          if (*v == 10) add(i, j, 10, NumberKind::kCardinal, true).tentative = true;
          return j;
        }
        value = double(*v);
      } else {
        // Digit by digit: years (一九四九年, 二〇一九) and codes; two or three digits without 〇
        // are approximations (三四个, 七八).
        const bool year_like =
            (count >= 2 && has_zero) || count >= 4 || (count >= 2 && next == U'年');
        if (count >= 2 && !year_like) return j;
        if (count == 1) {
          if (has_zero) return j;  // 零 alone: 零容忍, 零下
          if (!(ordinal || measure || percent_after || preceded_by_trigger(cps_, i))) {
            const auto v = text::parse_chinese_number(run);
            // 一 only before a measure word where it may not count (一级飓风 "Category 1",
            // 一号 "No. 1"): elsewhere it is in too many words (统一, 一切, 进一步).
            if (v && (*v >= 2 || is_measure_char(next))) {
              add(i, j, double(*v), NumberKind::kCardinal, true).tentative = true;
            }
            return j;
          }
        }
        auto v = text::parse_chinese_number(run);
        if (!v) return j;
        value = double(*v);
      }
    }
    NumberKind kind = ordinal ? NumberKind::kOrdinal : NumberKind::kCardinal;
    if (percent_after) {
      kind = NumberKind::kPercent;
      end = skip_percent(end);
    }
    std::size_t decade_end = 0;
    if (kind == NumberKind::kCardinal && decade_after(end, i, *value, decade_end)) {
      out_.back().spelled = true;
      return decade_end;
    }
    // The span includes 第 so that reports show 第七十四届, not 七十四届.
    add(ordinal ? detail::back_blanks(cps_, i) - 1 : i, end, *value, kind, true);
    return end;
  }

  // Whether the character at k makes the preceding numeral run a quantity.
  bool is_measure(std::size_t k, const std::string& run) const {
    const char32_t c = cp(k);
    // 分: minutes or points (六分钟, 领先六分), but 十分 and 万分 are "very", 一分 "a little",
    // and 分子, 分析, 分法, 分别 are words of their own.
    if (c == U'分') {
      const char32_t n = cp(k + 1);
      if (n == U'钟' || n == U'鐘') return true;
      return run != "一" && run != "十" && run != "万" && run != "萬" && run != "百" &&
             run != "千" && n != U'子' && n != U'析' && n != U'法' && n != U'别' && n != U'別';
    }
    if (c == U'点' || c == U'點') return run != "一";  // 三点 (o'clock); 一点 is "a little"
    if (!is_measure_char(c)) return false;
    // Words where 一 is not a quantity: 一度 (once), 一道, 一时, 一方面, 一带一路.
    if (run == "一") {
      const char32_t n = cp(k + 1);
      if (c == U'度' || c == U'时' || c == U'時' || c == U'边' || c == U'邊' ||
          (c == U'方' && n == U'面') || (c == U'带' && n == U'一') || c == U'等' || c == U'级' ||
          c == U'級' || c == U'世' || c == U'代' || c == U'号' || c == U'號') {
        return false;
      }
    }
    return true;
  }

  static std::optional<double> parse_with_decimal(const std::string& run) {
    const auto dot = run.find("点");
    if (dot == std::string::npos) {
      auto v = text::parse_chinese_number(run);
      return v ? std::optional<double>(double(*v)) : std::nullopt;
    }
    auto whole = text::parse_chinese_number(run.substr(0, dot));
    auto frac = text::parse_chinese_number(run.substr(dot + 3));
    if (!whole || !frac) return std::nullopt;
    const std::string f = std::to_string(*frac);
    return double(*whole) + *frac / std::pow(10.0, double(f.size()));
  }

  // English number words (and Roman numerals after Chapter, Part, Annex ...).
  std::size_t english(std::size_t i) {
    const std::size_t we = detail::word_end(cps_, i);
    if (we < cps_.size() && is_digit(cp(we))) return we;  // G20
    const std::string first = detail::lower_word(cps_, i, we);

    if (std::size_t e = roman(i, we); e != i) return e;
    if (first == "half" && !is_latin(cp(we))) {
      add(i, we, 0.5, NumberKind::kFraction, true);
      return we;
    }
    if (first == "twice" || first == "thrice") {
      add(i, we, first == "twice" ? 2 : 3, NumberKind::kCardinal, true);
      return we;
    }
    if (first == "decade" || first == "dozen") {
      add(i, we, first == "decade" ? 10 : 12, NumberKind::kCardinal, true).weak = true;
      return we;
    }
    // Periods of years named in one word: 两年期 / biennium, 三年期审查 / triennial review.
    static const std::pair<const char*, int> kPeriods[] = {
        {"biennium", 2},     {"biennia", 2},      {"biennial", 2},    {"triennium", 3},
        {"triennia", 3},     {"triennial", 3},    {"quadrennium", 4}, {"quadrennial", 4},
        {"quinquennium", 5}, {"quinquennial", 5}, {"decennial", 10}};
    for (const auto& [word, years] : kPeriods) {
      if (first == word) {
        add(i, we, years, NumberKind::kCardinal, true);
        return we;
      }
    }

    WordNumber number;
    std::size_t k = i;
    std::size_t end = i;
    // "a" / "an" stands for one before hundred, thousand, million: a million.
    if (first == "a" || first == "an") {
      const std::size_t n = detail::skip_blanks(cps_, we);
      const std::size_t ne = detail::word_end(cps_, n);
      const std::string w = detail::lower_word(cps_, n, ne);
      if (n == we || ne == n) return we;
      if (w == "dozen" || w == "decade") {
        add(i, ne, w == "dozen" ? 12 : 10, NumberKind::kCardinal, true).weak = true;
        return ne;
      }
      // an hour, a year: one, as 一个小时, 一年 say.
      static const char* kUnits[] = {"hour", "day", "week", "month", "year", "minute", "century"};
      for (const char* u : kUnits) {
        if (w == u) {
          add(i, ne, 1, NumberKind::kCardinal, true);
          return ne;
        }
      }
      // a third of, a quarter of, a half.
      if (double d = denominator(w); d > 0) {
        const bool of = detail::at(cps_, detail::skip_blanks(cps_, ne), U"of ");
        if (of || w == "half") {
          add(i, ne, 1 / d, NumberKind::kFraction, true);
          return ne;
        }
        return we;
      }
      const WordInfo info = lookup_word(w);
      if (!(info.cls == WordClass::kHundred || info.cls == WordClass::kScale) || info.ordinal) {
        return we;
      }
      number.group = 1;
      number.last = WordClass::kUnit;
      number.any = true;
      k = n;
    }
    // "hundred and first", "hundred-and-first": a hundred without "one", as ordinal session
    // numbers are written.
    if (first == "hundred" && !number.any) {
      const std::size_t after =
          we < cps_.size() && detail::is_dash(cp(we)) ? we + 1 : detail::skip_blanks(cps_, we);
      if (detail::at(cps_, after, U"and")) {
        number.group = 1;
        number.last = WordClass::kUnit;
        number.any = true;
      }
    }
    std::optional<WordNumber> before_and;  // the number before the last "and" it took
    std::size_t end_before_and = end;
    while (k < cps_.size() && free(k) && !number.closed) {  // nothing extends sevenfold
      const std::size_t e = detail::word_end(cps_, k);
      if (e == k) break;
      const std::string w = detail::lower_word(cps_, k, e);
      if (w == "and") {
        // "and" between blanks, or inside a hyphenated compound: hundred-and-first.
        const std::size_t n =
            detail::is_dash(cp(e)) && is_latin(cp(e + 1)) ? e + 1 : detail::skip_blanks(cps_, e);
        const std::size_t ne = detail::word_end(cps_, n);
        if (n == e) break;
        const std::string next = detail::lower_word(cps_, n, ne);
        const WordInfo info = lookup_word(next);
        // Old style: six hundred thousand and a thousand seven hundred (601,700).
        if (number.last == WordClass::kScale && info.cls == WordClass::kNone) {
          const auto [s2, scale] = word_after(ne);
          if ((next == "a" || next == "an") && s2 > ne && !scale.ordinal &&
              (scale.cls == WordClass::kScale || scale.cls == WordClass::kHundred)) {
            before_and = number;
            end_before_and = end;
            number.group = 1;
            number.last = WordClass::kUnit;
            number.after_and = true;
            k = s2;
            continue;
          }
        }
        // one hundred and forty-three; old style: sixty and five, five and thirty (but not
        // "between five and thirty", a range).
        const bool after_scale =
            (number.last == WordClass::kHundred || number.last == WordClass::kScale) &&
            info.cls != WordClass::kNone && info.cls != WordClass::kHundred &&
            info.cls != WordClass::kScale;
        // Scores take teens too: threescore and ten.
        const bool tens_unit =
            number.last == WordClass::kTens && std::fmod(number.group, 10.0) == 0 &&
            (info.cls == WordClass::kUnit || (number.score && info.cls == WordClass::kTeen));
        // The unit before the tens, after hundreds too: an hundred and seven and twenty (127).
        // Ordinal too: the one and twentieth day.
        const bool unit_tens =
            number.last == WordClass::kUnit && std::fmod(number.group, 100.0) < 10 &&
            info.cls == WordClass::kTens && !range_word_before(i) && !is_latin(cp(ne));
        if (after_scale || tens_unit) {
          before_and = number;
          end_before_and = end;
          number.after_and = number.after_and || number.last == WordClass::kScale;
          k = n;
          continue;
        }
        if (unit_tens) {
          number.group += info.value;
          number.last = WordClass::kTens;
          number.ordinal = info.ordinal;
          end = ne;
          // Seven and thirty thousand: a scale may follow; nothing else (five and twenty one).
          const auto [s2, scale] = word_after(ne);
          if (!info.ordinal && s2 > ne && scale.cls == WordClass::kScale && free(s2)) {
            k = s2;
            continue;
          }
          break;
        }
        break;
      }
      const WordInfo info = lookup_word(w);
      if ((w == "fold" && !(k > i && detail::is_dash(cp(k - 1)))) || !number.take(info, w)) {
        // A scale that does not fit after "and" starts a number of its own: two thousand and
        // three thousand are two numbers, not 2003 and a thousand.
        if (info.cls == WordClass::kScale && before_and) {
          number = *before_and;
          end = end_before_and;
        }
        break;
      }
      if (info.cls == WordClass::kScale) before_and.reset();
      end = e;
      // Separators inside a number: blanks, or one hyphen in compounds (twenty-one).
      std::size_t n = e;
      if (detail::is_dash(cp(n)) && is_latin(cp(n + 1))) {
        ++n;
      } else {
        n = detail::skip_blanks(cps_, n);
        if (n == e) break;
      }
      k = n;
    }
    if (end == i) return we;
    double value = number.value();
    NumberKind kind = number.ordinal ? NumberKind::kOrdinal : NumberKind::kCardinal;
    if (!number.ordinal && number.total == 0 && value < 20) {
      std::size_t n = end;
      const bool hyphen = detail::is_dash(cp(n)) && is_latin(cp(n + 1));
      n = hyphen ? n + 1 : detail::skip_blanks(cps_, n);
      const std::size_t ne = detail::word_end(cps_, n);
      const std::string w = n > end ? detail::lower_word(cps_, n, ne) : std::string();
      // Fractions: two thirds, two-thirds, one fifth, three quarters.
      if (const double d = denominator(w); d > 0) {
        const bool plural = w.back() == 's';
        const bool of = detail::at(cps_, detail::skip_blanks(cps_, ne), U"of ");
        if (plural || hyphen || of || value == 1) {
          add(i, ne, value / d, NumberKind::kFraction, true);
          return ne;
        }
      }
      // one in five, one out of five: a fraction.
      if (std::size_t re = ratio_after(i, end, value); re > end) return re;
      // two decades (二十年), three dozen.
      if (w == "decades" || w == "dozen") {
        NumberMention& m = add(i, ne, value * (w == "dozen" ? 12 : 10), kind, true);
        m.alt = value;
        return ne;
      }
    }
    const std::size_t pe = skip_percent(end);
    if (pe != end && !number.ordinal) {
      kind = NumberKind::kPercent;
      end = pe;
    }
    add(i, end, value, kind, true);
    return end;
  }

  // Where the word after the blanks at `from` starts, and what number word it is.
  std::pair<std::size_t, WordInfo> word_after(std::size_t from) const {
    const std::size_t start = detail::skip_blanks(cps_, from);
    return {start, lookup_word(detail::lower_word(cps_, start, detail::word_end(cps_, start)))};
  }

  // "in five", "out of 5" after a numerator [begin, k): adds the fraction and returns its end,
  // or returns k.
  std::size_t ratio_after(std::size_t begin, std::size_t k, double numerator) {
    std::size_t n = detail::skip_blanks(cps_, k);
    if (n == k) return k;
    if (detail::at(cps_, n, U"in ")) {
      n = detail::skip_blanks(cps_, n + 3);
    } else if (detail::at(cps_, n, U"out of ")) {
      n = detail::skip_blanks(cps_, n + 7);
    } else {
      return k;
    }
    double denominator = 0;
    std::size_t e = n;
    if (is_digit(cp(n))) {
      while (is_digit(cp(e))) denominator = denominator * 10 + double(cp(e++) - '0');
      if (cp(e) == ',' || cp(e) == '.' || is_latin(cp(e))) return k;
    } else {
      e = detail::word_end(cps_, n);
      const WordInfo info = lookup_word(detail::lower_word(cps_, n, e));
      if (info.ordinal || info.cls == WordClass::kNone || info.cls == WordClass::kScale) return k;
      denominator = info.value;
    }
    if (denominator <= numerator || denominator <= 1 || !free(n)) return k;
    add(begin, e, numerator / denominator, NumberKind::kFraction, true);
    return e;
  }

  // "between" or "from" right before i: "between five and thirty" is a range.
  bool range_word_before(std::size_t i) const {
    const std::size_t e = detail::back_blanks(cps_, i);
    std::size_t b = e;
    while (b > 0 && is_latin(cp(b - 1))) --b;
    const std::string w = detail::lower_word(cps_, b, e);
    return w == "between" || w == "from";
  }

  // The denominator an English word names: half 2, third(s) 3, quarter(s) 4, fifth(s) 5 ...
  static double denominator(const std::string& w) {
    if (w.empty()) return 0;
    if (w == "half") return 2;  // not "halves": seven halves (drawn matches) is not 3.5
    if (w == "quarter" || w == "quarters") return 4;
    const std::string singular = w.back() == 's' ? w.substr(0, w.size() - 1) : w;
    const WordInfo info = lookup_word(singular);
    if (info.ordinal && info.value >= 3 && info.value <= 100) return info.value;
    return 0;
  }

  // Roman numerals after a word that numbers parts of documents: Chapter IV, annex I, Part II,
  // World War II. Returns the index past the numeral, or i when there is none.
  std::size_t roman(std::size_t i, std::size_t we) {
    static const std::unordered_set<std::string> kKeys = {
        "chapter", "part",    "annex",    "section",  "title",    "volume",    "book",
        "phase",   "article", "appendix", "schedule", "category", "war",       "protocol",
        "table",   "figure",  "decision", "class",    "chapters", "resolution"};
    const bool key = kKeys.count(detail::lower_word(cps_, i, we)) > 0;
    if (!key) return i;
    const std::size_t n = detail::skip_blanks(cps_, we);
    if (n == we || !free(n)) return i;
    const std::size_t ne = detail::word_end(cps_, n);
    if (ne == n || is_digit(cp(ne))) return i;
    std::string roman;
    for (std::size_t k = n; k < ne; ++k) {
      if (cp(k) > 127) return i;
      roman += char(cp(k));
    }
    if (!(roman[0] >= 'A' && roman[0] <= 'Z')) return i;
    auto v = text::parse_roman(roman);
    if (!v) return i;
    add(n, ne, *v, NumberKind::kCardinal, true);
    return ne;
  }

  std::string_view text_;
  const std::vector<Cp>& cps_;
  std::vector<bool> blocked_;
  std::vector<std::size_t> thousands_;  // byte offsets of the spaces grouping thousands
  std::vector<NumberMention> out_;
};

}  // namespace

std::string_view number_kind_name(NumberKind kind) {
  switch (kind) {
    case NumberKind::kCardinal:
      return "cardinal";
    case NumberKind::kOrdinal:
      return "ordinal";
    case NumberKind::kPercent:
      return "percent";
    case NumberKind::kFraction:
      return "fraction";
    case NumberKind::kDecade:
      return "decade";
    case NumberKind::kTime:
      return "time";
  }
  return "cardinal";
}

std::vector<NumberMention> extract_numbers(std::string_view text, const std::vector<Span>& skip) {
  return detail::extract_numbers(text, detail::decode(text), skip);
}

namespace detail {
std::vector<NumberMention> extract_numbers(std::string_view text, const std::vector<Cp>& cps,
                                           const std::vector<Span>& skip) {
  return Extractor(text, cps, skip).run();
}
}  // namespace detail

std::optional<double> parse_english_number(std::string_view words) {
  auto found = extract_numbers(words);
  if (found.size() != 1 || found[0].span.begin != 0 || found[0].span.end != words.size() ||
      !found[0].spelled) {
    return std::nullopt;
  }
  return found[0].value;
}

bool same_value(double a, double b) {
  const double scale = std::max({1.0, std::fabs(a), std::fabs(b)});
  return std::fabs(a - b) <= 1e-9 * scale;
}

bool same_number(const NumberMention& a, const NumberMention& b) {
  if ((a.kind == NumberKind::kTime) != (b.kind == NumberKind::kTime)) {
    // 5:30 is not 330; but 7点 (a cardinal) is 7 a.m.: a whole hour matches its number.
    const NumberMention& t = a.kind == NumberKind::kTime ? a : b;
    const NumberMention& n = a.kind == NumberKind::kTime ? b : a;
    const double minutes = std::fmod(t.value, 60.0);
    return minutes == 0 &&
           (same_value(t.value / 60, n.value) || same_value(t.value / 60 + 12, n.value));
  }
  if (same_value(a.value, b.value)) return true;
  if (a.kind == NumberKind::kFraction && b.kind == NumberKind::kPercent) {
    return same_value(a.value * 100, b.value);
  }
  if (b.kind == NumberKind::kFraction && a.kind == NumberKind::kPercent) {
    return same_value(b.value * 100, a.value);
  }
  // An English ordinal is also a fraction's denominator: "the fifth part", "a tenth" / 五分之一,
  // 十分之一.
  const auto part = [](const NumberMention& ordinal, const NumberMention& fraction) {
    return ordinal.kind == NumberKind::kOrdinal && fraction.kind == NumberKind::kFraction &&
           ordinal.value >= 2 && same_value(1 / ordinal.value, fraction.value);
  };
  if (part(a, b) || part(b, a)) return true;
  if (a.alt && same_value(*a.alt, b.value)) return true;
  if (b.alt && same_value(a.value, *b.alt)) return true;
  return false;
}

}  // namespace bitext::check
