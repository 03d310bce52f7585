#include "bitext/text/numerals.h"

#include <cctype>

#include "bitext/core/utf8.h"

namespace bitext::text {
namespace {

// Digit value 0-9 of a Chinese numeral character, or -1.
int digit_value(char32_t c) {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
    case U'壹':
    case U'幺':
      return 1;
    case U'二':
    case U'两':
    case U'貳':
    case U'贰':
    case U'兩':
      return 2;
    case U'三':
    case U'叁':
    case U'參':
    case U'叄':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
    case U'陸':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return -1;
  }
}

// Unit value of 十百千万亿 (and financial/traditional forms), or 0.
std::int64_t unit_value(char32_t c) {
  switch (c) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    case U'万':
    case U'萬':
      return 10000;
    case U'亿':
    case U'億':
      return 100000000;
    default:
      return 0;
  }
}

}  // namespace

bool is_chinese_numeral_char(char32_t c) { return digit_value(c) >= 0 || unit_value(c) > 0; }

std::optional<std::int64_t> parse_chinese_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  bool has_unit = false;
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++count) {
    const char32_t c = utf8::next(s, i);
    if (!is_chinese_numeral_char(c)) return std::nullopt;
    if (unit_value(c) > 0) has_unit = true;
  }
  if (count > 18) return std::nullopt;  // beyond int64 for digit-by-digit forms
  std::size_t i = 0;
  if (!has_unit) {  // 二〇一九: positional digits
    std::int64_t value = 0;
    while (i < s.size()) value = value * 10 + digit_value(utf8::next(s, i));
    return value;
  }
  std::int64_t total = 0;    // completed 亿 groups
  std::int64_t wan = 0;      // completed 万 group
  std::int64_t section = 0;  // below 万
  std::int64_t digit = -1;   // pending digit, -1 = none
  std::int64_t last_unit = 0;
  while (i < s.size()) {
    const char32_t c = utf8::next(s, i);
    const int d = digit_value(c);
    if (d >= 0) {
      if (digit > 0) return std::nullopt;  // 一二十: two digits in a row with units
      digit = d;
      continue;
    }
    const std::int64_t unit = unit_value(c);
    if (unit < 10000) {
      if (digit < 0) {
        if (unit != 10) return std::nullopt;  // 百 alone is not a number; 十 alone is 10
        digit = 1;
      }
      if (last_unit != 0 && last_unit <= unit && last_unit < 10000) return std::nullopt;
      section += digit * unit;
      last_unit = unit;
    } else if (unit == 10000) {
      const std::int64_t group = section + (digit > 0 ? digit : 0);
      if (group == 0) return std::nullopt;
      wan += group * 10000;
      section = 0;
      last_unit = 0;
    } else {
      const std::int64_t group = wan + section + (digit > 0 ? digit : 0);
      if (group == 0) return std::nullopt;
      total = (total + group) * 100000000;
      wan = section = 0;
      last_unit = 0;
    }
    digit = -1;
  }
  return total + wan + section + (digit > 0 ? digit : 0);
}

std::optional<int> parse_roman(std::string_view s) {
  if (s.empty() || s.size() > 15) return std::nullopt;
  const bool upper = std::isupper(static_cast<unsigned char>(s[0])) != 0;
  int value = 0;
  int prev = 0;
  for (std::size_t k = s.size(); k-- > 0;) {
    const char raw = s[k];
    if ((std::isupper(static_cast<unsigned char>(raw)) != 0) != upper) return std::nullopt;
    int v = 0;
    switch (std::toupper(static_cast<unsigned char>(raw))) {
      case 'I':
        v = 1;
        break;
      case 'V':
        v = 5;
        break;
      case 'X':
        v = 10;
        break;
      case 'L':
        v = 50;
        break;
      case 'C':
        v = 100;
        break;
      case 'D':
        v = 500;
        break;
      case 'M':
        v = 1000;
        break;
      default:
        return std::nullopt;
    }
    value += v < prev ? -v : v;
    if (v > prev) prev = v;
  }
  if (value <= 0 || value >= 4000) return std::nullopt;
  std::string canonical = to_roman(value);
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (std::toupper(static_cast<unsigned char>(s[k])) != canonical[k]) return std::nullopt;
  }
  if (canonical.size() != s.size()) return std::nullopt;
  return value;
}

std::string to_chinese_number(int value) {
  if (value <= 0 || value >= 100000) return {};
  static const char* const kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static const char* const kUnits[] = {"", "十", "百", "千", "万"};
  int digits[5] = {};
  int top = 0;
  for (int v = value, k = 0; v > 0; v /= 10, ++k) {
    digits[k] = v % 10;
    top = k;
  }
  std::string out;
  bool zero = false;  // a zero is pending between two non-zero digits
  for (int k = top; k >= 0; --k) {
    if (digits[k] == 0) {
      zero = !out.empty();
      continue;
    }
    if (zero) out += kDigits[0];
    zero = false;
    // 十一, not 一十一, when ten is the highest unit.
    if (!(k == 1 && digits[k] == 1 && top == 1)) out += kDigits[digits[k]];
    out += kUnits[k];
  }
  return out;
}

std::string to_roman(int value) {
  if (value <= 0 || value >= 4000) return {};
  static const struct {
    int value;
    const char* text;
  } kTable[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                {5, "V"},    {4, "IV"},   {1, "I"}};
  std::string out;
  for (const auto& row : kTable) {
    while (value >= row.value) {
      out += row.text;
      value -= row.value;
    }
  }
  return out;
}

std::vector<std::size_t> thousands_spaces(std::string_view text) {
  std::vector<std::size_t> out;
  auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  auto group_space = [](char32_t c) {
    return c == ' ' || c == 0xA0 || c == 0x2009 || c == 0x202F || c == 0x3000;
  };
  // Whether digits at i continue a number: glued to a digit, a decimal point or a comma, or one
  // space after a digit (0800 555 111, a telephone number, has no group of thousands).
  auto continues = [&](std::size_t i) {
    if (i == 0) return false;
    if (digit(i - 1) || text[i - 1] == '.' || text[i - 1] == ',') return true;
    return text[i - 1] == ' ' && digit(i - 2);
  };
  for (std::size_t i = 0; i < text.size();) {
    if (!digit(i) || continues(i)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (digit(j)) ++j;
    if (j - i > 3) {
      i = j;
      continue;
    }
    std::vector<std::size_t> spaces;
    for (;;) {
      std::size_t k = j;
      if (k >= text.size() || !group_space(utf8::next(text, k))) break;
      if (!digit(k) || !digit(k + 1) || !digit(k + 2) || digit(k + 3)) break;
      spaces.push_back(j);
      j = k + 3;
    }
    if (!spaces.empty()) {
      std::size_t k = j;
      char32_t after = 0;
      while (k < text.size() && group_space(after = utf8::next(text, k))) after = 0;
      if (utf8::is_han(after) || (utf8::is_cjk_punct(after) && !utf8::is_space(after))) {
        out.insert(out.end(), spaces.begin(), spaces.end());
      }
    }
    i = j;
  }
  return out;
}

}  // namespace bitext::text
