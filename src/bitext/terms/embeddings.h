#pragma once

// Subword word vectors (fastText skipgram) trained on the input itself, deterministic (one
// thread, fixed seed) and small (bucket and dimension kept low so models stay small).
// fastText types stay in the .cc.
//
//   Embeddings en = Embeddings::train(english_lines, {});
//   double c = en.similarity("programme", "program");

#include <memory>
#include <string>
#include <vector>

namespace bitext::terms {

struct EmbeddingOptions {
  int dim = 32;        // vector size
  int epoch = 5;       // passes over the text
  int bucket = 10000;  // hashed subword buckets (model size: bucket x dim floats)
  int minn = 3;        // shortest subword (characters); 1 for Chinese
  int maxn = 5;        // longest subword
  int min_count = 2;   // words seen fewer times get no vector of their own
  int seed = 1;        // fastText's random seed
};

class Embeddings {
 public:
  // Trains on whitespace-tokenized lines (written to a temporary file for fastText).
  static Embeddings train(const std::vector<std::string>& lines, const EmbeddingOptions& options);
  // Loads a model saved by Save (fastText .bin); throws ResourceError when it cannot.
  static Embeddings load(const std::string& path);

  Embeddings();
  ~Embeddings();
  Embeddings(Embeddings&&) noexcept;
  Embeddings& operator=(Embeddings&&) noexcept;

  void save(const std::string& path) const;
  bool empty() const;
  int dimension() const;
  // Mean of the word vectors of a phrase (words separated by spaces), unit length.
  std::vector<float> phrase(const std::string& phrase) const;
  // Cosine similarity of two phrases.
  double similarity(const std::string& a, const std::string& b) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Orthogonal map from one vector space to another (Procrustes: W = argmin ||WX - Y|| with
// W orthogonal), fitted on pairs of vectors known to correspond.
class Procrustes {
 public:
  void fit(const std::vector<std::vector<float>>& from, const std::vector<std::vector<float>>& to);
  std::vector<float> map(const std::vector<float>& v) const;
  bool fitted() const { return !w_.empty(); }

 private:
  std::vector<float> w_;  // dim x dim, row-major
  int dim_ = 0;
};

double cosine(const std::vector<float>& a, const std::vector<float>& b);

}  // namespace bitext::terms
