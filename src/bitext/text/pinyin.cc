#include "bitext/text/pinyin.h"

#include <iterator>

#include "bitext/core/utf8.h"
#include "bitext/text/pinyin_table.inc"  // generated at build time by gen_pinyin

namespace bitext::text {

std::string_view pinyin(char32_t c) {
  if (c < kPinyinFirst || c - kPinyinFirst >= std::size(kPinyin) || !utf8::is_han(c)) return {};
  return kPinyin[c - kPinyinFirst];
}

}  // namespace bitext::text
