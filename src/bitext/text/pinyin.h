#pragma once

// Toneless pinyin of Han characters, for matching romanized Chinese names in English text
// (林黛玉 / Lin Daiyu, 北京 / Beijing, 习近平 / Xi Jinping, 马里 / Mali).
//
//   text::pinyin(U'北') == "bei"

#include <string>

namespace bitext::text {

// The most common reading of a Han character in lower-case ASCII pinyin without tones (ü as u),
// as ICU's Han-Latin transliteration gives it; empty for any other character. Safe to call from
// several threads (one transliterator behind a lock; readings cached for all threads).
const std::string& pinyin(char32_t c);

}  // namespace bitext::text
