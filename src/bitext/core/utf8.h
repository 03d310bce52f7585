#pragma once

// Small, fast UTF-8 helpers for the hot loops of every stage (no ICU here: ICU is for the
// jobs that need its data, such as break iteration and normalization).
//
//   std::size_t i = 0;
//   while (i < s.size()) { char32_t c = utf8::next(s, i); if (utf8::is_han(c)) ++han; }

#include <cstddef>
#include <string>
#include <string_view>

namespace bitext::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at s[i] and advances i past it. Ill-formed bytes yield kReplacement
// and advance by one byte, so loops always terminate.
char32_t next(std::string_view s, std::size_t& i);

// Decodes the code point that ends at byte `end` of `s` (end > 0) and sets `begin` to where it
// starts: the way back through a text. Continuation bytes are stepped over three at most.
//
//   std::size_t at;
//   utf8::previous("第一章", 9, at) == U'章' && at == 6
char32_t previous(std::string_view s, std::size_t end, std::size_t& begin);

// Appends the UTF-8 encoding of c.
void append(std::string& out, char32_t c);
std::string encode(char32_t c);

// Offset of the first ill-formed byte, or npos when the whole string is well-formed UTF-8
// (shortest form, no surrogates, at most U+10FFFF).
std::size_t find_invalid(std::string_view s);

// Number of code points (ill-formed bytes count one each).
std::size_t length(std::string_view s);

// Unicode classes the stages need often.
bool is_han(char32_t c);  // CJK unified ideographs, extensions, compatibility, 〇
bool is_cjk_punct(char32_t c);  // 。，、；：！？「」『』《》（）【】… and full-width forms
bool is_fullwidth_form(char32_t c);  // U+FF01..U+FF5E
bool is_space(char32_t c);           // ASCII and Unicode white space, U+3000 included
bool is_ascii_digit(char32_t c);
bool is_ascii_alpha(char32_t c);
bool is_superscript_digit(char32_t c);    // ⁰¹²³⁴⁵⁶⁷⁸⁹
int superscript_digit_value(char32_t c);  // 0-9, or -1
// ASCII digits written in superscript ("12" -> "¹²"); other characters kept.
std::string superscript_digits(std::string_view digits);

// Strips ASCII and Unicode white space (U+3000 included) from both ends.
std::string_view trim(std::string_view s);

// Byte length of the longest prefix of s made of white space.
std::size_t space_prefix(std::string_view s);

// Whether the text is mostly Chinese: Han characters outnumber Latin letters / 3.
bool looks_chinese(std::string_view s);

}  // namespace bitext::utf8
