#include "bitext/align/evaluate.h"

#include <set>
#include <unordered_map>

namespace bitext::align {
namespace {

using Key = std::pair<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, std::size_t>>;

Key key_of(const Bead& b) { return {{b.zh.begin, b.zh.end}, {b.en.begin, b.en.end}}; }

bool non_null(const Bead& b) { return !b.zh.empty() && !b.en.empty(); }

// Non-null beads of `beads` sharing a zh and an en index with one non-null bead of `other`.
std::size_t overlapping(const std::vector<Bead>& beads, const std::vector<Bead>& other) {
  std::unordered_map<std::size_t, std::size_t> zh_owner, en_owner;
  for (std::size_t k = 0; k < other.size(); ++k) {
    if (!non_null(other[k])) continue;
    for (std::size_t i = other[k].zh.begin; i < other[k].zh.end; ++i) zh_owner[i] = k;
    for (std::size_t j = other[k].en.begin; j < other[k].en.end; ++j) en_owner[j] = k;
  }
  std::size_t count = 0;
  for (const Bead& b : beads) {
    if (!non_null(b)) continue;
    std::set<std::size_t> zh_side, en_side;
    for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) {
      if (auto it = zh_owner.find(i); it != zh_owner.end()) zh_side.insert(it->second);
    }
    for (std::size_t j = b.en.begin; j < b.en.end; ++j) {
      if (auto it = en_owner.find(j); it != en_owner.end() && zh_side.count(it->second)) {
        ++count;
        break;
      }
    }
  }
  return count;
}

void prf(double correct_p, double n_pred, double correct_r, double n_gold, double& p, double& r,
         double& f) {
  p = n_pred > 0 ? correct_p / n_pred : 0.0;
  r = n_gold > 0 ? correct_r / n_gold : 0.0;
  f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

}  // namespace

BeadScores score_beads(const std::vector<Bead>& gold, const std::vector<Bead>& predicted) {
  BeadScores s;
  std::set<Key> gold_keys;
  for (const Bead& b : gold) {
    if (!non_null(b)) continue;
    ++s.gold;
    gold_keys.insert(key_of(b));
  }
  for (const Bead& b : predicted) {
    if (!non_null(b)) continue;
    ++s.predicted;
    s.exact += gold_keys.count(key_of(b));
  }
  prf(s.exact, s.predicted, s.exact, s.gold, s.strict_precision, s.strict_recall, s.strict_f1);
  prf(overlapping(predicted, gold), s.predicted, overlapping(gold, predicted), s.gold,
      s.lax_precision, s.lax_recall, s.lax_f1);
  return s;
}

}  // namespace bitext::align
