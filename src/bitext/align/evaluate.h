#pragma once

// Scores an alignment against a gold one the way ../shared/eval/score_beads.py does: over
// non-null beads, strict (exactly the same bead) and lax (overlapping a gold bead on both sides).
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
};

BeadScores score_beads(const std::vector<Bead>& gold, const std::vector<Bead>& predicted);

}  // namespace bitext::align
