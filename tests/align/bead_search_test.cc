#include "bitext/align/bead_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

namespace bitext::align {
namespace {

const std::vector<BeadShape> kShapes = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};

// Cost that makes the diagonal 1-1 path cheapest, except one planted 2-1 at zh 3-4 / en 3.
float planted_cost(std::size_t i, std::size_t j, int a, int b) {
  if (a == 2 && b == 1) return (i == 3 && j == 3) ? 0.1f : 20.0f;
  if (a == 1 && b == 1) {
    const bool on_path = (i < 3 && j == i) || (i >= 5 && j == i - 1);
    return on_path ? 0.1f : 10.0f;
  }
  return 8.0f;  // null and 1-2 beads
}

TEST(BeadSearch, FindsThePlantedPathWithAFullBand) {
  const std::size_t n = 8, m = 7;
  const Band band = diagonal_band(n, m, 8);
  const BeadPath path = search_beads(n, m, band, kShapes, planted_cost, {});
  ASSERT_TRUE(path.found);
  ASSERT_EQ(path.beads.size(), 7u);
  EXPECT_EQ(path.beads[3].zh, (IndexRange{3, 5}));
  EXPECT_EQ(path.beads[3].en, (IndexRange{3, 4}));
  // every segment exactly once, in order
  std::size_t zi = 0, ej = 0;
  for (const Bead& b : path.beads) {
    EXPECT_EQ(b.zh.begin, zi);
    EXPECT_EQ(b.en.begin, ej);
    zi = b.zh.end;
    ej = b.en.end;
  }
  EXPECT_EQ(zi, n);
  EXPECT_EQ(ej, m);
}

TEST(BeadSearch, PosteriorsAreHighForAClearPathAndSplitForATie) {
  const BeadPath clear =
      search_beads(8, 7, diagonal_band(8, 7, 8), kShapes, planted_cost, {.posteriors = true});
  for (const Bead& b : clear.beads) EXPECT_GT(b.confidence, 0.99);
  // Two segments each side; 1-1 + 1-1 and 2-1 + 0-1 ... cost the same as a 1-2 + 1-0: a tie
  // between "first zh with first en" and "first zh with both en" shows up as ~0.5.
  auto tie = [](std::size_t i, std::size_t j, int a, int b) -> float {
    if (a == 1 && b == 1) return i == 0 && j == 0 ? 1.0f : (i == 1 && j == 1 ? 1.0f : 50.0f);
    if (a == 1 && b == 2) return i == 0 && j == 0 ? 1.0f : 50.0f;
    if (a == 1 && b == 0) return i == 1 && j == 2 ? 1.0f : 50.0f;
    return 50.0f;
  };
  const BeadPath tied =
      search_beads(2, 2, diagonal_band(2, 2, 2), kShapes, tie, {.posteriors = true});
  ASSERT_TRUE(tied.found);
  EXPECT_NEAR(tied.beads[0].confidence, 0.5, 0.01);
}

TEST(BeadSearch, CostsComputedOnSeveralThreadsGiveTheSamePathAcrossRowChunks) {
  // Long enough for several chunks of rows; the planted path has a 2-1 bead every 7 segments
  // (some across chunk boundaries) and noise elsewhere.
  const std::size_t n = 5600, m = 4800;
  auto on_path = [](std::size_t i, std::size_t j, int a, int b) {
    const std::size_t k = i / 7, r = i % 7;  // 7 zh segments match 6 en segments
    if (j != 6 * k + r - (r == 6 ? 1 : 0)) return false;
    return r == 5 ? a == 2 && b == 1 : r < 5 && a == 1 && b == 1;
  };
  auto cost = [&](std::size_t i, std::size_t j, int a, int b) -> float {
    if (on_path(i, j, a, b)) return 0.5f;
    const std::uint32_t h = static_cast<std::uint32_t>(i * 2654435761u ^ j * 40503u ^ a * 97u ^ b);
    return 6.0f + static_cast<float>(h % 1000) / 250.0f;
  };
  const Band band = diagonal_band(n, m, 12);
  SearchOptions one{.posteriors = true}, two{.posteriors = true};
  one.threads = 1;
  two.threads = 2;
  const BeadPath a = search_beads(n, m, band, kShapes, cost, one);
  const BeadPath b = search_beads(n, m, band, kShapes, cost, two);
  ASSERT_TRUE(a.found);
  ASSERT_EQ(a.beads.size(), b.beads.size());
  EXPECT_EQ(a.cost, b.cost);
  std::size_t planted = 0;
  for (std::size_t k = 0; k < a.beads.size(); ++k) {
    EXPECT_EQ(a.beads[k].zh.begin, b.beads[k].zh.begin);
    EXPECT_EQ(a.beads[k].en.begin, b.beads[k].en.begin);
    EXPECT_EQ(a.beads[k].confidence, b.beads[k].confidence);
    const Bead& x = a.beads[k];
    planted += on_path(x.zh.begin, x.en.begin, static_cast<int>(x.zh.size()),
                       static_cast<int>(x.en.size()));
  }
  EXPECT_EQ(planted, a.beads.size());  // 800 groups of five 1-1 beads and one 2-1
  EXPECT_EQ(a.beads.size(), 4800u);
}

TEST(BeadSearch, ReportsAPathAlongTheBandEdge) {
  // The cheap path runs far off the diagonal: zh 0-3 are deleted (1-0), then 1-1.
  auto cost = [](std::size_t i, std::size_t j, int a, int b) -> float {
    if (a == 1 && b == 0) return i < 4 ? 0.1f : 30.0f;
    if (a == 1 && b == 1) return i >= 4 && j == i - 4 ? 0.1f : 30.0f;
    return 30.0f;
  };
  const std::size_t n = 20, m = 16;
  const BeadPath narrow = search_beads(n, m, diagonal_band(n, m, 1), kShapes, cost, {});
  const BeadPath wide = search_beads(n, m, diagonal_band(n, m, 20), kShapes, cost, {});
  ASSERT_TRUE(wide.found);
  EXPECT_FALSE(wide.touches_edge);
  EXPECT_TRUE(!narrow.found || narrow.touches_edge || narrow.cost > wide.cost);
}

// Two Chinese segments, six English: zh 1 pairs slightly better with en 4 than with en 1, so that
// with every bead costing the same wherever it falls the path jumps there and leaves the English
// in two stretches alone; when breaking a stretch costs, it pairs en 1 and leaves one stretch.
TEST(BeadSearch, TransitionsBetweenKindsKeepAStretchLeftAloneInOnePiece) {
  auto cost = [](std::size_t i, std::size_t j, int a, int b) -> float {
    if (a == 1 && b == 1) {
      if (i == 0 && j == 0) return 1.0f;
      if (i == 1 && j == 1) return 1.0f;
      if (i == 1 && j == 4) return 0.9f;
      return 20.0f;
    }
    if (a == 0 && b == 1) return 2.0f;
    return 20.0f;
  };
  const std::size_t n = 2, m = 6;
  const Band band = diagonal_band(n, m, m);
  const BeadPath plain = search_beads(n, m, band, kShapes, cost, {});
  ASSERT_TRUE(plain.found);
  EXPECT_EQ(plain.beads[4].en, (IndexRange{4, 5}));  // the jump
  SearchOptions runs;
  runs.transitions[kPaired][kAlone] = 1.0f;
  runs.transitions[kAlone][kPaired] = 1.0f;
  const BeadPath kept = search_beads(n, m, band, kShapes, cost, runs);
  ASSERT_TRUE(kept.found);
  ASSERT_EQ(kept.beads.size(), 6u);
  EXPECT_EQ(kept.beads[1].zh, (IndexRange{1, 2}));
  EXPECT_EQ(kept.beads[1].en, (IndexRange{1, 2}));
  EXPECT_FLOAT_EQ(kept.cost, 1.0f + 1.0f + 4 * 2.0f + 1.0f);  // one stretch: one transition
}

// A bead left alone that costs nothing (an empty line) belongs to no stretch: the kind before it
// carries over, and two paired beads around it pay no transition.
TEST(BeadSearch, AnEmptyLineLeftAloneBreaksNothing) {
  auto cost = [](std::size_t i, std::size_t j, int a, int b) -> float {
    if (a == 1 && b == 1) return (i == 0 && j == 0) || (i == 1 && j == 2) ? 1.0f : 20.0f;
    if (a == 0 && b == 1) return j == 1 ? 0.0f : 20.0f;
    return 20.0f;
  };
  SearchOptions runs{.posteriors = true};
  runs.transitions[kPaired][kAlone] = 5.0f;
  runs.transitions[kAlone][kPaired] = 5.0f;
  const BeadPath path = search_beads(2, 3, diagonal_band(2, 3, 3), kShapes, cost, runs);
  ASSERT_TRUE(path.found);
  ASSERT_EQ(path.beads.size(), 3u);
  EXPECT_TRUE(path.beads[1].zh.empty());
  EXPECT_FLOAT_EQ(path.cost, 2.0f);
  for (const Bead& b : path.beads) EXPECT_GT(b.confidence, 0.99);
}

// Every path of a small matrix enumerated, costs and transitions as the search defines them: the
// best path and each of its beads' posterior probability must come out the same.
TEST(BeadSearch, PathAndPosteriorsWithTransitionsMatchEnumeration) {
  auto cost = [](std::size_t i, std::size_t j, int a, int b) -> float {
    const std::uint32_t h =
        static_cast<std::uint32_t>((i * 7 + j * 13 + a * 29 + b * 31) * 2654435761u);
    if (a + b == 1 && h % 5 == 0) return 0.0f;  // some free beads
    return 0.5f + static_cast<float>(h % 997) / 300.0f;
  };
  SearchOptions options{.posteriors = true};
  options.transitions[kPaired][kPaired] = -0.2f;
  options.transitions[kPaired][kAlone] = 1.3f;
  options.transitions[kAlone][kPaired] = 0.7f;
  options.transitions[kAlone][kAlone] = -0.4f;
  const std::size_t n = 4, m = 3;
  struct Step {
    std::size_t i, j;
    int a, b;
  };
  std::vector<std::vector<Step>> paths;
  std::vector<double> totals;
  std::vector<Step> here;
  std::function<void(std::size_t, std::size_t, std::size_t, double)> walk =
      [&](std::size_t i, std::size_t j, std::size_t state, double total) {
        if (i == n && j == m) {
          paths.push_back(here);
          totals.push_back(total);
          return;
        }
        for (const BeadShape& s : kShapes) {
          if (i + s.zh > n || j + s.en > m) continue;
          const float c = cost(i, j, s.zh, s.en);
          const bool free = kind_of(s) == kAlone && c == 0;
          const std::size_t next = free ? state : static_cast<std::size_t>(kind_of(s));
          here.push_back({i, j, s.zh, s.en});
          walk(i + s.zh, j + s.en, next,
               total + c + (free ? 0.0 : options.transitions[state][next]));
          here.pop_back();
        }
      };
  walk(0, 0, kPaired, 0.0);
  const std::size_t best =
      static_cast<std::size_t>(std::min_element(totals.begin(), totals.end()) - totals.begin());
  double z = 0;
  for (double t : totals) z += std::exp(-t);

  const BeadPath path = search_beads(n, m, diagonal_band(n, m, 4), kShapes, cost, options);
  ASSERT_TRUE(path.found);
  EXPECT_NEAR(path.cost, totals[best], 1e-4);
  ASSERT_EQ(path.beads.size(), paths[best].size());
  for (std::size_t k = 0; k < path.beads.size(); ++k) {
    const Step& s = paths[best][k];
    const Bead& b = path.beads[k];
    EXPECT_EQ(b.zh, (IndexRange{s.i, s.i + s.a}));
    EXPECT_EQ(b.en, (IndexRange{s.j, s.j + s.b}));
    double mass = 0;  // of the paths through this bead
    for (std::size_t p = 0; p < paths.size(); ++p) {
      for (const Step& t : paths[p]) {
        if (t.i == s.i && t.j == s.j && t.a == s.a && t.b == s.b) mass += std::exp(-totals[p]);
      }
    }
    EXPECT_NEAR(b.confidence, mass / z, 1e-6) << "bead " << k;
  }
}

TEST(Band, PathBandCoversThePathAndIsMonotone) {
  std::vector<Bead> path = {{{0, 1}, {0, 1}}, {{1, 3}, {1, 2}}, {{3, 4}, {2, 4}}};
  const Band band = path_band(path, 4, 4, 1);
  ASSERT_EQ(band.lo.size(), 5u);
  for (const Bead& b : path) {
    EXPECT_LE(band.lo[b.zh.begin], b.en.begin);
    EXPECT_GE(band.hi[b.zh.end], b.en.end);
  }
  for (std::size_t i = 1; i < band.lo.size(); ++i) {
    EXPECT_LE(band.lo[i - 1], band.lo[i]);
    EXPECT_LE(band.hi[i - 1], band.hi[i]);
  }
  EXPECT_EQ(band.lo[0], 0u);
  EXPECT_EQ(band.hi[4], 4u);
}

}  // namespace
}  // namespace bitext::align
