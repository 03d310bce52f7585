#include "bitext/check/glossary_match.h"

#include <algorithm>

#include "bitext/core/utf8.h"
#include "bitext/text/normalize.h"

namespace bitext::check {
namespace {

bool is_word_char(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

char32_t lower_char(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  return c;
}

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Plurals reduced: programmes -> programme, countries -> country, processes -> process.
std::string plural_stem(std::string w) {
  if (w.size() > 4 && ends_with(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 4 && (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "zes") ||
                       ends_with(w, "ches") || ends_with(w, "shes"))) {
    return w.substr(0, w.size() - 2);
  }
  if (w.size() > 3 && w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us") &&
      !ends_with(w, "is")) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

// Light plural reduction, the same on both sides of every comparison; with kDerivations also
// -ist to -ism, -ical and -ic dropped, -ian to -ia, after the plural.
std::string stem(std::string w, KeyForm form) {
  w = plural_stem(std::move(w));
  if (form != KeyForm::kDerivations) return w;
  auto cut = [&](std::size_t n) { return w.substr(0, w.size() - n); };
  if (w.size() > 6 && ends_with(w, "ist")) return cut(1) + "m";  // socialist -> socialism
  if (w.size() > 7 && ends_with(w, "ical")) return cut(4);
  if (w.size() > 6 && ends_with(w, "ic")) return cut(2);
  if (w.size() > 5 && ends_with(w, "ian")) return cut(1);
  return w;
}

struct Word {
  std::string stem;
  std::size_t begin, end;  // bytes
};

// Words of an English text: letters and digits; an apostrophe followed by s closes a possessive.
std::vector<Word> words(std::string_view text, KeyForm form) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t c = utf8::next(text, i);
    if (!is_word_char(c)) continue;
    std::string w;
    utf8::append(w, lower_char(c));
    std::size_t end = i;
    while (i < text.size()) {
      std::size_t k = i;
      const char32_t d = utf8::next(text, k);
      if (!is_word_char(d)) break;
      utf8::append(w, lower_char(d));
      i = end = k;
    }
    // People's, People’s: the possessive is not part of the word.
    std::size_t k = i;
    if (k < text.size()) {
      const char32_t a = utf8::next(text, k);
      if ((a == '\'' || a == 0x2019) && k < text.size() && (text[k] == 's' || text[k] == 'S')) {
        const std::size_t after = k + 1;
        std::size_t m = after;
        if (after >= text.size() || !is_word_char(utf8::next(text, m))) i = after;
      }
    }
    out.push_back({stem(std::move(w), form), start, end});
  }
  return out;
}

}  // namespace

std::string phrase_key(std::string_view phrase, KeyForm form) {
  std::string key;
  for (const Word& w : words(phrase, form)) key += w.stem;
  return key;
}

EnglishIndex::EnglishIndex(std::string_view text, KeyForm form) : text_(text) {
  for (Word& w : words(text, form)) {
    const std::size_t b = joined_.size();
    joined_ += w.stem;
    tokens_.push_back({b, joined_.size(), w.begin, w.end});
  }
}

void EnglishIndex::for_each_phrase(std::size_t max_words,
                                   const std::function<void(std::string_view, Span)>& f) const {
  const std::string_view joined = joined_;
  for (std::size_t a = 0; a < tokens_.size(); ++a) {
    for (std::size_t b = a; b < tokens_.size() && b - a < max_words; ++b) {
      f(joined.substr(tokens_[a].key_begin, tokens_[b].key_end - tokens_[a].key_begin),
        {tokens_[a].byte_begin, tokens_[b].byte_end});
    }
  }
}

std::optional<EnglishIndex::Match> EnglishIndex::find(const std::string& key) const {
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
    const std::string key = text::match_key(glossary[t].zh);
    if (key.empty()) continue;
    int node = 0;
    for (unsigned char byte : key) {
      int next_node = child(node, byte);
      if (next_node < 0) {
        next_node = int(nodes_.size());
        nodes_.emplace_back();
        auto& next = nodes_[node].next;
        next.insert(std::upper_bound(next.begin(), next.end(), std::make_pair(byte, -1)),
                    {byte, next_node});
      }
      node = next_node;
    }
    if (nodes_[node].term < 0) nodes_[node].term = int(t);
    entries_[nodes_[node].term].push_back(t);
  }
}

int GlossaryIndex::child(int node, unsigned char byte) const {
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(byte, -1));
  return it != next.end() && it->first == byte ? it->second : -1;
}

std::vector<TermHit> GlossaryIndex::find(std::string_view key) const {
  std::vector<TermHit> hits;
  if (empty()) return hits;
  std::size_t i = 0;
  while (i < key.size()) {
    int node = 0;
    int best = -1;
    std::size_t best_end = 0;
    for (std::size_t k = i; k < key.size(); ++k) {
      node = child(node, static_cast<unsigned char>(key[k]));
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
      utf8::next(key, k);
      i = k;
    }
  }
  return hits;
}

}  // namespace bitext::check
