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
#include <array>
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

// Kinds of bead for the transitions between them: a bead pairing both sides (or the start of
// the text), and a segment left without a counterpart (1-0 or 0-1).
enum BeadKind : std::uint8_t { kPaired = 0, kAlone = 1 };
inline constexpr std::size_t kBeadKinds = 2;

inline BeadKind kind_of(const BeadShape& shape) {
  return shape.zh == 0 || shape.en == 0 ? kAlone : kPaired;
}

// Extra cost of a bead of kind `to` right after one of kind `from`: [from][to]. All zero (the
// default), a bead costs the same wherever it falls; the aligner sets them from its previous
// pass (what a text lacks, it lacks in stretches). A bead without a counterpart that costs
// exactly 0 (an empty line) is of neither kind: the kind before it carries over.
using KindTransitions = std::array<std::array<float, kBeadKinds>, kBeadKinds>;

struct SearchOptions {
  bool posteriors = false;      // compute Bead::confidence as a posterior probability
  double temperature = 1.0;     // costs are divided by this for the posteriors
  std::size_t edge_margin = 2;  // a path this close to the band's edge is reported as touching
  // Threads computing bead costs (0: all cores). The cost function must then be safe to call
  // from several threads at once; the result does not depend on the number.
  unsigned threads = 1;
  KindTransitions transitions{};  // see KindTransitions; all zero: one state per cell
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

// The search, with a state per cell and kind of the bead ending there (ByKind) or one.
template <bool ByKind, class CostFn>
BeadPath search_beads(std::size_t n, std::size_t m, const Band& band,
                      const std::vector<BeadShape>& shapes, CostFn&& cost,
                      const SearchOptions& options) {
  constexpr float kInf = std::numeric_limits<float>::infinity();
  constexpr double kNegInf = -std::numeric_limits<double>::infinity();
  constexpr std::uint8_t kFree = 0x80;  // in `back`: a free bead (see KindTransitions)
  constexpr std::size_t states = ByKind ? kBeadKinds : 1;
  const Cells cells(band);
  const std::size_t shape_count = shapes.size();
  std::vector<std::uint8_t> kind(shape_count, kPaired);
  if constexpr (ByKind) {
    for (std::size_t s = 0; s < shape_count; ++s) kind[s] = kind_of(shapes[s]);
  }
  const auto& transition = options.transitions;
  const double inv_t = 1.0 / options.temperature;
  // exp(-transition / temperature): the forward and backward sums weigh transitions by these.
  double weight[kBeadKinds][kBeadKinds];
  for (std::size_t q = 0; q < kBeadKinds; ++q) {
    for (std::size_t r = 0; r < kBeadKinds; ++r) weight[q][r] = std::exp(-transition[q][r] * inv_t);
  }
  // log sum over q of exp(v[q]) * weight[q][r]: one exp per state, one log.
  auto into_sum = [&](const double* v, std::size_t r) {
    double top = kNegInf;
    for (std::size_t q = 0; q < states; ++q) top = std::max(top, v[q]);
    if (top == kNegInf) return kNegInf;
    double sum = 0;
    for (std::size_t q = 0; q < states; ++q) sum += std::exp(v[q] - top) * weight[q][r];
    return top + std::log(sum);
  };
  // Best cost of entering kind r from a cell's states, and the state it comes from.
  auto into_best = [&](const float* v, std::size_t r, std::size_t* from_state) {
    float low = v[0] + transition[0][r];
    *from_state = 0;
    for (std::size_t q = 1; q < states; ++q) {
      if (v[q] + transition[q][r] < low) {
        low = v[q] + transition[q][r];
        *from_state = q;
      }
    }
    return low;
  };
  // By cell and state: the best cost of a path ending there (best), the shape of its last bead
  // (back) and, with posteriors, the forward sum (alpha). With ByKind and posteriors, the
  // forward sum into a paired bead (into_paired): most shapes read it, from different cells.
  std::vector<float> best(cells.size() * states, kInf);
  std::vector<std::uint8_t> back(cells.size() * states, 0xFF);
  std::vector<double> alpha, into_paired;
  // With posteriors: the cost of each bead by its end cell and shape, so that the backward sweep
  // does not evaluate costs again.
  std::vector<float> bead_cost;
  if (options.posteriors) {
    alpha.assign(cells.size() * states, kNegInf);
    if (ByKind) into_paired.assign(cells.size(), kNegInf);
    bead_cost.assign(cells.size() * shape_count, kInf);
  }
  // The forward sum into kind r from a cell.
  auto into_alpha = [&](std::size_t cell, std::size_t r) {
    if constexpr (ByKind) {
      return r == kPaired ? into_paired[cell] : into_sum(&alpha[cell * states], r);
    } else {
      return alpha[cell];
    }
  };
  BeadPath result;
  const std::size_t origin = cells.index(0, 0);
  if (origin == Cells::npos || cells.index(n, m) == Cells::npos) return result;
  best[origin * states + kPaired] = 0;
  if (options.posteriors) {
    alpha[origin * states + kPaired] = 0;
    if (ByKind) into_paired[origin] = into_sum(&alpha[origin * states], kPaired);
  }

  // The costs of a chunk of rows are computed first, on all threads (they are independent and
  // make most of the work), then the chunk's cells are filled in order. A chunk holds about
  // kChunkCells cells, so that its costs stay in cache between the two steps however wide the
  // band is.
  constexpr std::size_t kChunkCells = 1 << 15;
  std::vector<float> chunk;  // by cell of the chunk and shape: the cost of the bead ending there
  std::vector<double> terms(shape_count * 2 * states);
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
            if (a > i || b > j || cells.index(i - a, j - b) == Cells::npos) continue;
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
        float here_best[states];
        std::uint8_t here_back[states];
        std::size_t term_count[states];
        double term_max[states];
        for (std::size_t r = 0; r < states; ++r) {
          here_best[r] = kInf;
          here_back[r] = 0xFF;
          term_count[r] = 0;
          term_max[r] = kNegInf;
        }
        // A way into state r costing v, with forward sum w.
        auto offer = [&](std::size_t r, float v, double w, std::uint8_t code) {
          if (v < here_best[r]) {
            here_best[r] = v;
            here_back[r] = code;
          }
          if (options.posteriors) {
            terms[r * shape_count * 2 + term_count[r]++] = w;
            term_max[r] = std::max(term_max[r], w);
          }
        };
        for (std::size_t s = 0; s < shape_count; ++s) {
          const float c = here_cost[s];
          if (!(c < kInf)) continue;
          const std::size_t from = cells.index(i - static_cast<std::size_t>(shapes[s].zh),
                                               j - static_cast<std::size_t>(shapes[s].en));
          if constexpr (ByKind) {
            if (kind[s] == kAlone && c == 0) {  // free: the state before carries over
              for (std::size_t q = 0; q < states; ++q) {
                if (best[from * states + q] == kInf) continue;
                offer(q, best[from * states + q],
                      options.posteriors ? alpha[from * states + q] : 0.0,
                      static_cast<std::uint8_t>(s | kFree));
              }
              if (options.posteriors) bead_cost[here * shape_count + s] = c;
              continue;
            }
          }
          const std::size_t r = kind[s];
          std::size_t unused;
          const float enter = ByKind ? into_best(&best[from * states], r, &unused) : best[from];
          if (enter == kInf) continue;
          if (options.posteriors) bead_cost[here * shape_count + s] = c;
          offer(r, enter + c, options.posteriors ? into_alpha(from, r) - c * inv_t : 0.0,
                static_cast<std::uint8_t>(s));
        }
        for (std::size_t r = 0; r < states; ++r) {
          best[here * states + r] = here_best[r];
          back[here * states + r] = here_back[r];
          if (options.posteriors && term_count[r] > 0) {
            const double* t = terms.data() + r * shape_count * 2;
            double sum = 0;
            for (std::size_t k = 0; k < term_count[r]; ++k) sum += std::exp(t[k] - term_max[r]);
            alpha[here * states + r] = term_max[r] + std::log(sum);
          }
        }
        if (ByKind && options.posteriors) {
          into_paired[here] = into_sum(&alpha[here * states], kPaired);
        }
      }
    }
  }
  const std::size_t goal = cells.index(n, m);
  std::size_t state = 0;
  for (std::size_t r = 1; r < states; ++r) {
    if (best[goal * states + r] < best[goal * states + state]) state = r;
  }
  if (best[goal * states + state] == kInf) return result;
  result.found = true;
  result.cost = best[goal * states + state];

  std::vector<std::uint8_t> path_states;  // the state each bead ends in
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const std::size_t here = cells.index(i, j);
    const std::uint8_t b = back[here * states + state];
    const BeadShape shape = shapes[b & 31];
    Bead bead;
    bead.zh = {i - static_cast<std::size_t>(shape.zh), i};
    bead.en = {j - static_cast<std::size_t>(shape.en), j};
    result.beads.push_back(bead);
    path_states.push_back(static_cast<std::uint8_t>(state));
    const bool near_lo = band.lo[i] > 0 && j <= band.lo[i] + options.edge_margin;
    const bool near_hi = band.hi[i] < m && j + options.edge_margin >= band.hi[i];
    result.touches_edge |= near_lo || near_hi;
    i = bead.zh.begin;
    j = bead.en.begin;
    if (ByKind && (b & kFree) == 0) {
      into_best(&best[cells.index(i, j) * states], state, &state);
    }
  }
  std::reverse(result.beads.begin(), result.beads.end());
  std::reverse(path_states.begin(), path_states.end());

  if (options.posteriors) {
    // beta(here, q): the paths from here, in state q, to the goal: per kind r of the next bead
    // the sum over its shapes (out[r]), then over the transitions q -> r; free beads keep q.
    std::vector<double> beta(cells.size() * states, kNegInf);
    for (std::size_t r = 0; r < states; ++r) beta[goal * states + r] = 0;
    for (std::size_t i = n + 1; i-- > 0;) {
      for (std::size_t j = std::min(band.hi[i], m) + 1; j-- > band.lo[i];) {
        const std::size_t here = cells.index(i, j);
        if (here == goal) continue;
        std::size_t term_count[states];
        double term_max[states];
        for (std::size_t r = 0; r < states; ++r) {
          term_count[r] = 0;
          term_max[r] = kNegInf;
        }
        // Terms by kind r at [r * shape_count * 2 ...], free terms by state q after them.
        auto add = [&](std::size_t r, double t) {
          terms[r * shape_count * 2 + term_count[r]++] = t;
          term_max[r] = std::max(term_max[r], t);
        };
        std::size_t free_count[states];
        for (std::size_t q = 0; q < states; ++q) free_count[q] = 0;
        for (std::size_t s = 0; s < shape_count; ++s) {
          const std::size_t to = cells.index(i + static_cast<std::size_t>(shapes[s].zh),
                                             j + static_cast<std::size_t>(shapes[s].en));
          if (to == Cells::npos) continue;
          const float c = bead_cost[to * shape_count + s];
          if (!(c < kInf)) continue;
          if (ByKind && kind[s] == kAlone && c == 0) {
            for (std::size_t q = 0; q < states; ++q) {
              if (beta[to * states + q] == kNegInf) continue;
              terms[q * shape_count * 2 + shape_count + free_count[q]++] = beta[to * states + q];
            }
            continue;
          }
          const std::size_t r = kind[s];
          if (beta[to * states + r] == kNegInf) continue;
          add(r, beta[to * states + r] - c * inv_t);
        }
        double out[states];
        for (std::size_t r = 0; r < states; ++r) {
          out[r] = kNegInf;
          if (term_count[r] == 0) continue;
          const double* t = terms.data() + r * shape_count * 2;
          double sum = 0;
          for (std::size_t k = 0; k < term_count[r]; ++k) sum += std::exp(t[k] - term_max[r]);
          out[r] = term_max[r] + std::log(sum);
        }
        for (std::size_t q = 0; q < states; ++q) {
          if (alpha[here * states + q] == kNegInf) continue;
          if constexpr (!ByKind) {
            beta[here] = out[0];
            continue;
          }
          // log of sum over r of exp(out[r]) * weight[q][r], plus the free terms.
          double top = kNegInf;
          for (std::size_t r = 0; r < states; ++r) top = std::max(top, out[r]);
          const double* f = terms.data() + q * shape_count * 2 + shape_count;
          for (std::size_t k = 0; k < free_count[q]; ++k) top = std::max(top, f[k]);
          if (top == kNegInf) continue;
          double sum = 0;
          for (std::size_t r = 0; r < states; ++r) sum += std::exp(out[r] - top) * weight[q][r];
          for (std::size_t k = 0; k < free_count[q]; ++k) sum += std::exp(f[k] - top);
          beta[here * states + q] = top + std::log(sum);
        }
      }
    }
    double z_max = kNegInf;
    for (std::size_t r = 0; r < states; ++r) z_max = std::max(z_max, alpha[goal * states + r]);
    double z_sum = 0;
    for (std::size_t r = 0; r < states; ++r) z_sum += std::exp(alpha[goal * states + r] - z_max);
    const double z = z_max + std::log(z_sum);
    for (std::size_t k = 0; k < result.beads.size(); ++k) {
      Bead& bead = result.beads[k];
      const std::size_t from = cells.index(bead.zh.begin, bead.en.begin);
      const std::size_t to = cells.index(bead.zh.end, bead.en.end);
      const std::size_t r = path_states[k];
      const std::uint8_t b = back[to * states + r];
      const float c = bead_cost[to * shape_count + (b & 31)];
      double p = 0;
      if ((b & kFree) != 0) {  // over the states it carries
        for (std::size_t q = 0; q < states; ++q) {
          p += std::exp(alpha[from * states + q] - c * inv_t + beta[to * states + q] - z);
        }
      } else {
        p = std::exp(into_alpha(from, r) - c * inv_t + beta[to * states + r] - z);
      }
      bead.confidence = std::clamp(p, 0.0, 1.0);
    }
  }
  return result;
}

}  // namespace detail

// Lowest-cost bead sequence from (0,0) to (n,m) within the band. cost(i, j, a, b) is the cost of
// the bead zh [i, i+a), en [j, j+b); return +infinity to forbid it.
template <class CostFn>
BeadPath search_beads(std::size_t n, std::size_t m, const Band& band,
                      const std::vector<BeadShape>& shapes, CostFn&& cost,
                      const SearchOptions& options = {}) {
  // A state per cell and bead kind when the transitions between kinds cost something, else one:
  // the plain search, a third of the memory.
  bool by_kind = false;
  for (const auto& row : options.transitions) {
    for (float t : row) by_kind |= t != 0;
  }
  return by_kind ? detail::search_beads<true>(n, m, band, shapes, cost, options)
                 : detail::search_beads<false>(n, m, band, shapes, cost, options);
}

}  // namespace bitext::align
