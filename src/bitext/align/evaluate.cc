#include "bitext/align/evaluate.h"

#include <algorithm>
#include <optional>
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

// The gold bead that holds every index of `range`, by `owner`: nullopt when the range is
// empty; kNone when its indices belong to different gold beads (or to none).
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
std::optional<std::size_t> owner_of(const IndexRange& range,
                                    const std::unordered_map<std::size_t, std::size_t>& owner) {
  if (range.empty()) return std::nullopt;
  std::size_t found = kNone;
  for (std::size_t i = range.begin; i < range.end; ++i) {
    const auto it = owner.find(i);
    if (it == owner.end() || (i > range.begin && it->second != found)) return kNone;
    found = it->second;
  }
  return found;
}

}  // namespace

std::vector<Bead> join_within_gold(const std::vector<Bead>& gold,
                                   const std::vector<Bead>& predicted) {
  std::unordered_map<std::size_t, std::size_t> zh_owner, en_owner;
  for (std::size_t k = 0; k < gold.size(); ++k) {
    for (std::size_t i = gold[k].zh.begin; i < gold[k].zh.end; ++i) zh_owner[i] = k;
    for (std::size_t j = gold[k].en.begin; j < gold[k].en.end; ++j) en_owner[j] = k;
  }
  std::vector<Bead> out;
  std::size_t last = kNone;
  for (const Bead& b : predicted) {
    const auto zh = owner_of(b.zh, zh_owner);
    const auto en = owner_of(b.en, en_owner);
    std::size_t group = kNone;
    if (!zh) {
      group = en.value_or(kNone);
    } else if (!en || *zh == *en) {
      group = *zh;
    }
    if (group != kNone && group == last) {
      Bead& joined = out.back();
      for (auto [to, from] : {std::pair{&joined.zh, &b.zh}, std::pair{&joined.en, &b.en}}) {
        if (from->empty()) continue;
        if (to->empty()) {
          *to = *from;
        } else {
          to->end = from->end;
        }
      }
      joined.confidence = std::min(joined.confidence, b.confidence);
      joined.flagged = joined.flagged || b.flagged;
    } else {
      out.push_back(b);
    }
    last = group;
  }
  return out;
}

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
  if (!predicted.empty()) {
    const std::vector<Bead> joined = join_within_gold(gold, predicted);
    if (joined.size() < predicted.size()) {
      s.grouped_f1 = score_beads(gold, joined).strict_f1;
    } else {
      s.grouped_f1 = s.strict_f1;
    }
  }
  return s;
}

}  // namespace bitext::align
