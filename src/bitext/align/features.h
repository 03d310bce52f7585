#pragma once

// Per-segment features the aligner scores beads with: a length, lexical token ids, cognate
// tokens (numbers, Latin words appearing in Chinese text) and the label. Internal to the align
// stage.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::align {

using TokenId = std::uint32_t;

// String <-> id map for one language's tokens.
class Vocabulary {
 public:
  TokenId add(std::string_view token);
  // kUnknown when absent.
  TokenId find(std::string_view token) const;
  std::size_t size() const { return tokens_.size(); }
  const std::string& token(TokenId id) const { return tokens_[id]; }
  static constexpr TokenId kUnknown = static_cast<TokenId>(-1);

 private:
  std::unordered_map<std::string, TokenId> ids_;
  std::vector<std::string> tokens_;
};

// A token and how often it occurs in a segment.
struct TokenCount {
  TokenId token;
  std::uint32_t count;
};

struct SegmentFeatures {
  float length = 0;                   // comparable length (see length_of)
  std::vector<TokenId> tokens;        // lexical tokens: Han characters (zh), lower-cased words (en)
  std::vector<TokenCount> bag;        // the same tokens, once each with their count (scoring)
  std::vector<std::string> cognates;  // digit strings and Latin words found in the segment
  // Romanized Chinese names (find_names). Chinese: the pinyin of its runs of 2-4 Han
  // characters that some English name of the input spells (sorted, once each). English: per run
  // of capitalised words, the spellings (a word, two neighbours joined) that the pinyin of some
  // Chinese run gives.
  std::vector<std::string> name_pinyin;
  std::vector<std::vector<std::string>> names;
  Label label;
  ParagraphKind kind = ParagraphKind::kBody;
  // For a header: which masthead line it is (text::masthead_field, as its underlying value;
  // 0 = none), so that two mastheads pair line for line.
  unsigned char masthead = 0;
};

struct SideFeatures {
  Lang lang = Lang::kUnknown;
  std::vector<SegmentFeatures> segments;
};

// Length used by the length model: Latin text in characters; each Han character and each
// full-width punctuation mark counts `han_weight` (about the English characters one stands for).
float length_of(std::string_view text, Lang lang, float han_weight);

// Tokenizes and measures each segment. Chinese tokens are single Han characters (a character
// lexicon beats a word lexicon for IBM Model 1 on zh-en), in Simplified forms when the segments
// are written in Traditional characters; English tokens are lower-cased words.
// Digit strings go to cognates on both sides, as do Latin words inside Chinese text.
SideFeatures extract_features(const std::vector<Segment>& segments, Lang lang, Vocabulary& vocab,
                              float han_weight);

// Romanized Chinese names found on both sides (林黛玉 / Lin Daiyu, 习近平 / Xi Jinping, 北京 /
// Beijing, 马里 / Mali): English capitalised words, alone or two joined, that spell the toneless
// pinyin of a run of 2-4 Han characters somewhere in the Chinese; names found on one side only
// are left out. Per segment, as SegmentFeatures::name_pinyin and ::names hold them.
struct NameFeatures {
  std::vector<std::vector<std::string>> zh;
  std::vector<std::vector<std::vector<std::string>>> en;
};

NameFeatures find_names(const std::vector<Segment>& zh_segments,
                        const std::vector<Segment>& en_segments);

// Moves the names into the segments' features.
void attach_names(NameFeatures names, SideFeatures& zh, SideFeatures& en);

// Latin words the Chinese writes as they are (Anderson, UNODC, Premiership) become cognates of
// the English too: each English word that some Chinese segment of the input writes (in lower
// case, as the cognates hold them) is added to its segment's cognates. A Latin word counts once
// per segment on either side (the Chinese often writes a name once where the English repeats it).
void link_latin_cognates(SideFeatures& zh, SideFeatures& en, const Vocabulary& en_vocab);

}  // namespace bitext::align
