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

// One sense of a dictionary entry, as text: the simplified headword and one English sense
// (parenthesised notes and a leading "to " dropped; classifier, variant and surname senses left
// out). Glossary alternatives separated by | are senses of their own.
struct DictionaryEntry {
  std::string zh;
  std::string en;
};

// Reads a CC-CEDICT or glossary TSV file (plain or gzip). Throws InputError naming the file (and
// line) when it cannot be read, is neither format, or holds no entry.
std::vector<DictionaryEntry> read_dictionary(const std::string& path);

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
  static constexpr float kEntryWeight = 0.5f;

 private:
  std::vector<Entry> entries_;
};

}  // namespace bitext::align
