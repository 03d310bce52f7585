#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bitext::text {

// Value of a Chinese numeral written wholly in Chinese characters: positional with units
// (十二, 一百四十三, 一千零五, 两万三千, 三亿) or digit by digit (二〇一九, 一九一一), financial
// forms (壹贰叁 ... 拾佰仟) included. nullopt when the string holds anything else or is malformed.
//
//   ParseChineseNumber("一百四十三") == 143;  ParseChineseNumber("二〇一九") == 2019
std::optional<std::int64_t> ParseChineseNumber(std::string_view s);

// Whether c is a character of Chinese numerals (digits, 零〇两, units 十百千万亿, financial forms).
bool IsChineseNumeralChar(char32_t c);

// Value of a Roman numeral (I ... MMMCMXCIX), either case but not mixed, canonical form only
// (IIII is rejected). nullopt otherwise.
std::optional<int> ParseRoman(std::string_view s);

// Canonical upper-case Roman numeral for 1..3999; empty otherwise.
std::string ToRoman(int value);

}  // namespace bitext::text
