#include "bitext/align/length_model.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bitext::align {
namespace {

TEST(LengthModel, RefitRecoversTheRatio) {
  std::vector<float> zh, en;
  std::vector<LengthSample> samples;
  for (int k = 0; k < 400; ++k) {
    const float z = 20.0f + static_cast<float>(k % 37) * 3;
    const float e = (z + 4) * 1.5f * (k % 2 ? 1.05f : 0.95f) - 4;
    zh.push_back(z);
    en.push_back(e);
    samples.push_back({z, e, 1.0f});
  }
  LengthModel m = LengthModel::from_totals(zh, en);
  m.refit(samples);
  EXPECT_NEAR(m.log_ratio(), std::log(1.5), 0.02);
  EXPECT_GT(m.spread_a(), 0.0);
}

TEST(LengthModel, PrefersBeadsWhoseLengthsAgree) {
  // zh: 100, 50, 50; en: 150, 150 (the two short zh segments together make the second).
  const std::vector<float> zh = {100, 50, 50}, en = {150, 150};
  LengthModel m = LengthModel::from_totals(zh, en);
  m.prepare(zh, en);
  EXPECT_GT(m.bead_score(0, 1, 0, 1), m.bead_score(1, 1, 0, 1));  // 100~150 beats 50~150
  EXPECT_GT(m.bead_score(1, 2, 1, 1), m.bead_score(1, 1, 1, 1));  // 50+50 ~ 150 beats 50 ~ 150
  EXPECT_GT(m.bead_score(0, 1, 0, 1), 0.0f);  // a good 1-1 beats independent segments
}

}  // namespace
}  // namespace bitext::align
