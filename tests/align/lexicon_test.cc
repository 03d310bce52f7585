#include "bitext/align/lexicon.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bitext::align {
namespace {

TEST(FastLog, MatchesStdLog) {
  for (float x : {1e-6f, 0.01f, 0.5f, 1.0f, 1.7f, 3.0f, 100.0f, 12345.6f}) {
    EXPECT_NEAR(fast_log(x), std::log(x), 3e-5) << x;
  }
}

class Ibm1Test : public ::testing::Test {
 protected:
  void SetUp() override {
    // zh tokens: 0 网 1 络 2 犯 3 罪 4 合 5 作 ; en: 0 cyber 1 crime 2 cooperation 3 the
    corpus_ = {{{0, 1, 2, 3}, {0, 1, 3}},
               {{4, 5}, {2, 3}},
               {{2, 3, 4, 5}, {1, 2}},
               {{0, 1, 2, 3, 4, 5}, {3, 0, 1, 2}}};
    for (const auto& [z, e] : corpus_) pairs_.push_back({&z, &e, 1.0f});
    table_.train(pairs_, 6, 4, {});
  }
  std::vector<std::pair<std::vector<TokenId>, std::vector<TokenId>>> corpus_;
  std::vector<TokenPair> pairs_;
  Ibm1 table_;
};

TEST_F(Ibm1Test, LearnsTranslations) {
  EXPECT_GT(table_.prob(4, 2), table_.prob(4, 1));  // 合 -> cooperation, not crime
  EXPECT_GT(table_.prob(2, 1), table_.prob(2, 2));  // 犯 -> crime
  double total = 0;
  for (const auto& e : table_.row(2)) total += e.prob;
  EXPECT_LE(total, 1.0001);
}

// Training on token bags (a repeated token once, with its count) must give the probabilities of
// IBM Model 1 taken position by position: checked against a direct implementation of its EM on
// pairs full of repeats (的 的, "the the"), with a NULL source and a weighted pair.
TEST(Ibm1, RepeatedTokensTrainAsPositionWiseEm) {
  const std::vector<std::pair<std::vector<TokenId>, std::vector<TokenId>>> corpus = {
      {{0, 1, 0, 2, 0}, {0, 3, 0, 1}},
      {{1, 1, 3}, {2, 3, 3, 3}},
      {{2, 3, 0}, {1, 2, 0}},
      {{3}, {2, 2}},
      {{}, {3}},
      {{0, 2, 2}, {}}};
  const std::vector<float> weights = {1, 1, 0.5f, 1, 1, 1};
  constexpr std::size_t kZh = 4, kEn = 4;
  std::vector<TokenPair> pairs;
  for (std::size_t k = 0; k < corpus.size(); ++k) {
    pairs.push_back({&corpus[k].first, &corpus[k].second, weights[k]});
  }
  Ibm1Options options;
  options.prune = 0;
  Ibm1 table;
  table.train(pairs, kZh, kEn, options);

  // Position-wise EM, as in Brown et al.: uniform start, a NULL source in every pair. Every
  // source token here meets some target, so no row stays at its uniform start.
  std::vector<std::vector<double>> t(kZh, std::vector<double>(kEn, 1.0 / kEn));
  std::vector<double> null(kEn, 1.0 / kEn);
  for (int it = 0; it < options.iterations; ++it) {
    std::vector<std::vector<double>> c(kZh, std::vector<double>(kEn, 0));
    std::vector<double> cn(kEn, 0);
    for (std::size_t k = 0; k < corpus.size(); ++k) {
      const auto& [z, e] = corpus[k];
      for (TokenId f : e) {
        double d = null[f];
        for (TokenId s : z) d += t[s][f];
        cn[f] += weights[k] * null[f] / d;
        for (TokenId s : z) c[s][f] += weights[k] * t[s][f] / d;
      }
    }
    for (std::size_t s = 0; s < kZh; ++s) {
      double total = 0;
      for (double x : c[s]) total += x;
      if (total > 0) {
        for (std::size_t f = 0; f < kEn; ++f) t[s][f] = c[s][f] / total;
      }
    }
    double total = 0;
    for (double x : cn) total += x;
    for (std::size_t f = 0; f < kEn; ++f) null[f] = cn[f] / total;
  }
  for (TokenId s = 0; s < kZh; ++s) {
    for (TokenId f = 0; f < kEn; ++f) {
      EXPECT_NEAR(table.prob(s, f), t[s][f], 1e-5) << s << " -> " << f;
    }
  }
  for (TokenId f = 0; f < kEn; ++f) EXPECT_NEAR(table.null_row()[f], null[f], 1e-5) << f;
}

// A pair over max_pair_links (a whole document given as one bead) is left out of training: the
// table is the one trained without it, and its links are never allocated.
TEST_F(Ibm1Test, LeavesOutPairsOverTheLinkLimit) {
  const std::vector<TokenId> long_zh(5000, 0), long_en(5000, 2);  // 25M links
  std::vector<TokenPair> with_long = pairs_;
  with_long.push_back({&long_zh, &long_en, 1.0f});
  Ibm1Options options;
  options.max_pair_links = 1000;
  Ibm1 capped;
  capped.train(with_long, 6, 4, options);
  Ibm1 plain;
  plain.train(pairs_, 6, 4, options);
  for (TokenId z = 0; z < 6; ++z) {
    for (TokenId e = 0; e < 4; ++e) EXPECT_FLOAT_EQ(capped.prob(z, e), plain.prob(z, e));
  }
  EXPECT_LT(capped.prob(0, 2), 0.5f);  // the long pair would have taught 网 -> cooperation
}

TEST_F(Ibm1Test, ScoresTranslationsAboveUnrelatedSegments) {
  const std::vector<float> zh_unigram(6, 1.0f / 6), en_unigram(4, 0.25f);
  LexicalModel model(table_, zh_unigram, en_unigram, 0.5f);
  LexicalScorer scorer(model);
  scorer.add({{4, 1}, {5, 1}});                        // 合作
  const float right = scorer.score({{2, 1}});          // cooperation
  const float wrong = scorer.score({{0, 1}, {1, 1}});  // cyber crime
  EXPECT_GT(right, 0.0f);
  EXPECT_GT(right, wrong / 2);
  EXPECT_LT(wrong, 0.0f);
  scorer.clear();
  scorer.add({{0, 1}, {1, 1}, {2, 1}, {3, 1}});
  EXPECT_GT(scorer.score({{0, 1}, {1, 1}}), 0.0f);
}

TEST(EstimateLambda, RecoversTheMixtureWeight) {
  // 30% of the tokens are explained by the lexicon alone, 70% by the background alone.
  std::vector<float> ibm, bg;
  for (int k = 0; k < 1000; ++k) {
    const bool lexical = k % 10 < 3;
    ibm.push_back(lexical ? 0.2f : 0.0f);
    bg.push_back(lexical ? 0.0f : 0.01f);
  }
  EXPECT_NEAR(estimate_lambda(ibm, bg, 0.0f, 1.0f), 0.3f, 0.01f);
  // A lexicon that explains nothing held out gets the floor; one that explains all, the cap.
  EXPECT_FLOAT_EQ(estimate_lambda(std::vector<float>(100, 0.0f), std::vector<float>(100, 0.01f)),
                  0.05f);
  EXPECT_FLOAT_EQ(estimate_lambda(std::vector<float>(100, 0.5f), std::vector<float>(100, 0.0f)),
                  0.95f);
  EXPECT_FLOAT_EQ(estimate_lambda({}, {}), 0.5f);  // nothing to estimate from
}

}  // namespace
}  // namespace bitext::align
