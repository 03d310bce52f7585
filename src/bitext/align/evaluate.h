#pragma once

// Scores an alignment against a gold one the way ../shared/eval/score_beads.py does: over
// non-null beads, strict (exactly the same bead) and lax (overlapping a gold bead on both sides);
// and strict once the predicted beads that split one gold bead finer are joined again, as
// Bertalign's Bible evaluation (bin/eval_bible.py) scores verse groups.
//
//   BeadScores s = score_beads(gold_beads, result.alignment.beads);
//   std::printf("%.4f\n", s.strict_f1);

#include <vector>

#include "bitext/core/types.h"

namespace bitext::align {

struct BeadScores {
  std::size_t gold = 0;       // non-null gold beads
  std::size_t predicted = 0;  // non-null predicted beads
  std::size_t exact = 0;      // predicted beads equal to a gold bead
  double strict_precision = 0, strict_recall = 0, strict_f1 = 0;
  double lax_precision = 0, lax_recall = 0, lax_f1 = 0;
  double grouped_f1 = 0;  // strict F1 of join_within_gold(gold, predicted)
};

BeadScores score_beads(const std::vector<Bead>& gold, const std::vector<Bead>& predicted);

// The predicted beads (in order, tiling both sides) with each run of consecutive beads that lie
// inside one gold bead joined into one bead: a bead belongs to gold bead k when all its lines
// are in k (a 1-0 or 0-1 bead, when its one side is). Where the gold groups lines by a unit the
// texts do not mark (Bible verses), a finer split of a gold bead then counts as that bead; a
// bead crossing a gold boundary stays as it is, and so stays wrong. The joined bead keeps the
// lowest confidence of its parts.
std::vector<Bead> join_within_gold(const std::vector<Bead>& gold,
                                   const std::vector<Bead>& predicted);

}  // namespace bitext::align
