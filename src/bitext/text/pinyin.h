#pragma once

// Toneless pinyin of Han characters, for matching romanized Chinese names in English text
// (林黛玉 / Lin Daiyu, 北京 / Beijing, 习近平 / Xi Jinping, 马里 / Mali).
//
//   text::pinyin(U'北') == "bei"

#include <string_view>

namespace bitext::text {

// The most common reading of a Han character in lower-case ASCII pinyin without tones (ü as u),
// as ICU's Han-Latin transliteration gives it (a table made from it at build time: no ICU work
// at run time); empty for any other character, and for Han characters outside U+3400..U+9FFF.
std::string_view pinyin(char32_t c);

}  // namespace bitext::text
