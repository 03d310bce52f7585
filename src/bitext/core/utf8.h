#pragma once

// Small, fast UTF-8 helpers for the hot loops of every stage (no ICU here: ICU is for the
// jobs that need its data, such as break iteration and normalization).
//
//   std::size_t i = 0;
//   while (i < s.size()) { char32_t c = utf8::Next(s, i); if (utf8::IsHan(c)) ++han; }

#include <cstddef>
#include <string>
#include <string_view>

namespace bitext::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at s[i] and advances i past it. Ill-formed bytes yield kReplacement
// and advance by one byte, so loops always terminate.
char32_t Next(std::string_view s, std::size_t& i);

// Appends the UTF-8 encoding of c.
void Append(std::string& out, char32_t c);
std::string Encode(char32_t c);

// Offset of the first ill-formed byte, or npos when the whole string is well-formed UTF-8
// (shortest form, no surrogates, at most U+10FFFF).
std::size_t FindInvalid(std::string_view s);

// Number of code points (ill-formed bytes count one each).
std::size_t Length(std::string_view s);

// Unicode classes the stages need often.
bool IsHan(char32_t c);  // CJK unified ideographs, extensions, compatibility, 〇
bool IsCjkPunct(char32_t c);  // 。，、；：！？「」『』《》（）【】… and full-width forms
bool IsFullwidthForm(char32_t c);  // U+FF01..U+FF5E
bool IsSpace(char32_t c);          // ASCII and Unicode white space, U+3000 included
bool IsAsciiDigit(char32_t c);
bool IsAsciiAlpha(char32_t c);
bool IsSuperscriptDigit(char32_t c);    // ⁰¹²³⁴⁵⁶⁷⁸⁹
int SuperscriptDigitValue(char32_t c);  // 0-9, or -1

// Strips ASCII and Unicode white space (U+3000 included) from both ends.
std::string_view Trim(std::string_view s);

// Byte length of the longest prefix of s made of white space.
std::size_t SpacePrefix(std::string_view s);

// Whether the text is mostly Chinese: Han characters outnumber Latin letters / 3.
bool LooksChinese(std::string_view s);

}  // namespace bitext::utf8
