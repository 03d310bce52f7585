#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bitext::text {

// Value of a Chinese numeral written wholly in Chinese characters: positional with units
// (十二, 一百四十三, 一千零五, 两万三千, 三亿) or digit by digit (二〇一九, 一九一一), financial
// forms (壹贰叁 ... 拾佰仟) included. nullopt when the string holds anything else or is malformed.
//
//   parse_chinese_number("一百四十三") == 143;  parse_chinese_number("二〇一九") == 2019
std::optional<std::int64_t> parse_chinese_number(std::string_view s);

// Whether c is a character of Chinese numerals (digits, 零〇两, units 十百千万亿, financial forms).
bool is_chinese_numeral_char(char32_t c);

// The spaces UN Chinese groups thousands with (5 000 美元, 约 6 000 亿, 共 3 250 份。): the byte
// offset of each space (U+0020, U+00A0, U+2009, U+202F, U+3000) between a run of one to three
// ASCII digits and the groups of exactly three digits that follow it, when a Han character or
// Chinese punctuation follows the last group (after blanks); in order. A telephone number,
// "116 123 (UK)", has none.
//
//   thousands_spaces("约 6 000 亿") == {5}
std::vector<std::size_t> thousands_spaces(std::string_view text);

// Value of a Roman numeral (I ... MMMCMXCIX), either case but not mixed, canonical form only
// (IIII is rejected). nullopt otherwise.
std::optional<int> parse_roman(std::string_view s);

// Canonical upper-case Roman numeral for 1..3999; empty otherwise.
std::string to_roman(int value);

// A number in Chinese numerals as list numbering writes it, for 1..99999: 一, 十, 十一, 二十一,
// 一百零五, 一千零一十; empty otherwise.
std::string to_chinese_number(int value);

}  // namespace bitext::text
