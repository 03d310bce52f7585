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
  // Parameters live in one flat array; each source token owns a slice of target ids. Every
  // training pair keeps the parameter index of each (source position, target position), so that
  // EM iterations are plain array walks. Built through an inverted index (source token ->
  // occurrences) with a dense "rank of target in this row" scratch: linear, no global sort.
  std::vector<std::size_t> link_start(pairs.size() + 1, 0);
  std::vector<std::uint32_t> occ_count(source_vocab + 1, 0);
  const auto trained = [&](const TokenPair& pair) {
    return pair.source->size() * pair.target->size() <= options.max_pair_links;
  };
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    link_start[k + 1] = link_start[k];
    if (!trained(pairs[k])) continue;
    link_start[k + 1] += pairs[k].source->size() * pairs[k].target->size();
    for (TokenId s : *pairs[k].source) ++occ_count[s + 1];
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
      if (!trained(pairs[k])) continue;
      const auto& src = *pairs[k].source;
      for (std::size_t p = 0; p < src.size(); ++p) {
        occ[fill[src[p]]++] = {static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(p)};
      }
    }
  }
  std::vector<std::size_t> start(source_vocab + 1, 0);
  std::vector<TokenId> targets;
  std::vector<std::uint32_t> links(link_start.back());
  constexpr std::uint32_t kUnset = static_cast<std::uint32_t>(-1);
  std::vector<std::uint32_t> rank(target_vocab, kUnset);
  for (std::size_t s = 0; s < source_vocab; ++s) {
    start[s] = targets.size();
    for (std::uint32_t o = occ_count[s]; o < occ_count[s + 1]; ++o) {
      const TokenPair& pair = pairs[occ[o].pair];
      const auto& tgt = *pair.target;
      std::uint32_t* l = links.data() + link_start[occ[o].pair] + occ[o].position * tgt.size();
      for (std::size_t j = 0; j < tgt.size(); ++j) {
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
      const auto& src = *pairs[k].source;
      const auto& tgt = *pairs[k].target;
      if (tgt.empty() || !trained(pairs[k])) continue;
      const std::uint32_t* l = links.data() + link_start[k];
      denom.assign(tgt.size(), 0.0f);
      for (std::size_t j = 0; j < tgt.size(); ++j) denom[j] = null[tgt[j]];
      for (std::size_t i = 0; i < src.size(); ++i) {
        for (std::size_t j = 0; j < tgt.size(); ++j) denom[j] += prob[l[i * tgt.size() + j]];
      }
      const float w = pairs[k].weight;
      for (std::size_t j = 0; j < tgt.size(); ++j) {
        denom[j] = denom[j] > 0 ? w / denom[j] : 0.0f;
        null_count[tgt[j]] += null[tgt[j]] * denom[j];
      }
      for (std::size_t i = 0; i < src.size(); ++i) {
        for (std::size_t j = 0; j < tgt.size(); ++j) {
          const std::uint32_t x = l[i * tgt.size() + j];
          count[x] += prob[x] * denom[j];
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
