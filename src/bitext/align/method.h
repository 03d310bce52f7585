#pragma once

// The aligner's methods (the CLI's --method): how a candidate bead is scored and which passes
// refine the model. The search, the passes and the model are shared; a method chooses.
//
//   std::unique_ptr<Method> method = make_method("length");  // ConfigError on an unknown name
//   float cost = method->cost(evidence);  // evidence: one candidate bead, the terms() it reads

#include <memory>
#include <string>
#include <vector>

namespace bitext::align {

// What is known about one candidate bead with both sides non-empty: the terms its method
// asks for (Method::terms()); the others stay 0. Plain values, filled once per bead: the
// search scores millions of beads.
struct BeadEvidence {
  float log_prior = 0;     // log prior probability of the bead's shape
  float length = 0;        // generative length model, log-likelihood ratio
  float anchors = 0;       // numbering labels, kinds, cognates, log-likelihood ratio
  float lexical = 0;       // learned lexicon, log-likelihood ratio; 0 while untrained
  float zh_length = 0;     // total length of the Chinese side (Han weighted)
  float en_length = 0;     // total length of the English side
  float length_ratio = 1;  // English / Chinese length of the whole input
};

class Method {
 public:
  // The terms of BeadEvidence a method reads; the aligner computes only those.
  struct Terms {
    bool length = false;   // the generative length model
    bool anchors = false;  // labels, kinds, cognates
    bool lexical = false;  // the learned lexicon
  };

  virtual ~Method() = default;
  virtual std::string name() const = 0;
  virtual Terms terms() const = 0;
  // Starting log prior of a bead shape, given the aligner's default for it (-infinity: never).
  virtual float initial_log_prior(int zh, int en, float default_log_prior) const {
    (void)zh;
    (void)en;
    return default_log_prior;
  }
  // Re-estimate the length model and the shape priors from a first pass and search again.
  virtual bool refines() const = 0;
  // Train a lexicon on the input between passes (and take --dict into it).
  virtual bool learns_lexicon() const = 0;
  // Cost of the bead, in nats: minus the log-likelihood ratio "these segments translate each
  // other" against "independent segments"; lower is better.
  virtual float cost(const BeadEvidence& bead) const = 0;
};

// The method of this name; throws ConfigError for an unknown one.
std::unique_ptr<Method> make_method(const std::string& name);

// Names make_method accepts, the default ("lexical") first.
const std::vector<std::string>& method_names();

}  // namespace bitext::align
