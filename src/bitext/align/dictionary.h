#pragma once

// A bilingual dictionary the aligner's lexicon starts from (--dict): CC-CEDICT lines
// ("傳統 传统 [chuan2 tong3] /tradition/convention/") or glossary TSV ("zh<TAB>en"), plain or
// gzip-compressed. Each (headword, sense) becomes a small training pair for IBM Model 1,
// tokenized exactly like the segments being aligned.
//
//   Dictionary d = Dictionary::load("cedict_ts.u8.gz", zh_vocab, en_vocab);

#include <string>
#include <vector>

#include "bitext/align/features.h"

namespace bitext::align {

class Dictionary {
 public:
  struct Entry {
    std::vector<TokenId> zh;
    std::vector<TokenId> en;
  };

  // Throws InputError naming the file (and line) when it cannot be read or holds no entry.
  static Dictionary load(const std::string& path, Vocabulary& zh_vocab, Vocabulary& en_vocab);

  const std::vector<Entry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }
  // Fractional count of one entry in lexicon training, against 1 for a bead of the input.
  float weight() const { return weight_; }

 private:
  std::vector<Entry> entries_;
  float weight_ = 0.5f;
};

}  // namespace bitext::align
