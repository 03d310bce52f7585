#include "bitext/align/method.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "bitext/core/error.h"

namespace bitext::align {
namespace {

// Length model fitted to the pair, numbering anchors, and the estimated shape priors.
class LengthMethod : public Method {
 public:
  std::string name() const override { return "length"; }
  Terms terms() const override { return {true, true, false}; }
  bool refines() const override { return true; }
  bool learns_lexicon() const override { return false; }
  float cost(const BeadEvidence& bead) const override {
    return -(bead.log_prior + bead.length + bead.anchors);
  }
};

// The length method plus an IBM Model 1 lexicon learned from the input itself (the default).
class LexicalMethod : public LengthMethod {
 public:
  std::string name() const override { return "lexical"; }
  Terms terms() const override { return {true, true, true}; }
  bool learns_lexicon() const override { return true; }
  float cost(const BeadEvidence& bead) const override {
    return LengthMethod::cost(bead) - bead.lexical;
  }
};

// Gale & Church (1993) as a baseline: character lengths, one fixed length ratio, fixed priors,
// one pass.
class GaleChurchMethod : public Method {
 public:
  std::string name() const override { return "gale-church"; }
  Terms terms() const override { return {}; }  // raw lengths and the prior only
  float initial_log_prior(int zh, int en, float /*default_log_prior*/) const override {
    // 1-1 .89, 1-0/0-1 .0099 together, 2-1/1-2 .089 together, 2-2 .011; nothing else.
    double p = 0;
    if (zh == 1 && en == 1) p = 0.89;
    if (zh + en == 1) p = 0.0099 / 2;
    if (zh + en == 3 && std::min(zh, en) == 1) p = 0.089 / 2;
    if (zh == 2 && en == 2) p = 0.011;
    return p > 0 ? static_cast<float>(std::log(p)) : -std::numeric_limits<float>::infinity();
  }
  bool refines() const override { return false; }
  bool learns_lexicon() const override { return false; }
  float cost(const BeadEvidence& bead) const override {
    const double lz = bead.zh_length, le = bead.en_length, ratio = bead.length_ratio;
    const double mean = (lz + le / ratio) / 2;
    const double delta = (le - ratio * lz) / std::sqrt(std::max(1.0, mean) * 6.8);
    const double p = std::max(1e-12, std::erfc(std::fabs(delta) / std::sqrt(2.0)));
    return static_cast<float>(-bead.log_prior - std::log(p));
  }
};

}  // namespace

std::unique_ptr<Method> make_method(const std::string& name) {
  if (name == "lexical") return std::make_unique<LexicalMethod>();
  if (name == "length") return std::make_unique<LengthMethod>();
  if (name == "gale-church") return std::make_unique<GaleChurchMethod>();
  throw ConfigError("unknown alignment method '" + name +
                    "' (expected lexical, length or gale-church)");
}

const std::vector<std::string>& method_names() {
  static const std::vector<std::string> names = {"lexical", "length", "gale-church"};
  return names;
}

}  // namespace bitext::align
