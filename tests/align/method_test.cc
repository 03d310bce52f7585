#include "bitext/align/method.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "bitext/core/error.h"

namespace bitext::align {
namespace {

BeadEvidence evidence() {
  BeadEvidence e;
  e.log_prior = std::log(0.8f);
  e.zh_length = 30;
  e.en_length = 90;
  e.length_ratio = 3;
  return e;
}

TEST(MakeMethod, KnowsEveryListedNameAndNothingElse) {
  ASSERT_FALSE(method_names().empty());
  EXPECT_EQ(method_names().front(), "lexical");  // the default comes first
  for (const std::string& name : method_names()) EXPECT_EQ(make_method(name)->name(), name);
  EXPECT_THROW(make_method("hunalign"), ConfigError);
  EXPECT_THROW(make_method(""), ConfigError);
}

class MethodTest : public ::testing::TestWithParam<std::string> {};

// The same fixture for every method: a bead whose lengths agree with the input's ratio costs
// less than one whose English is three times too long, and a likelier shape costs less.
TEST_P(MethodTest, PrefersAgreeingLengthsAndLikelierShapes) {
  const auto method = make_method(GetParam());
  BeadEvidence agree = evidence(), disagree = evidence(), rare = evidence();
  agree.length = 2.0f;  // the generative length model agrees too
  disagree.en_length = 270;
  disagree.length = -6.0f;
  rare.length = 2.0f;
  rare.log_prior = std::log(0.01f);
  EXPECT_LT(method->cost(agree), method->cost(disagree));
  EXPECT_LT(method->cost(agree), method->cost(rare));
  EXPECT_TRUE(std::isfinite(method->cost(agree)));
}

INSTANTIATE_TEST_SUITE_P(Methods, MethodTest, ::testing::ValuesIn(method_names()));

TEST(Method, OnlyTheLexicalMethodWeighsTheLexiconAndAnchors) {
  BeadEvidence plain = evidence(), evident = evidence();
  evident.lexical = 5.0f;
  evident.anchors = 4.0f;
  const auto lexical = make_method("lexical");
  const auto length = make_method("length");
  const auto gale_church = make_method("gale-church");
  EXPECT_FLOAT_EQ(lexical->cost(plain) - lexical->cost(evident), 9.0f);
  EXPECT_FLOAT_EQ(length->cost(plain) - length->cost(evident), 4.0f);
  EXPECT_FLOAT_EQ(gale_church->cost(plain), gale_church->cost(evident));
  // What each reads, so that the aligner computes nothing else.
  EXPECT_TRUE(lexical->terms().lexical && lexical->terms().length && lexical->terms().anchors);
  EXPECT_FALSE(length->terms().lexical);
  EXPECT_TRUE(length->terms().length && length->terms().anchors);
  EXPECT_FALSE(gale_church->terms().length || gale_church->terms().anchors ||
               gale_church->terms().lexical);
  EXPECT_TRUE(lexical->learns_lexicon());
  EXPECT_FALSE(length->learns_lexicon());
  EXPECT_TRUE(length->refines());
  EXPECT_FALSE(gale_church->refines());
}

TEST(Method, GaleChurchUsesItsOwnFixedPriors) {
  const auto gale_church = make_method("gale-church");
  const float default_prior = std::log(0.5f);
  EXPECT_NEAR(gale_church->initial_log_prior(1, 1, default_prior), std::log(0.89f), 1e-5);
  EXPECT_NEAR(gale_church->initial_log_prior(2, 1, default_prior), std::log(0.089f / 2), 1e-5);
  EXPECT_EQ(gale_church->initial_log_prior(3, 1, default_prior),
            -std::numeric_limits<float>::infinity());
  EXPECT_EQ(make_method("lexical")->initial_log_prior(3, 1, default_prior), default_prior);
}

}  // namespace
}  // namespace bitext::align
