#include "bitext/check/glossary_match.h"

#include <algorithm>

#include "bitext/core/utf8.h"
#include "bitext/text/normalize.h"

namespace bitext::check {
namespace {

bool IsWordChar(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

char32_t LowerChar(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  return c;
}

bool EndsWith(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Light plural reduction, the same on both sides of every comparison.
std::string Stem(std::string w) {
  if (w.size() > 4 && EndsWith(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 4 && (EndsWith(w, "sses") || EndsWith(w, "xes") || EndsWith(w, "zes") ||
                       EndsWith(w, "ches") || EndsWith(w, "shes"))) {
    return w.substr(0, w.size() - 2);
  }
  if (w.size() > 3 && w.back() == 's' && !EndsWith(w, "ss") && !EndsWith(w, "us") &&
      !EndsWith(w, "is")) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

struct Word {
  std::string stem;
  std::size_t begin, end;  // bytes
};

// Words of an English text: letters and digits; an apostrophe followed by s closes a possessive.
std::vector<Word> Words(std::string_view text) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t c = utf8::Next(text, i);
    if (!IsWordChar(c)) continue;
    std::string w;
    utf8::Append(w, LowerChar(c));
    std::size_t end = i;
    while (i < text.size()) {
      std::size_t k = i;
      const char32_t d = utf8::Next(text, k);
      if (!IsWordChar(d)) break;
      utf8::Append(w, LowerChar(d));
      i = end = k;
    }
    // People's, People’s: the possessive is not part of the word.
    std::size_t k = i;
    if (k < text.size()) {
      const char32_t a = utf8::Next(text, k);
      if ((a == '\'' || a == 0x2019) && k < text.size() && (text[k] == 's' || text[k] == 'S')) {
        const std::size_t after = k + 1;
        std::size_t m = after;
        if (after >= text.size() || !IsWordChar(utf8::Next(text, m))) i = after;
      }
    }
    out.push_back({Stem(std::move(w)), start, end});
  }
  return out;
}

}  // namespace

std::string PhraseKey(std::string_view phrase) {
  std::string key;
  for (const Word& w : Words(phrase)) key += w.stem;
  return key;
}

EnglishIndex::EnglishIndex(std::string_view text) : text_(text) {
  for (Word& w : Words(text)) {
    const std::size_t b = joined_.size();
    joined_ += w.stem;
    tokens_.push_back({b, joined_.size(), w.begin, w.end});
  }
}

void EnglishIndex::ForEachPhrase(std::size_t max_words,
                                 const std::function<void(std::string_view, Span)>& f) const {
  const std::string_view joined = joined_;
  for (std::size_t a = 0; a < tokens_.size(); ++a) {
    for (std::size_t b = a; b < tokens_.size() && b - a < max_words; ++b) {
      f(joined.substr(tokens_[a].key_begin, tokens_[b].key_end - tokens_[a].key_begin),
        {tokens_[a].byte_begin, tokens_[b].byte_end});
    }
  }
}

std::optional<EnglishIndex::Match> EnglishIndex::Find(const std::string& key) const {
  if (key.empty()) return std::nullopt;
  std::size_t pos = 0;
  while ((pos = joined_.find(key, pos)) != std::string::npos) {
    // Whole words only: the match starts at a word start and ends at a word end.
    auto first = std::lower_bound(tokens_.begin(), tokens_.end(), pos,
                                  [](const Token& t, std::size_t p) { return t.key_begin < p; });
    if (first != tokens_.end() && first->key_begin == pos) {
      const std::size_t end = pos + key.size();
      auto last = first;
      while (last != tokens_.end() && last->key_end < end) ++last;
      if (last != tokens_.end() && last->key_end == end) {
        Match m;
        m.span = {first->byte_begin, last->byte_end};
        for (auto t = first; t <= last; ++t) {
          if (t != first) {
            const std::string_view gap(text_.data() + (t - 1)->byte_end,
                                       t->byte_begin - (t - 1)->byte_end);
            m.surface += gap.find('-') != std::string_view::npos ? "-" : " ";
          }
          m.surface += joined_.substr(t->key_begin, t->key_end - t->key_begin);
        }
        return m;
      }
    }
    ++pos;
  }
  return std::nullopt;
}

GlossaryIndex::GlossaryIndex(const std::vector<TermPair>& glossary) {
  nodes_.emplace_back();
  entries_.resize(glossary.size());
  for (std::size_t t = 0; t < glossary.size(); ++t) {
    const std::string key = text::MatchKey(glossary[t].zh);
    if (key.empty()) continue;
    int node = 0;
    for (unsigned char byte : key) {
      int child = Child(node, byte);
      if (child < 0) {
        child = int(nodes_.size());
        nodes_.emplace_back();
        auto& next = nodes_[node].next;
        next.insert(std::upper_bound(next.begin(), next.end(), std::make_pair(byte, -1)),
                    {byte, child});
      }
      node = child;
    }
    if (nodes_[node].term < 0) nodes_[node].term = int(t);
    entries_[nodes_[node].term].push_back(t);
  }
}

int GlossaryIndex::Child(int node, unsigned char byte) const {
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(byte, -1));
  return it != next.end() && it->first == byte ? it->second : -1;
}

std::vector<TermHit> GlossaryIndex::Find(std::string_view key) const {
  std::vector<TermHit> hits;
  if (empty()) return hits;
  std::size_t i = 0;
  while (i < key.size()) {
    int node = 0;
    int best = -1;
    std::size_t best_end = 0;
    for (std::size_t k = i; k < key.size(); ++k) {
      node = Child(node, static_cast<unsigned char>(key[k]));
      if (node < 0) break;
      if (nodes_[node].term >= 0) {
        // Only whole code points: the byte after must start a character.
        const bool boundary =
            k + 1 == key.size() || (static_cast<unsigned char>(key[k + 1]) & 0xC0) != 0x80;
        if (boundary) {
          best = nodes_[node].term;
          best_end = k + 1;
        }
      }
    }
    if (best >= 0) {
      hits.push_back({std::size_t(best), {i, best_end}});
      i = best_end;
    } else {
      std::size_t k = i;
      utf8::Next(key, k);
      i = k;
    }
  }
  return hits;
}

}  // namespace bitext::check
