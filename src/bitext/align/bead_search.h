#pragma once

// Banded dynamic programming over bead sequences: the Viterbi path (lowest total cost) and,
// on request, the posterior probability of each bead on it (forward-backward over the same
// band). Costs come from a functor, so the search knows nothing about lengths or lexicons.
//
//   Band band = diagonal_band(n, m, 50);
//   BeadPath path = search_beads(n, m, band, kBeadShapes, [&](size_t i, size_t j, int a, int b) {
//     return cost_of_bead(i, j, a, b);  // zh [i, i+a), en [j, j+b)
//   }, {.posteriors = true});

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "bitext/core/parallel.h"
#include "bitext/core/types.h"

namespace bitext::align {

struct BeadShape {
  int zh;
  int en;
};

// Allowed en positions [lo[i], hi[i]] for each zh position i = 0..n (positions are between
// segments: position i means "i zh segments consumed").
struct Band {
  std::vector<std::size_t> lo;
  std::vector<std::size_t> hi;
  std::size_t cells() const;
};

// A band of half-width `width` around the straight line from (0,0) to (n,m).
Band diagonal_band(std::size_t n, std::size_t m, std::size_t width);

// A band of half-width `width` around a path of beads.
Band path_band(const std::vector<Bead>& path, std::size_t n, std::size_t m, std::size_t width);

struct SearchOptions {
  bool posteriors = false;      // compute Bead::confidence as a posterior probability
  double temperature = 1.0;     // costs are divided by this for the posteriors
  std::size_t edge_margin = 2;  // a path this close to the band's edge is reported as touching
  // Threads computing bead costs (0: all cores). The cost function must then be safe to call
  // from several threads at once; the result does not depend on the number.
  unsigned threads = 1;
};

struct BeadPath {
  std::vector<Bead> beads;
  double cost = 0;
  bool touches_edge = false;  // the path ran along the band's edge: widen and search again
  bool found = false;         // false when no path fits the band (cannot happen for full bands)
};

namespace detail {

class Cells {
 public:
  explicit Cells(const Band& band) : band_(band), offset_(band.lo.size() + 1, 0) {
    for (std::size_t i = 0; i < band.lo.size(); ++i) {
      offset_[i + 1] = offset_[i] + (band.hi[i] >= band.lo[i] ? band.hi[i] - band.lo[i] + 1 : 0);
    }
  }
  std::size_t size() const { return offset_.back(); }
  // Index of the first cell of row i (i = n + 1: one past the last cell).
  std::size_t row_start(std::size_t i) const { return offset_[i]; }
  // Index of cell (i, j), or npos when outside the band.
  std::size_t index(std::size_t i, std::size_t j) const {
    if (i >= band_.lo.size() || j < band_.lo[i] || j > band_.hi[i]) return npos;
    return offset_[i] + (j - band_.lo[i]);
  }
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

 private:
  const Band& band_;
  std::vector<std::size_t> offset_;
};

}  // namespace detail

// Lowest-cost bead sequence from (0,0) to (n,m) within the band. cost(i, j, a, b) is the cost of
// the bead zh [i, i+a), en [j, j+b); return +infinity to forbid it.
template <class CostFn>
BeadPath search_beads(std::size_t n, std::size_t m, const Band& band,
                      const std::vector<BeadShape>& shapes, CostFn&& cost,
                      const SearchOptions& options = {}) {
  constexpr float kInf = std::numeric_limits<float>::infinity();
  constexpr double kNegInf = -std::numeric_limits<double>::infinity();
  const detail::Cells cells(band);
  const std::size_t shape_count = shapes.size();
  std::vector<float> best(cells.size(), kInf);
  std::vector<std::uint8_t> back(cells.size(), 0xFF);
  // With posteriors: forward sums, and the cost of each bead by its end cell and shape, so that
  // the backward sweep does not evaluate costs again.
  std::vector<double> alpha;
  std::vector<float> bead_cost;
  if (options.posteriors) {
    alpha.assign(cells.size(), kNegInf);
    bead_cost.assign(cells.size() * shape_count, kInf);
  }
  const double inv_t = 1.0 / options.temperature;
  BeadPath result;
  const std::size_t origin = cells.index(0, 0);
  if (origin == detail::Cells::npos || cells.index(n, m) == detail::Cells::npos) return result;
  best[origin] = 0;
  if (options.posteriors) alpha[origin] = 0;

  // The costs of a chunk of rows are computed first, on all threads (they are independent and
  // make most of the work), then the chunk's cells are filled in order. A chunk holds about
  // kChunkCells cells, so that its costs stay in cache between the two steps however wide the
  // band is.
  constexpr std::size_t kChunkCells = 1 << 15;
  std::vector<float> chunk;  // by cell of the chunk and shape: the cost of the bead ending there
  std::vector<double> terms(shape_count);
  for (std::size_t i0 = 0, i1 = 0; i0 <= n; i0 = i1) {
    i1 = i0 + 1;
    while (i1 <= n && cells.row_start(i1 + 1) - cells.row_start(i0) <= kChunkCells) ++i1;
    const std::size_t base = cells.row_start(i0);
    chunk.assign((cells.row_start(i1) - base) * shape_count, kInf);
    const std::size_t grain = std::max<std::size_t>(1, (i1 - i0) / 8);
    parallel_for(i1 - i0, grain, options.threads, [&](std::size_t begin, std::size_t end) {
      for (std::size_t i = i0 + begin; i < i0 + end; ++i) {
        for (std::size_t j = band.lo[i]; j <= band.hi[i] && j <= m; ++j) {
          float* out = chunk.data() + (cells.index(i, j) - base) * shape_count;
          for (std::size_t s = 0; s < shape_count; ++s) {
            const auto a = static_cast<std::size_t>(shapes[s].zh);
            const auto b = static_cast<std::size_t>(shapes[s].en);
            if (a > i || b > j || cells.index(i - a, j - b) == detail::Cells::npos) continue;
            out[s] = cost(i - a, j - b, shapes[s].zh, shapes[s].en);
          }
        }
      }
    });
    for (std::size_t i = i0; i < i1; ++i) {
      for (std::size_t j = band.lo[i]; j <= band.hi[i] && j <= m; ++j) {
        const std::size_t here = cells.index(i, j);
        if (here == origin) continue;
        const float* here_cost = chunk.data() + (here - base) * shape_count;
        float here_best = kInf;
        std::uint8_t here_back = 0xFF;
        std::size_t term_count = 0;
        double term_max = kNegInf;
        for (std::size_t s = 0; s < shape_count; ++s) {
          const float c = here_cost[s];
          if (!(c < kInf)) continue;
          const std::size_t from = cells.index(i - static_cast<std::size_t>(shapes[s].zh),
                                               j - static_cast<std::size_t>(shapes[s].en));
          if (best[from] == kInf) continue;
          const float total = best[from] + c;
          if (total < here_best) {
            here_best = total;
            here_back = static_cast<std::uint8_t>(s);
          }
          if (options.posteriors) {
            bead_cost[here * shape_count + s] = c;
            const double t = alpha[from] - c * inv_t;
            terms[term_count++] = t;
            term_max = std::max(term_max, t);
          }
        }
        best[here] = here_best;
        back[here] = here_back;
        if (options.posteriors && term_count > 0) {
          double sum = 0;
          for (std::size_t k = 0; k < term_count; ++k) sum += std::exp(terms[k] - term_max);
          alpha[here] = term_max + std::log(sum);
        }
      }
    }
  }
  const std::size_t goal = cells.index(n, m);
  if (best[goal] == kInf) return result;
  result.found = true;
  result.cost = best[goal];

  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const std::size_t here = cells.index(i, j);
    const BeadShape shape = shapes[back[here]];
    Bead bead;
    bead.zh = {i - static_cast<std::size_t>(shape.zh), i};
    bead.en = {j - static_cast<std::size_t>(shape.en), j};
    result.beads.push_back(bead);
    const bool near_lo = band.lo[i] > 0 && j <= band.lo[i] + options.edge_margin;
    const bool near_hi = band.hi[i] < m && j + options.edge_margin >= band.hi[i];
    result.touches_edge |= near_lo || near_hi;
    i = bead.zh.begin;
    j = bead.en.begin;
  }
  std::reverse(result.beads.begin(), result.beads.end());

  if (options.posteriors) {
    std::vector<double> beta(cells.size(), kNegInf);
    beta[goal] = 0;
    for (std::size_t i = n + 1; i-- > 0;) {
      for (std::size_t j = std::min(band.hi[i], m) + 1; j-- > band.lo[i];) {
        const std::size_t here = cells.index(i, j);
        if (here == goal || alpha[here] == kNegInf) continue;
        std::size_t term_count = 0;
        double term_max = kNegInf;
        for (std::size_t s = 0; s < shape_count; ++s) {
          const std::size_t to = cells.index(i + static_cast<std::size_t>(shapes[s].zh),
                                             j + static_cast<std::size_t>(shapes[s].en));
          if (to == detail::Cells::npos || beta[to] == kNegInf) continue;
          const float c = bead_cost[to * shape_count + s];
          if (!(c < kInf)) continue;
          const double t = beta[to] - c * inv_t;
          terms[term_count++] = t;
          term_max = std::max(term_max, t);
        }
        if (term_count == 0) continue;
        double sum = 0;
        for (std::size_t k = 0; k < term_count; ++k) sum += std::exp(terms[k] - term_max);
        beta[here] = term_max + std::log(sum);
      }
    }
    const double z = alpha[goal];
    for (Bead& bead : result.beads) {
      const std::size_t from = cells.index(bead.zh.begin, bead.en.begin);
      const std::size_t to = cells.index(bead.zh.end, bead.en.end);
      const float c = bead_cost[to * shape_count + back[to]];
      const double logp = alpha[from] - c * inv_t + beta[to] - z;
      bead.confidence = std::clamp(std::exp(logp), 0.0, 1.0);
    }
  }
  return result;
}

}  // namespace bitext::align
