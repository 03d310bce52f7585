#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::text {

// A word of a text with its byte span, from ICU's word break iterator (dictionary-based for
// Chinese). Punctuation and white space are not words.
struct Word {
  std::string text;
  Span span;
  bool is_han = false;     // made of Chinese characters
  bool is_number = false;  // digits (ASCII or full-width), possibly with . , / inside
};

// Words of `text`. ICU picks dictionary segmentation for Han runs whatever the locale; `lang`
// only selects the locale's rules for the rest.
//
//   for (const Word& w : words("联合国毒品和犯罪问题办公室", Lang::kZh)) ...  // 联合国 毒品 和 ...
std::vector<Word> words(std::string_view text, Lang lang);

}  // namespace bitext::text
