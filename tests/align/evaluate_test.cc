#include "bitext/align/evaluate.h"

#include <gtest/gtest.h>

namespace bitext::align {
namespace {

Bead bead(std::size_t zb, std::size_t ze, std::size_t eb, std::size_t ee, double conf = 1.0) {
  Bead b;
  b.zh = {zb, ze};
  b.en = {eb, ee};
  b.confidence = conf;
  return b;
}

// Gold: [0,1]:[0,1] (a verse of two sentences on each side), [2]:[2], []:[3], [3]:[4].
std::vector<Bead> gold() {
  return {bead(0, 2, 0, 2), bead(2, 3, 2, 3), bead(3, 3, 3, 4), bead(3, 4, 4, 5)};
}

TEST(ScoreBeads, CountsExactAndOverlappingNonNullBeads) {
  // The 2-2 split sentence by sentence, [2]:[2] right, the 0-1 joined to the last bead.
  const std::vector<Bead> predicted = {bead(0, 1, 0, 1), bead(1, 2, 1, 2), bead(2, 3, 2, 3),
                                       bead(3, 4, 3, 5)};
  const BeadScores s = score_beads(gold(), predicted);
  EXPECT_EQ(s.gold, 3u);
  EXPECT_EQ(s.predicted, 4u);
  EXPECT_EQ(s.exact, 1u);
  EXPECT_DOUBLE_EQ(s.strict_precision, 0.25);
  EXPECT_DOUBLE_EQ(s.strict_recall, 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.lax_precision, 1.0);  // every predicted bead overlaps a gold one
  EXPECT_DOUBLE_EQ(s.lax_recall, 1.0);
  // Joined within the gold: [0,1]:[0,1] and [2]:[2] right; [3]:[3,4] crosses the 0-1 and stays.
  EXPECT_DOUBLE_EQ(s.grouped_f1, 2 * (2.0 / 3) * (2.0 / 3) / (4.0 / 3));
}

TEST(JoinWithinGold, JoinsFinerSplitsOfOneGoldBeadOnly) {
  const std::vector<Bead> predicted = {bead(0, 1, 0, 1, 0.95), bead(1, 2, 1, 2, 0.99),
                                       bead(2, 3, 2, 3), bead(3, 3, 3, 4), bead(3, 4, 4, 5)};
  const std::vector<Bead> joined = join_within_gold(gold(), predicted);
  ASSERT_EQ(joined.size(), 4u);
  EXPECT_EQ(joined[0].zh, (IndexRange{0, 2}));
  EXPECT_EQ(joined[0].en, (IndexRange{0, 2}));
  EXPECT_DOUBLE_EQ(joined[0].confidence, 0.95);  // the lowest of its parts
  // Neighbouring beads of different gold beads, and the 0-1 between them, stay apart.
  EXPECT_EQ(joined[1].zh, (IndexRange{2, 3}));
  EXPECT_EQ(joined[2].en, (IndexRange{3, 4}));
  EXPECT_TRUE(joined[2].zh.empty());
  EXPECT_DOUBLE_EQ(score_beads(gold(), predicted).grouped_f1, 1.0);
}

TEST(JoinWithinGold, ABeadLeftAloneJoinsTheGoldBeadItsLineBelongsTo) {
  // zh line 1 alone (1-0) inside the gold 2-2: it belongs with [0]:[0,1].
  const std::vector<Bead> predicted = {bead(0, 1, 0, 2), bead(1, 2, 2, 2), bead(2, 3, 2, 3),
                                       bead(3, 3, 3, 4), bead(3, 4, 4, 5)};
  const std::vector<Bead> joined = join_within_gold(gold(), predicted);
  ASSERT_EQ(joined.size(), 4u);
  EXPECT_EQ(joined[0].zh, (IndexRange{0, 2}));
  EXPECT_EQ(joined[0].en, (IndexRange{0, 2}));
}

TEST(JoinWithinGold, BeadsAcrossAGoldBoundaryAreNotJoined) {
  const std::vector<Bead> predicted = {bead(0, 1, 0, 1), bead(1, 3, 1, 3), bead(3, 4, 3, 5)};
  const std::vector<Bead> joined = join_within_gold(gold(), predicted);
  EXPECT_EQ(joined.size(), 3u);
  EXPECT_DOUBLE_EQ(score_beads(gold(), predicted).grouped_f1, 0.0);
}

}  // namespace
}  // namespace bitext::align
