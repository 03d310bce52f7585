#include "bitext/terms/filters.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "bitext/core/utf8.h"
#include "bitext/terms/candidates.h"

namespace bitext::terms {
namespace {

// Keeps the pairs not marked.
void compact(std::vector<TermPair>& terms, const std::vector<char>& drop) {
  std::size_t out = 0;
  for (std::size_t k = 0; k < terms.size(); ++k) {
    if (drop[k]) continue;
    if (out != k) terms[out] = std::move(terms[k]);
    ++out;
  }
  terms.resize(out);
}

// English words as compared here: their variant keys (People's -> people, States -> state,
// capacity-building -> capacitybuilding), split at spaces and punctuation.
std::vector<std::string> word_keys(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const auto c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if (c >= 0x80 || std::isalnum(c) != 0 || c == '-' || c == '\'') continue;
    if (i > start) {
      std::string key = english_variant_key(std::string_view(s).substr(start, i - start));
      if (!key.empty()) out.push_back(std::move(key));
    }
    start = i + 1;
  }
  return out;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) (out += words[i]) += ' ';
  return out;
}

// Two word keys for one word: equal, or one derived from the other (cooperate, cooperation:
// a common beginning of five letters or more covering four fifths of the shorter).
bool same_word(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::size_t shorter = std::min(a.size(), b.size());
  std::size_t n = 0;
  while (n < shorter && a[n] == b[n]) ++n;
  return n >= 5 && n * 5 >= shorter * 4;
}

// Where `needle` occurs in `hay` (word keys), left to right without overlap.
std::vector<std::size_t> word_hits(const std::vector<std::string>& hay,
                                   const std::vector<std::string>& needle) {
  std::vector<std::size_t> out;
  if (needle.empty()) return out;
  for (std::size_t i = 0; i + needle.size() <= hay.size();) {
    if (std::equal(needle.begin(), needle.end(), hay.begin() + static_cast<std::ptrdiff_t>(i),
                   same_word)) {
      out.push_back(i);
      i += needle.size();
    } else {
      ++i;
    }
  }
  return out;
}

// Byte offsets where `needle` occurs in `hay`, left to right without overlap.
std::vector<std::size_t> text_hits(const std::string& hay, const std::string& needle) {
  std::vector<std::size_t> out;
  if (needle.empty()) return out;
  for (std::size_t i = hay.find(needle); i != std::string::npos;
       i = hay.find(needle, i + needle.size())) {
    out.push_back(i);
  }
  return out;
}

// How many of `hits` (each `length` long) lie outside every span [s, s + span_length).
std::size_t outside(const std::vector<std::size_t>& hits, std::size_t length,
                    const std::vector<std::size_t>& spans, std::size_t span_length) {
  std::size_t n = 0;
  for (std::size_t h : hits) {
    const bool inside = std::any_of(spans.begin(), spans.end(), [&](std::size_t s) {
      return h >= s && h + length <= s + span_length;
    });
    n += inside ? 0 : 1;
  }
  return n;
}

// A particle or conjunction inside a Chinese term: a phrase, not a compound.
bool has_particle(const std::string& zh) {
  static constexpr std::string_view kParticles[] = {"的", "之", "和", "与", "及", "或"};
  return std::any_of(std::begin(kParticles), std::end(kParticles),
                     [&](std::string_view c) { return zh.find(c) != std::string::npos; });
}

// The over-extension test of drop_overextended, for one list of pairs.
class Overextension {
 public:
  // The pairs inside pair k's sides that may show it over-extended: a shorter Chinese term
  // inside its Chinese whose rendering is not inside its English (zh), a shorter English
  // rendering inside its English whose Chinese is not inside its Chinese (en).
  struct Inner {
    std::vector<std::size_t> zh, en;
  };

  explicit Overextension(const std::vector<TermPair>& terms)
      : terms_(terms), renderings_(terms.size()) {
    for (std::size_t k = 0; k < terms.size(); ++k) {
      renderings_[k].push_back(word_keys(terms[k].en));
      for (const std::string& a : terms[k].alternatives) renderings_[k].push_back(word_keys(a));
      by_zh_[terms[k].zh].push_back(k);
      for (const auto& r : renderings_[k]) {
        if (!r.empty()) by_en_[joined(r, 0, r.size())].push_back(k);
      }
    }
  }

  // Found in at least as many beads as pair k. Only phrases: a Chinese term with a particle or
  // conjunction inside, an English one with a function word inside. A compound's rendering
  // may leave out a part's (安息日 / sabbath beside 日 / day, 地方各级人民代表大会 / local
  // people's congresses beside 地方各级 / levels), but not a name's of several words
  // (人民代表大会常务委员会 / "standing committee" beside 人民代表大会 / people's congress).
  Inner inner(std::size_t k) const {
    Inner out;
    const std::string& zh = terms_[k].zh;
    auto attested = [&](std::size_t j) {
      return j != k && terms_[j].joint_frequency >= terms_[k].joint_frequency;
    };
    const bool phrase = has_particle(zh);
    auto name = [&](std::size_t j) {
      return std::any_of(renderings_[j].begin(), renderings_[j].end(),
                         [](const auto& r) { return r.size() >= 2; });
    };
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < zh.size(); utf8::next(zh, i)) starts.push_back(i);
    starts.push_back(zh.size());
    for (std::size_t a = 0; a + 1 < starts.size(); ++a) {
      for (std::size_t b = a + 1; b < starts.size(); ++b) {
        if (a == 0 && b + 1 == starts.size()) continue;
        auto it = by_zh_.find(zh.substr(starts[a], starts[b] - starts[a]));
        if (it == by_zh_.end()) continue;
        for (std::size_t j : it->second) {
          if (attested(j) && (phrase || name(j)) && !rendered_inside(j, k)) out.zh.push_back(j);
        }
      }
    }
    const bool english_phrase =
        std::any_of(renderings_[k].begin(), renderings_[k].end(), [](const auto& r) {
          return std::any_of(r.begin(), r.end(),
                             [](const std::string& w) { return !english_boundary_ok(w); });
        });
    if (!english_phrase) return out;
    for (const auto& r : renderings_[k]) {
      for (std::size_t a = 0; a < r.size(); ++a) {
        for (std::size_t b = a + 1; b <= r.size(); ++b) {
          if (a == 0 && b == r.size()) continue;
          auto it = by_en_.find(joined(r, a, b));
          if (it == by_en_.end()) continue;
          for (std::size_t j : it->second) {
            if (attested(j) && zh.find(terms_[j].zh) == std::string::npos) out.en.push_back(j);
          }
        }
      }
    }
    return out;
  }

  // Whether bead `pair` shows pair k over-extended: an inner pair's counterpart stands outside
  // pair k on the other side more often than the inner term stands outside it on its own.
  // Nothing when pair k is not found in the bead.
  std::optional<bool> in_bead(std::size_t k, const Inner& inner, const SegmentPair& pair) const {
    const std::string& zh = terms_[k].zh;
    const std::vector<std::string> en = word_keys(pair.en);
    // This pair's English in the bead: the first rendering found.
    std::vector<std::size_t> mine;
    std::size_t mine_length = 0;
    for (const auto& r : renderings_[k]) {
      mine = word_hits(en, r);
      mine_length = r.size();
      if (!mine.empty()) break;
    }
    const std::vector<std::size_t> zh_spans = text_hits(pair.zh, zh);
    if (mine.empty() || zh_spans.empty()) return std::nullopt;
    // Occurrences of pair j outside pair k's, on each side.
    auto outside_zh = [&](std::size_t j) {
      return outside(text_hits(pair.zh, terms_[j].zh), terms_[j].zh.size(), zh_spans, zh.size());
    };
    auto outside_en = [&](std::size_t j) {
      std::size_t most = 0;
      for (const auto& r : renderings_[j]) {
        most = std::max(most, outside(word_hits(en, r), r.size(), mine, mine_length));
      }
      return most;
    };
    return std::any_of(inner.zh.begin(), inner.zh.end(),
                       [&](std::size_t j) { return outside_en(j) > outside_zh(j); }) ||
           std::any_of(inner.en.begin(), inner.en.end(),
                       [&](std::size_t j) { return outside_zh(j) > outside_en(j); });
  }

 private:
  // Whether a rendering of pair j stands inside one of pair k's.
  bool rendered_inside(std::size_t j, std::size_t k) const {
    return std::any_of(renderings_[k].begin(), renderings_[k].end(), [&](const auto& mine) {
      return std::any_of(renderings_[j].begin(), renderings_[j].end(),
                         [&](const auto& r) { return !word_hits(mine, r).empty(); });
    });
  }

  const std::vector<TermPair>& terms_;
  std::vector<std::vector<std::vector<std::string>>> renderings_;  // per pair, as word keys
  std::unordered_map<std::string, std::vector<std::size_t>> by_zh_, by_en_;
};

}  // namespace

std::string letters_of(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if ((c & 0x80) != 0) {
      out += c;
    }
  }
  return out;
}

void drop_incomplete_renderings(std::vector<TermPair>& terms) {
  std::unordered_map<std::string, std::size_t> rank;
  for (std::size_t k = 0; k < terms.size(); ++k) rank.emplace(terms[k].zh, k);
  std::vector<char> drop(terms.size(), 0);
  for (std::size_t k = 0; k < terms.size(); ++k) {
    const std::string& zh = terms[k].zh;
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < zh.size(); utf8::next(zh, i)) starts.push_back(i);
    // Only a clause-like term (five characters or more, or a particle or conjunction inside;
    // not the wider list of chinese_boundary_ok, whose 中, 上, 各 sit in many compounds) paired
    // with one English word: a compound's rendering may well leave out its parts' renderings
    // (中央军事委员会 / Central Military Commission beside 委员会 / committee).
    const bool clause_like = starts.size() >= 5 || has_particle(zh);
    // A name or an acronym condenses the whole (阿拉斯加州 / Alaska, 联邦调查局 / FBI): a
    // capitalised word goes only when it is a piece of the inner term's own rendering
    // (鼓励会员国 / "States" beside 会员国 / Member States).
    const std::string& en = terms[k].en;
    if (starts.size() < 3 || !clause_like || en.find(' ') != std::string::npos) continue;
    const bool capital = !en.empty() && std::isupper(static_cast<unsigned char>(en[0])) != 0;
    starts.push_back(zh.size());
    const std::string word = letters_of(en);
    std::string mine = word;
    for (const std::string& a : terms[k].alternatives) mine += " " + letters_of(a);
    for (std::size_t a = 0; a + 1 < starts.size() && !drop[k]; ++a) {
      for (std::size_t b = a + 2; b < starts.size() && !drop[k]; ++b) {
        if (a == 0 && b + 1 == starts.size()) continue;  // the term itself
        auto it = rank.find(zh.substr(starts[a], starts[b] - starts[a]));
        if (it == rank.end() || it->second > k) continue;
        const TermPair& inner = terms[it->second];
        bool kept = mine.find(letters_of(inner.en)) != std::string::npos;
        for (const std::string& alt : inner.alternatives) {
          kept = kept || mine.find(letters_of(alt)) != std::string::npos;
        }
        if (capital) kept = letters_of(inner.en).find(word) == std::string::npos;
        if (!kept) drop[k] = 1;
      }
    }
  }
  compact(terms, drop);
}

void drop_overextended(std::vector<TermPair>& terms,
                       const std::vector<std::vector<std::size_t>>& beads,
                       const std::vector<SegmentPair>& pairs) {
  const Overextension test(terms);
  std::vector<char> drop(terms.size(), 0);
  for (std::size_t k = 0; k < terms.size(); ++k) {
    const Overextension::Inner inner = test.inner(k);
    if (inner.zh.empty() && inner.en.empty()) continue;
    std::size_t read = 0, over = 0;
    for (std::size_t p : beads[k]) {
      const auto verdict = test.in_bead(k, inner, pairs[p]);
      read += verdict ? 1 : 0;
      over += verdict && *verdict ? 1 : 0;
    }
    drop[k] = over > 0 && 2 * over > read ? 1 : 0;
  }
  compact(terms, drop);
}

}  // namespace bitext::terms
