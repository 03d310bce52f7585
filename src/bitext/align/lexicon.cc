#include "bitext/align/lexicon.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bitext::align {

const std::vector<Ibm1::Entry> Ibm1::kEmpty;

const std::vector<Ibm1::Entry>& Ibm1::row(TokenId s) const {
  return s < rows_.size() ? rows_[s] : kEmpty;
}

float Ibm1::prob(TokenId source, TokenId target) const {
  const auto& entries = row(source);
  auto it = std::lower_bound(entries.begin(), entries.end(), target,
                             [](const Entry& e, TokenId t) { return e.target < t; });
  return it != entries.end() && it->target == target ? it->prob : 0.0f;
}

void Ibm1::train(const std::vector<TokenPair>& pairs, std::size_t source_vocab,
                 std::size_t target_vocab, const Ibm1Options& options,
                 const std::vector<TokenId>& identity) {
  // EM works on each pair's token bags: a token repeated in a segment (的, "the") contributes
  // its count once instead of once per position, which gives the same expected counts as the
  // position-wise sums with fewer links. Parameters live in one flat array; each source token
  // owns a slice of target ids. Every training pair keeps the parameter index of each (source
  // type, target type), so that EM iterations are plain array walks. Built through an inverted
  // index (source token -> occurrences) with a dense "rank of target in this row" scratch:
  // linear, no global sort.
  const auto trained = [&](const TokenPair& pair) {
    return !pair.target->empty() &&
           pair.source->size() * pair.target->size() <= options.max_pair_links;
  };
  static constexpr std::uint32_t kUnset = static_cast<std::uint32_t>(-1);
  struct Bags {
    std::vector<std::size_t> start{0};
    std::vector<TokenId> token;
    std::vector<float> count;
    std::vector<std::uint32_t> slot;  // dense scratch: token -> index in the current bag

    explicit Bags(std::size_t vocab) : slot(vocab, kUnset) {}
    void add(const std::vector<TokenId>& tokens) {
      const std::size_t first = token.size();
      for (TokenId t : tokens) {
        std::uint32_t& x = slot[t];
        if (x == kUnset) {
          x = static_cast<std::uint32_t>(token.size() - first);
          token.push_back(t);
          count.push_back(0.0f);
        }
        count[first + x] += 1.0f;
      }
      for (std::size_t x = first; x < token.size(); ++x) slot[token[x]] = kUnset;
      start.push_back(token.size());
    }
    std::size_t size(std::size_t k) const { return start[k + 1] - start[k]; }
  };
  Bags src_bags(source_vocab), tgt_bags(target_vocab);
  const std::vector<TokenId> kNone;
  for (const TokenPair& pair : pairs) {
    const bool use = trained(pair);
    src_bags.add(use ? *pair.source : kNone);
    tgt_bags.add(use ? *pair.target : kNone);
  }
  std::vector<std::size_t> link_start(pairs.size() + 1, 0);
  std::vector<std::uint32_t> occ_count(source_vocab + 1, 0);
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    link_start[k + 1] = link_start[k] + src_bags.size(k) * tgt_bags.size(k);
    for (std::size_t x = src_bags.start[k]; x < src_bags.start[k + 1]; ++x) {
      ++occ_count[src_bags.token[x] + 1];
    }
  }
  for (std::size_t s = 0; s < source_vocab; ++s) occ_count[s + 1] += occ_count[s];
  struct Occurrence {
    std::uint32_t pair;
    std::uint32_t position;
  };
  std::vector<Occurrence> occ(occ_count[source_vocab]);
  {
    std::vector<std::uint32_t> fill(occ_count.begin(), occ_count.end() - 1);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      for (std::size_t p = 0; p < src_bags.size(k); ++p) {
        occ[fill[src_bags.token[src_bags.start[k] + p]]++] = {static_cast<std::uint32_t>(k),
                                                              static_cast<std::uint32_t>(p)};
      }
    }
  }
  std::vector<std::size_t> start(source_vocab + 1, 0);
  std::vector<TokenId> targets;
  std::vector<std::uint32_t> links(link_start.back());
  std::vector<std::uint32_t> rank(target_vocab, kUnset);
  for (std::size_t s = 0; s < source_vocab; ++s) {
    start[s] = targets.size();
    for (std::uint32_t o = occ_count[s]; o < occ_count[s + 1]; ++o) {
      const std::size_t k = occ[o].pair;
      const std::size_t n = tgt_bags.size(k);
      const TokenId* tgt = tgt_bags.token.data() + tgt_bags.start[k];
      std::uint32_t* l = links.data() + link_start[k] + occ[o].position * n;
      for (std::size_t j = 0; j < n; ++j) {
        std::uint32_t& r = rank[tgt[j]];
        if (r == kUnset) {
          r = static_cast<std::uint32_t>(targets.size());
          targets.push_back(tgt[j]);
        }
        l[j] = r;
      }
    }
    for (std::size_t x = start[s]; x < targets.size(); ++x) rank[targets[x]] = kUnset;
  }
  start[source_vocab] = targets.size();

  std::vector<float> prob(targets.size(),
                          1.0f / static_cast<float>(std::max<std::size_t>(1, target_vocab)));
  std::vector<float> null(target_vocab,
                          1.0f / static_cast<float>(std::max<std::size_t>(1, target_vocab)));
  std::vector<float> count(targets.size());
  std::vector<float> null_count(target_vocab);
  std::vector<float> denom;
  for (int it = 0; it < options.iterations; ++it) {
    std::fill(count.begin(), count.end(), 0.0f);
    std::fill(null_count.begin(), null_count.end(), 0.0f);
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      const std::size_t m = src_bags.size(k), n = tgt_bags.size(k);
      if (n == 0) continue;
      const float* sc = src_bags.count.data() + src_bags.start[k];
      const TokenId* tgt = tgt_bags.token.data() + tgt_bags.start[k];
      const float* tc = tgt_bags.count.data() + tgt_bags.start[k];
      const std::uint32_t* l = links.data() + link_start[k];
      denom.assign(n, 0.0f);
      for (std::size_t j = 0; j < n; ++j) denom[j] = null[tgt[j]];
      for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < n; ++j) denom[j] += sc[i] * prob[l[i * n + j]];
      }
      const float w = pairs[k].weight;
      for (std::size_t j = 0; j < n; ++j) {
        denom[j] = denom[j] > 0 ? w * tc[j] / denom[j] : 0.0f;
        null_count[tgt[j]] += null[tgt[j]] * denom[j];
      }
      for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
          const std::uint32_t x = l[i * n + j];
          count[x] += sc[i] * prob[x] * denom[j];
        }
      }
    }
    for (std::size_t s = 0; s < source_vocab; ++s) {
      float total = 0;
      for (std::size_t x = start[s]; x < start[s + 1]; ++x) total += count[x];
      if (total <= 0) continue;
      for (std::size_t x = start[s]; x < start[s + 1]; ++x) prob[x] = count[x] / total;
    }
    const float null_total = std::accumulate(null_count.begin(), null_count.end(), 0.0f);
    if (null_total > 0) {
      for (std::size_t t = 0; t < target_vocab; ++t) null[t] = null_count[t] / null_total;
    }
  }

  rows_.assign(source_vocab, {});
  for (std::size_t s = 0; s < source_vocab; ++s) {
    auto& row = rows_[s];
    for (std::size_t x = start[s]; x < start[s + 1]; ++x) {
      if (prob[x] >= options.prune) row.push_back({targets[x], prob[x]});
    }
    std::sort(row.begin(), row.end(),
              [](const Entry& a, const Entry& b) { return a.target < b.target; });
  }
  // Identical strings translate each other (numbers, acronyms, names in Latin script).
  for (std::size_t s = 0; s < identity.size() && s < source_vocab; ++s) {
    const TokenId t = identity[s];
    if (t == Vocabulary::kUnknown) continue;
    auto& row = rows_[s];
    auto it = std::lower_bound(row.begin(), row.end(), t,
                               [](const Entry& e, TokenId id) { return e.target < id; });
    if (it != row.end() && it->target == t) {
      it->prob = std::max(it->prob, options.identity_floor);
    } else {
      row.insert(it, {t, options.identity_floor});
    }
  }
  null_ = std::move(null);
}

std::vector<float> unigram(const SideFeatures& side, std::size_t vocab_size) {
  std::vector<float> p(vocab_size, 1.0f);
  double total = static_cast<double>(vocab_size);
  for (const SegmentFeatures& s : side.segments) {
    for (TokenId t : s.tokens) p[t] += 1.0f;
    total += static_cast<double>(s.tokens.size());
  }
  for (float& x : p) x = static_cast<float>(x / total);
  return p;
}

LexicalModel::LexicalModel(const Ibm1& table, const std::vector<float>& source_unigram,
                           const std::vector<float>& target_unigram, float lambda)
    : table_(&table), unigram_(target_unigram) {
  const std::size_t n = target_unigram.size();
  std::vector<double> expected(n, 0.0);
  for (std::size_t s = 0; s < source_unigram.size(); ++s) {
    for (const Ibm1::Entry& e : table.row(static_cast<TokenId>(s))) {
      if (e.target < n) expected[e.target] += source_unigram[s] * e.prob;
    }
  }
  expected_.assign(expected.begin(), expected.end());
  targets_.resize(n);
  const auto& null = table.null_row();
  for (std::size_t t = 0; t < n; ++t) targets_[t].null = t < null.size() ? null[t] : 0.0f;
  set_lambda(lambda);
}

void LexicalModel::set_lambda(float lambda) {
  lambda_ = lambda;
  for (std::size_t t = 0; t < targets_.size(); ++t) {
    TargetConstants& c = targets_[t];
    c.bg = (1.0f - lambda) * unigram_[t];
    c.inv_null = 1.0f / (lambda * expected_[t] + c.bg);
  }
}

LexicalScorer::LexicalScorer(const LexicalModel& model)
    : model_(model), acc_(model.target_vocab(), 0.0f), norm_(model.lambda()) {}

void LexicalScorer::add(const std::vector<TokenCount>& source_segment) {
  const Ibm1& table = model_.table();
  for (const TokenCount& s : source_segment) {
    const auto weight = static_cast<float>(s.count);
    for (const Ibm1::Entry& e : table.row(s.token)) {
      if (acc_[e.target] == 0.0f) touched_.push_back(e.target);
      acc_[e.target] += weight * e.prob;
    }
    count_ += s.count;
  }
  norm_ = model_.lambda() / static_cast<float>(count_ + 1);
}

float LexicalScorer::score(const std::vector<TokenCount>& target) const {
  float sum = 0;
  for (const TokenCount& t : target) {
    const LexicalModel::TargetConstants& c = model_.target(t.token);
    const float ibm = (acc_[t.token] + c.null) * norm_;
    sum += static_cast<float>(t.count) * fast_log((ibm + c.bg) * c.inv_null);
  }
  return sum;
}

float estimate_lambda(const std::vector<float>& ibm, const std::vector<float>& background,
                      float min, float max) {
  const std::size_t n = std::min(ibm.size(), background.size());
  if (n == 0) return 0.5f;
  double lambda = 0.5;
  for (int iteration = 0; iteration < 50; ++iteration) {
    double responsibility = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const double a = lambda * ibm[k];
      const double mix = a + (1 - lambda) * background[k];
      if (mix > 0) responsibility += a / mix;
    }
    const double next = responsibility / static_cast<double>(n);
    const bool settled = std::fabs(next - lambda) < 1e-4;
    lambda = next;
    if (settled) break;
  }
  return static_cast<float>(std::clamp(lambda, static_cast<double>(min), static_cast<double>(max)));
}

float LexicalScorer::translation_prob(TokenId target) const {
  return (acc_[target] + model_.target(target).null) / static_cast<float>(count_ + 1);
}

void LexicalScorer::clear() {
  for (TokenId t : touched_) acc_[t] = 0.0f;
  touched_.clear();
  count_ = 0;
  norm_ = model_.lambda();
}

}  // namespace bitext::align
