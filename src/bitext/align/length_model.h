#pragma once

// Length model of a bead, fitted to the document pair at hand. English length given Chinese
// length (and the reverse) is log-normal around a ratio; the spread shrinks with length but more
// slowly than Gale-Church's 1/sqrt(L) (measured on the gold sets: sd of the log ratio goes from
// about 0.24 at 30 characters to 0.15 at 130): variance = a + b / L.
//
//   LengthModel m = LengthModel::from_totals(zh_lengths, en_lengths);
//   m.refit(samples_from_confident_beads);
//   m.prepare(zh_lengths, en_lengths);          // tables for fast scoring
//   float s = m.bead_score(i, 2, j, 1);          // zh [i, i+2) with en [j, j+1)

#include <array>
#include <vector>

namespace bitext::align {

struct LengthSample {
  float zh = 0;  // Chinese length of a bead
  float en = 0;  // English length
  float weight = 1;
};

class LengthModel {
 public:
  static constexpr int kMaxSide = 4;  // longest side of a bead the tables cover

  // Initial guess from the segment lengths of both sides alone: the ratio of the totals, kept
  // within what translations between Chinese and English show (kMinRatio-kMaxRatio), so that a
  // Chinese text paired with a longer English one that holds its original (a whole report for
  // one resolution) starts near a translation's ratio, not twelve times it.
  static constexpr double kMinRatio = 0.75, kMaxRatio = 2.5;
  static LengthModel from_totals(const std::vector<float>& zh_lengths,
                                 const std::vector<float>& en_lengths);

  // Refit the ratio and the variance from confident 1-1 beads, shrunk toward the current values
  // so that a short document cannot produce wild estimates.
  void refit(const std::vector<LengthSample>& samples);

  // Builds the per-segment tables bead_score reads; call after construction or refit().
  void prepare(const std::vector<float>& zh_lengths, const std::vector<float>& en_lengths);

  // The same ratio and spread for other segment lengths (e.g. pairs of segments merged for a
  // coarse search): background refitted to those lengths, tables prepared.
  LengthModel with_lengths(const std::vector<float>& zh_lengths,
                           const std::vector<float>& en_lengths) const;

  // Log-likelihood ratio of "zh [i, i+a) and en [j, j+b) form one bead" against "independent
  // segments": log p(en lengths | zh total) - log p_bg(en lengths), averaged with the zh | en
  // direction. Both a and b in 1..kMaxSide.
  float bead_score(std::size_t i, int a, std::size_t j, int b) const;

  double log_ratio() const { return mu_; }
  double spread_a() const { return var_a_; }
  double spread_b() const { return var_b_; }

 private:
  // Per side, per start position and per count: values that depend on that range only.
  struct RangeTable {
    std::array<std::vector<float>, kMaxSide> log_total;  // log(total + k)
    std::array<std::vector<float>, kMaxSide> target;     // split term minus background, as target
    std::array<std::vector<float>, kMaxSide> log_var;    // log variance when this is the source
    std::array<std::vector<float>, kMaxSide> inv_2var;   // 1 / (2 variance) as the source
  };
  void build_table(const std::vector<float>& lengths, double bg_mean, double bg_var,
                   double scale_factor, RangeTable& table) const;

  double mu_ = 0.4;                        // mean of log((en + k) / (zh + k))
  double var_a_ = 0.012;                   // variance floor of the log ratio
  double var_b_ = 1.5;                     // variance part that shrinks with length
  double zh_bg_mean_ = 4, zh_bg_var_ = 1;  // log-normal background of single segment lengths
  double en_bg_mean_ = 4, en_bg_var_ = 1;
  RangeTable zh_table_, en_table_;
};

}  // namespace bitext::align
