#include "bitext/check/numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "bitext/check/scan.h"
#include "bitext/core/utf8.h"
#include "bitext/text/numerals.h"

namespace bitext::check {
namespace {

using detail::Cp;
using detail::IsBlank;
using detail::IsDigit;
using detail::IsLatin;

// --- English number words --------------------------------------------------------------------

enum class WordClass { kNone, kUnit, kTeen, kTens, kHundred, kScale };

struct WordInfo {
  WordClass cls = WordClass::kNone;
  double value = 0;
  bool ordinal = false;
};

const std::unordered_map<std::string, WordInfo>& WordTable() {
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
    (*t)["hundred"] = {WordClass::kHundred, 100, false};
    (*t)["hundredth"] = {WordClass::kHundred, 100, true};
    (*t)["thousand"] = {WordClass::kScale, 1e3, false};
    (*t)["thousandth"] = {WordClass::kScale, 1e3, true};
    (*t)["million"] = {WordClass::kScale, 1e6, false};
    (*t)["millionth"] = {WordClass::kScale, 1e6, true};
    (*t)["billion"] = {WordClass::kScale, 1e9, false};
    (*t)["billionth"] = {WordClass::kScale, 1e9, true};
    (*t)["trillion"] = {WordClass::kScale, 1e12, false};
    return t;
  }();
  return *table;
}

WordInfo LookupWord(const std::string& w) {
  const auto& t = WordTable();
  auto it = t.find(w);
  return it == t.end() ? WordInfo{} : it->second;
}

// Scale words that may follow digits: 3 million, 1.2 bn.
double ScaleWord(const std::string& w) {
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

  // Whether the word can extend the number; applies it when so.
  bool Take(const WordInfo& w) {
    if (ordinal) return false;
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
        if (any && !(last == WordClass::kHundred || last == WordClass::kScale)) return false;
        group += w.value;
        break;
      case WordClass::kHundred:
        if (!(last == WordClass::kUnit || last == WordClass::kTeen) || group >= 100) return false;
        group *= 100;
        break;
      case WordClass::kScale:
        if (group <= 0) return false;
        if (last_scale != 0 && w.value >= last_scale) return false;
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
    return true;
  }
  double Value() const { return total + group; }
};

// --- Chinese ---------------------------------------------------------------------------------

bool IsUnitChar(char32_t c) {
  return c == U'十' || c == U'拾' || c == U'百' || c == U'佰' || c == U'千' || c == U'仟' ||
         c == U'万' || c == U'萬' || c == U'亿' || c == U'億';
}
bool IsZeroChar(char32_t c) { return c == U'〇' || c == U'零'; }

double ScaleChar(char32_t c) {
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
bool IsMeasureChar(char32_t c) {
  static const std::u32string_view kMeasures =
      U"个個名位人次项項条條款届屆年月日号號岁歲倍种種类類家所座部本份件天周週星小秒公米吨噸元"
      U"美英欧歐港镑鎊亩畝平克升度时時期章节節段句票张張只隻架艘辆輛枚块塊层層册冊页頁场場轮輪"
      U"局篇首门門间間栋棟户戶批组組队隊支套台臺例宗笔筆国國方边邊世代季级級等里盎磅桶";
  return kMeasures.find(c) != std::u32string_view::npos;
}

// After these, a Chinese numeral is a quantity or an ordinal label even without a measure word
// (附件一, 表 3).
bool PrecededByTrigger(const std::vector<Cp>& cps, std::size_t i) {
  const std::size_t b = detail::BackBlanks(cps, i);
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
      : text_(text), cps_(cps), blocked_(detail::Blocked(cps_, skip)) {}

  std::vector<NumberMention> Run() {
    std::size_t i = 0;
    while (i < cps_.size()) {
      if (blocked_[i]) {
        ++i;
        continue;
      }
      const char32_t c = cps_[i].c;
      std::size_t next = i + 1;
      if (IsDigit(c)) {
        next = Digits(i);
      } else if (text::IsChineseNumeralChar(c) || c == U'半') {
        next = Chinese(i);
      } else if (IsLatin(c) && (i == 0 || !IsLatin(cps_[i - 1].c))) {
        next = English(i);
      }
      i = next > i ? next : i + 1;
    }
    return std::move(out_);
  }

 private:
  char32_t C(std::size_t i) const { return i < cps_.size() ? cps_[i].c : 0; }
  bool Free(std::size_t i) const { return i < cps_.size() && !blocked_[i]; }

  NumberMention& Add(std::size_t b, std::size_t e, double value, NumberKind kind, bool spelled) {
    NumberMention m;
    m.value = value;
    m.kind = kind;
    m.span = detail::SpanOf(cps_, b, e);
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
  std::size_t PercentAfter(std::size_t i) const {
    const std::size_t k = detail::SkipBlanks(cps_, i);
    if (C(k) == '%' || C(k) == 0xFE6A) return k + 1;
    if (detail::At(cps_, k, U"per cent") && !IsLatin(C(k + 8))) return k + 8;
    if (detail::At(cps_, k, U"percent") && !IsLatin(C(k + 7))) return k + 7;
    if (detail::At(cps_, k, U"percentage point")) {
      std::size_t e = k + 16;
      if (Lower(C(e)) == 's') ++e;
      return e;
    }
    if (detail::At(cps_, k, U"个百分点") || detail::At(cps_, k, U"個百分點")) return k + 4;
    if (detail::At(cps_, k, U"百分点") || detail::At(cps_, k, U"百分點")) return k + 3;
    return i;
  }
  static char32_t Lower(char32_t c) { return detail::Lower(c); }

  // "年代" after a number at i makes it a decade; "X世纪" right before merges into one decade.
  bool DecadeAfter(std::size_t i, std::size_t begin, double value, std::size_t& end) {
    const std::size_t k = detail::SkipBlanks(cps_, i);
    if (!detail::At(cps_, k, U"年代")) return false;
    end = k + 2;
    double decade = value;
    std::size_t b = begin;
    const std::size_t before = detail::BackBlanks(cps_, begin);
    if (before >= 2 && cps_[before - 2].c == U'世' && cps_[before - 1].c == U'纪' &&
        !out_.empty()) {
      NumberMention& century = out_.back();
      const std::size_t century_end = detail::BackBlanks(cps_, before - 2);
      if (century_end > 0 && cps_[century_end - 1].end == century.span.end && value < 100) {
        decade = (century.value - 1) * 100 + value;
        const std::size_t cb = century.span.begin;
        out_.pop_back();
        for (b = begin; b > 0 && cps_[b].begin > cb;) --b;
      }
    }
    NumberMention& m = Add(b, end, decade, NumberKind::kDecade, false);
    if (decade >= 100) m.alt = std::fmod(decade, 100.0);
    return true;
  }

  // Digits with thousands separators and decimals, then scale, percent, ordinal, decade.
  std::size_t Digits(std::size_t i) {
    std::size_t j = i;
    // Codes: G77, A4, COVID-19 (letters right before, or capitals and a hyphen).
    if (i > 0 && (IsLatin(C(i - 1)) ||
                  (detail::IsDash(C(i - 1)) && i > 1 && C(i - 2) >= 'A' && C(i - 2) <= 'Z'))) {
      while (IsDigit(C(j)) || IsLatin(C(j))) ++j;
      return j;
    }
    std::string digits;
    while (Free(j) && IsDigit(C(j))) digits += char(C(j++));
    if (std::size_t e = Clock(i, j, digits); e > j) return e;
    // Thousands separators: exactly three digits after each comma.
    while (Free(j + 3) && C(j) == ',' && IsDigit(C(j + 1)) && IsDigit(C(j + 2)) &&
           IsDigit(C(j + 3)) && !IsDigit(C(j + 4))) {
      digits += {char(C(j + 1)), char(C(j + 2)), char(C(j + 3))};
      j += 4;
    }
    std::string fraction;
    if (C(j) == '.' && IsDigit(C(j + 1)) && Free(j + 1)) {
      std::size_t k = j + 1;
      while (IsDigit(C(k))) fraction += char(C(k++));
      if (C(k) == '.' && IsDigit(C(k + 1))) {  // 3.2.1: a section number, not a quantity
        while (IsDigit(C(k)) || C(k) == '.') ++k;
        return k;
      }
      j = k;
    }
    if (utf8::IsSuperscriptDigit(C(j))) return j;
    // Runs longer than any quantity (account numbers, hashes) are codes, and std::stod would
    // overflow on them.
    if (digits.size() > 15 || fraction.size() > 15) return j;
    double value = std::stod(fraction.empty() ? digits : digits + "." + fraction);
    std::size_t end = j;
    NumberKind kind = NumberKind::kCardinal;

    // Ordinal suffix: 74th, 1st, 2nd, 3rd.
    if (IsLatin(C(j))) {
      const std::size_t we = detail::WordEnd(cps_, j);
      const std::string suffix = detail::LowerWord(cps_, j, we);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        Add(i, we, value, NumberKind::kOrdinal, false);
        return we;
      }
      if (suffix == "s" && fraction.empty() && digits.back() == '0' &&
          (digits.size() == 4 || digits.size() == 2)) {  // 1930s, 90s
        NumberMention& m = Add(i, we, value, NumberKind::kDecade, false);
        if (value >= 100) m.alt = std::fmod(value, 100.0);
        return we;
      }
      double scale = ScaleWord(suffix);
      if (suffix == "m" && CurrencyBefore(i)) scale = 1e6;
      if (scale > 0 && suffix != "hundred") {
        value *= scale;
        end = we;
      } else {
        Add(i, j, value, kind, false);  // 10km, 5G: the number with a unit or a name
        return we;
      }
    }
    // '90s, 1990's
    if ((C(j) == '\'' || C(j) == 0x2019) && Lower(C(j + 1)) == 's' && !IsLatin(C(j + 2)) &&
        digits.back() == '0' && fraction.empty()) {
      NumberMention& m = Add(i, j + 2, value, NumberKind::kDecade, false);
      if (value >= 100) m.alt = std::fmod(value, 100.0);
      return j + 2;
    }
    if (i > 0 && (C(i - 1) == '\'' || C(i - 1) == 0x2019) && digits.size() == 2 &&
        Lower(C(j)) == 's') {
      Add(i - 1, j + 1, value, NumberKind::kDecade, false);
      return j + 1;
    }
    // Scale words or characters: 3 million, 1.2亿, 3,000万, 300多万.
    if (end == j) {
      std::size_t k = detail::SkipBlanks(cps_, j);
      if (IsLatin(C(k))) {
        const std::size_t we = detail::WordEnd(cps_, k);
        const double scale = ScaleWord(detail::LowerWord(cps_, k, we));
        if (scale > 0 && Free(k)) {
          value *= scale;
          end = we;
        }
      } else {
        if (C(k) == U'多' || C(k) == U'余' || C(k) == U'餘') ++k;
        double scale = 1;
        std::size_t e = k;
        while (e < k + 3 && ScaleChar(C(e)) > 0) scale *= ScaleChar(C(e++));
        // 5千米 (km), 3千克 (kg), 2千瓦 (kW): 千 is part of a unit there.
        if (e > k && C(e - 1) == U'千' &&
            std::u32string_view(U"米克瓦卡赫伏焦字").find(C(e)) != std::u32string_view::npos) {
          --e;
          scale /= 1e3;
        }
        if (e > k && !(C(e - 1) == U'百' && C(e) == U'分')) {
          value *= scale;
          end = e;
        }
      }
    }
    // 1 in 5.
    if (end == j && fraction.empty() && digits.size() <= 2) {
      if (std::size_t re = RatioAfter(i, end, value); re > end) return re;
    }
    // Percent: 5%, 5 per cent, 百分之5 (the latter prefix form).
    const std::size_t pe = PercentAfter(end);
    if (pe != end) {
      kind = NumberKind::kPercent;
      end = pe;
    } else if (PrecededBy(i, U"百分之")) {
      kind = NumberKind::kPercent;
      i = detail::BackBlanks(cps_, i) - 3;
    } else if (PrecededBy(i, U"第")) {
      kind = NumberKind::kOrdinal;
      i = detail::BackBlanks(cps_, i) - 1;
    }
    std::size_t decade_end = 0;
    if (kind == NumberKind::kCardinal && fraction.empty() &&
        DecadeAfter(end, i, value, decade_end)) {
      return decade_end;
    }
    Add(i, end, value, kind, false);
    return end;
  }

  // Times of day: 7:55, 17:30, 7.55am, 7 a.m., 5点30分, 3点半. Returns the index past the
  // time, or j when digits[i, j) are not one.
  std::size_t Clock(std::size_t i, std::size_t j, const std::string& digits) {
    if (digits.size() > 2) return j;
    const int hour = std::stoi(digits);
    if (hour > 24) return j;
    auto two_digits = [&](std::size_t k) {
      return IsDigit(C(k)) && IsDigit(C(k + 1)) && !IsDigit(C(k + 2)) && Free(k + 1);
    };
    std::size_t e = j;
    int minute = 0;
    bool time = false;
    if ((C(j) == ':' || C(j) == '.') && two_digits(j + 1)) {
      minute = (C(j + 1) - '0') * 10 + (C(j + 2) - '0');
      e = j + 3;
      time = C(j) == ':' || AmPm(e) > e;
      if (minute > 59) return j;
    } else if (AmPm(j) > j) {
      time = true;
    } else {
      return ChineseClock(i, j, hour);
    }
    if (!time) return j;
    const std::size_t ampm = AmPm(e);
    NumberMention& m =
        Add(i, std::max(e, ampm), (hour % 12) * 60 + minute, NumberKind::kTime, false);
    // 3:35 may also be minutes and seconds, or a 24-hour time.
    if (ampm == e) m.alt = hour * 60 + minute;
    return std::max(e, ampm);
  }

  // am, pm, a.m., p.m. after optional blanks; the index past it, or k.
  std::size_t AmPm(std::size_t k) const {
    const std::size_t b = detail::SkipBlanks(cps_, k);
    const char32_t c = Lower(C(b));
    if (c != 'a' && c != 'p') return k;
    if (Lower(C(b + 1)) == 'm' && !IsLatin(C(b + 2))) return b + 2;
    if (C(b + 1) == '.' && Lower(C(b + 2)) == 'm' && C(b + 3) == '.') return b + 4;
    return k;
  }

  // 5点30分, 3点半, 十点十五分 after an hour ending at j; 3分35秒 (a duration, as 3:35).
  std::size_t ChineseClock(std::size_t i, std::size_t j, int hour) {
    if (C(j) == U'分' && C(j + 1) != U'之' && hour < 60) {
      std::size_t e = j + 1;
      int seconds = 0;
      while (IsDigit(C(e)) && e - j <= 2) seconds = seconds * 10 + int(C(e++) - '0');
      if (e > j + 1 && C(e) == U'秒' && seconds < 60) {
        Add(i, e + 1, hour * 60 + seconds, NumberKind::kTime, false);
        return e + 1;
      }
      return j;
    }
    if (!(C(j) == U'点' || C(j) == U'點' || C(j) == U'时' || C(j) == U'時')) return j;
    std::size_t k = j + 1;
    if (C(k) == U'半') {
      Add(i, k + 1, (hour % 12) * 60 + 30, NumberKind::kTime, false);
      return k + 1;
    }
    int minute = -1;
    std::size_t e = k;
    if (IsDigit(C(k))) {
      minute = 0;
      while (IsDigit(C(e)) && e - k < 2) minute = minute * 10 + int(C(e++) - '0');
    } else {
      std::string run;
      while (text::IsChineseNumeralChar(C(e)) && e - k < 3) utf8::Append(run, C(e++));
      if (auto v = text::ParseChineseNumber(run)) minute = int(*v);
    }
    if (minute < 0 || minute > 59 || C(e) != U'分') return j;
    Add(i, e + 1, (hour % 12) * 60 + minute, NumberKind::kTime, true);
    return e + 1;
  }

  bool CurrencyBefore(std::size_t i) const {
    const char32_t p = i > 0 ? C(i - 1) : 0;
    return p == '$' || p == 0xA3 || p == 0x20AC || p == 0xA5;
  }

  bool PrecededBy(std::size_t i, std::u32string_view word) const {
    const std::size_t b = detail::BackBlanks(cps_, i);
    return b >= word.size() && detail::At(cps_, b - word.size(), word, false);
  }

  // A run of Chinese numerals at i, read only where it denotes a quantity.
  std::size_t Chinese(std::size_t i) {
    // 一半, 半数: half.
    if (C(i) == U'半') {
      if (C(i + 1) == U'数' || C(i + 1) == U'數') {
        Add(i, i + 2, 0.5, NumberKind::kFraction, true);
        return i + 2;
      }
      return i + 1;
    }
    if (C(i) == U'一' && C(i + 1) == U'半') {
      Add(i, i + 2, 0.5, NumberKind::kFraction, true);
      return i + 2;
    }
    std::size_t j = i;
    std::string run;
    bool has_unit = false;
    bool has_zero = false;
    while (Free(j) && text::IsChineseNumeralChar(C(j))) {
      has_unit = has_unit || IsUnitChar(C(j));
      has_zero = has_zero || IsZeroChar(C(j));
      utf8::Append(run, C(j++));
    }
    const std::size_t count = j - i;
    // Vague quantities: 数十, 几百, 上千, 成千上万, 十几.
    const char32_t prev = i > 0 ? C(i - 1) : 0;
    if (prev == U'数' || prev == U'數' || prev == U'几' || prev == U'幾' || prev == U'上' ||
        prev == U'成' || prev == U'好') {
      return j;
    }
    if (C(j) == U'几' || C(j) == U'幾') return j + 1;

    // Fractions: 三分之一, 百分之五, 千分之三.
    if (C(j) == U'分' && C(j + 1) == U'之') {
      double denominator = 0;
      if (run == "百" || run == "佰")
        denominator = 100;
      else if (run == "千" || run == "仟")
        denominator = 1000;
      else if (auto v = text::ParseChineseNumber(run))
        denominator = double(*v);
      std::size_t k = j + 2;
      std::size_t e = k;
      double numerator = -1;
      if (IsDigit(C(k))) return k;  // 百分之5: the digits read themselves as a percent
      std::string num_run;
      while (text::IsChineseNumeralChar(C(e)) || (C(e) == U'点' && e > k)) {
        utf8::Append(num_run, C(e++));
      }
      if (num_run == "百" && denominator == 100) numerator = 100;  // 百分之百
      if (auto v = ParseWithDecimal(num_run)) numerator = *v;
      if (denominator <= 0 || numerator < 0) return e > j ? e : j;
      if (denominator == 100) {
        Add(i, e, numerator, NumberKind::kPercent, true);
      } else if (denominator == 1000) {
        Add(i, e, numerator / 10, NumberKind::kPercent, true);
      } else {
        Add(i, e, numerator / denominator, NumberKind::kFraction, true);
      }
      return e;
    }

    // Decimal: 三点五.
    std::size_t end = j;
    std::optional<double> value;
    if ((C(j) == U'点' || C(j) == U'點') && text::IsChineseNumeralChar(C(j + 1))) {
      std::size_t k = j + 1;
      std::string frac;
      bool frac_unit = false;
      while (text::IsChineseNumeralChar(C(k))) {
        frac_unit = frac_unit || IsUnitChar(C(k));
        utf8::Append(frac, C(k++));
      }
      if (!frac_unit) {
        value = ParseWithDecimal(run + "点" + frac);
        end = k;
        // 三点五亿: a scale after the decimal.
        double scale = 1;
        while (ScaleChar(C(end)) > 0 && end < k + 2) scale *= ScaleChar(C(end++));
        if (value) *value *= scale;
      }
    }
    if (!value && !has_zero && count <= 2) {
      if (auto h = text::ParseChineseNumber(run); h && *h <= 24) {
        if (std::size_t e = ChineseClock(i, j, int(*h)); e > j) return e;
      }
    }
    const bool ordinal = PrecededBy(i, U"第");
    std::size_t after = end;
    if (C(after) == U'多' || C(after) == U'余' || C(after) == U'餘' || C(after) == U'来') ++after;
    after = detail::SkipBlanks(cps_, after);
    const char32_t next = C(after);  // 一九四九年: digit-by-digit before 年 is a year
    const bool measure = IsMeasure(after, run);
    const bool percent_after = PercentAfter(end) != end;

    // Idioms pair two numerals around one character: 三番五次, 一心一意, 七上八下, 四面八方.
    if (count == 1 && !ordinal) {
      auto lone_numeral = [&](std::size_t k) {
        return k < cps_.size() && text::IsChineseNumeralChar(C(k)) &&
               !(k + 1 < cps_.size() && text::IsChineseNumeralChar(C(k + 1))) &&
               !(k > 0 && text::IsChineseNumeralChar(C(k - 1)));
      };
      const bool han_gap_after = utf8::IsHan(C(i + 1)) && !text::IsChineseNumeralChar(C(i + 1));
      const bool han_gap_before =
          i >= 2 && utf8::IsHan(C(i - 1)) && !text::IsChineseNumeralChar(C(i - 1));
      if ((han_gap_after && lone_numeral(i + 2)) || (han_gap_before && lone_numeral(i - 2))) {
        return j;
      }
    }
    if (!value) {
      if (has_unit) {
        auto v = text::ParseChineseNumber(run);
        if (!v) return j;
        // A lone unit character (十, 百) is a number only in context.
        if (count == 1 && !(ordinal || measure || percent_after || PrecededByTrigger(cps_, i))) {
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
          if (!(ordinal || measure || percent_after || PrecededByTrigger(cps_, i))) return j;
        }
        auto v = text::ParseChineseNumber(run);
        if (!v) return j;
        value = double(*v);
      }
    }
    NumberKind kind = ordinal ? NumberKind::kOrdinal : NumberKind::kCardinal;
    if (percent_after) {
      kind = NumberKind::kPercent;
      end = PercentAfter(end);
    }
    std::size_t decade_end = 0;
    if (kind == NumberKind::kCardinal && DecadeAfter(end, i, *value, decade_end)) {
      out_.back().spelled = true;
      return decade_end;
    }
    // The span includes 第 so that reports show 第七十四届, not 七十四届.
    Add(ordinal ? detail::BackBlanks(cps_, i) - 1 : i, end, *value, kind, true);
    return end;
  }

  // Whether the character at k makes the preceding numeral run a quantity.
  bool IsMeasure(std::size_t k, const std::string& run) const {
    const char32_t c = C(k);
    if (c == U'分') return C(k + 1) == U'钟' || C(k + 1) == U'鐘';
    if (c == U'点' || c == U'點') return run != "一";  // 三点 (o'clock); 一点 is "a little"
    if (!IsMeasureChar(c)) return false;
    // Words where 一 is not a quantity: 一度 (once), 一道, 一时, 一方面, 一带一路.
    if (run == "一") {
      const char32_t n = C(k + 1);
      if (c == U'度' || c == U'时' || c == U'時' || c == U'边' || c == U'邊' ||
          (c == U'方' && n == U'面') || (c == U'带' && n == U'一') || c == U'等' || c == U'级' ||
          c == U'級' || c == U'世' || c == U'代' || c == U'号' || c == U'號') {
        return false;
      }
    }
    return true;
  }

  static std::optional<double> ParseWithDecimal(const std::string& run) {
    const auto dot = run.find("点");
    if (dot == std::string::npos) {
      auto v = text::ParseChineseNumber(run);
      return v ? std::optional<double>(double(*v)) : std::nullopt;
    }
    auto whole = text::ParseChineseNumber(run.substr(0, dot));
    auto frac = text::ParseChineseNumber(run.substr(dot + 3));
    if (!whole || !frac) return std::nullopt;
    const std::string f = std::to_string(*frac);
    return double(*whole) + *frac / std::pow(10.0, double(f.size()));
  }

  // English number words (and Roman numerals after Chapter, Part, Annex ...).
  std::size_t English(std::size_t i) {
    const std::size_t we = detail::WordEnd(cps_, i);
    if (we < cps_.size() && IsDigit(C(we))) return we;  // G20
    const std::string first = detail::LowerWord(cps_, i, we);

    if (std::size_t e = Roman(i, we); e != i) return e;
    if (first == "half" && !IsLatin(C(we))) {
      Add(i, we, 0.5, NumberKind::kFraction, true);
      return we;
    }
    if (first == "twice") {
      Add(i, we, 2, NumberKind::kCardinal, true);
      return we;
    }
    if (first == "decade" || first == "dozen") {
      Add(i, we, first == "decade" ? 10 : 12, NumberKind::kCardinal, true).weak = true;
      return we;
    }

    WordNumber number;
    std::size_t k = i;
    std::size_t end = i;
    // "a" / "an" stands for one before hundred, thousand, million: a million.
    if (first == "a" || first == "an") {
      const std::size_t n = detail::SkipBlanks(cps_, we);
      const std::size_t ne = detail::WordEnd(cps_, n);
      const std::string w = detail::LowerWord(cps_, n, ne);
      if (n == we || ne == n) return we;
      if (w == "dozen" || w == "decade") {
        Add(i, ne, w == "dozen" ? 12 : 10, NumberKind::kCardinal, true).weak = true;
        return ne;
      }
      // an hour, a year: one, as 一个小时, 一年 say.
      static const char* kUnits[] = {"hour", "day", "week", "month", "year", "minute", "century"};
      for (const char* u : kUnits) {
        if (w == u) {
          Add(i, ne, 1, NumberKind::kCardinal, true);
          return ne;
        }
      }
      // a third of, a quarter of, a half.
      if (double d = Denominator(w); d > 0) {
        const bool of = detail::At(cps_, detail::SkipBlanks(cps_, ne), U"of ");
        if (of || w == "half") {
          Add(i, ne, 1 / d, NumberKind::kFraction, true);
          return ne;
        }
        return we;
      }
      const WordInfo info = LookupWord(w);
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
          we < cps_.size() && detail::IsDash(C(we)) ? we + 1 : detail::SkipBlanks(cps_, we);
      if (detail::At(cps_, after, U"and")) {
        number.group = 1;
        number.last = WordClass::kUnit;
        number.any = true;
      }
    }
    while (k < cps_.size() && Free(k)) {
      const std::size_t e = detail::WordEnd(cps_, k);
      if (e == k) break;
      const std::string w = detail::LowerWord(cps_, k, e);
      if (w == "and") {
        // "and" between blanks, or inside a hyphenated compound: hundred-and-first.
        const std::size_t n =
            detail::IsDash(C(e)) && IsLatin(C(e + 1)) ? e + 1 : detail::SkipBlanks(cps_, e);
        const std::size_t ne = detail::WordEnd(cps_, n);
        const WordInfo info = LookupWord(detail::LowerWord(cps_, n, ne));
        if (n == e) break;
        // one hundred and forty-three; old style: sixty and five, five and thirty (but not
        // "between five and thirty", a range).
        const bool after_scale =
            (number.last == WordClass::kHundred || number.last == WordClass::kScale) &&
            info.cls != WordClass::kNone && info.cls != WordClass::kHundred &&
            info.cls != WordClass::kScale;
        const bool tens_unit = number.last == WordClass::kTens && info.cls == WordClass::kUnit &&
                               std::fmod(number.group, 10.0) == 0;
        const bool unit_tens = number.last == WordClass::kUnit && number.group < 10 &&
                               info.cls == WordClass::kTens && !info.ordinal &&
                               !RangeWordBefore(i) && !IsLatin(C(ne));
        if (after_scale || tens_unit) {
          k = n;
          continue;
        }
        if (unit_tens) {
          number.group += info.value;
          number.last = WordClass::kTens;
          end = ne;
          break;
        }
        break;
      }
      const WordInfo info = LookupWord(w);
      if (!number.Take(info)) break;
      end = e;
      // Separators inside a number: blanks, or one hyphen in compounds (twenty-one).
      std::size_t n = e;
      if (detail::IsDash(C(n)) && IsLatin(C(n + 1))) {
        ++n;
      } else {
        n = detail::SkipBlanks(cps_, n);
        if (n == e) break;
      }
      k = n;
    }
    if (end == i) return we;
    double value = number.Value();
    NumberKind kind = number.ordinal ? NumberKind::kOrdinal : NumberKind::kCardinal;
    if (!number.ordinal && number.total == 0 && value < 20) {
      std::size_t n = end;
      const bool hyphen = detail::IsDash(C(n)) && IsLatin(C(n + 1));
      n = hyphen ? n + 1 : detail::SkipBlanks(cps_, n);
      const std::size_t ne = detail::WordEnd(cps_, n);
      const std::string w = n > end ? detail::LowerWord(cps_, n, ne) : std::string();
      // Fractions: two thirds, two-thirds, one fifth, three quarters.
      if (const double d = Denominator(w); d > 0) {
        const bool plural = w.back() == 's';
        const bool of = detail::At(cps_, detail::SkipBlanks(cps_, ne), U"of ");
        if (plural || hyphen || of || value == 1) {
          Add(i, ne, value / d, NumberKind::kFraction, true);
          return ne;
        }
      }
      // one in five, one out of five: a fraction.
      if (std::size_t re = RatioAfter(i, end, value); re > end) return re;
      // two decades (二十年), three dozen.
      if (w == "decades" || w == "dozen") {
        NumberMention& m = Add(i, ne, value * (w == "dozen" ? 12 : 10), kind, true);
        m.alt = value;
        return ne;
      }
    }
    const std::size_t pe = PercentAfter(end);
    if (pe != end && !number.ordinal) {
      kind = NumberKind::kPercent;
      end = pe;
    }
    Add(i, end, value, kind, true);
    return end;
  }

  // "in five", "out of 5" after a numerator [begin, k): adds the fraction and returns its end,
  // or returns k.
  std::size_t RatioAfter(std::size_t begin, std::size_t k, double numerator) {
    std::size_t n = detail::SkipBlanks(cps_, k);
    if (n == k) return k;
    if (detail::At(cps_, n, U"in ")) {
      n = detail::SkipBlanks(cps_, n + 3);
    } else if (detail::At(cps_, n, U"out of ")) {
      n = detail::SkipBlanks(cps_, n + 7);
    } else {
      return k;
    }
    double denominator = 0;
    std::size_t e = n;
    if (IsDigit(C(n))) {
      while (IsDigit(C(e))) denominator = denominator * 10 + double(C(e++) - '0');
      if (C(e) == ',' || C(e) == '.' || IsLatin(C(e))) return k;
    } else {
      e = detail::WordEnd(cps_, n);
      const WordInfo info = LookupWord(detail::LowerWord(cps_, n, e));
      if (info.ordinal || info.cls == WordClass::kNone || info.cls == WordClass::kScale) return k;
      denominator = info.value;
    }
    if (denominator <= numerator || denominator <= 1 || !Free(n)) return k;
    Add(begin, e, numerator / denominator, NumberKind::kFraction, true);
    return e;
  }

  // "between" or "from" right before i: "between five and thirty" is a range.
  bool RangeWordBefore(std::size_t i) const {
    const std::size_t e = detail::BackBlanks(cps_, i);
    std::size_t b = e;
    while (b > 0 && IsLatin(C(b - 1))) --b;
    const std::string w = detail::LowerWord(cps_, b, e);
    return w == "between" || w == "from";
  }

  // The denominator an English word names: half 2, third(s) 3, quarter(s) 4, fifth(s) 5 ...
  static double Denominator(const std::string& w) {
    if (w.empty()) return 0;
    if (w == "half") return 2;  // not "halves": seven halves (drawn matches) is not 3.5
    if (w == "quarter" || w == "quarters") return 4;
    const std::string singular = w.back() == 's' ? w.substr(0, w.size() - 1) : w;
    const WordInfo info = LookupWord(singular);
    if (info.ordinal && info.value >= 3 && info.value <= 100) return info.value;
    return 0;
  }

  // Roman numerals after a word that numbers parts of documents: Chapter IV, annex I, Part II,
  // World War II. Returns the index past the numeral, or i when there is none.
  std::size_t Roman(std::size_t i, std::size_t we) {
    static const std::unordered_set<std::string> kKeys = {
        "chapter", "part",    "annex",    "section",  "title",    "volume",    "book",
        "phase",   "article", "appendix", "schedule", "category", "war",       "protocol",
        "table",   "figure",  "decision", "class",    "chapters", "resolution"};
    const bool key = kKeys.count(detail::LowerWord(cps_, i, we)) > 0;
    if (!key) return i;
    const std::size_t n = detail::SkipBlanks(cps_, we);
    if (n == we || !Free(n)) return i;
    const std::size_t ne = detail::WordEnd(cps_, n);
    if (ne == n || IsDigit(C(ne))) return i;
    std::string roman;
    for (std::size_t k = n; k < ne; ++k) {
      if (C(k) > 127) return i;
      roman += char(C(k));
    }
    if (!(roman[0] >= 'A' && roman[0] <= 'Z')) return i;
    auto v = text::ParseRoman(roman);
    if (!v) return i;
    Add(n, ne, *v, NumberKind::kCardinal, true);
    return ne;
  }

  std::string_view text_;
  const std::vector<Cp>& cps_;
  std::vector<bool> blocked_;
  std::vector<NumberMention> out_;
};

}  // namespace

std::string_view NumberKindName(NumberKind kind) {
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

std::vector<NumberMention> ExtractNumbers(std::string_view text, const std::vector<Span>& skip) {
  return detail::ExtractNumbers(text, detail::Decode(text), skip);
}

namespace detail {
std::vector<NumberMention> ExtractNumbers(std::string_view text, const std::vector<Cp>& cps,
                                          const std::vector<Span>& skip) {
  return Extractor(text, cps, skip).Run();
}
}  // namespace detail

std::optional<double> ParseEnglishNumber(std::string_view words) {
  auto found = ExtractNumbers(words);
  if (found.size() != 1 || found[0].span.begin != 0 || found[0].span.end != words.size() ||
      !found[0].spelled) {
    return std::nullopt;
  }
  return found[0].value;
}

bool SameValue(double a, double b) {
  const double scale = std::max({1.0, std::fabs(a), std::fabs(b)});
  return std::fabs(a - b) <= 1e-9 * scale;
}

bool SameNumber(const NumberMention& a, const NumberMention& b) {
  if ((a.kind == NumberKind::kTime) != (b.kind == NumberKind::kTime)) {
    // 5:30 is not 330; but 7点 (a cardinal) is 7 a.m.: a whole hour matches its number.
    const NumberMention& t = a.kind == NumberKind::kTime ? a : b;
    const NumberMention& n = a.kind == NumberKind::kTime ? b : a;
    const double minutes = std::fmod(t.value, 60.0);
    return minutes == 0 &&
           (SameValue(t.value / 60, n.value) || SameValue(t.value / 60 + 12, n.value));
  }
  if (SameValue(a.value, b.value)) return true;
  if (a.kind == NumberKind::kFraction && b.kind == NumberKind::kPercent) {
    return SameValue(a.value * 100, b.value);
  }
  if (b.kind == NumberKind::kFraction && a.kind == NumberKind::kPercent) {
    return SameValue(b.value * 100, a.value);
  }
  if (a.alt && SameValue(*a.alt, b.value)) return true;
  if (b.alt && SameValue(a.value, *b.alt)) return true;
  return false;
}

}  // namespace bitext::check
