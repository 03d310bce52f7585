#pragma once

// Glossary terms in Chinese text and their renderings in English text: the building blocks of
// the term checks.
//
//   GlossaryIndex index(glossary);                       // keys by text::match_key
//   for (const TermHit& hit : index.find(text::match_key(zh))) { ... glossary[hit.term] ... }
//   EnglishIndex en("Cyber-crimes are rising");
//   en.find(phrase_key("cybercrime"));                     // the span of "Cyber-crimes"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::check {

// The form an English phrase is compared on: words lower-cased, possessive 's dropped, plurals
// reduced (programmes -> programme, countries -> country, processes -> process), and the words
// joined with nothing, so that cyber-crime, cyber crime and cybercrime are one key.
//
//   phrase_key("Member States") == phrase_key("member state") == "memberstate"
//
// kDerivations also reduces the derivations a Chinese noun needs in English where it serves as
// its own adjective (社会主义国家 "socialist State", 民主党 "Democratic Party", 俄罗斯公民
// "Russian citizens"): -ist is -ism, -ic and -ical are dropped, -ian is -ia; "social" stays
// apart from "socialism". It is for looking up an approved rendering whose Chinese term is
// present, not for deciding that a term is there.
//
//   auto loose = KeyForm::kDerivations;
//   phrase_key("socialist", loose) == phrase_key("socialism", loose)
enum class KeyForm { kPlurals, kDerivations };
std::string phrase_key(std::string_view phrase, KeyForm form = KeyForm::kPlurals);

// English text prepared for many phrase look-ups: a phrase matches only whole words.
//
//   EnglishIndex en("Member States on cyber-crimes");
//   auto m = en.find(phrase_key("cybercrime"));  // m->surface == "cyber-crime"
class EnglishIndex {
 public:
  explicit EnglishIndex(std::string_view text, KeyForm form = KeyForm::kPlurals);

  struct Match {
    Span span;            // bytes in the text: "Cyber-crimes"
    std::string surface;  // how it is written, normalized but for word breaks: "cyber-crime"
  };
  // First occurrence of a phrase given by its phrase_key.
  std::optional<Match> find(const std::string& key) const;
  // Calls f(key, span) for every run of 1 to max_words consecutive words: the phrase_key of the
  // run and its bytes in the text.
  void for_each_phrase(std::size_t max_words,
                       const std::function<void(std::string_view, Span)>& f) const;

 private:
  struct Token {
    std::size_t key_begin, key_end;    // in joined_
    std::size_t byte_begin, byte_end;  // in text_
  };
  std::string text_;
  std::string joined_;  // stems joined with nothing
  std::vector<Token> tokens_;
};

// One glossary term found in a Chinese key.
struct TermHit {
  std::size_t term = 0;  // index of the first glossary entry with this Chinese term
  Span span;             // bytes in the key searched
};

// Chinese terms of a glossary, found longest first and without overlap
// (联合国毒品和犯罪问题办公室 wins over 犯罪 inside it).
//
//   GlossaryIndex index(glossary);
//   for (const TermHit& h : index.find(text::match_key(zh))) use(glossary[h.term]);
class GlossaryIndex {
 public:
  explicit GlossaryIndex(const std::vector<TermPair>& glossary);

  // Terms in `key` (a text::match_key), leftmost-longest, non-overlapping.
  std::vector<TermHit> find(std::string_view key) const;

  // Entries sharing the Chinese term of entry `term` (a glossary may list one term twice).
  const std::vector<std::size_t>& entries(std::size_t term) const { return entries_[term]; }
  bool empty() const { return nodes_.size() <= 1; }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int>> next;  // sorted by byte
    int term = -1;
  };
  int child(int node, unsigned char byte) const;
  std::vector<Node> nodes_;
  std::vector<std::vector<std::size_t>> entries_;  // per glossary index; filled for the first
};

}  // namespace bitext::check
