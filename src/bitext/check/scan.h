#pragma once

// Internal to the check stage: the code-point view every extractor scans, so that numbers,
// dates and symbols agree on what a character is and report byte spans into the original text.
//
//   std::vector<Cp> cps = decode("１２月");  // '1' '2' '月', spans into the original bytes

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "bitext/check/dates.h"
#include "bitext/check/numbers.h"
#include "bitext/core/types.h"

namespace bitext::check::detail {

// One code point of the text with full-width ASCII forms (U+FF01..U+FF5E) folded to ASCII and
// U+3000 folded to a space; begin/end are the bytes of the original code point.
struct Cp {
  char32_t c = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::vector<Cp> decode(std::string_view text);

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_latin(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
inline char32_t lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
// Space, tab, no-break space, thin spaces, U+3000 (already folded to ' ').
bool is_blank(char32_t c);
// Hyphen, minus, en and em dashes, and the wave dash / tilde used for ranges.
bool is_dash(char32_t c);

// Whether cps[i..] spells `word` exactly (UTF-8 literal, ASCII compared case-insensitively).
bool at(const std::vector<Cp>& cps, std::size_t i, std::u32string_view word,
        bool ignore_case = true);
// Index of the first non-blank code point at or after i.
std::size_t skip_blanks(const std::vector<Cp>& cps, std::size_t i);
// Index just past the blanks before i (the first blank of the run ending at i - 1), or i.
std::size_t back_blanks(const std::vector<Cp>& cps, std::size_t i);

// The Latin word (letters, with internal apostrophes excluded) starting at i: its end index.
std::size_t word_end(const std::vector<Cp>& cps, std::size_t i);
// Lower-cased ASCII spelling of cps[b, e) (non-ASCII letters kept as UTF-8).
std::string lower_word(const std::vector<Cp>& cps, std::size_t b, std::size_t e);

// Bytes of the original text covered by cps[b, e).
inline Span span_of(const std::vector<Cp>& cps, std::size_t b, std::size_t e) {
  return Span{cps[b].begin, cps[e - 1].end};
}

// Marks every code point that lies inside one of the spans.
std::vector<bool> blocked(const std::vector<Cp>& cps, const std::vector<Span>& spans);

// The extractors over text already decoded, so that one side of a pair is decoded once.
std::vector<NumberMention> extract_numbers(std::string_view text, const std::vector<Cp>& cps,
                                           const std::vector<Span>& skip);
std::vector<DateMention> extract_dates(std::string_view text, const std::vector<Cp>& cps,
                                       const std::vector<Span>& skip);

}  // namespace bitext::check::detail
