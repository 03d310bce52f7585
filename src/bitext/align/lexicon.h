#pragma once

// IBM Model 1 translation table t(target token | source token), trained by EM on beads of a
// first alignment pass, and the per-bead lexical score the aligner adds to the length model:
// the log-likelihood ratio of the target tokens under IBM-1 (mixed with a unigram background)
// against the background alone. Unrelated segments score below zero, translations above.
//
//   Ibm1 t;
//   t.train(pairs, zh_vocab_size, en_vocab_size, {});
//   LexicalScorer scorer(t, en_unigram, 0.5);

#include <cstdint>
#include <vector>

#include "bitext/align/features.h"

namespace bitext::align {

struct TokenPair {
  const std::vector<TokenId>* source = nullptr;
  const std::vector<TokenId>* target = nullptr;
  float weight = 1;  // fractional counts, e.g. dictionary entries
};

struct Ibm1Options {
  int iterations = 5;    // EM iterations from a uniform start
  float prune = 0.005f;  // entries below this probability are dropped after training
  float identity_floor =
      0.3f;  // t(w | w) for identical strings (cognates: UNODC, 2019) at least this
  // Pairs with more source x target positions than this are left out of training: they teach
  // IBM Model 1 nearly nothing and would need that many links (a whole document as one bead).
  std::size_t max_pair_links = std::size_t{1} << 22;
};

class Ibm1 {
 public:
  struct Entry {
    TokenId target;
    float prob;
  };

  void train(const std::vector<TokenPair>& pairs, std::size_t source_vocab,
             std::size_t target_vocab, const Ibm1Options& options,
             const std::vector<TokenId>& identity = {});

  // Entries of source token s (sorted by target id); empty for unseen tokens.
  const std::vector<Entry>& row(TokenId s) const;
  // t(target | NULL) for every target token (dense).
  const std::vector<float>& null_row() const { return null_; }
  bool empty() const { return rows_.empty(); }
  float prob(TokenId source, TokenId target) const;

 private:
  std::vector<std::vector<Entry>> rows_;
  std::vector<float> null_;
  static const std::vector<Entry> kEmpty;
};

// Unigram probabilities of a side's tokens with add-one smoothing.
std::vector<float> unigram(const SideFeatures& side, std::size_t vocab_size);

// Fast natural log of a positive normal float for the scoring hot loop (abs. error < 2e-5).
inline float fast_log(float x) {
  union {
    float f;
    std::uint32_t i;
  } v = {x};
  const float e = static_cast<float>(static_cast<int>((v.i >> 23) & 0xFF) - 127);
  v.i = (v.i & 0x007FFFFF) | 0x3F800000;  // mantissa in [1, 2)
  const float m = v.f;
  // log2(m) on [1, 2): degree-5 polynomial through Chebyshev nodes (error < 2e-5)
  const float p =
      -2.7879262f +
      m * (5.0478554f + m * (-3.4898786f + m * (1.5894743f + m * (-0.4025134f + m * 0.0430050f))));
  return (e + p) * 0.69314718f;
}

// One direction of lexical scoring: an IBM-1 table plus, per target token, the background it
// is mixed with and the null hypothesis it is compared against. The null hypothesis is "some
// arbitrary source segment", not "no source at all": each target token's probability is compared
// with its expected IBM-1 probability under source text drawn from the source unigram. Against a
// plain unigram background, frequent tokens that any sentence "explains" made unrelated pairs
// score positive, more so the longer they were. Read-only once built: shared by threads.
class LexicalModel {
 public:
  LexicalModel(const Ibm1& table, const std::vector<float>& source_unigram,
               const std::vector<float>& target_unigram, float lambda);

  // Per target token, packed for the scoring loop.
  struct TargetConstants {
    float null;      // t(token | NULL)
    float bg;        // (1 - lambda) * unigram probability
    float inv_null;  // 1 / (lambda * expected IBM-1 probability + (1 - lambda) * unigram)
  };

  const Ibm1& table() const { return *table_; }
  float lambda() const { return lambda_; }
  // Changes the weight of IBM-1 against the background (the table stays): O(target vocabulary).
  void set_lambda(float lambda);
  const TargetConstants& target(TokenId t) const { return targets_[t]; }
  std::size_t target_vocab() const { return targets_.size(); }

 private:
  const Ibm1* table_;
  float lambda_;
  std::vector<float> expected_;  // per target token: IBM-1 probability under the source unigram
  std::vector<float> unigram_;   // per target token: its unigram probability
  std::vector<TargetConstants> targets_;
};

// Scores "target segment given a source range" for many target segments at once: add() the
// source segments of the range, which fills a dense scratch with sum_z t(w|z); score() then costs
// one lookup and one log per target token. One scorer per thread.
//
//   LexicalScorer scorer(model);
//   scorer.add(zh_segment_i.bag);
//   float llr = scorer.score(en_segment_j.bag);
class LexicalScorer {
 public:
  explicit LexicalScorer(const LexicalModel& model);

  // Adds one more source segment (its token bag) to the accumulated range.
  void add(const std::vector<TokenCount>& source_segment);
  // Log-likelihood ratio of the target tokens (a bag) under the accumulated source range.
  float score(const std::vector<TokenCount>& target) const;
  // IBM-1 probability of one target token given the accumulated range (NULL included), not
  // mixed with the background.
  float translation_prob(TokenId target) const;
  void clear();

 private:
  const LexicalModel& model_;
  std::vector<float> acc_;
  std::vector<TokenId> touched_;
  float norm_ = 1;         // lambda / (|Z| + 1)
  std::size_t count_ = 0;  // source tokens accumulated
};

// The IBM-1 weight lambda of the mixture lambda * IBM-1 + (1 - lambda) * background that best
// explains held-out target tokens (maximum likelihood, by EM): `ibm` and `background` are each
// token's probability under the two, the IBM-1 one from a table not trained on that token's
// bead. A lexicon learned from a few sentences explains held-out text poorly and gets a small
// weight; one learned from thousands explains it well. Clamped to [min, max].
float estimate_lambda(const std::vector<float>& ibm, const std::vector<float>& background,
                      float min = 0.05f, float max = 0.95f);

}  // namespace bitext::align
