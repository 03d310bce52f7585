#pragma once

// UN document symbols and resolution numbers: the building block of the `symbol` check.
//
//   auto zh = extract_symbols("大会第 65/230 号决议（A/RES/65/230）");  // 65/230, A/RES/65/230
//   bool same = same_symbol("A/RES/65/230", "65/230");                  // true

#include <string>
#include <string_view>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::check {

struct SymbolMention {
  std::string symbol;  // normalized: ASCII, upper case, no trailing period: "E/CN.15/2011/19"
  Span span;           // bytes in the text
  std::string text;    // as written (full-width forms included)
};

// Document symbols (A/74/400, E/2017/30, A/RES/74/173, UNODC/CCPCJ/EG.4/2020/1, S/PRST/2019/1,
// A/C.3/74/L.5/Rev.1) and numbers of resolutions and decisions (65/230, 2019/235, 74/547):
// slash-separated parts of letters, digits, dots and hyphens. A symbol that opens with letters
// has them in capitals and holds a digit; an all-digit one has two or three parts, not both of
// one digit (1/3 is a fraction) and not a day/month/year triple.
//
//   extract_symbols("见 A/74/400。")[0].symbol == "A/74/400"
std::vector<SymbolMention> extract_symbols(std::string_view text);

// Equal symbols, or one is the other's tail at a slash with at least two parts:
// A/RES/65/230 names resolution 65/230.
bool same_symbol(std::string_view a, std::string_view b);

}  // namespace bitext::check
