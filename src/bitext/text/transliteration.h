#pragma once

// Whether a Chinese transliteration renders a foreign name by its sound (特朗普 / Trump,
// 卡瓦诺 / Kavanaugh, 维也纳 / Vienna, 安哥拉 / Angola, 华盛顿 / Washington): both sides reduced to
// their consonants in broad classes (b/p, d/t, g/k, f/v/w, l/r, j/q/zh/ch, s/x/sh/z/c, m, n),
// with what transliteration leaves out optional — a nasal closing a syllable (朗 lang for
// "rum"), an r after a vowel (乔治 for George), h, 尔 and 乌 — and compared in order.
//
//   text::sounds_alike(text::chinese_sound("特朗普"), text::english_sound("Trump")) == true

#include <string_view>
#include <vector>

namespace bitext::text {

// One consonant of a name. `alt` is a second class it may be (th: d or s; g before e/i: g or j),
// `optional` that a transliteration may leave it out.
struct Sound {
  char cls = 0;
  char alt = 0;
  bool optional = false;
};
using SoundKey = std::vector<Sound>;

// The sound of an English name word (ASCII letters, any case); empty for anything else.
SoundKey english_sound(std::string_view word);

// The sound of a run of Han characters (UTF-8) by their pinyin; empty when a character is not
// one transliterations use (is_transliteration_char).
SoundKey chinese_sound(std::string_view run);

// Characters Chinese transliterations of foreign names are made of (斯, 特, 克, 尔, 娜 ...).
bool is_transliteration_char(char32_t c);

// Whether the two keys can be the same name: every consonant of each side matched in order by
// one of the other's, optional ones skipped, at least two matched, and no side left with
// consonants of its own.
bool sounds_alike(const SoundKey& zh, const SoundKey& en);

}  // namespace bitext::text
