#include "bitext/align/features.h"

#include <algorithm>

#include "bitext/core/utf8.h"

namespace bitext::align {

TokenId Vocabulary::add(std::string_view token) {
  auto it = ids_.find(std::string(token));
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<TokenId>(tokens_.size());
  tokens_.emplace_back(token);
  ids_.emplace(tokens_.back(), id);
  return id;
}

TokenId Vocabulary::find(std::string_view token) const {
  auto it = ids_.find(std::string(token));
  return it == ids_.end() ? kUnknown : it->second;
}

float length_of(std::string_view text, Lang lang, float han_weight) {
  float length = 0;
  bool after_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    const bool space = utf8::is_space(c);
    if (utf8::is_han(c) || (utf8::is_cjk_punct(c) && !space)) {
      length += han_weight;
    } else if (c >= 0x3040 && c <= 0x30FF) {  // kana
      length += han_weight;
    } else if (!space || (lang == Lang::kEn && !after_space)) {
      // A run of spaces is one word gap in English, however wide the layout made it
      // ("United Nations          A/RES/74/247"); Chinese does not space its words.
      length += 1;
    }
    after_space = space;
  }
  return length;
}

namespace {

bool is_word_char(char32_t c) {
  return utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c) ||
         (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
}

char32_t fold_width(char32_t c) { return utf8::is_fullwidth_form(c) ? c - 0xFF01 + 0x21 : c; }

char32_t lower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

}  // namespace

SideFeatures extract_features(const std::vector<Segment>& segments, Lang lang, Vocabulary& vocab,
                              float han_weight) {
  SideFeatures side;
  side.lang = lang;
  side.segments.reserve(segments.size());
  std::string word;
  for (const Segment& segment : segments) {
    SegmentFeatures f;
    f.length = length_of(segment.text, lang, han_weight);
    f.label = segment.label;
    f.kind = segment.kind;
    const std::string_view text = segment.text;
    // Skip the label itself: its number is matched through Label, not as a cognate.
    std::size_t i = segment.label.empty() ? 0 : std::min(segment.label.length, text.size());
    bool word_has_digit = false, word_has_alpha = false;
    auto flush = [&]() {
      if (word.empty()) return;
      if (word_has_digit) {
        f.cognates.push_back(word);
      } else if (lang == Lang::kEn) {
        f.tokens.push_back(vocab.add(word));
      } else if (word.size() > 1) {
        f.cognates.push_back(word);  // a Latin word inside Chinese text: UNODC, COVID
        f.tokens.push_back(vocab.add(word));
      }
      word.clear();
      word_has_digit = word_has_alpha = false;
    };
    while (i < text.size()) {
      const char32_t raw = utf8::next(text, i);
      const char32_t c = fold_width(raw);
      if (utf8::is_han(c)) {
        flush();
        if (lang == Lang::kZh) f.tokens.push_back(vocab.add(utf8::encode(c)));
        continue;
      }
      if (is_word_char(c) ||
          (!word.empty() && word_has_digit && (c == '.' || c == ',' || c == '/') &&
           i < text.size() && utf8::is_ascii_digit(static_cast<unsigned char>(text[i])))) {
        // Digits keep their inner . , / (1.2, 3,000, 65/230); commas are dropped so that
        // 3,000 and 3000 meet.
        if (c != ',') utf8::append(word, lower(c));
        word_has_digit |= utf8::is_ascii_digit(c);
        word_has_alpha |= utf8::is_ascii_alpha(c);
        continue;
      }
      if (c == '\'' || c == 0x2019) {  // keep "state's" as "state" + drop the clitic
        flush();
        continue;
      }
      flush();
    }
    flush();
    std::vector<TokenId> sorted = f.tokens;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t k = 0; k < sorted.size();) {
      std::size_t e = k;
      while (e < sorted.size() && sorted[e] == sorted[k]) ++e;
      f.bag.push_back({sorted[k], static_cast<std::uint32_t>(e - k)});
      k = e;
    }
    side.segments.push_back(std::move(f));
  }
  return side;
}

}  // namespace bitext::align
