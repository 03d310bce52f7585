#include "bitext/align/aligner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <numeric>
#include <optional>

#include "bitext/align/bead_search.h"
#include "bitext/align/dictionary.h"
#include "bitext/align/engine.h"
#include "bitext/align/features.h"
#include "bitext/align/length_model.h"
#include "bitext/align/lexicon.h"
#include "bitext/align/method.h"
#include "bitext/core/error.h"
#include "bitext/core/parallel.h"
#include "bitext/text/label.h"

namespace bitext::align {
namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

// Bead shapes searched, with default priors (re-estimated from each document pair).
struct ShapePrior {
  BeadShape shape;
  double prior;
};
constexpr ShapePrior kShapePriors[] = {
    {{1, 1}, 0.80},  {{1, 0}, 0.02},  {{0, 1}, 0.02},  {{2, 1}, 0.05},
    {{1, 2}, 0.05},  {{2, 2}, 0.02},  {{3, 1}, 0.01},  {{1, 3}, 0.01},
    {{3, 2}, 0.005}, {{2, 3}, 0.005}, {{4, 1}, 0.002}, {{1, 4}, 0.002},
};
constexpr int kMaxSide = LengthModel::kMaxSide;  // longest side of a bead
constexpr std::size_t kFolds = 2;                // cross-fitting folds of the input-trained lexicon

std::vector<BeadShape> shapes() {
  std::vector<BeadShape> shapes;
  for (const ShapePrior& s : kShapePriors) shapes.push_back(s.shape);
  return shapes;
}

// Shape -> index into kShapePriors (-1: not searched), built at compile time: this runs for
// every cell and shape of every search.
constexpr auto kShapeIndex = [] {
  std::array<std::array<int, kMaxSide + 1>, kMaxSide + 1> t{};
  for (auto& row : t) {
    for (int& x : row) x = -1;
  }
  for (std::size_t k = 0; k < std::size(kShapePriors); ++k) {
    t[kShapePriors[k].shape.zh][kShapePriors[k].shape.en] = static_cast<int>(k);
  }
  return t;
}();

inline int shape_index(int a, int b) {
  return a >= 0 && b >= 0 && a <= kMaxSide && b <= kMaxSide ? kShapeIndex[a][b] : -1;
}

// Everything a pass scores beads with.
struct Model {
  LengthModel length;
  std::array<float, std::size(kShapePriors)> log_prior{};
  bool lexical = false;
  // Labels and kinds (heading, body …) count among the anchors. They say where a paragraph stands
  // in the layout, not what it says: the reversal test, which judges content, leaves them out.
  bool layout = true;
  // Lexicons trained on the input are cross-fitted: zh positions fall into folds of
  // `fold_chunk` segments (alternating), and a segment is scored with the lexicon trained on the
  // beads of the other folds, so that a wrong bead of the previous pass cannot vouch for itself
  // through words seen nowhere else. One fold when the lexicon is the dictionary alone.
  std::vector<Ibm1> zh_to_en;              // t(en | zh), per fold
  std::vector<Ibm1> en_to_zh;              // t(zh | en), per fold
  std::vector<LexicalModel> to_en, to_zh;  // scoring views of the tables above, per fold
  std::size_t fold_chunk = 1;
  std::size_t fold_offset = 0;  // for copies of a block re-indexed from 0
  std::size_t fold(std::size_t zh_index) const {
    return zh_to_en.size() <= 1 ? 0 : ((zh_index + fold_offset) / fold_chunk) % zh_to_en.size();
  }
  double length_ratio = 1;  // English / Chinese total length of the input
  // What a text lacks it lacks in stretches: the costs of one bead kind after another (paired,
  // alone), estimated from the previous pass. Zero in the first.
  KindTransitions transitions{};
};

// The reversal test's two measurements, nats per segment (AlignStats::reversal_gain and
// ::reversal_length_gain): a lexicon learned from a text that repeats itself (one passage twelve
// times over against formulaic English) can line up an unrelated pair in either order and inflate
// the first; lengths cannot.
struct ReversalGains {
  double full = 0;
  double length = 0;
  std::size_t segments = 0;  // of the sample both were measured on
};

// Under kMinReversalSample segments the reversal test is not run and the unaligned share judges
// alone; under kShortSample the test runs but its sample is judged by a rule of its own (finish).
constexpr std::size_t kMinReversalSample = 20;
constexpr std::size_t kShortSample = 100;

// Evidence weights of the structural anchors, in nats (log-likelihood ratios).
struct AnchorWeights {
  float label_match = 4.0f;      // equal labels: 第十二条 / Article 12
  float label_mismatch = 4.0f;   // both labelled, different numbers of one style
  float label_one_sided = 1.0f;  // a label on one side only
  float label_inside = 3.0f;     // a labelled segment swallowed inside a multi-segment bead
  float kind_mismatch = 3.0f;    // heading with body, title with body ...
  float cognate_match = 2.0f;    // the same number on both sides
  float cognate_miss = 0.5f;     // a number on one side only
};

// The block each bead lies in, for beads that come block by block (as a search returns them).
std::vector<std::size_t> blocks_of(const std::vector<Bead>& beads,
                                   const std::vector<Block>& blocks) {
  std::vector<std::size_t> out;
  out.reserve(beads.size());
  std::size_t k = 0;
  for (const Bead& b : beads) {
    auto inside = [&](const Block& block) {
      return b.zh.empty() ? block.en.begin <= b.en.begin && b.en.end <= block.en.end
                          : block.zh.begin <= b.zh.begin && b.zh.end <= block.zh.end;
    };
    while (k + 1 < blocks.size() && !inside(blocks[k])) ++k;
    out.push_back(k);
  }
  return out;
}

// The part of `block` from its first bead pairing both sides to its last, when that leaves out a
// third of the block or more (one text holding much the other lacks); otherwise, or when `beads`
// pair nothing in it, the whole block. (Trimming the few unpaired segments at the ends of
// unrelated short texts let 6 of 48 pass the reversal test instead of 5: docs/align.md.)
Block paired_span(const Block& block, const std::vector<Bead>& beads) {
  const Bead* first = nullptr;
  const Bead* last = nullptr;
  for (const Bead& b : beads) {
    if (b.zh.empty() || b.en.empty() || b.zh.begin < block.zh.begin || b.zh.end > block.zh.end) {
      continue;
    }
    if (first == nullptr) first = &b;
    last = &b;
  }
  if (first == nullptr) return block;
  const Block span{{first->zh.begin, last->zh.end}, {first->en.begin, last->en.end}};
  const std::size_t kept = span.zh.size() + span.en.size();
  return 3 * kept <= 2 * (block.zh.size() + block.en.size()) ? span : block;
}

// Per-band tables of the lexical score of "segment k given a range of the other side".
class LexTables {
 public:
  void build(const Model& model, const SideFeatures& zh, const SideFeatures& en, const Block& block,
             const Band& band, unsigned threads) {
    const std::size_t n = block.zh.size(), m = block.en.size();
    zh0_ = block.zh.begin;
    en0_ = block.en.begin;
    constexpr std::size_t kGrain = 128;
    // Forward rows: zh range [i, i+a) given, en segments scored. The range grows one segment at
    // a time, so a = 1, 2, 3 share one accumulation.
    for (auto& rows : fwd_) rows.assign(n + 1, {});
    parallel_for(n, kGrain, threads, [&](std::size_t begin, std::size_t end) {
      std::vector<LexicalScorer> to_en;
      for (const LexicalModel& lm : model.to_en) to_en.emplace_back(lm);
      for (std::size_t i = begin; i < end; ++i) {
        LexicalScorer& scorer = to_en[model.fold(zh0_ + i)];
        scorer.clear();
        for (int a = 1; a <= kMaxSide && i + static_cast<std::size_t>(a) <= n; ++a) {
          scorer.add(zh.segments[zh0_ + i + a - 1].bag);
          Row& row = fwd_[a - 1][i];
          row.lo = band.lo[i];
          const std::size_t hi = std::min(m, band.hi[i + static_cast<std::size_t>(a)]);
          if (hi <= row.lo) continue;
          row.v.resize(hi - row.lo);
          for (std::size_t k = row.lo; k < hi; ++k) {
            row.v[k - row.lo] = scorer.score(en.segments[en0_ + k].bag);
          }
        }
      }
    });
    // Rows of the band containing en position j form an interval, lo/hi being monotone.
    std::vector<std::size_t> first(m + 1, n + 1), last(m + 1, 0);
    for (std::size_t i = 0; i <= n; ++i) {
      for (std::size_t j = band.lo[i]; j <= std::min(band.hi[i], m); ++j) {
        first[j] = std::min(first[j], i);
        last[j] = std::max(last[j], i);
      }
    }
    // Reverse rows: en range [j, j+b) given, zh segments scored, each with its own fold.
    for (auto& rows : rev_) rows.assign(m + 1, {});
    parallel_for(m, kGrain, threads, [&](std::size_t begin, std::size_t end) {
      std::vector<LexicalScorer> to_zh;
      for (const LexicalModel& lm : model.to_zh) to_zh.emplace_back(lm);
      for (std::size_t j = begin; j < end; ++j) {
        if (first[j] > last[j]) continue;
        const std::size_t lo = first[j];
        const std::size_t hi = std::min(n, last[j] + kMaxSide);
        if (hi <= lo) continue;
        for (std::size_t f = 0; f < to_zh.size(); ++f) {
          bool needed = false;
          for (std::size_t k = lo; k < hi && !needed; ++k) needed = model.fold(zh0_ + k) == f;
          if (!needed) continue;
          LexicalScorer& scorer = to_zh[f];
          scorer.clear();
          for (int b = 1; b <= kMaxSide && j + static_cast<std::size_t>(b) <= m; ++b) {
            scorer.add(en.segments[en0_ + j + b - 1].bag);
            Row& row = rev_[b - 1][j];
            row.lo = lo;
            row.v.resize(hi - lo);
            for (std::size_t k = lo; k < hi; ++k) {
              if (model.fold(zh0_ + k) == f) {
                row.v[k - lo] = scorer.score(zh.segments[zh0_ + k].bag);
              }
            }
          }
        }
      }
    });
  }

  // Lexical log-likelihood ratio of bead zh [i, i+a) / en [j, j+b) (block-local indices),
  // averaged over the two directions.
  float score(std::size_t i, std::size_t j, int a, int b) const {
    float forward = 0, backward = 0;
    const Row& f = fwd_[a - 1][i];
    for (int k = 0; k < b; ++k) forward += f.at(j + k);
    const Row& r = rev_[b - 1][j];
    for (int k = 0; k < a; ++k) backward += r.at(i + k);
    return 0.5f * (forward + backward);
  }

 private:
  struct Row {
    std::size_t lo = 0;
    std::vector<float> v;
    float at(std::size_t k) const { return k >= lo && k - lo < v.size() ? v[k - lo] : -50.0f; }
  };
  std::array<std::vector<Row>, kMaxSide> fwd_, rev_;
  std::size_t zh0_ = 0, en0_ = 0;
};

class Engine {
 public:
  Engine(const SideFeatures& zh, const SideFeatures& en, const AlignOptions& options,
         const Method& method, const Dictionary* dictionary, std::size_t zh_vocab,
         std::size_t en_vocab, std::vector<TokenId> zh_identity)
      : zh_(zh),
        en_(en),
        options_(options),
        method_(method),
        terms_(method.terms()),
        dictionary_(dictionary),
        zh_vocab_(zh_vocab),
        en_vocab_(en_vocab),
        zh_identity_(std::move(zh_identity)),
        shapes_(shapes()) {
    // The length-only guide path needs only the common shapes (1-1, 1-0, 0-1, 2-1, 1-2): less
    // than half the work, and the passes that follow, with every shape, end on the same beads
    // (measured on every gold set).
    for (const BeadShape& shape : shapes_) {
      if (shape.zh + shape.en <= 3) guide_shapes_.push_back(shape);
    }
    en_unigram_ = unigram(en, en_vocab);
    zh_unigram_ = unigram(zh, zh_vocab);
    for (const auto& s : zh.segments) zh_lengths_.push_back(s.length);
    for (const auto& s : en.segments) en_lengths_.push_back(s.length);
  }

  // Aligns each block on its own, sharing the model estimated over all of them. Blocks may be
  // grouped by document (`group[k]` for block k, nondecreasing; empty: one group): the stats
  // that judge a document — the unaligned share, the reversal test on its largest block — are
  // then also given per group in `per_group`.
  std::vector<Bead> run(const std::vector<Block>& blocks, AlignStats& stats,
                        const std::vector<std::size_t>& group = {},
                        std::vector<AlignStats>* per_group = nullptr) {
    Model model = initial_model(blocks);
    std::vector<Bead> beads;
    if (method_.refines()) {
      beads = search_all(model, blocks, nullptr, false);
      reestimate(model, beads);
      if (method_.learns_lexicon()) {
        train_lexicon(model, beads, stats);
        // Pass two: length and the lexicon learned from pass one, best path only.
        beads = search_all(model, blocks, &beads, false);
        reestimate(model, beads);
        train_lexicon(model, beads, stats);
      }
    }
    const std::size_t groups = group.empty() ? 1 : group.back() + 1;
    auto group_of = [&](std::size_t k) { return group.empty() ? 0 : group[k]; };
    // The largest block of each group takes the reversal test, its size counted in content:
    // a PDF's text can hold more running headers and page numbers than paragraphs, and their
    // stream says nothing about whether the texts translate each other.
    auto content = [&](const Block& b) {
      std::size_t n = 0;
      for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) n += !is_furniture(zh_.segments[i].kind);
      return n;
    };
    std::vector<std::size_t> largest(groups, blocks.size());
    std::vector<std::size_t> largest_size(groups, 0);
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      const std::size_t g = group_of(k);
      const std::size_t size = content(blocks[k]);
      if (largest[g] == blocks.size() || size > largest_size[g]) {
        largest[g] = k;
        largest_size[g] = size;
      }
    }
    // The reversal test looks at the span of the block that the last pass paired: segments left
    // alone before its first bead and after its last (the rest of a longer English document
    // holding the Chinese one's original) would let the reversed order pick partners from a
    // pool many times larger than the text it pairs, and gain as much as the right order.
    std::vector<Block> tested(groups);
    for (std::size_t g = 0; g < groups; ++g) {
      if (largest[g] < blocks.size()) tested[g] = paired_span(blocks[largest[g]], beads);
    }
    // The model is final: the last search (with posteriors) and the reversal tests, which only
    // read the model, run side by side.
    std::vector<ReversalGains> gains(
        groups,
        ReversalGains{stats.reversal_gain, stats.reversal_length_gain, stats.reversal_segments});
    const bool refined = !beads.empty();
    parallel_for(2, 1, options_.threads, [&](std::size_t begin, std::size_t end) {
      for (std::size_t task = begin; task < end; ++task) {
        if (task == 0) {
          beads = search_all(model, blocks, refined ? &beads : nullptr, true);
        } else {
          for (std::size_t g = 0; g < groups; ++g) {
            if (largest[g] < blocks.size()) gains[g] = reversal_gain(model, tested[g]);
          }
        }
      }
    });
    stats.log_length_ratio = model.length.log_ratio();
    stats.length_spread_a = model.length.spread_a();
    stats.length_spread_b = model.length.spread_b();
    stats.band_cells = last_cells_;
    stats.lexical_per_token = evidence_.tokens > 0 ? evidence_.lexical / evidence_.tokens : 0.0;
    std::vector<AlignStats> judged(groups, stats);
    for (std::size_t g = 0; g < groups; ++g) {
      judged[g].reversal_gain = gains[g].full;
      judged[g].reversal_length_gain = gains[g].length;
      judged[g].reversal_segments = gains[g].segments;
    }
    // Unaligned share per group. Page furniture and boilerplate do not count: one text's
    // running headers and page numbers have no counterpart in the other's.
    std::vector<std::size_t> null_segments(groups, 0), segments(groups, 0);
    std::vector<double> zh_total(groups, 0), en_total(groups, 0);
    const std::vector<std::size_t> block = blocks_of(beads, blocks);
    for (std::size_t x = 0; x < beads.size(); ++x) {
      const Bead& b = beads[x];
      const std::size_t g = group_of(block[x]);
      std::size_t counted = 0;
      for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) {
        zh_total[g] += zh_lengths_[i];
        counted += !is_furniture(zh_.segments[i].kind);
      }
      for (std::size_t j = b.en.begin; j < b.en.end; ++j) {
        en_total[g] += en_lengths_[j];
        counted += !is_furniture(en_.segments[j].kind);
      }
      segments[g] += counted;
      if (b.zh.empty() || b.en.empty()) null_segments[g] += counted;
    }
    for (std::size_t g = 0; g < groups; ++g) {
      judged[g].null_fraction =
          segments[g] > 0 ? static_cast<double>(null_segments[g]) / segments[g] : 0.0;
      judged[g].total_length_ratio =
          zh_total[g] > 0 && en_total[g] > 0 ? en_total[g] / zh_total[g] : 1.0;
    }
    stats = judged[0];
    if (per_group != nullptr) *per_group = std::move(judged);
    return beads;
  }

 private:
  Model initial_model(const std::vector<Block>& blocks) {
    Model model;
    double zh_total = 0, en_total = 0;
    std::vector<float> zh_lengths, en_lengths;
    for (const Block& b : blocks) {
      for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) zh_lengths.push_back(zh_lengths_[i]);
      for (std::size_t j = b.en.begin; j < b.en.end; ++j) en_lengths.push_back(en_lengths_[j]);
    }
    for (float l : zh_lengths) zh_total += l;
    for (float l : en_lengths) en_total += l;
    model.length = LengthModel::from_totals(zh_lengths, en_lengths);
    model.length.prepare(zh_lengths_, en_lengths_);
    model.length_ratio = zh_total > 0 && en_total > 0 ? en_total / zh_total : 1.0;
    for (std::size_t k = 0; k < std::size(kShapePriors); ++k) {
      const BeadShape& shape = kShapePriors[k].shape;
      model.log_prior[k] = method_.initial_log_prior(
          shape.zh, shape.en, static_cast<float>(std::log(kShapePriors[k].prior)));
    }
    if (dictionary_ != nullptr && method_.learns_lexicon() && !dictionary_->empty()) {
      // Start from the dictionary alone; the input's own beads are added after pass one.
      AlignStats unused;
      train_lexicon(model, {}, unused);
    }
    return model;
  }

  // Refit the length model on 1-1 beads and the shape priors on all beads.
  void reestimate(Model& model, const std::vector<Bead>& beads) {
    std::vector<LengthSample> samples;
    std::array<double, std::size(kShapePriors)> counts{};
    double total = 0;
    for (const Bead& b : beads) {
      const int s = shape_index(static_cast<int>(b.zh.size()), static_cast<int>(b.en.size()));
      if (s < 0) continue;
      counts[s] += 1;
      total += 1;
      if (b.zh.size() == 1 && b.en.size() == 1) {
        samples.push_back({zh_.segments[b.zh.begin].length, en_.segments[b.en.begin].length, 1.0f});
      }
    }
    model.length.refit(samples);
    model.length.prepare(zh_lengths_, en_lengths_);
    // Dirichlet smoothing toward the defaults: kStrength pseudo-beads.
    constexpr double kStrength = 50;
    for (std::size_t k = 0; k < std::size(kShapePriors); ++k) {
      const double p = (counts[k] + kStrength * kShapePriors[k].prior) / (total + kStrength);
      model.log_prior[k] = static_cast<float>(std::log(p));
    }
    model.transitions = kind_transitions(model, beads);
  }

  // The transitions between bead kinds of `beads` as a first-order Markov chain, each row shrunk
  // toward the kinds' shares under the shape priors (kStrength pseudo-beads): a bead of kind r
  // after one of kind q costs -log(P(r | q) / P(r)) more, which is zero when the kinds follow
  // each other at random. A Chinese excerpt against a whole English report leaves the report's
  // rest out in one or two long runs; a path that pairs one paragraph far off (a list numbered
  // like the excerpt's, further on) breaks a run in two and pays for it. Empty segments left
  // alone (costing nothing) are not counted, as in the search.
  KindTransitions kind_transitions(const Model& model, const std::vector<Bead>& beads) const {
    constexpr double kStrength = 5;
    std::array<double, kBeadKinds> share{};
    for (std::size_t k = 0; k < std::size(kShapePriors); ++k) {
      share[kind_of(kShapePriors[k].shape)] += std::exp(model.log_prior[k]);
    }
    std::array<std::array<double, kBeadKinds>, kBeadKinds> counts{};
    std::size_t previous = kPaired;
    for (const Bead& b : beads) {
      const auto kind = kind_of({static_cast<int>(b.zh.size()), static_cast<int>(b.en.size())});
      if (kind != kPaired && empty(b)) continue;
      counts[previous][kind] += 1;
      previous = kind;
    }
    KindTransitions out{};
    for (std::size_t q = 0; q < kBeadKinds; ++q) {
      double row = 0;
      for (double c : counts[q]) row += c;
      for (std::size_t r = 0; r < kBeadKinds; ++r) {
        const double p = share[r] / (share[kPaired] + share[kAlone]);
        if (!(p > 0)) continue;  // a kind the shape priors forbid: no bead of it to weigh
        const double given = (counts[q][r] + kStrength * p) / (row + kStrength);
        out[q][r] = static_cast<float>(-std::log(given / p));
      }
    }
    return out;
  }

  bool empty(const Bead& b) const {
    for (std::size_t k = b.zh.begin; k < b.zh.end; ++k) {
      if (zh_.segments[k].length != 0) return false;
    }
    for (std::size_t k = b.en.begin; k < b.en.end; ++k) {
      if (en_.segments[k].length != 0) return false;
    }
    return true;
  }

  void train_lexicon(Model& model, const std::vector<Bead>& beads, AlignStats& stats) {
    // Training material: the non-null beads of the last pass, evenly subsampled to a fixed bound so
    // that time and memory stay linear in the input.
    std::vector<std::pair<std::vector<TokenId>, std::vector<TokenId>>> material;
    std::vector<std::size_t> material_zh_start;
    std::vector<const Bead*> chosen;
    for (const Bead& b : beads) {
      if (b.zh.empty() || b.en.empty()) continue;
      chosen.push_back(&b);
    }
    const std::size_t limit = options_.max_training_beads;
    const double step = chosen.size() > limit ? static_cast<double>(chosen.size()) / limit : 1.0;
    std::vector<const Bead*> sample;
    for (double x = 0; x < chosen.size(); x += step) {
      const Bead& b = *chosen[static_cast<std::size_t>(x)];
      sample.push_back(&b);
      std::vector<TokenId> z, e;
      for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) {
        const auto& t = zh_.segments[i].tokens;
        z.insert(z.end(), t.begin(), t.end());
      }
      for (std::size_t j = b.en.begin; j < b.en.end; ++j) {
        const auto& t = en_.segments[j].tokens;
        e.insert(e.end(), t.begin(), t.end());
      }
      material.emplace_back(std::move(z), std::move(e));
      material_zh_start.push_back(b.zh.begin);
    }
    stats.training_beads = material.size();
    if (dictionary_ != nullptr && !dictionary_selected_) select_dictionary_entries();
    const std::size_t folds = material.empty() || !options_.cross_fit ? 1 : kFolds;
    model.fold_chunk = std::max<std::size_t>(8, zh_.segments.size() / (4 * kFolds));
    model.zh_to_en.assign(folds, {});
    model.en_to_zh.assign(folds, {});
    const std::vector<TokenId> inverse = inverse_identity();
    // One task per fold and direction; tasks write to their own table.
    parallel_for(2 * folds, 1, options_.threads, [&](std::size_t begin, std::size_t end) {
      for (std::size_t task = begin; task < end; ++task) {
        const std::size_t f = task / 2;
        const bool to_en = task % 2 == 0;
        std::vector<TokenPair> pairs;
        for (std::size_t k = 0; k < material.size(); ++k) {
          if (folds > 1 && model.fold(material_zh_start[k]) == f) continue;
          const auto& [z, e] = material[k];
          pairs.push_back(to_en ? TokenPair{&z, &e, 1.0f} : TokenPair{&e, &z, 1.0f});
        }
        if (dictionary_ != nullptr) {
          for (std::size_t k : to_en ? dictionary_to_en_ : dictionary_to_zh_) {
            const auto& entry = dictionary_->entries()[k];
            pairs.push_back(to_en ? TokenPair{&entry.zh, &entry.en, Dictionary::kEntryWeight}
                                  : TokenPair{&entry.en, &entry.zh, Dictionary::kEntryWeight});
          }
        }
        Ibm1Options ibm;
        if (to_en) {
          model.zh_to_en[f].train(pairs, zh_vocab_, en_vocab_, ibm, zh_identity_);
        } else {
          model.en_to_zh[f].train(pairs, en_vocab_, zh_vocab_, ibm, inverse);
        }
      }
    });
    model.to_en.clear();
    model.to_zh.clear();
    for (std::size_t f = 0; f < folds; ++f) {
      model.to_en.emplace_back(model.zh_to_en[f], zh_unigram_, en_unigram_,
                               options_.lexical_lambda);
      model.to_zh.emplace_back(model.en_to_zh[f], en_unigram_, zh_unigram_,
                               options_.lexical_lambda);
    }
    if (options_.estimate_lambda && folds > 1) {
      // Only cross-fitted tables give held-out probabilities. Both directions at once, each
      // writing its own value.
      float lambdas[2] = {};
      parallel_for(2, 1, options_.threads, [&](std::size_t begin, std::size_t end) {
        for (std::size_t d = begin; d < end; ++d) {
          lambdas[d] = held_out_lambda(model, sample, d == 0);
        }
      });
      stats.lambda_en = lambdas[0];
      stats.lambda_zh = lambdas[1];
      for (LexicalModel& m : model.to_en) m.set_lambda(lambdas[0]);
      for (LexicalModel& m : model.to_zh) m.set_lambda(lambdas[1]);
    }
    model.lexical = true;
  }

  // Dictionary entries none of whose source tokens occur in the input would train only table
  // rows the scoring never reads (and, a little, the NULL row): they are left out, one list per
  // direction. A short document then trains on a few thousand of CC-CEDICT's 200,000 senses.
  void select_dictionary_entries() {
    auto seen = [](const SideFeatures& side, std::size_t vocab) {
      std::vector<char> out(vocab, 0);
      for (const auto& s : side.segments) {
        for (TokenId t : s.tokens) {
          if (t < vocab) out[t] = 1;
        }
      }
      return out;
    };
    const std::vector<char> zh_seen = seen(zh_, zh_vocab_), en_seen = seen(en_, en_vocab_);
    auto any = [](const std::vector<TokenId>& tokens, const std::vector<char>& in) {
      return std::any_of(tokens.begin(), tokens.end(),
                         [&](TokenId t) { return t < in.size() && in[t] != 0; });
    };
    const auto& entries = dictionary_->entries();
    for (std::size_t k = 0; k < entries.size(); ++k) {
      if (any(entries[k].zh, zh_seen)) dictionary_to_en_.push_back(k);
      if (any(entries[k].en, en_seen)) dictionary_to_zh_.push_back(k);
    }
    dictionary_selected_ = true;
  }

  // The mixing weight of the lexicon in one direction, estimated on (a sample of) the training
  // beads, each scored with the table of the fold not trained on it (estimate_lambda).
  float held_out_lambda(const Model& model, const std::vector<const Bead*>& beads,
                        bool to_en) const {
    const SideFeatures& source = to_en ? zh_ : en_;
    const SideFeatures& target = to_en ? en_ : zh_;
    const std::vector<float>& background = to_en ? en_unigram_ : zh_unigram_;
    std::vector<LexicalScorer> scorers;
    for (const LexicalModel& m : to_en ? model.to_en : model.to_zh) scorers.emplace_back(m);
    std::vector<float> ibm, bg;
    // One number to estimate: an even sample of 1,000 beads (some 20,000 tokens) is plenty and
    // keeps this cheap.
    constexpr std::size_t kSample = 1000;
    const double step = beads.size() > kSample ? static_cast<double>(beads.size()) / kSample : 1.0;
    for (double x = 0; x < beads.size(); x += step) {
      const Bead& b = *beads[static_cast<std::size_t>(x)];
      LexicalScorer& scorer = scorers[model.fold(b.zh.begin)];
      scorer.clear();
      const IndexRange from = to_en ? b.zh : b.en;
      const IndexRange to = to_en ? b.en : b.zh;
      for (std::size_t i = from.begin; i < from.end; ++i) scorer.add(source.segments[i].bag);
      for (std::size_t j = to.begin; j < to.end; ++j) {
        for (const TokenCount& t : target.segments[j].bag) {
          ibm.insert(ibm.end(), t.count, scorer.translation_prob(t.token));
          bg.insert(bg.end(), t.count, background[t.token]);
        }
      }
    }
    // The fixed weight is the most the lexicon gets (more did not align better, measured);
    // the held-out estimate lowers it when the lexicon explains new text poorly.
    return std::min(options_.lexical_lambda, estimate_lambda(ibm, bg));
  }

  std::vector<TokenId> inverse_identity() const {
    std::vector<TokenId> inverse(en_vocab_, Vocabulary::kUnknown);
    for (std::size_t z = 0; z < zh_identity_.size(); ++z) {
      if (zh_identity_[z] != Vocabulary::kUnknown && zh_identity_[z] < en_vocab_) {
        inverse[zh_identity_[z]] = static_cast<TokenId>(z);
      }
    }
    return inverse;
  }

  std::vector<Bead> search_all(const Model& model, const std::vector<Block>& blocks,
                               const std::vector<Bead>* previous, bool posteriors) {
    std::vector<Bead> out;
    last_cells_ = 0;
    evidence_ = {};
    std::size_t p = 0;
    for (const Block& block : blocks) {
      std::vector<Bead> prior_path;
      if (previous != nullptr) {
        // The previous pass's beads of this block, made block-local.
        while (p < previous->size() && (*previous)[p].zh.end <= block.zh.begin &&
               (*previous)[p].en.end <= block.en.begin) {
          ++p;
        }
        while (p < previous->size() && (*previous)[p].zh.begin >= block.zh.begin &&
               (*previous)[p].zh.end <= block.zh.end && (*previous)[p].en.begin >= block.en.begin &&
               (*previous)[p].en.end <= block.en.end) {
          Bead b = (*previous)[p++];
          b.zh = {b.zh.begin - block.zh.begin, b.zh.end - block.zh.begin};
          b.en = {b.en.begin - block.en.begin, b.en.end - block.en.begin};
          prior_path.push_back(b);
        }
      }
      for (Bead b : search_block(model, block, prior_path, posteriors).beads) {
        b.zh = {b.zh.begin + block.zh.begin, b.zh.end + block.zh.begin};
        b.en = {b.en.begin + block.en.begin, b.en.end + block.en.begin};
        out.push_back(b);
      }
    }
    return out;
  }

  // `max_width`: the band is widened up to this half-width at most (0: until the path leaves
  // its edge).
  BeadPath search_block(const Model& model, const Block& block, const std::vector<Bead>& prior_path,
                        bool posteriors, std::size_t max_width = 0) const {
    const std::size_t n = block.zh.size(), m = block.en.size();
    if (n == 0 || m == 0) {  // one side empty: every segment is a null bead
      BeadPath path;
      path.found = true;
      for (std::size_t i = 0; i < n; ++i) path.beads.push_back({{i, i + 1}, {0, 0}, 1.0, false});
      for (std::size_t j = 0; j < m; ++j) path.beads.push_back({{n, n}, {j, j + 1}, 1.0, false});
      return path;
    }
    // First pass: a band around a coarse-to-fine length-only path; later passes: a band around
    // the previous pass's path. Either band is doubled while the best path runs along its edge.
    std::vector<Bead> guide = prior_path;
    if (guide.empty()) {
      std::vector<float> zl(zh_lengths_.begin() + block.zh.begin,
                            zh_lengths_.begin() + block.zh.end);
      std::vector<float> el(en_lengths_.begin() + block.en.begin,
                            en_lengths_.begin() + block.en.end);
      guide = approximate_path(zl, el, model);
    }
    SearchOptions search;
    search.posteriors = posteriors;
    search.temperature = options_.temperature;
    search.threads = options_.threads;
    search.transitions = model.transitions;
    // A first pass over a small matrix searches all of it: a length-only guide can go astray
    // where one text holds much the other lacks (a resolution against the whole report), and a
    // band around it would never see the right path.
    constexpr std::size_t kFullFirstPass = 250000;
    const std::size_t width =
        prior_path.empty() && max_width == 0 && n * m <= kFullFirstPass ? std::max(n, m) : 8;
    LexTables lex;
    BeadPath path = widening_search(n, m, guide, width, max_width, [&](const Band& band) {
      if (model.lexical) lex.build(model, zh_, en_, block, band, options_.threads);
      auto bead_cost = [&](std::size_t i, std::size_t j, int a, int b) {
        return cost(model, model.lexical ? &lex : nullptr, block.zh.begin + i, block.en.begin + j,
                    a, b, i, j);
      };
      last_cells_ += band.cells();
      return search_beads(n, m, band, shapes_, bead_cost, search);
    });
    if (model.lexical && posteriors) {
      for (const Bead& b : path.beads) {
        if (b.zh.empty() || b.en.empty()) continue;
        evidence_.lexical += lex.score(b.zh.begin, b.en.begin, static_cast<int>(b.zh.size()),
                                       static_cast<int>(b.en.size()));
        for (std::size_t k = b.zh.begin; k < b.zh.end; ++k) {
          evidence_.tokens += 0.5 * zh_.segments[block.zh.begin + k].tokens.size();
        }
        for (std::size_t k = b.en.begin; k < b.en.end; ++k) {
          evidence_.tokens += 0.5 * en_.segments[block.en.begin + k].tokens.size();
        }
      }
    }
    return path;
  }

  // Evidence that the two sides translate each other, free of the selection bias of looking at
  // the chosen beads only: the best alignment of (a sample of) the block against the best
  // alignment of the same Chinese with the English in reverse order, under the same model, in nats
  // per segment. Near 0 for unrelated texts (either order is as good), clearly positive for
  // translations. NaN when the block is too small to tell (under 20 segments). Measured twice:
  // with the whole model, and with lengths and anchors only (see ReversalGains).
  ReversalGains reversal_gain(const Model& model, const Block& block) const {
    constexpr std::size_t kSample = 600;
    // Both orders are searched in the first pass's band (±8 around the length-only guide), not
    // widened: the reversed order always runs along the edge and widened to ±32 on the Bible,
    // two thirds of the test's time, beside the final pass. The same budget for both orders
    // keeps the comparison fair; a translation still gains, an unrelated pair still does not.
    constexpr std::size_t kReversalWidth = 8;
    const std::size_t n = std::min(block.zh.size(), kSample);
    const std::size_t m =
        block.zh.empty() ? 0
                         : std::min(block.en.size(), std::max<std::size_t>(
                                                         1, block.en.size() * n / block.zh.size()));
    // Under 20 segments a few lines decide the gain either way (translations of 10-19
    // segments, news and Bible: 4 of 31 gained under 0.4; docs/align.md).
    if (n + m < kMinReversalSample) return {std::nan(""), std::nan(""), n + m};
    SideFeatures zh_sample, en_sample, en_reversed;
    zh_sample.segments.assign(zh_.segments.begin() + block.zh.begin,
                              zh_.segments.begin() + block.zh.begin + n);
    en_sample.segments.assign(en_.segments.begin() + block.en.begin,
                              en_.segments.begin() + block.en.begin + m);
    en_reversed = en_sample;
    // Reversed rather than rotated: a rotation of a text that repeats itself (a report quoting
    // whole paragraphs twice, a benchmark of one text copied many times) can line up again.
    std::reverse(en_reversed.segments.begin(), en_reversed.segments.end());
    // The best alignment costs of one English order: with the whole model, then without the
    // lexicon (one engine, one copy of the model).
    auto best = [&](const SideFeatures& en) {
      Engine sample(zh_sample, en, options_, method_, dictionary_, zh_vocab_, en_vocab_,
                    zh_identity_);
      Model copy = model;
      copy.layout = false;
      copy.fold_offset = block.zh.begin;
      copy.length.prepare(sample.zh_lengths_, sample.en_lengths_);
      const Block whole{{0, n}, {0, m}};
      const double full = sample.search_block(copy, whole, {}, false, kReversalWidth).cost;
      copy.lexical = false;
      const double length = sample.search_block(copy, whole, {}, false, kReversalWidth).cost;
      return ReversalGains{full, length};
    };
    const ReversalGains forward = best(en_sample), reversed = best(en_reversed);
    const auto segments = static_cast<double>(n + m);
    return {(reversed.full - forward.full) / segments,
            (reversed.length - forward.length) / segments, n + m};
  }

  // A length-only path for segments of these lengths, found coarse to fine: halve both sides
  // by merging neighbours until the search space is small, align there, then refine the path
  // level by level in a narrow band around the projection of the coarser one. Linear in the
  // input where a diagonal band would need the width of the largest drift (hundreds of lines
  // in long texts). `merged`: lines per unit at this level. A unit left unaligned stands for
  // that many lines left unaligned and costs as much: at the price of one line, the coarse
  // levels dropped units on one side and caught up later, a path hundreds of lines off the
  // right one that the finer levels had to find again with ever wider bands (Bible x13: ±384
  // at the four-line level, 3.6 s; now ±96).
  std::vector<Bead> approximate_path(const std::vector<float>& zl, const std::vector<float>& el,
                                     const Model& model, std::size_t merged = 1) const {
    const std::size_t n = zl.size(), m = el.size();
    const LengthModel length = model.length.with_lengths(zl, el);
    auto cost = [&](std::size_t i, std::size_t j, int a, int b) -> float {
      const int s = shape_index(a, b);
      if (s < 0 || model.log_prior[s] == -kInf) return kInf;
      if (a == 0 || b == 0) return -model.log_prior[s] * static_cast<float>(merged);
      return -(model.log_prior[s] + length.bead_score(i, a, j, b));
    };
    constexpr std::size_t kDirectCells = 200000;
    std::vector<Bead> guide;
    std::size_t width = std::max(n, m);
    if (n * m > kDirectCells && n > 2 && m > 2) {
      auto halve = [](const std::vector<float>& v) {
        std::vector<float> out((v.size() + 1) / 2, 0.0f);
        for (std::size_t k = 0; k < v.size(); ++k) out[k / 2] += v[k];
        return out;
      };
      for (Bead b : approximate_path(halve(zl), halve(el), model, 2 * merged)) {
        b.zh = {std::min(n, 2 * b.zh.begin), std::min(n, 2 * b.zh.end)};
        b.en = {std::min(m, 2 * b.en.begin), std::min(m, 2 * b.en.end)};
        guide.push_back(b);
      }
      width = 6;
    }
    return widening_search(n, m, guide, width, 0,
                           [&](const Band& band) {
                             SearchOptions search;
                             search.threads = options_.threads;
                             return search_beads(n, m, band, guide_shapes_, cost, search);
                           })
        .beads;
  }

  // Searches a band of half-width `width` around `guide`, doubling the width while the best
  // path runs along the band's edge, up to the full matrix or to `max_width` (0: no limit).
  template <class Search>
  static BeadPath widening_search(std::size_t n, std::size_t m, const std::vector<Bead>& guide,
                                  std::size_t width, std::size_t max_width, Search&& search) {
    for (;;) {
      const bool full = width >= std::max(n, m);
      const Band band = full ? diagonal_band(n, m, std::max(n, m)) : path_band(guide, n, m, width);
      BeadPath path = search(band);
      const bool last = full || (max_width > 0 && width * 2 > max_width);
      if (path.found && (!path.touches_edge || last)) return path;
      width *= 2;
    }
  }

  float cost(const Model& model, const LexTables* lex, std::size_t gi, std::size_t gj, int a, int b,
             std::size_t li, std::size_t lj) const {
    const int s = shape_index(a, b);
    if (s < 0 || model.log_prior[s] == -kInf) return kInf;
    float zh_len[kMaxSide], en_len[kMaxSide];
    bool all_empty = true;
    for (int k = 0; k < a; ++k) {
      zh_len[k] = zh_.segments[gi + k].length;
      all_empty &= zh_len[k] == 0;
    }
    for (int k = 0; k < b; ++k) {
      en_len[k] = en_.segments[gj + k].length;
      all_empty &= en_len[k] == 0;
    }
    if (a == 0 || b == 0) {
      // Empty lines cost nothing to leave unaligned; labelled segments should find a partner.
      if (all_empty) return 0.0f;
      float cost = -model.log_prior[s];
      const auto& seg = a > 0 ? zh_.segments[gi] : en_.segments[gj];
      if (model.layout && !seg.label.empty()) cost += weights_.label_one_sided;
      return cost;
    }
    BeadEvidence evidence;
    evidence.log_prior = model.log_prior[s];
    if (terms_.length) evidence.length = model.length.bead_score(gi, a, gj, b);
    if (terms_.anchors && options_.anchors) evidence.anchors = anchors(gi, gj, a, b, model.layout);
    if (terms_.lexical && lex != nullptr) evidence.lexical = lex->score(li, lj, a, b);
    evidence.zh_length = std::accumulate(zh_len, zh_len + a, 0.0f);
    evidence.en_length = std::accumulate(en_len, en_len + b, 0.0f);
    evidence.length_ratio = static_cast<float>(model.length_ratio);
    return method_.cost(evidence);
  }

  // Labels and kinds: where the segments stand in the layout, as a log-likelihood ratio.
  float layout_anchors(std::size_t gi, std::size_t gj, int a, int b) const {
    const SegmentFeatures& z = zh_.segments[gi];
    const SegmentFeatures& e = en_.segments[gj];
    float score = 0;
    if (!z.label.empty() && !e.label.empty()) {
      if (text::labels_correspond(z.label, e.label)) {
        // The same number bracketed on one side only ((九) / 9., 6. / (6)): two lists that share
        // numbers as often as one list translated; no evidence either way.
        if (text::label_bracketed(z.label) == text::label_bracketed(e.label)) {
          score += weights_.label_match;
        }
      } else {
        score -= weights_.label_mismatch;
      }
    } else if (!z.label.empty() || !e.label.empty()) {
      score -= weights_.label_one_sided;
    }
    for (int k = 1; k < a; ++k) {
      if (!zh_.segments[gi + k].label.empty()) score -= weights_.label_inside;
    }
    for (int k = 1; k < b; ++k) {
      if (!en_.segments[gj + k].label.empty()) score -= weights_.label_inside;
    }
    if (z.kind != e.kind) score -= weights_.kind_mismatch;
    // Two masthead lines of known fields, paired one to one: the session line with the session
    // line, the meeting's dates with its dates, as labels are. (Beads of several lines are left
    // alone: a closing "2019年12月18日 / 第50次全体会议" reads "50th plenary meeting / 18 December
    // 2019", the same fields in the other order.)
    if (a == 1 && b == 1 && z.masthead != 0 && e.masthead != 0) {
      score += z.masthead == e.masthead ? weights_.label_match : -weights_.label_mismatch;
    }
    return score;
  }

  // Structural evidence, as a log-likelihood ratio: the layout's (`layout`), then cognates and
  // romanized names, which say something of the content.
  float anchors(std::size_t gi, std::size_t gj, int a, int b, bool layout) const {
    float score = layout ? layout_anchors(gi, gj, a, b) : 0.0f;
    // Cognates: numbers and symbols written the same on both sides.
    std::size_t zn = 0, en = 0, matched = 0;
    for (int k = 0; k < a; ++k) zn += zh_.segments[gi + k].cognates.size();
    for (int k = 0; k < b; ++k) en += en_.segments[gj + k].cognates.size();
    if (zn > 0 || en > 0) {
      std::vector<const std::string*> pool;
      for (int k = 0; k < b; ++k) {
        for (const auto& c : en_.segments[gj + k].cognates) pool.push_back(&c);
      }
      for (int k = 0; k < a; ++k) {
        for (const auto& c : zh_.segments[gi + k].cognates) {
          for (auto& p : pool) {
            if (p != nullptr && *p == c) {
              ++matched;
              p = nullptr;
              break;
            }
          }
        }
      }
      const std::size_t unmatched = zn + en - 2 * matched;
      score += weights_.cognate_match * matched - weights_.cognate_miss * unmatched;
    }
    // Romanized Chinese names: each English name in the bead that the pinyin of a Chinese run
    // in it spells, as a cognate; one it does not spell counts as an unmatched one.
    for (int k = 0; k < b; ++k) {
      for (const auto& run : en_.segments[gj + k].names) {
        bool spelled = false;
        for (int q = 0; q < a && !spelled; ++q) {
          const auto& pinyin = zh_.segments[gi + q].name_pinyin;
          for (const std::string& s : run) {
            if (std::binary_search(pinyin.begin(), pinyin.end(), s)) {
              spelled = true;
              break;
            }
          }
        }
        score += spelled ? weights_.cognate_match : -weights_.cognate_miss;
      }
    }
    return score;
  }

  const SideFeatures& zh_;
  const SideFeatures& en_;
  const AlignOptions& options_;
  const Method& method_;
  Method::Terms terms_;
  const Dictionary* dictionary_;
  std::size_t zh_vocab_, en_vocab_;
  std::vector<TokenId> zh_identity_;
  std::vector<std::size_t> dictionary_to_en_, dictionary_to_zh_;  // entries used per direction
  bool dictionary_selected_ = false;  // those lists are made on the first training
  std::vector<BeadShape> shapes_;
  std::vector<BeadShape> guide_shapes_;  // the shapes of approximate_path
  std::vector<float> en_unigram_, zh_unigram_;
  std::vector<float> zh_lengths_, en_lengths_;
  AnchorWeights weights_;
  mutable std::size_t last_cells_ = 0;
  struct Evidence {
    double lexical = 0;  // sum of the lexical scores of the non-null beads of the last search
    double tokens = 0;   // tokens of those beads (mean of both sides)
  };
  mutable Evidence evidence_;
};

// zh token id -> en token id of the identical string (Latin words and numbers in Chinese text).
std::vector<TokenId> identity_map(const Vocabulary& zh, const Vocabulary& en) {
  std::vector<TokenId> map(zh.size(), Vocabulary::kUnknown);
  for (TokenId z = 0; z < zh.size(); ++z) map[z] = en.find(zh.token(z));
  return map;
}

// Flags doubtful beads and judges the whole pair with two tests, the score being the lower:
// translations leave few segments unaligned (0.1-3% on the gold sets, deletions included) where
// long unrelated texts leave about a third (measured: 29-36%): a logistic curve centred at 15%;
// and the best alignment of a translation beats the best alignment with the English reversed
// by a clear margin per segment, where for unrelated texts either order does about as well.
// Measured on bead-aligned samples of 50-200 beads of the gold sets (docs/align.md): the whole
// model gains 0.97-9.8 nats per segment for translations, -0.01-0.50 for the same Chinese with
// English from elsewhere in the set; lengths and anchors alone gain 0.19-4.3 for translations,
// -0.04-0.49 for those pairs. A short news translation (its lexicon learned from a few dozen
// sentences) gains only 1-3.4 with the whole model, and a periodic synthetic unrelated pair as
// much (1.7, from a lexicon its repetitions teach) but nothing from lengths (0.02). So a pair is
// a translation when the whole model gains clearly (centred at kTranslationGain), or when it
// gains above what unrelated texts reach (kLexicalFloor) and lengths gain too (kLengthFloor,
// between the periodic pair's 0.02 and a Bible passage of 50 verses' 0.085).
// Under 100 segments (kShortSample) the lexicon learns little: on 335 parts of 20-99 segments
// (docs/align.md) the whole model gains 0.3 or more for 154 of 160 translations and for 20 of
// 175 mismatched pairs, so the floor there is kShortGain (a pair is warned about under about
// 0.3); every translation among them whose whole model gained that much gained 0.05 or more from
// lengths, and the periodic pair, 30 paragraphs a side, gains 1.6 and 0.02.
constexpr double kTranslationGain = 3.5;
constexpr double kLexicalFloor = 0.75;
constexpr double kLengthFloor = 0.05;
constexpr double kShortGain = 0.35;

double logistic(double x, double centre, double width) {
  return 1.0 / (1.0 + std::exp((centre - x) / width));
}

}  // namespace

void finish(Alignment& alignment, const AlignStats& stats, const AlignOptions& options) {
  const double unaligned = 1.0 - logistic(stats.null_fraction, 0.15, 0.03);
  double reversal = 1.0;
  if (!std::isnan(stats.reversal_gain)) {
    const double floor = stats.reversal_segments < kShortSample ? kShortGain : kLexicalFloor;
    reversal = logistic(stats.reversal_gain, kTranslationGain, 0.5);
    if (!std::isnan(stats.reversal_length_gain)) {
      reversal =
          std::max(reversal, std::min(logistic(stats.reversal_gain, floor, 0.05),
                                      logistic(stats.reversal_length_gain, kLengthFloor, 0.01)));
    }
  }
  alignment.document_score = std::min(unaligned, reversal);
  if (alignment.zh.empty() || alignment.en.empty()) alignment.document_score = 0.0;
  // A bead's posterior is its probability given that the texts translate each other. When the
  // reversal test says they do not, no bead is more likely right than the pair is a translation:
  // every confidence is capped at that test's score, and so flagged. (Not when only the unaligned
  // share is high: the part that is translated may well be paired right.)
  for (Bead& b : alignment.beads) {
    if (reversal < options.unrelated_below) b.confidence = std::min(b.confidence, reversal);
    // Page furniture paired across two paginations ("3/7" / "2/4") is no translation to review;
    // running headers, page numbers or boilerplate left without a counterpart ask nothing of a
    // reviewer either (the other text's pages break elsewhere).
    b.flagged = !alignment.page_furniture_only(b) &&
                (b.confidence < options.flag_below ||
                 ((b.zh.empty() || b.en.empty()) && !alignment.furniture_only(b)));
  }
  char buffer[800];
  std::string gain;
  if (!std::isnan(stats.reversal_gain)) {  // not measured on short texts
    std::snprintf(buffer, sizeof buffer,
                  "the alignment gains %.2f nats per segment over one with the English reversed, "
                  "%.2f from lengths alone",
                  stats.reversal_gain, stats.reversal_length_gain);
    gain = buffer;
  }
  if (reversal < options.unrelated_below) {
    std::snprintf(buffer, sizeof buffer,
                  "the two texts are probably not translations of each other (document score "
                  "%.2f: %s; %.0f%% of the segments found no counterpart)",
                  alignment.document_score, gain.c_str(), 100 * stats.null_fraction);
    alignment.warnings.emplace_back(buffer);
  } else if (alignment.document_score < options.unrelated_below) {
    std::snprintf(buffer, sizeof buffer,
                  "large parts of the texts have no counterpart (document score %.2f: %.0f%% of "
                  "the segments found none): one text may hold more than the other translates (a "
                  "whole report for one resolution) or lack parts of it%s%s",
                  alignment.document_score, 100 * stats.null_fraction,
                  gain.empty() ? "" : "; what is paired reads as a translation: ", gain.c_str());
    alignment.warnings.emplace_back(buffer);
  }
  // A translation is about as long as the length model fitted to its beads expects; one text
  // several times longer than that holds much the other lacks, or is another document.
  const double factor = stats.total_length_ratio / std::exp(stats.log_length_ratio);
  if (!alignment.zh.empty() && !alignment.en.empty() && (factor < 0.4 || factor > 2.5)) {
    std::snprintf(buffer, sizeof buffer,
                  "the lengths differ wildly: the English is %.1f times the length expected from "
                  "the Chinese",
                  factor);
    alignment.warnings.emplace_back(buffer);
  }
}

namespace {

// Beads of consecutive groups of segments, made local to each group. Beads come group by group.
std::vector<std::vector<Bead>> split_beads(const std::vector<Bead>& beads, const Groups& groups) {
  std::vector<Block> spans;
  for (std::size_t g = 0; g < groups.size(); ++g) spans.push_back(groups.block(g));
  std::vector<std::vector<Bead>> out(spans.size());
  const std::vector<std::size_t> group = blocks_of(beads, spans);
  for (std::size_t x = 0; x < beads.size(); ++x) {
    Bead b = beads[x];
    const Block& span = spans[group[x]];
    // An empty side keeps its position (begin = end), made local too.
    b.zh = {b.zh.begin - span.zh.begin, b.zh.end - span.zh.begin};
    b.en = {b.en.begin - span.en.begin, b.en.end - span.en.begin};
    out[group[x]].push_back(b);
  }
  return out;
}

// Features of both sides, one engine, its passes over the blocks (Engine::run).
std::vector<Bead> run_engine(const std::vector<Segment>& zh, const std::vector<Segment>& en,
                             const std::vector<Block>& blocks, const AlignOptions& options,
                             const Method& method, Vocabulary& zh_vocab, Vocabulary& en_vocab,
                             const Dictionary* dictionary, AlignStats& stats,
                             const std::vector<std::size_t>& group = {},
                             std::vector<AlignStats>* per_group = nullptr) {
  // The two sides (each with its own vocabulary) and the names found across them are
  // independent: three tasks.
  SideFeatures zf, ef;
  NameFeatures names;
  const bool with_names = options.anchors && method.terms().anchors;
  parallel_for(3, 1, options.threads, [&](std::size_t begin, std::size_t end) {
    for (std::size_t task = begin; task < end; ++task) {
      if (task == 0) zf = extract_features(zh, Lang::kZh, zh_vocab, options.han_weight);
      if (task == 1) ef = extract_features(en, Lang::kEn, en_vocab, options.han_weight);
      if (task == 2 && with_names) names = find_names(zh, en);
    }
  });
  if (with_names) attach_names(std::move(names), zf, ef);
  if (options.anchors && method.terms().anchors) link_latin_cognates(zf, ef, en_vocab);
  Engine engine(zf, ef, options, method, dictionary, zh_vocab.size(), en_vocab.size(),
                identity_map(zh_vocab, en_vocab));
  return engine.run(blocks, stats, group, per_group);
}

}  // namespace

std::unique_ptr<Dictionary> load_dictionary(const AlignOptions& options, Vocabulary& zh_vocab,
                                            Vocabulary& en_vocab) {
  if (options.dictionary.empty()) return nullptr;
  return std::make_unique<Dictionary>(Dictionary::load(options.dictionary, zh_vocab, en_vocab));
}

std::vector<std::vector<Bead>> align_blocks(const std::vector<Segment>& zh,
                                            const std::vector<Segment>& en,
                                            const std::vector<Block>& blocks, const Groups& groups,
                                            const AlignOptions& options, const Method& method,
                                            Vocabulary& zh_vocab, Vocabulary& en_vocab,
                                            const Dictionary* dictionary, AlignStats& stats,
                                            const std::vector<std::size_t>& block_group,
                                            std::vector<AlignStats>* per_group) {
  return split_beads(run_engine(zh, en, blocks, options, method, zh_vocab, en_vocab, dictionary,
                                stats, block_group, per_group),
                     groups);
}

std::vector<AlignResult> align_segment_groups(std::vector<Segment> zh, std::vector<Segment> en,
                                              const Groups& groups, const AlignOptions& options,
                                              const Method& method) {
  const std::size_t n = groups.size();
  std::vector<Block> blocks;
  std::vector<std::size_t> block_group;
  for (std::size_t g = 0; g < n; ++g) {
    blocks.push_back(groups.block(g));
    block_group.push_back(g);
  }
  Vocabulary zh_vocab, en_vocab;
  const std::unique_ptr<Dictionary> dictionary = load_dictionary(options, zh_vocab, en_vocab);
  AlignStats stats;
  std::vector<AlignStats> judged;
  std::vector<std::vector<Bead>> beads =
      align_blocks(zh, en, blocks, groups, options, method, zh_vocab, en_vocab, dictionary.get(),
                   stats, block_group, &judged);
  std::vector<AlignResult> results(n);
  for (std::size_t g = 0; g < n; ++g) {
    const Block span = groups.block(g);
    const auto zh_begin = zh.begin() + static_cast<std::ptrdiff_t>(span.zh.begin);
    const auto zh_end = zh.begin() + static_cast<std::ptrdiff_t>(span.zh.end);
    const auto en_begin = en.begin() + static_cast<std::ptrdiff_t>(span.en.begin);
    const auto en_end = en.begin() + static_cast<std::ptrdiff_t>(span.en.end);
    Alignment& a = results[g].alignment;
    a.unit = AlignUnit::kLine;
    a.beads = std::move(beads[g]);
    a.zh.assign(std::make_move_iterator(zh_begin), std::make_move_iterator(zh_end));
    a.en.assign(std::make_move_iterator(en_begin), std::make_move_iterator(en_end));
    results[g].stats = judged[g];
    finish(a, results[g].stats, options);
  }
  return results;
}

AlignResult align_segments(std::vector<Segment> zh, std::vector<Segment> en,
                           const AlignOptions& options) {
  const std::unique_ptr<Method> method = make_method(options.method);  // fails early on a bad name
  Groups whole;
  whole.close(zh.size(), en.size());
  return std::move(
      align_segment_groups(std::move(zh), std::move(en), whole, options, *method).front());
}

AlignResult align_segments_by_document(std::vector<Segment> zh, std::vector<Segment> en,
                                       const std::vector<DocumentRange>& documents,
                                       const AlignOptions& options) {
  std::size_t zh_at = 0, en_at = 0;
  for (const DocumentRange& d : documents) {
    if (d.zh.begin != zh_at || d.en.begin != en_at || d.zh.end < d.zh.begin ||
        d.en.end < d.en.begin) {
      throw ConfigError("document ranges must tile both sides in order");
    }
    zh_at = d.zh.end;
    en_at = d.en.end;
  }
  if (zh_at != zh.size() || en_at != en.size()) {
    throw ConfigError("document ranges must cover every segment of both sides");
  }
  AlignResult result;
  std::size_t largest = 0;
  for (const DocumentRange& d : documents) {
    AlignResult part =
        align_segments(std::vector<Segment>(zh.begin() + static_cast<std::ptrdiff_t>(d.zh.begin),
                                            zh.begin() + static_cast<std::ptrdiff_t>(d.zh.end)),
                       std::vector<Segment>(en.begin() + static_cast<std::ptrdiff_t>(d.en.begin),
                                            en.begin() + static_cast<std::ptrdiff_t>(d.en.end)),
                       options);
    for (Bead b : part.alignment.beads) {
      b.zh = {b.zh.begin + d.zh.begin, b.zh.end + d.zh.begin};
      b.en = {b.en.begin + d.en.begin, b.en.end + d.en.begin};
      result.alignment.beads.push_back(b);
    }
    if (d.zh.size() + d.en.size() >= largest) {
      largest = d.zh.size() + d.en.size();
      result.stats = part.stats;
      result.alignment.document_score = part.alignment.document_score;
    }
    for (std::string& w : part.alignment.warnings) {
      result.alignment.warnings.push_back("document " + std::to_string(&d - documents.data() + 1) +
                                          ": " + w);
    }
  }
  result.alignment.zh = std::move(zh);
  result.alignment.en = std::move(en);
  result.alignment.unit = AlignUnit::kLine;
  return result;
}

}  // namespace bitext::align
