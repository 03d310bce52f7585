#include "bitext/align/length_model.h"

#include <algorithm>
#include <cmath>

namespace bitext::align {
namespace {

constexpr double kSmooth =
    4.0;  // added to lengths before logs: empty and tiny segments stay finite
constexpr double kLog2Pi = 1.8378770664093453;

void mean_var(const std::vector<float>& lengths, double& mean, double& var) {
  double s = 0, s2 = 0;
  std::size_t n = 0;
  for (float l : lengths) {
    const double x = std::log(l + kSmooth);
    s += x;
    s2 += x * x;
    ++n;
  }
  if (n < 2) return;
  mean = s / n;
  var = std::max(0.05, s2 / n - mean * mean);
}

double total(const std::vector<float>& lengths) {
  double total = 0;
  for (float l : lengths) total += l;
  return total;
}

}  // namespace

LengthModel LengthModel::from_totals(const std::vector<float>& zh_lengths,
                                     const std::vector<float>& en_lengths) {
  LengthModel m;
  const double zh_total = total(zh_lengths), en_total = total(en_lengths);
  if (zh_total > 0 && en_total > 0 && en_total / zh_total >= kMinRatio &&
      en_total / zh_total <= kMaxRatio) {
    m.mu_ = std::log(en_total / zh_total);
  }
  mean_var(zh_lengths, m.zh_bg_mean_, m.zh_bg_var_);
  mean_var(en_lengths, m.en_bg_mean_, m.en_bg_var_);
  return m;
}

LengthModel LengthModel::with_lengths(const std::vector<float>& zh_lengths,
                                      const std::vector<float>& en_lengths) const {
  LengthModel m = from_totals(zh_lengths, en_lengths);
  m.mu_ = mu_;
  m.var_a_ = var_a_;
  m.var_b_ = var_b_;
  m.prepare(zh_lengths, en_lengths);
  return m;
}

void LengthModel::refit(const std::vector<LengthSample>& samples) {
  // Pseudo-counts of the prior: a document with few beads keeps mostly the defaults.
  constexpr double kPrior = 20;
  double w = 0, s = 0;
  for (const LengthSample& x : samples) {
    const double d = std::log((x.en + kSmooth) / (x.zh + kSmooth));
    w += x.weight;
    s += x.weight * d;
  }
  if (w <= 0) return;
  const double mu = (s + kPrior * mu_) / (w + kPrior);
  // Variance = a + b / L: least squares of squared residuals on 1 / L, robust to outliers by
  // capping each squared residual.
  double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const LengthSample& x : samples) {
    const double lexp = std::exp(mu) * (x.zh + kSmooth);
    const double d = std::log((x.en + kSmooth) / (x.zh + kSmooth)) - mu;
    const double y = std::min(d * d, 1.0);
    const double inv = 1.0 / lexp;
    sw += x.weight;
    sx += x.weight * inv;
    sy += x.weight * y;
    sxx += x.weight * inv * inv;
    sxy += x.weight * inv * y;
  }
  double a = var_a_, b = var_b_;
  const double det = sw * sxx - sx * sx;
  if (det > 1e-12) {
    b = (sw * sxy - sx * sy) / det;
    a = (sy - b * sx) / sw;
  }
  // Keep both parts positive and sane, then shrink toward the current values.
  a = std::clamp(a, 0.004, 0.2);
  b = std::clamp(b, 0.0, 8.0);
  mu_ = mu;
  var_a_ = (w * a + kPrior * var_a_) / (w + kPrior);
  var_b_ = (w * b + kPrior * var_b_) / (w + kPrior);
}

void LengthModel::build_table(const std::vector<float>& lengths, double bg_mean, double bg_var,
                              double scale_factor, RangeTable& table) const {
  const std::size_t n = lengths.size();
  std::vector<double> bg(n), log_len(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double x = std::log(lengths[i] + kSmooth);
    log_len[i] = x;
    // log-normal background density of this segment's length (with the Jacobian 1/x)
    bg[i] = -0.5 * (kLog2Pi + std::log(bg_var)) - (x - bg_mean) * (x - bg_mean) / (2 * bg_var) - x;
  }
  for (int c = 1; c <= kMaxSide; ++c) {
    auto& lt = table.log_total[c - 1];
    auto& tg = table.target[c - 1];
    auto& lv = table.log_var[c - 1];
    auto& iv = table.inv_2var[c - 1];
    lt.assign(n, 0.0f);
    tg.assign(n, 0.0f);
    lv.assign(n, 0.0f);
    iv.assign(n, 0.0f);
    for (std::size_t i = 0; i + static_cast<std::size_t>(c) <= n; ++i) {
      double total = 0, bg_sum = 0;
      for (int k = 0; k < c; ++k) {
        total += lengths[i + k];
        bg_sum += bg[i + k];
      }
      const double log_total = c == 1 ? log_len[i] : std::log(total + kSmooth);
      // Splitting a total into c parts, uniform over the split points: log((c-1)! / T^(c-1)).
      double split = 0;
      for (int k = 1; k < c; ++k) split += std::log(static_cast<double>(k)) - log_total;
      const double var = var_a_ + var_b_ / (scale_factor * (total + kSmooth));
      lt[i] = static_cast<float>(log_total);
      tg[i] = static_cast<float>(split - bg_sum - log_total);
      lv[i] = static_cast<float>(-0.5 * (kLog2Pi + std::log(var)));
      iv[i] = static_cast<float>(1.0 / (2 * var));
    }
  }
}

void LengthModel::prepare(const std::vector<float>& zh_lengths,
                          const std::vector<float>& en_lengths) {
  // The variance depends on length measured on the English scale in both directions.
  build_table(zh_lengths, zh_bg_mean_, zh_bg_var_, std::exp(mu_), zh_table_);
  build_table(en_lengths, en_bg_mean_, en_bg_var_, 1.0, en_table_);
}

float LengthModel::bead_score(std::size_t i, int a, std::size_t j, int b) const {
  const float zl = zh_table_.log_total[a - 1][i];
  const float el = en_table_.log_total[b - 1][j];
  const float mu = static_cast<float>(mu_);
  // en | zh: zh is the source (its variance), en the target (its split and background terms)
  const float d1 = el - zl - mu;
  const float forward = zh_table_.log_var[a - 1][i] - d1 * d1 * zh_table_.inv_2var[a - 1][i] +
                        en_table_.target[b - 1][j];
  // zh | en
  const float backward = en_table_.log_var[b - 1][j] - d1 * d1 * en_table_.inv_2var[b - 1][j] +
                         zh_table_.target[a - 1][i];
  return 0.5f * (forward + backward);
}

}  // namespace bitext::align
