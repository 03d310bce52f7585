#include "bitext/terms/miner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "bitext/align/dictionary.h"
#include "bitext/align/features.h"
#include "bitext/align/lexicon.h"
#include "bitext/core/error.h"
#include "bitext/core/parallel.h"
#include "bitext/core/utf8.h"
#include "bitext/terms/candidates.h"
#include "bitext/terms/embeddings.h"
#include "bitext/terms/filters.h"
#include "bitext/text/pinyin.h"
#include "bitext/text/transliteration.h"

namespace bitext::terms {
namespace {

constexpr std::uint64_t kBase = 0x100000001B3ULL;

// Polynomial hash of a string, and kBase^length, so that hashes of concatenations combine in
// O(1): H(ab) = H(a) * kBase^|b| + H(b).
struct Piece {
  std::uint64_t hash = 0;
  std::uint64_t power = 1;
};

Piece hash_string(std::string_view s) {
  Piece p;
  for (unsigned char c : s) {
    p.hash = p.hash * kBase + c + 1;
    p.power *= kBase;
  }
  return p;
}

std::uint64_t extend(std::uint64_t h, const Piece& next) { return h * next.power + next.hash; }

// All pairs, tokenized, in flat arrays.
struct Corpus {
  Lexicon zh_words, en_words;     // zh words; en words as written
  std::vector<WordId> en_key_of;  // en word -> id of its variant key in en_keys
  Lexicon en_keys;
  std::vector<Piece> zh_piece, en_key_piece;
  // Per word, computed once: may open/close a term (zh: bit 1 open, bit 2 close), its length,
  // may stand inside (en).
  std::vector<std::uint8_t> zh_bound, zh_name_opener, zh_chars, en_bound, en_inner, en_possessive;
  std::vector<std::uint8_t> zh_inner;           // per zh word: chinese_inner_ok
  std::vector<std::uint8_t> zh_name_piece;      // per zh word: one Han character, no function word
  std::vector<std::uint8_t> en_paragraph_verb;  // per English word: english_paragraph_verb
  std::vector<std::uint8_t> en_past, en_capital;  // per English word: english_past_verb, capital
  std::vector<std::uint8_t> zh_after_number;      // per Chinese token: right after digits
  std::vector<std::uint8_t> en_initial;  // per English token: opens a sentence or list item
  std::vector<std::uint8_t> en_conjunction, en_determiner;  // "and the": a coordination
  // Per English word: which preposition it is, in any case (1 + index in kPrepositions; 0 for
  // none), and the preposition that nearly always stands before it in a fixed phrase ("for
  // ever", "in particular"; the same numbering).
  std::vector<std::uint8_t> en_preposition, en_fixed_after;
  std::vector<WordId> zh, en;                   // word ids, all pairs
  std::vector<std::uint32_t> zh_runs, en_runs;  // run ends, relative to the pair's first word
  std::vector<std::size_t> zh_start{0}, en_start{0}, zh_run_start{0}, en_run_start{0};
  std::size_t size() const { return zh_start.size() - 1; }
};

// "and the", "or a": a coordination of two noun phrases, which a term does not span.
bool coordination(const std::string& conjunction, const std::string& next) {
  const std::string c = ascii_lower(conjunction), n = ascii_lower(next);
  return (c == "and" || c == "or") &&
         (n == "the" || n == "a" || n == "an" || n == "its" || n == "their" || n == "other");
}

void intern(Corpus& c, const SplitSegment& zh, const SplitSegment& en) {
  for (const std::string& w : zh.words) {
    const WordId id = c.zh_words.id(w);
    if (id == c.zh_piece.size()) {
      c.zh_piece.push_back(hash_string(w));
      // Bit 1: opens a term; bit 2: closes one; bit 4: opens only a term of that one word.
      c.zh_bound.push_back(!chinese_boundary_ok(w) ? 0
                           : !chinese_closer_ok(w) ? 1
                           : !chinese_opener_ok(w) ? 7
                                                   : 3);
      c.zh_name_opener.push_back(chinese_name_opener_ok(w));
      c.zh_inner.push_back(chinese_inner_ok(w));
      c.zh_chars.push_back(static_cast<std::uint8_t>(std::min<std::size_t>(255, chars(w))));
      std::size_t i = 0;
      c.zh_name_piece.push_back(chars(w) == 1 && utf8::is_han(utf8::next(w, i)) &&
                                chinese_boundary_ok(w));
    }
    c.zh.push_back(id);
    c.zh_after_number.push_back(0);
  }
  for (std::uint32_t k : zh.after_number) c.zh_after_number[c.zh.size() - zh.words.size() + k] = 1;
  for (const std::string& w : en.words) {
    const WordId id = c.en_words.id(w);
    if (id == c.en_key_of.size()) {
      c.en_bound.push_back(english_boundary_ok(w));
      c.en_inner.push_back(english_inner_ok(w));
      c.en_possessive.push_back(english_possessive(w));
      c.en_past.push_back(english_past_verb(w));
      c.en_capital.push_back(!w.empty() && w[0] >= 'A' && w[0] <= 'Z');
      c.en_paragraph_verb.push_back(english_paragraph_verb(w));
      c.en_conjunction.push_back(coordination(w, "the"));
      c.en_determiner.push_back(coordination("and", w));
      const std::string key = english_variant_key(w);
      const WordId k = c.en_keys.id(key);
      if (k == c.en_key_piece.size()) c.en_key_piece.push_back(hash_string(key));
      c.en_key_of.push_back(k);
    }
    c.en.push_back(id);
    c.en_initial.push_back(0);
  }
  for (std::uint32_t k : en.sentence_initial) c.en_initial[c.en.size() - en.words.size() + k] = 1;
  c.zh_runs.insert(c.zh_runs.end(), zh.run_ends.begin(), zh.run_ends.end());
  c.en_runs.insert(c.en_runs.end(), en.run_ends.begin(), en.run_ends.end());
  c.zh_start.push_back(c.zh.size());
  c.en_start.push_back(c.en.size());
  c.zh_run_start.push_back(c.zh_runs.size());
  c.en_run_start.push_back(c.en_runs.size());
}

// One occurrence of an n-gram: pair, first word, number of words.
struct Where {
  std::uint32_t pair;
  std::uint16_t start;
  std::uint16_t length;
};

// Calls f(hash, where) for every candidate n-gram of one side of one pair.
template <class F>
void for_each_zh(const Corpus& c, std::size_t pair, const TermsOptions& o, F&& f) {
  const WordId* words = c.zh.data() + c.zh_start[pair];
  std::uint32_t run_begin = 0;
  for (std::size_t r = c.zh_run_start[pair]; r < c.zh_run_start[pair + 1]; ++r) {
    const std::uint32_t run_end = c.zh_runs[r];
    for (std::uint32_t s = run_begin; s < run_end; ++s) {
      // An unknown word (a name) comes out of the dictionary segmentation as single characters:
      // 以扫 -> 以|扫. Such a run may start on a function character; other candidates may not.
      const bool single_run = s + 1 < run_end && c.zh_name_opener[words[s]] &&
                              c.zh_chars[words[s]] == 1 && c.zh_chars[words[s + 1]] == 1;
      // A unit after digits (12 月, 94 个) opens no term.
      if (c.zh_chars[words[s]] == 1 && c.zh_after_number[c.zh_start[pair] + s]) continue;
      const bool opens = c.zh_bound[words[s]] != 0;
      if (!opens && !single_run) continue;
      std::uint64_t h = 0;
      std::size_t chars = 0;
      bool all_single = true;
      for (std::uint32_t e = s; e < run_end && e - s < 8; ++e) {
        if (e > s && (c.zh_bound[words[s]] & 4) != 0) break;  // 地 alone only
        const std::size_t word_chars = c.zh_chars[words[e]];
        chars += word_chars;
        if (chars > o.max_zh_chars) break;
        if (!opens && word_chars != 1) break;  // the unknown word ends at the first known one
        // A clause word ends the candidate, except inside single characters, which may spell an
        // unknown name (别|是|巴, Beersheba).
        all_single = all_single && word_chars == 1;
        if (e > s && !all_single && (!c.zh_inner[words[e]] || !c.zh_inner[words[s]])) break;
        h = extend(h, c.zh_piece[words[e]]);
        if (!opens && e == s) continue;
        if ((c.zh_bound[words[e]] & 2) == 0) continue;
        f(h, Where{static_cast<std::uint32_t>(pair), static_cast<std::uint16_t>(s),
                   static_cast<std::uint16_t>(e - s + 1)});
      }
    }
    run_begin = run_end;
  }
}

// Whether the Chinese n-gram at `w` follows two single Han characters (no function words) of
// its run: the end of an unknown name that ICU cut into pieces (西|弗|吉尼亚).
bool follows_name_pieces(const Corpus& c, std::size_t pair, Where w) {
  if (w.start < 2) return false;
  const WordId* words = c.zh.data() + c.zh_start[pair];
  const auto run_begin = c.zh_runs.begin() + static_cast<std::ptrdiff_t>(c.zh_run_start[pair]);
  const auto run_end = c.zh_runs.begin() + static_cast<std::ptrdiff_t>(c.zh_run_start[pair + 1]);
  return c.zh_name_piece[words[w.start - 1]] && c.zh_name_piece[words[w.start - 2]] &&
         !std::binary_search(run_begin, run_end, w.start) &&
         !std::binary_search(run_begin, run_end, w.start - 1);
}

template <class F>
void for_each_en(const Corpus& c, std::size_t pair, const TermsOptions& o, F&& f) {
  const WordId* words = c.en.data() + c.en_start[pair];
  // Word i is the predicate of a name ("Expert Group considered"): a past verb after a capital
  // that does not open the sentence ("Specially trained" names nothing).
  const auto predicate_at = [&](std::uint32_t i) {
    return c.en_past[words[i]] && c.en_capital[words[i - 1]] &&
           c.en_initial[c.en_start[pair] + i - 1] == 0;
  };
  std::uint32_t run_begin = 0;
  for (std::size_t r = c.en_run_start[pair]; r < c.en_run_start[pair + 1]; ++r) {
    const std::uint32_t run_end = c.en_runs[r];
    for (std::uint32_t s = run_begin; s < run_end; ++s) {
      // A preposition opens only its fixed phrase ("for ever").
      const bool fixed = s + 1 < run_end && c.en_preposition[words[s]] != 0 &&
                         c.en_fixed_after[words[s + 1]] == c.en_preposition[words[s]];
      if (!c.en_bound[words[s]] && !fixed) continue;
      // A name's predicate opens no term of several words ("considered agenda item"); it may
      // be one of its own (commanded).
      const bool predicate = s > run_begin && predicate_at(s);
      // A paragraph's opening verb stands alone (Encourages, not "Encourages Member States").
      const std::uint32_t longest =
          predicate || (c.en_paragraph_verb[words[s]] && c.en_initial[c.en_start[pair] + s] != 0)
              ? 1
              : static_cast<std::uint32_t>(o.max_en_words);
      std::uint64_t h = 0;
      for (std::uint32_t e = s; e < run_end && e - s < longest; ++e) {
        const WordId word = words[e];
        if (e > s && c.en_conjunction[words[e - 1]] && c.en_determiner[word]) break;
        if (!c.en_inner[word]) break;
        if (e > s && predicate_at(e)) break;  // nor stands in one ("Expert Group considered")
        h = extend(h, c.en_key_piece[c.en_key_of[word]]);
        if (!c.en_bound[word] || (c.en_possessive[word] && e + 1 < run_end)) continue;
        f(h, Where{static_cast<std::uint32_t>(pair), static_cast<std::uint16_t>(s),
                   static_cast<std::uint16_t>(e - s + 1)});
      }
    }
    run_begin = run_end;
  }
}

struct Stat {
  std::uint32_t count = 0;  // beads containing the n-gram
  std::uint32_t last = static_cast<std::uint32_t>(-1);
  Where first{};
};

using Counts = std::unordered_map<std::uint64_t, Stat>;

// Bead frequencies of all candidates of one side, counted on thread-local maps over disjoint
// pair ranges and merged in range order (deterministic).
template <class ForEach>
Counts count_candidates(const Corpus& c, const TermsOptions& o, ForEach for_each) {
  const std::size_t n = c.size();
  const unsigned threads = resolve_threads(o.threads);
  const std::size_t parts = std::max<std::size_t>(1, std::min<std::size_t>(threads, n / 2000 + 1));
  std::vector<Counts> partial(parts);
  parallel_for(parts, 1, threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t part = begin; part < end; ++part) {
      Counts& counts = partial[part];
      for (std::size_t p = part * n / parts; p < (part + 1) * n / parts; ++p) {
        for_each(c, p, o, [&](std::uint64_t h, Where w) {
          Stat& s = counts[h];
          if (s.last == w.pair) return;
          if (s.count == 0) s.first = w;
          s.last = w.pair;
          ++s.count;
        });
      }
    }
  });
  Counts total = std::move(partial[0]);
  for (std::size_t part = 1; part < parts; ++part) {
    for (const auto& [h, s] : partial[part]) {
      Stat& t = total[h];
      if (t.count == 0) t.first = s.first;
      t.count += s.count;
    }
  }
  return total;
}

std::string zh_text(const Corpus& c, Where w) {
  std::string out;
  const WordId* words = c.zh.data() + c.zh_start[w.pair];
  for (std::size_t k = w.start; k < w.start + w.length; ++k) out += c.zh_words.word(words[k]);
  return out;
}

std::string en_text(const Corpus& c, Where w) {
  std::string out;
  const WordId* words = c.en.data() + c.en_start[w.pair];
  for (std::size_t k = w.start; k < w.start + w.length; ++k) {
    if (!out.empty()) out += ' ';
    out += c.en_words.word(words[k]);
  }
  return out;
}

// Log-likelihood ratio (G²) of a 2x2 contingency table of bead counts.
double log_likelihood(double joint, double a, double b, double n) {
  const double k[4] = {joint, a - joint, b - joint, n - a - b + joint};
  const double row[2] = {a, n - a}, col[2] = {b, n - b};
  double g = 0;
  for (int i = 0; i < 2; ++i) {
    for (int j = 0; j < 2; ++j) {
      const double observed = k[i * 2 + j];
      const double expected = row[i] * col[j] / n;
      if (observed > 0 && expected > 0) g += observed * std::log(observed / expected);
    }
  }
  return 2 * g;
}

// Drops candidates that are fragments of a longer candidate: when some candidate containing
// `a` occurs in at least `ratio` of the beads `a` occurs in (中华人民 inside 中华人民共和国,
// "People's Republic" inside "People's Republic of China"), `a` is not a term of its own.
template <class PieceOf>
void drop_fragments(Counts& counts, const std::vector<WordId>& words,
                    const std::vector<std::size_t>& starts, PieceOf piece_of, double ratio) {
  std::unordered_map<std::uint64_t, std::uint32_t> best_super;
  for (const auto& [h, s] : counts) {
    if (s.first.length < 2) continue;
    const WordId* w = words.data() + starts[s.first.pair] + s.first.start;
    for (std::size_t a = 0; a < s.first.length; ++a) {
      std::uint64_t sub = 0;
      for (std::size_t b = a; b < s.first.length; ++b) {
        if (b - a + 1 == s.first.length) break;
        sub = extend(sub, piece_of(w[b]));
        if (counts.count(sub) == 0) continue;
        std::uint32_t& best = best_super[sub];
        best = std::max(best, s.count);
      }
    }
  }
  for (auto it = counts.begin(); it != counts.end();) {
    auto sup = best_super.find(it->first);
    const bool fragment = sup != best_super.end() && sup->second >= ratio * it->second.count;
    it = fragment ? counts.erase(it) : std::next(it);
  }
}

// Levenshtein distance of two short ASCII strings.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// One word is the other plus a derivational ending (constitution / constitutional, develop /
// developed): related words, not spelling variants of one term.
bool derived_word(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() <= b.size() ? a : b;
  const std::string& longer = a.size() <= b.size() ? b : a;
  if (longer.compare(0, shorter.size(), shorter) != 0) return false;
  static const std::set<std::string> endings = {
      "al",    "ally", "ly",  "ed",   "ing", "er", "ers",  "ion", "ions", "ive", "ity", "ment",
      "ments", "ness", "ist", "ists", "ism", "ic", "ical", "ial", "d",    "y",   "ial"};
  return endings.count(longer.substr(shorter.size())) != 0;
}

// Whether an English term spells the Chinese one in pinyin (毛泽东 / Mao Zedong, 北京 /
// Beijing): the toneless pinyin of 2-4 Han characters, joined, equal to the English key words
// without their spaces. The spelling is evidence no co-occurrence count can match for names
// that always stand together with the same words (the constitution's preamble pairs 毛泽东
// with "victory" as often as with "Mao Zedong").
bool spells_in_pinyin(const std::string& zh, const std::string& en_key_words) {
  std::string letters;
  for (char c : en_key_words) {
    if (c != ' ') letters += c;
  }
  if (letters.size() < 4 || letters.size() > 24) return false;
  std::string pinyin;
  std::size_t count = 0;
  for (std::size_t i = 0; i < zh.size();) {
    const std::string_view p = text::pinyin(utf8::next(zh, i));
    if (p.empty() || ++count > 4) return false;
    pinyin += p;
    if (pinyin.size() > letters.size() || letters.compare(0, pinyin.size(), pinyin) != 0) {
      return false;
    }
  }
  return count >= 2 && pinyin == letters;
}

// Whether every word of an English text opens with a capital (a name as written).
bool capitalised(const std::string& en) {
  bool start = true, any = false;
  for (char c : en) {
    if (c == ' ') {
      start = true;
    } else if (start) {
      if (!std::isupper(static_cast<unsigned char>(c))) return false;
      start = false;
      any = true;
    }
  }
  return any;
}

// Whether an English name is what the Chinese transliterates by sound (特朗普 / Trump,
// 弗利特伍德 / Fleetwood, 布雷特·卡瓦诺 / Brett Kavanaugh): the Chinese made of transliteration
// characters only (parts set apart by ·), as many parts as English words, each part sounding
// like its word (text/transliteration.h).
bool sounds_like_name(const std::string& zh, const std::string& en_key_words) {
  std::vector<std::string> parts;
  std::string part;
  for (std::size_t i = 0; i < zh.size();) {
    const std::size_t at = i;
    const char32_t c = utf8::next(zh, i);
    if (text::is_transliteration_char(c)) {
      part.append(zh, at, i - at);
    } else if (c == U'·' || c == U'•' || c == U'‧' || c == U'-') {
      if (!part.empty()) parts.push_back(std::move(part));
      part.clear();
    } else {
      return false;
    }
  }
  if (!part.empty()) parts.push_back(std::move(part));
  for (const std::string& p : parts) {
    if (utf8::length(p) < 2) return false;  // one syllable says too little (伦 / running)
  }
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < en_key_words.size()) {
    const auto space = en_key_words.find(' ', start);
    const auto end = space == std::string::npos ? en_key_words.size() : space;
    if (end > start) words.push_back(en_key_words.substr(start, end - start));
    start = end + 1;
  }
  if (parts.empty() || parts.size() != words.size()) return false;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (!text::sounds_alike(text::chinese_sound(parts[k]), text::english_sound(words[k]))) {
      return false;
    }
  }
  return true;
}

// Characters of a Chinese string, for the alignment table.
std::vector<std::string> han_characters(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    if (utf8::is_han(utf8::next(s, i))) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

// A lower-case word that one preposition stands before in this share of its uses or more forms a
// fixed phrase with it: "for ever" (永远), "in particular" (特别是), "at least" (至少). The
// preposition may then open a term with it, and the word alone becomes a fragment of the phrase.
// Names are left out: in a larger text a name follows many prepositions (in Vienna, to Vienna).
constexpr double kFixedPhrase = 0.9;
constexpr std::uint32_t kFixedPhraseUses = 10;

void mark_fixed_phrases(Corpus& c) {
  static constexpr std::array<std::string_view, 5> kPrepositions = {"for", "in", "at", "by", "on"};
  const std::size_t n = c.en_words.size();
  c.en_preposition.assign(n, 0);
  c.en_fixed_after.assign(n, 0);
  for (WordId w = 0; w < n; ++w) {
    const std::string& word = c.en_words.word(w);
    if (word.size() > 3) continue;
    const auto it = std::find(kPrepositions.begin(), kPrepositions.end(), ascii_lower(word));
    if (it != kPrepositions.end()) {
      c.en_preposition[w] = static_cast<std::uint8_t>(1 + (it - kPrepositions.begin()));
    }
  }
  std::vector<std::uint32_t> uses(n, 0);
  std::vector<std::array<std::uint32_t, kPrepositions.size()>> after(n);
  for (std::size_t p = 0; p < c.size(); ++p) {
    const WordId* words = c.en.data() + c.en_start[p];
    std::uint32_t run_begin = 0;
    for (std::size_t r = c.en_run_start[p]; r < c.en_run_start[p + 1]; ++r) {
      for (std::uint32_t i = run_begin; i < c.en_runs[r]; ++i) {
        ++uses[words[i]];
        if (i > run_begin && c.en_preposition[words[i - 1]] != 0) {
          ++after[words[i]][c.en_preposition[words[i - 1]] - 1U];
        }
      }
      run_begin = c.en_runs[r];
    }
  }
  for (WordId w = 0; w < n; ++w) {
    if (uses[w] < kFixedPhraseUses || !c.en_bound[w] || c.en_capital[w]) continue;
    for (std::size_t k = 0; k < kPrepositions.size(); ++k) {
      if (after[w][k] >= kFixedPhrase * uses[w]) {
        c.en_fixed_after[w] = static_cast<std::uint8_t>(k + 1);
      }
    }
  }
}

using Progress = std::function<void(const char*, std::size_t, std::size_t)>;

// 1. Every pair tokenized (ICU word breaking in parallel, interning in order); pairs with a side
//    over max_pair_words are left empty and counted.
Corpus tokenize(const std::vector<SegmentPair>& pairs, const TermsOptions& o, unsigned threads,
                TermsStats& stats, const Progress& progress) {
  Corpus corpus;
  constexpr std::size_t kBlock = 20000;
  for (std::size_t block = 0; block < pairs.size(); block += kBlock) {
    const std::size_t end = std::min(pairs.size(), block + kBlock);
    std::vector<SplitSegment> zh(end - block), en(end - block);
    parallel_for(end - block, 256, threads, [&](std::size_t b, std::size_t e) {
      for (std::size_t k = b; k < e; ++k) {
        zh[k] = split_chinese(pairs[block + k].zh);
        en[k] = split_english(pairs[block + k].en);
      }
    });
    for (std::size_t k = 0; k < zh.size(); ++k) {
      if (zh[k].words.size() > o.max_pair_words || en[k].words.size() > o.max_pair_words) {
        ++stats.long_pairs;
        zh[k] = {};
        en[k] = {};
      }
      intern(corpus, zh[k], en[k]);
    }
    progress("tokenize", end, pairs.size());
  }
  mark_fixed_phrases(corpus);
  return corpus;
}

// A candidate inside longer candidates in this share of its beads or more is a fragment.
constexpr double kFragment = 0.9;

void drop_rare(Counts& counts, std::uint32_t min_freq) {
  for (auto it = counts.begin(); it != counts.end();) {
    it = it->second.count < min_freq ? counts.erase(it) : std::next(it);
  }
}

// Pieces of transliterated names. ICU cuts an unknown name into single characters and known
// words (西|弗|吉尼亚, 苏|拉|威|西岛), so the word ending a name (吉尼亚) looks like a term, and
// with two spellings of the name (西弗吉尼亚, 西维吉尼亚) it is more frequent than either. A
// candidate that in nine beads of ten or more follows two single Han characters of its run
// (no function words) is a piece of a longer name.
void drop_name_pieces(Counts& zh_counts, const Corpus& corpus, const TermsOptions& o) {
  const Counts free = count_candidates(
      corpus, o, [&](const Corpus& c, std::size_t p, const TermsOptions& opt, auto&& f) {
        for_each_zh(c, p, opt, [&](std::uint64_t h, Where w) {
          if (!follows_name_pieces(c, p, w) && zh_counts.count(h) != 0) f(h, w);
        });
      });
  for (auto it = zh_counts.begin(); it != zh_counts.end();) {
    const auto f = free.find(it->first);
    const std::uint32_t beads = f == free.end() ? 0 : f->second.count;
    it = beads < (1 - kFragment) * it->second.count ? zh_counts.erase(it) : std::next(it);
  }
}

struct ZhTerm {
  std::uint64_t hash;
  Where first;
  std::uint32_t count;
  double cvalue;
};

// 3. Termhood (C-value): a candidate that occurs only inside longer candidates is a fragment.
//    The Chinese terms, best first.
std::vector<ZhTerm> rank_chinese(const Counts& zh_counts, const Corpus& corpus) {
  std::unordered_map<std::uint64_t, std::pair<double, std::uint32_t>> nested;  // sum f, containers
  for (const auto& [h, s] : zh_counts) {
    if (s.first.length < 2) continue;
    const WordId* words = corpus.zh.data() + corpus.zh_start[s.first.pair] + s.first.start;
    for (std::size_t a = 0; a < s.first.length; ++a) {
      std::uint64_t sub = 0;
      for (std::size_t b = a; b < s.first.length; ++b) {
        sub = extend(sub, corpus.zh_piece[words[b]]);
        if (b - a + 1 == s.first.length) break;
        if (auto it = zh_counts.find(sub); it != zh_counts.end()) {
          auto& acc = nested[sub];
          acc.first += s.count;
          acc.second += 1;
        }
      }
    }
  }
  std::vector<ZhTerm> zh_terms;
  for (const auto& [h, s] : zh_counts) {
    double own = s.count;
    if (auto it = nested.find(h); it != nested.end()) own -= it->second.first / it->second.second;
    if (own < 1.0) continue;  // never used on its own
    const double length = static_cast<double>(chars(zh_text(corpus, s.first)));
    zh_terms.push_back({h, s.first, s.count, std::log2(length + 1) * own});
  }
  std::sort(zh_terms.begin(), zh_terms.end(), [](const ZhTerm& a, const ZhTerm& b) {
    return a.cvalue != b.cvalue ? a.cvalue > b.cvalue : a.hash < b.hash;
  });
  return zh_terms;
}

// 4. A word-alignment table (IBM Model 1, Chinese characters x English word keys) trained on an
//    even sample of the pairs, to judge how well an English n-gram renders a Chinese one.
class TermLexicon {
 public:
  TermLexicon(const Corpus& corpus, const TermsOptions& o, unsigned threads) {
    std::vector<std::vector<align::TokenId>> zh_tok, en_tok;
    const double n = static_cast<double>(corpus.size());
    const std::size_t limit = std::max<std::size_t>(1, o.lexicon_pairs);
    const double step = corpus.size() > limit ? n / limit : 1.0;
    for (double x = 0; x < n; x += step) {
      const auto p = static_cast<std::size_t>(x);
      std::vector<align::TokenId> z, e;
      for (std::size_t k = corpus.zh_start[p]; k < corpus.zh_start[p + 1]; ++k) {
        for (const std::string& ch : han_characters(corpus.zh_words.word(corpus.zh[k]))) {
          z.push_back(zh_vocab_.add(ch));
        }
      }
      for (std::size_t k = corpus.en_start[p]; k < corpus.en_start[p + 1]; ++k) {
        e.push_back(en_vocab_.add(corpus.en_keys.word(corpus.en_key_of[corpus.en[k]])));
      }
      zh_tok.push_back(std::move(z));
      en_tok.push_back(std::move(e));
    }
    const std::size_t from_input = zh_tok.size();
    if (!o.dictionary.empty()) add_dictionary(o.dictionary, zh_tok, en_tok);
    std::vector<align::TokenPair> forward, backward;
    for (std::size_t k = 0; k < zh_tok.size(); ++k) {
      const float weight = k < from_input ? 1.0f : align::Dictionary::kEntryWeight;
      forward.push_back({&zh_tok[k], &en_tok[k], weight});
      backward.push_back({&en_tok[k], &zh_tok[k], weight});
    }
    align::Ibm1Options ibm;
    ibm.prune = 0.01f;
    parallel_for(2, 1, threads, [&](std::size_t b, std::size_t e) {
      for (std::size_t t = b; t < e; ++t) {
        if (t == 0) zh_to_en_.train(forward, zh_vocab_.size(), en_vocab_.size(), ibm);
        if (t == 1) en_to_zh_.train(backward, en_vocab_.size(), zh_vocab_.size(), ibm);
      }
    });
  }

  // Coverage of a pair: how much of each side the other explains (geometric mean of the two
  // directions' average best translation probability).
  double coverage(const std::string& zh, const std::string& en_key_words) const {
    std::vector<align::TokenId> z, e;
    for (const std::string& ch : han_characters(zh)) {
      if (auto id = zh_vocab_.find(ch); id != align::Vocabulary::kUnknown) z.push_back(id);
    }
    std::size_t start = 0;
    while (start <= en_key_words.size()) {
      const auto space = en_key_words.find(' ', start);
      const std::string w = en_key_words.substr(
          start, space == std::string::npos ? std::string::npos : space - start);
      if (auto id = en_vocab_.find(w); id != align::Vocabulary::kUnknown) e.push_back(id);
      if (space == std::string::npos) break;
      start = space + 1;
    }
    if (z.empty() || e.empty()) return 0.0;
    double forward = 0, backward = 0;
    for (align::TokenId w : e) {
      float best = 0;
      for (align::TokenId ch : z) best = std::max(best, zh_to_en_.prob(ch, w));
      forward += best;
    }
    for (align::TokenId ch : z) {
      float best = 0;
      for (align::TokenId w : e) best = std::max(best, en_to_zh_.prob(w, ch));
      backward += best;
    }
    return std::sqrt((forward / e.size()) * (backward / z.size()));
  }

  std::size_t dictionary_entries() const { return dictionary_entries_; }

 private:
  // The senses of a dictionary (--dict) whose characters and words the input holds, as training
  // pairs of their own, weighted like the aligner's: a few beads cannot tell 信息 / information
  // from 信息 / best practices when the two English terms always stand in the same beads, and
  // the dictionary can. Characters and words the input lacks are left out (never looked up).
  void add_dictionary(const std::string& path, std::vector<std::vector<align::TokenId>>& zh_tok,
                      std::vector<std::vector<align::TokenId>>& en_tok) {
    for (const align::DictionaryEntry& entry : align::read_dictionary(path)) {
      std::vector<align::TokenId> z, e;
      for (const std::string& ch : han_characters(entry.zh)) {
        if (auto id = zh_vocab_.find(ch); id != align::Vocabulary::kUnknown) z.push_back(id);
      }
      if (z.empty()) continue;
      for (const std::string& w : split_english(entry.en).words) {
        const auto id = en_vocab_.find(english_variant_key(w));
        if (id != align::Vocabulary::kUnknown) e.push_back(id);
      }
      if (e.empty()) continue;
      zh_tok.push_back(std::move(z));
      en_tok.push_back(std::move(e));
      ++dictionary_entries_;
    }
  }

  align::Vocabulary zh_vocab_, en_vocab_;
  align::Ibm1 zh_to_en_, en_to_zh_;
  std::size_t dictionary_entries_ = 0;
};

struct Vectors {
  Embeddings en, zh;
};

// 4b. Word vectors (fastText) trained on an even sample of the input, or loaded for small
//     inputs; English always (variant clustering), Chinese for the cross-lingual feature.
Vectors term_vectors(const Corpus& corpus, const TermsOptions& o, TermsStats& stats) {
  Vectors vectors;
  stats.vectors = "none";
  if (o.fasttext == "off" && o.save_models.empty()) return vectors;
  const bool feature = o.fasttext == "feature";
  if (corpus.size() >= o.min_train_pairs || !o.save_models.empty()) {
    std::vector<std::string> en_lines, zh_lines;
    const double n = static_cast<double>(corpus.size());
    const std::size_t limit = std::max<std::size_t>(1, o.max_train_pairs);
    const double step = corpus.size() > limit ? n / limit : 1.0;
    for (double x = 0; x < n; x += step) {
      const auto p = static_cast<std::size_t>(x);
      std::string en, zh;
      for (std::size_t k = corpus.en_start[p]; k < corpus.en_start[p + 1]; ++k) {
        en += ascii_lower(corpus.en_words.word(corpus.en[k])) + ' ';
      }
      for (std::size_t k = corpus.zh_start[p]; k < corpus.zh_start[p + 1]; ++k) {
        zh += corpus.zh_words.word(corpus.zh[k]) + ' ';
      }
      en_lines.push_back(std::move(en));
      zh_lines.push_back(std::move(zh));
    }
    // Skipgram vectors of a small text stay collapsed onto one direction unless trained long
    // enough (measured: cosine 0.9999 between any two words after 5 epochs on the
    // constitution, 0.38-0.97 after 50): about a million token updates, 5-50 epochs.
    std::size_t tokens = 0;
    for (const std::string& l : en_lines) {
      tokens += static_cast<std::size_t>(std::count(l.begin(), l.end(), ' '));
    }
    const int epochs = static_cast<int>(
        std::clamp<std::size_t>(1000000 / std::max<std::size_t>(1, tokens), 5, 50));
    EmbeddingOptions en_options, zh_options;
    en_options.epoch = zh_options.epoch = epochs;
    zh_options.minn = 1;
    zh_options.maxn = 2;
    vectors.en = Embeddings::train(en_lines, en_options);
    if (feature || !o.save_models.empty()) vectors.zh = Embeddings::train(zh_lines, zh_options);
    stats.vectors = "trained";
    if (!o.save_models.empty()) {
      vectors.en.save(o.save_models + "/en.bin");
      vectors.zh.save(o.save_models + "/zh.bin");
    }
  } else if (!o.model_dir.empty() && utf8::length(o.model_dir) > 0 &&
             std::ifstream(o.model_dir + "/en.bin").good()) {
    vectors.en = Embeddings::load(o.model_dir + "/en.bin");
    if (feature && std::ifstream(o.model_dir + "/zh.bin").good()) {
      vectors.zh = Embeddings::load(o.model_dir + "/zh.bin");
    }
    stats.vectors = "loaded";
  }
  return vectors;
}

// The Chinese terms found by one search: the ranked terms and where each hash stands among them.
struct ChineseTerms {
  std::vector<ZhTerm> terms;
  std::unordered_map<std::uint64_t, std::uint32_t> index;  // hash -> terms index
};

// Where an occurrence sits in its segment, from 0 (start) to 1 (end).
float relative(Where w, std::size_t words) {
  return words == 0 ? 0.5f : (w.start + 0.5f * w.length) / static_cast<float>(words);
}

// The wanted Chinese terms of bead p, each once, with where it first occurs.
template <class Wanted>
void bead_terms(const Corpus& corpus, const TermsOptions& o, const ChineseTerms& zh, std::size_t p,
                std::vector<std::pair<std::uint32_t, float>>& out, Wanted&& wanted) {
  out.clear();
  const std::size_t words = corpus.zh_start[p + 1] - corpus.zh_start[p];
  for_each_zh(corpus, p, o, [&](std::uint64_t h, Where w) {
    auto it = zh.index.find(h);
    if (it == zh.index.end() || !wanted(it->second)) return;
    const std::uint32_t t = it->second;
    if (std::none_of(out.begin(), out.end(), [t](const auto& x) { return x.first == t; })) {
      out.emplace_back(t, relative(w, words));
    }
  });
}

// Bead ranges the parallel passes over the beads work on: a few per thread.
std::size_t bead_parts(const Corpus& corpus, unsigned threads) {
  return std::max<std::size_t>(1, std::min<std::size_t>(threads * 4, corpus.size() / 1000 + 1));
}

// Closeness is summed in integer units of 1/kCloseUnit, so that the sum does not depend on how
// the beads were split among threads.
constexpr float kCloseUnit = 1024.0f;

// Beads holding a Chinese term and an English candidate, and the sum over them of how close
// the two sit in their segments (1 - |relative position of the Chinese - that of the
// English|): 批准、接受或者核准 / ratification, acceptance or approval co-occur equally, but only
// in order.
struct Cooc {
  std::uint32_t count = 0;
  std::uint32_t closeness = 0;
};

struct Cooccurrences {
  // ((zh term, en hash), counts), sorted by zh term then en hash.
  std::vector<std::pair<std::pair<std::uint32_t, std::uint64_t>, Cooc>> pairs;
  std::vector<std::uint32_t> sampled;  // per zh term: beads of its sample
};

// 5. Co-occurrence on a sample of each Chinese term's beads (about sample_per_term each, chosen
//    by a hash of bead and term, so that the choice does not depend on the order the beads are
//    read in): candidate English n-grams for it. In parallel over bead ranges.
Cooccurrences count_cooccurrences(const Corpus& corpus, const TermsOptions& o,
                                  const ChineseTerms& zh, const Counts& en_counts,
                                  unsigned threads) {
  struct TermEnHash {
    std::size_t operator()(const std::pair<std::uint32_t, std::uint64_t>& k) const {
      return static_cast<std::size_t>(k.second * 0x9E3779B97F4A7C15ULL ^ k.first);
    }
  };
  using CoocMap = std::unordered_map<std::pair<std::uint32_t, std::uint64_t>, Cooc, TermEnHash>;
  auto keep = [&](std::size_t p, std::uint32_t t) {
    const std::uint64_t f = zh.terms[t].count, cap = o.sample_per_term;
    if (f <= cap) return true;
    std::uint64_t x = (static_cast<std::uint64_t>(p) << 32) ^ t;
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDULL;
    x ^= x >> 33;
    return x % f < cap;
  };
  const std::size_t parts = bead_parts(corpus, threads);
  std::vector<CoocMap> cooc_parts(parts);
  std::vector<std::vector<std::uint32_t>> sampled_parts(
      parts, std::vector<std::uint32_t>(zh.terms.size(), 0));
  parallel_for(parts, 1, threads, [&](std::size_t begin, std::size_t end) {
    std::vector<std::pair<std::uint32_t, float>> chosen;
    std::vector<std::pair<std::uint64_t, float>> bead_en;
    for (std::size_t part = begin; part < end; ++part) {
      for (std::size_t p = part * corpus.size() / parts; p < (part + 1) * corpus.size() / parts;
           ++p) {
        bead_terms(corpus, o, zh, p, chosen, [&](std::uint32_t t) { return keep(p, t); });
        if (chosen.empty()) continue;
        bead_en.clear();
        const std::size_t words = corpus.en_start[p + 1] - corpus.en_start[p];
        for_each_en(corpus, p, o, [&](std::uint64_t h, Where w) {
          if (en_counts.count(h) != 0) bead_en.emplace_back(h, relative(w, words));
        });
        // Each English candidate once, at its first occurrence.
        std::stable_sort(bead_en.begin(), bead_en.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        bead_en.erase(std::unique(bead_en.begin(), bead_en.end(),
                                  [](const auto& a, const auto& b) { return a.first == b.first; }),
                      bead_en.end());
        for (const auto& [t, zh_at] : chosen) {
          ++sampled_parts[part][t];
          for (const auto& [e, en_at] : bead_en) {
            Cooc& c = cooc_parts[part][{t, e}];
            ++c.count;
            c.closeness += static_cast<std::uint32_t>(
                std::lround(kCloseUnit * (1.0f - std::abs(zh_at - en_at))));
          }
        }
      }
    }
  });
  Cooccurrences out;
  out.sampled.assign(zh.terms.size(), 0);
  CoocMap total = std::move(cooc_parts[0]);
  for (std::size_t part = 0; part < parts; ++part) {
    for (std::size_t t = 0; t < zh.terms.size(); ++t) out.sampled[t] += sampled_parts[part][t];
    if (part == 0) continue;
    for (const auto& [k, c] : cooc_parts[part]) {
      Cooc& sum = total[k];
      sum.count += c.count;
      sum.closeness += c.closeness;
    }
    CoocMap().swap(cooc_parts[part]);
  }
  out.pairs.assign(total.begin(), total.end());
  CoocMap().swap(total);
  std::sort(out.pairs.begin(), out.pairs.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

struct Choice {
  double score;
  std::uint32_t zh;
  std::uint64_t en;
  double joint;  // estimated beads holding both
};

// 6. The best English candidates of each Chinese term: sampled Dice, weighted by coverage and
//    by closeness (a choice's score is multiplied by kCloseBase + closeness, so the same order
//    on both sides gains at most half again over the opposite order).
std::vector<Choice> choose_renderings(const Cooccurrences& cooc, const ChineseTerms& zh,
                                      const Counts& en_counts, const Corpus& corpus,
                                      const TermLexicon& lexicon, const TermsOptions& o,
                                      std::uint32_t min_freq) {
  constexpr double kCloseBase = 2.0;
  std::vector<Choice> choices;
  auto it = cooc.pairs.begin();
  while (it != cooc.pairs.end()) {
    const std::uint32_t t = it->first.first;
    std::vector<Choice> mine;
    const double n_sample = cooc.sampled[t];
    const double fraction = n_sample / zh.terms[t].count;
    const std::string text = zh_text(corpus, zh.terms[t].first);
    for (; it != cooc.pairs.end() && it->first.first == t; ++it) {
      const double c = it->second.count;
      if (c < std::min<double>(min_freq, n_sample)) continue;
      const double closeness = it->second.closeness / kCloseUnit / c;
      const Stat& es = en_counts.at(it->first.second);
      const double dice = 2 * c / (n_sample + fraction * es.count);
      if (dice < o.min_dice * 0.5) continue;
      std::string key_words;
      const WordId* words = corpus.en.data() + corpus.en_start[es.first.pair] + es.first.start;
      for (std::size_t k = 0; k < es.first.length; ++k) {
        if (k) key_words += ' ';
        key_words += corpus.en_keys.word(corpus.en_key_of[words[k]]);
      }
      const double covered =
          spells_in_pinyin(text, key_words) ||
                  (sounds_like_name(text, key_words) && capitalised(en_text(corpus, es.first)))
              ? 1.0
              : lexicon.coverage(text, key_words);
      mine.push_back(
          {dice * (0.1 + covered) * (kCloseBase + closeness), t, it->first.second, c / fraction});
    }
    std::sort(mine.begin(), mine.end(), [](const Choice& a, const Choice& b) {
      return a.score != b.score ? a.score > b.score : a.en < b.en;
    });
    if (mine.size() > 3) mine.resize(3);
    choices.insert(choices.end(), mine.begin(), mine.end());
  }
  return choices;
}

// 6b. A Chinese candidate nested in a longer one that meets the same English term in nearly all
//     the same beads is a fragment for that English term (扫 in 以扫 / Esau, when the word
//     segmentation splits an unknown name): its co-occurrence is the longer term's. A single
//     character is one too when unknown words holding it (会|幕, 帐|幕 for 幕 / tabernacle) meet
//     that English term in nearly all its beads between them.
void drop_nested_choices(std::vector<Choice>& choices, const std::vector<ZhTerm>& zh_terms,
                         const Corpus& corpus) {
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_en;
  for (std::size_t k = 0; k < choices.size(); ++k) by_en[choices[k].en].push_back(k);
  std::vector<std::string> term_text(zh_terms.size());
  auto text_of = [&](std::uint32_t t) -> const std::string& {
    if (term_text[t].empty()) term_text[t] = zh_text(corpus, zh_terms[t].first);
    return term_text[t];
  };
  // Whether term l is a word the segmenter did not know, split into single characters, and s
  // one of them (会|幕 and 帐|幕 hold 幕; 伸手, one word, does not hold 手).
  auto split_word_holds = [&](std::uint32_t l, std::uint32_t s) {
    const Where &wl = zh_terms[l].first, &ws = zh_terms[s].first;
    const WordId* pl = corpus.zh.data() + corpus.zh_start[wl.pair] + wl.start;
    const WordId* ps = corpus.zh.data() + corpus.zh_start[ws.pair] + ws.start;
    if (ws.length != 1 || corpus.zh_chars[*ps] != 1) return false;
    if (std::any_of(pl, pl + wl.length, [&](WordId w) { return corpus.zh_chars[w] != 1; })) {
      return false;
    }
    return std::any_of(pl, pl + wl.length, [&](WordId w) {
      return corpus.zh_piece[w].hash == corpus.zh_piece[*ps].hash;
    });
  };
  std::vector<bool> fragment(choices.size(), false);
  std::vector<std::size_t> containers;
  for (const auto& [e, ks] : by_en) {
    for (std::size_t a : ks) {
      const std::string& s = text_of(choices[a].zh);
      const bool one_character = chars(s) == 1;
      containers.clear();
      for (std::size_t b : ks) {
        const bool alone = choices[b].joint >= kFragment * choices[a].joint;
        if (b == a || (!alone && !one_character)) continue;
        const std::string& l = text_of(choices[b].zh);
        if (l.size() <= s.size() || l.find(s) == std::string::npos) continue;
        if (alone) fragment[a] = true;
        if (one_character && split_word_holds(choices[b].zh, choices[a].zh)) {
          containers.push_back(b);
        }
      }
      // Together: the shortest containers (会众 and 会幕 for 会 / congregation), each bead
      // counted once as far as the estimates allow (a container of a container is skipped).
      double together = 0;
      for (std::size_t b : containers) {
        const std::string& l = text_of(choices[b].zh);
        const bool minimal = std::none_of(containers.begin(), containers.end(), [&](auto c) {
          const std::string& m = text_of(choices[c].zh);
          return c != b && m.size() < l.size() && l.find(m) != std::string::npos;
        });
        if (minimal) together += choices[b].joint;
      }
      if (together >= kFragment * choices[a].joint) fragment[a] = true;
    }
  }
  std::size_t kept = 0;
  for (std::size_t k = 0; k < choices.size(); ++k) {
    if (!fragment[k]) choices[kept++] = choices[k];
  }
  choices.resize(kept);
}

struct Links {
  std::unordered_map<std::uint32_t, std::uint64_t> linked;  // zh term -> en hash
  std::unordered_set<std::uint64_t> taken;                  // en hashes linked
};

// 7. Competitive linking: best pairs first; an English term goes to one Chinese term only.
//    Sorts the choices.
Links link_choices(std::vector<Choice>& choices) {
  std::sort(choices.begin(), choices.end(), [](const Choice& a, const Choice& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.zh != b.zh ? a.zh < b.zh : a.en < b.en;
  });
  Links links;
  for (const Choice& c : choices) {
    if (links.linked.count(c.zh) != 0 || links.taken.count(c.en) != 0) continue;
    links.linked[c.zh] = c.en;
    links.taken.insert(c.en);
  }
  return links;
}

// 7b. With --fasttext feature: map Chinese vectors onto English ones (orthogonal Procrustes on
//     the most confident links), weight every choice by the similarity, link again.
void relink_with_vectors(std::vector<Choice>& choices, Links& links, const Vectors& vectors,
                         const std::vector<ZhTerm>& zh_terms, const Counts& en_counts,
                         const Corpus& corpus) {
  if (vectors.zh.empty() || vectors.en.empty()) return;
  auto zh_phrase = [&](std::uint32_t t) {
    std::string words;
    const Where& w = zh_terms[t].first;
    const WordId* ids = corpus.zh.data() + corpus.zh_start[w.pair];
    for (std::size_t k = w.start; k < w.start + w.length; ++k) {
      words += corpus.zh_words.word(ids[k]) + ' ';
    }
    return vectors.zh.phrase(words);
  };
  auto en_phrase = [&](std::uint64_t e) {
    return vectors.en.phrase(ascii_lower(en_text(corpus, en_counts.at(e).first)));
  };
  std::vector<std::vector<float>> from, to;
  for (const Choice& c : choices) {
    if (from.size() >= 300) break;
    if (links.linked.count(c.zh) == 0 || links.linked[c.zh] != c.en) continue;
    from.push_back(zh_phrase(c.zh));
    to.push_back(en_phrase(c.en));
  }
  Procrustes map;
  map.fit(from, to);
  if (!map.fitted()) return;
  for (Choice& c : choices) {
    const double similarity = cosine(map.map(zh_phrase(c.zh)), en_phrase(c.en));
    c.score *= 1.0 + 0.5 * std::max(0.0, similarity);
  }
  links = link_choices(choices);
}

// 7c. Coordinated terms keep their order. When a linked pair coordinates two terms on each side
//     (初步结论和建议 / preliminary conclusions and recommendations) and the two Chinese terms
//     are linked to the two English ones crosswise (结论 / recommendations, 建议 / conclusions:
//     co-occurring always, counts cannot tell them apart), the two links are swapped — a
//     tie-break only: each swapped pair must have been a candidate, and the two together score
//     at least kTie of the two now linked (a translator may reorder a coordination, and counts
//     that tell the terms apart win).
void order_coordinations(Links& links, const std::vector<Choice>& choices,
                         const std::vector<ZhTerm>& zh_terms, const Counts& en_counts,
                         const Corpus& corpus) {
  constexpr double kTie = 0.9;
  std::map<std::pair<std::uint32_t, std::uint64_t>, double> best;  // candidate pair -> score
  for (const Choice& c : choices) {
    double& b = best[{c.zh, c.en}];
    b = std::max(b, c.score);
  }
  const auto score = [&](std::uint32_t t, std::uint64_t e) {
    const auto it = best.find({t, e});
    return it == best.end() ? -1.0 : it->second;
  };
  std::unordered_map<std::string, std::uint32_t> linked_zh;  // text -> term
  for (const auto& [t, e] : links.linked) linked_zh[zh_text(corpus, zh_terms[t].first)] = t;
  const auto english = [&](std::uint64_t e) {
    return ascii_lower(en_text(corpus, en_counts.at(e).first));
  };
  std::vector<std::pair<std::uint32_t, std::uint64_t>> pairs(links.linked.begin(),
                                                             links.linked.end());
  std::sort(pairs.begin(), pairs.end());  // the same order whatever the hash map's
  for (const auto& [big, big_en] : pairs) {
    const std::string e = english(big_en);
    if (e.find(" and ") == std::string::npos) continue;
    const std::string z = zh_text(corpus, zh_terms[big].first);
    for (const char* conjunction : {"和", "及", "与"}) {
      const std::size_t at = z.find(conjunction);
      if (at == std::string::npos) continue;
      const std::string first = z.substr(0, at), second = z.substr(at + 3);
      // The longest linked terms ending the first conjunct and opening the second.
      const std::uint32_t* left = nullptr;
      const std::uint32_t* right = nullptr;
      for (std::size_t k = 0; k < first.size() && left == nullptr; ++k) {
        if (const auto it = linked_zh.find(first.substr(k)); it != linked_zh.end()) {
          left = &it->second;
        }
      }
      for (std::size_t k = second.size(); k > 0 && right == nullptr; --k) {
        if (const auto it = linked_zh.find(second.substr(0, k)); it != linked_zh.end()) {
          right = &it->second;
        }
      }
      if (left == nullptr || right == nullptr || *left == *right) continue;
      const std::uint64_t left_en = links.linked[*left], right_en = links.linked[*right];
      if (!crosses_coordination(z, e, zh_text(corpus, zh_terms[*left].first),
                                zh_text(corpus, zh_terms[*right].first), english(left_en),
                                english(right_en))) {
        continue;
      }
      const double swapped_left = score(*left, right_en), swapped_right = score(*right, left_en);
      if (swapped_left < 0 || swapped_right < 0) continue;
      if (swapped_left + swapped_right < kTie * (score(*left, left_en) + score(*right, right_en))) {
        continue;
      }
      links.linked[*left] = right_en;
      links.linked[*right] = left_en;
    }
  }
}

struct Evidence {
  std::uint32_t joint = 0;
  std::vector<std::size_t> examples;  // the first three beads
};

// How each linked English term is written (cyber-crime / cybercrime, programme / programmes),
// per English hash: spelling -> occurrences.
using Spellings = std::unordered_map<std::uint64_t, std::map<std::string, std::uint32_t>>;

struct Tally {
  std::unordered_map<std::uint32_t, Evidence> evidence;  // per linked zh term
  Spellings spellings;
};

// 8. Exact joint frequencies and examples of the linked pairs, and how the linked English terms
//    are written, in parallel over bead ranges.
Tally tally_links(const Corpus& corpus, const TermsOptions& o, const ChineseTerms& zh,
                  const Links& links, unsigned threads) {
  struct Part {
    std::unordered_map<std::uint32_t, Evidence> evidence;
    // Apart, how a term is written where it opens a sentence (Encourages, Technical assistance).
    Spellings spellings, initial;
  };
  const std::size_t parts = bead_parts(corpus, threads);
  std::vector<Part> tallies(parts);
  parallel_for(parts, 1, threads, [&](std::size_t begin, std::size_t end) {
    std::vector<std::pair<std::uint32_t, float>> terms_here;
    std::vector<std::uint64_t> bead_en;
    for (std::size_t part = begin; part < end; ++part) {
      Part& tally = tallies[part];
      for (std::size_t p = part * corpus.size() / parts; p < (part + 1) * corpus.size() / parts;
           ++p) {
        bead_terms(corpus, o, zh, p, terms_here,
                   [&](std::uint32_t t) { return links.linked.count(t) != 0; });
        if (terms_here.empty()) continue;
        bead_en.clear();
        for_each_en(corpus, p, o, [&](std::uint64_t h, Where w) {
          if (links.taken.count(h) == 0) return;
          bead_en.push_back(h);
          const bool opens = corpus.en_initial[corpus.en_start[p] + w.start] != 0;
          ++(opens ? tally.initial : tally.spellings)[h][en_text(corpus, w)];
        });
        for (const auto& here : terms_here) {
          const std::uint32_t t = here.first;  // where it sits does not matter here
          if (std::find(bead_en.begin(), bead_en.end(), links.linked.at(t)) == bead_en.end()) {
            continue;
          }
          Evidence& ev = tally.evidence[t];
          ++ev.joint;
          if (ev.examples.size() < 3) ev.examples.push_back(p);
        }
      }
    }
  });
  Tally total;
  Spellings initial;
  for (Part& tally : tallies) {  // in bead order: examples stay the first three
    for (auto& [t, ev] : tally.evidence) {
      Evidence& sum = total.evidence[t];
      sum.joint += ev.joint;
      for (std::size_t p : ev.examples) {
        if (sum.examples.size() < 3) sum.examples.push_back(p);
      }
    }
    for (auto [from, to] :
         {std::pair{&tally.spellings, &total.spellings}, {&tally.initial, &initial}}) {
      for (auto& [h, forms] : *from) {
        for (auto& [text, count] : forms) (*to)[h][text] += count;
      }
    }
  }
  // A capital at a sentence start says nothing: such an occurrence counts as the form the term
  // has inside sentences (Moses, technical assistance), or, never seen there, with its first
  // letter lowered unless another of its words is capitalized too (Encourages -> encourages;
  // United Nations stays).
  for (auto& [h, forms] : initial) {
    auto& inside = total.spellings[h];
    for (const auto& [text, count] : forms) {
      const std::string key = ascii_lower(text);
      std::string as = text;
      std::uint32_t best = 0;
      for (const auto& [other, c] : inside) {
        if (c > best && ascii_lower(other) == key) {
          best = c;
          as = other;
        }
      }
      if (best == 0 && ascii_lower(text.substr(1)) == text.substr(1)) as = key;
      inside[as] += count;
    }
  }
  return total;
}

// How an English term is shown, from how it is written (spelling -> occurrences): spellings are
// grouped ignoring case; the most frequent group gives the display form, written in lower case
// when a tenth of the group or more is written so (the other capitals come from titles and
// longer names: "Global Programme on Cybercrime", "National People's Congress" beside "people's
// congress"), else as most often written (the Bible's LORD, 1,831 times, beside 48 "my lord";
// God, 797 beside 5); other groups are alternatives (Cyber-crime), three at most. Empty when
// there are no spellings.
std::vector<std::string> display_forms(const std::map<std::string, std::uint32_t>& spellings) {
  std::map<std::string,
           std::pair<std::uint32_t, std::vector<std::pair<std::uint32_t, std::string>>>>
      groups;
  for (const auto& [text, count] : spellings) {
    auto& g = groups[ascii_lower(text)];
    g.first += count;
    g.second.push_back({count, text});
  }
  // A possessive written beside its noun (Trump's beside Trump, Saturday's beside Saturday) is
  // a form of the noun, not another rendering: it counts for the noun's group.
  for (auto it = groups.begin(); it != groups.end();) {
    const std::string& key = it->first;
    auto noun = groups.end();
    if (english_possessive(key)) {
      const std::size_t suffix = key[key.size() - 2] == '\'' ? 2 : 4;  // 's or ’s
      noun = groups.find(key.substr(0, key.size() - suffix));
    }
    if (noun == groups.end()) {
      ++it;
      continue;
    }
    noun->second.first += it->second.first;
    it = groups.erase(it);
  }
  std::vector<std::pair<std::uint32_t, std::string>> ranked;  // (total, lower-case key)
  for (auto& [lower, g] : groups) ranked.push_back({g.first, lower});
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  auto representative = [&](const std::string& lower) {
    auto& [total, forms] = groups[lower];
    for (const auto& [count, text] : forms) {
      if (text == lower && 10 * count >= total) return text;
    }
    std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    return forms.front().second;
  };
  std::vector<std::string> out;
  for (std::size_t k = 0; k < ranked.size() && out.size() < 4; ++k) {
    out.push_back(representative(ranked[k].second));
  }
  return out;
}

// The first max_chars characters of s, with "…" when cut.
std::string clip(const std::string& s, std::size_t max_chars) {
  std::string out;
  std::size_t i = 0, n = 0;
  while (i < s.size() && n < max_chars) {
    const std::size_t start = i;
    utf8::next(s, i);
    out.append(s, start, i - start);
    ++n;
  }
  return i < s.size() ? out + "…" : out;
}

// 10. Spelling variants the variant key cannot see (programme / program, organisation /
//     organization): English candidates of the same length in words, close in spelling (edit
//     distance at most a quarter of the length) and in fastText vector space.
void add_vector_variants(std::vector<TermPair>& terms, const Counts& en_counts,
                         const Corpus& corpus, const Embeddings& en_vectors, TermsStats& stats) {
  if (en_vectors.empty()) return;
  std::unordered_map<std::string, std::vector<std::string>> by_prefix;
  for (const auto& [h, st] : en_counts) {
    const std::string text = en_text(corpus, st.first);
    by_prefix[ascii_lower(text.substr(0, 3))].push_back(text);
  }
  for (auto& [prefix, texts] : by_prefix) std::sort(texts.begin(), texts.end());
  for (TermPair& t : terms) {
    const std::string base = ascii_lower(t.en);
    const auto words = std::count(base.begin(), base.end(), ' ');
    auto it = by_prefix.find(base.substr(0, 3));
    if (it == by_prefix.end()) continue;
    std::set<std::string> known = {base};
    for (const std::string& a : t.alternatives) known.insert(ascii_lower(a));
    for (const std::string& text : it->second) {
      const std::string other = ascii_lower(text);
      if (known.count(other) != 0 || std::count(other.begin(), other.end(), ' ') != words) {
        continue;
      }
      // Exactly one word differs, and that word is a spelling variant: close in spelling (edit
      // distance at most a quarter of its length), not a derived word, and close in vector
      // space.
      std::istringstream wa(base), wb(other);
      std::string x, y, diff_a, diff_b;
      int differing = 0;
      while (wa >> x && wb >> y) {
        if (x != y) {
          ++differing;
          diff_a = x;
          diff_b = y;
        }
      }
      if (differing != 1) continue;
      const std::size_t distance = edit_distance(diff_a, diff_b);
      if (distance * 4 > std::max(diff_a.size(), diff_b.size())) continue;
      if (derived_word(diff_a, diff_b)) continue;  // constitution / constitutional
      if (en_vectors.similarity(diff_a, diff_b) < 0.9) continue;
      t.alternatives.push_back(text);
      known.insert(other);
      ++stats.fasttext_variants;
      if (t.alternatives.size() >= 4) break;
    }
  }
}

}  // namespace

TermsResult mine_terms(const std::vector<SegmentPair>& pairs, const TermsOptions& o) {
  if (pairs.empty()) throw InputError("<input>", "no aligned pairs to mine terms from");
  TermsResult result;
  const Progress progress = [&](const char* stage, std::size_t done, std::size_t total) {
    if (o.progress) o.progress(stage, done, total);
  };
  const unsigned threads = resolve_threads(o.threads);
  const Corpus corpus = tokenize(pairs, o, threads, result.stats, progress);
  result.stats.pairs = corpus.size();
  const double n = static_cast<double>(corpus.size());

  // 2. Candidates and their bead frequencies, pruned by frequency; fragments of longer
  //    candidates (both sides) and pieces of names go.
  Counts zh_counts = count_candidates(corpus, o, [](auto&&... a) { for_each_zh(a...); });
  Counts en_counts = count_candidates(corpus, o, [](auto&&... a) { for_each_en(a...); });
  progress("count", corpus.size(), corpus.size());
  const std::uint32_t min_freq = static_cast<std::uint32_t>(std::max<std::size_t>(1, o.min_freq));
  drop_rare(zh_counts, min_freq);
  drop_rare(en_counts, min_freq);
  drop_fragments(
      zh_counts, corpus.zh, corpus.zh_start, [&](WordId w) { return corpus.zh_piece[w]; },
      kFragment);
  drop_fragments(
      en_counts, corpus.en, corpus.en_start,
      [&](WordId w) { return corpus.en_key_piece[corpus.en_key_of[w]]; }, kFragment);
  drop_name_pieces(zh_counts, corpus, o);

  ChineseTerms zh;
  zh.terms = rank_chinese(zh_counts, corpus);
  result.stats.zh_candidates = zh.terms.size();
  result.stats.en_candidates = en_counts.size();
  for (std::uint32_t k = 0; k < zh.terms.size(); ++k) zh.index[zh.terms[k].hash] = k;

  const TermLexicon lexicon(corpus, o, threads);
  result.stats.dictionary_entries = lexicon.dictionary_entries();
  progress("lexicon", 1, 1);
  const Vectors vectors = term_vectors(corpus, o, result.stats);
  if (o.fasttext != "off" || !o.save_models.empty()) progress("vectors", 1, 1);

  const Cooccurrences cooc = count_cooccurrences(corpus, o, zh, en_counts, threads);
  progress("pair", corpus.size(), corpus.size());
  std::vector<Choice> choices =
      choose_renderings(cooc, zh, en_counts, corpus, lexicon, o, min_freq);
  drop_nested_choices(choices, zh.terms, corpus);
  Links links = link_choices(choices);
  relink_with_vectors(choices, links, vectors, zh.terms, en_counts, corpus);
  order_coordinations(links, choices, zh.terms, en_counts, corpus);
  Tally tally = tally_links(corpus, o, zh, links, threads);

  // 9. Rank by log-likelihood ratio; keep associations strong enough; drop pairs that the
  //    pairs ranked beside them show to be over-extended or incomplete.
  std::vector<std::vector<std::size_t>> beads;  // per pair: its example beads
  for (const auto& [t, e] : links.linked) {
    const Evidence& ev = tally.evidence[t];
    const Stat& es = en_counts.at(e);
    const double fz = zh.terms[t].count, fe = es.count;
    const double dice = 2.0 * ev.joint / (fz + fe);
    if (ev.joint < min_freq || dice < o.min_dice) continue;
    TermPair pair;
    pair.zh = zh_text(corpus, zh.terms[t].first);
    if (!ev.examples.empty()) pair.zh = as_written(pair.zh, pairs[ev.examples.front()].zh);
    std::vector<std::string> forms = display_forms(tally.spellings[e]);
    pair.en = forms.empty() ? en_text(corpus, es.first) : forms.front();
    if (!forms.empty()) pair.alternatives.assign(forms.begin() + 1, forms.end());
    result.stats.variant_groups += pair.alternatives.empty() ? 0 : 1;
    pair.score = log_likelihood(ev.joint, fz, fe, n);
    pair.zh_frequency = zh.terms[t].count;
    pair.en_frequency = es.count;
    pair.joint_frequency = ev.joint;
    for (std::size_t p : ev.examples) {
      const SegmentPair& sp = pairs[p];
      pair.examples.push_back((sp.loc.empty() ? std::to_string(p + 1) : sp.loc) + ": " +
                              clip(sp.zh, 40) + " / " + clip(sp.en, 80));
    }
    char note[96];
    std::snprintf(note, sizeof note, "dice %.2f", dice);
    pair.note = note;
    result.terms.push_back(std::move(pair));
    beads.push_back(ev.examples);
  }
  drop_overextended(result.terms, beads, pairs);  // does not depend on the order
  std::sort(result.terms.begin(), result.terms.end(), [](const TermPair& a, const TermPair& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.zh != b.zh ? a.zh < b.zh : a.en < b.en;
  });
  drop_incomplete_renderings(result.terms);
  if (o.top > 0 && result.terms.size() > o.top) result.terms.resize(o.top);
  add_vector_variants(result.terms, en_counts, corpus, vectors.en, result.stats);
  progress("done", 1, 1);
  return result;
}

}  // namespace bitext::terms
