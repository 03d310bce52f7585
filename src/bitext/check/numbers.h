#pragma once

// Numbers by meaning, in Chinese and English text: the building block of the `number` check.
//
//   auto zh = extract_numbers("第七十四届会议有94个会员国，增长百分之五");  // 74 ordinal, 94, 5 %
//   auto en = extract_numbers("seventy-fourth session: 94 Member States, up 5 per cent");
//   // every value of zh has an equal value in en

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::check {

enum class NumberKind {
  kCardinal,  // 94, 七十四, seventy-four, 1.2亿, 3 million
  kOrdinal,   // 74th, 第七十四, seventy-fourth
  kPercent,   // 5%, 百分之五, 5 per cent, 5个百分点
  kFraction,  // 三分之一, one third, half, 一半
  kDecade,    // 1930s, 20世纪30年代, 30年代, the '90s
  kTime,      // 7:55, 7.55am, 5点30分: minutes after midnight or noon (12-hour clock)
};

// "cardinal", "ordinal", "percent", "fraction", "decade", "time".
std::string_view number_kind_name(NumberKind kind);

// One number found in a text.
struct NumberMention {
  double value = 0;           // 1.2亿 -> 120000000; 百分之五 -> 5 (kind kPercent)
  std::optional<double> alt;  // another value it may be written as: 1930s -> 30
  NumberKind kind = NumberKind::kCardinal;
  Span span;             // bytes in the text
  std::string text;      // as written: "1.2亿", "seventy-fourth"
  bool spelled = false;  // written in words or Chinese numerals rather than digits
  // One or two in words (一位, 两国, 第一, one, a, both, first, second), halves, a dozen, a
  // decade: translators render these freely (一位 "a", 两国 "both", 之一 "one of"), so a missing
  // counterpart is weak evidence.
  bool weak = false;
  // A lone Chinese numeral from 二 to 十 before a word that is not a measure word (赢四洞,
  // 四战全胜: the measure lists cannot hold every sport's and trade's nouns): it accounts for the
  // same number on the other side, but is never reported itself, since it may be part of a word
  // (四川, 八卦).
  bool tentative = false;
};

// Every number in `text`, in order, ignoring the bytes inside `skip`
//
//   extract_numbers("1.2亿人")[0].value == 120000000
// (dates, symbols, labels
// found by other checks). Chinese numerals count only where they denote a quantity: with 第,
// a measure word or unit after them (三个, 两国, 五年), a scale, or in year form (一九四九年);
// 统一, 一切, 十分, 三番五次 and approximate runs (三四个, 几十) are not numbers. English number
// words include compounds (one hundred and forty-three, twenty-first, a million); plural scales
// without a number (hundreds of, millions of) are vague and skipped.
std::vector<NumberMention> extract_numbers(std::string_view text,
                                           const std::vector<Span>& skip = {});

// Value of English number words: "one hundred and forty-three" -> 143, "seventy-fourth" -> 74,
// "a million" -> 1000000. nullopt unless the whole string is one number.
//
//   parse_english_number("twenty-one") == 21
std::optional<double> parse_english_number(std::string_view words);

// Whether two mentions denote the same quantity: equal values or alternative values (with a
// relative tolerance for decimal scaling: 1.2亿 == 120 million), and a fraction equals the
// percentage it amounts to (五分之一 == 20 per cent, half == 50%).
//
//   same_number(extract_numbers("五分之一")[0], extract_numbers("20 per cent")[0]) == true
bool same_number(const NumberMention& a, const NumberMention& b);
bool same_value(double a, double b);

}  // namespace bitext::check
