#include "bitext/terms/embeddings.h"

#include <fasttext/fasttext.h>
#include <unistd.h>

#include <Eigen/Dense>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bitext/core/error.h"

namespace bitext::terms {

struct Embeddings::Impl {
  fasttext::FastText model;
};

Embeddings::Embeddings() = default;
Embeddings::~Embeddings() = default;
Embeddings::Embeddings(Embeddings&&) noexcept = default;
Embeddings& Embeddings::operator=(Embeddings&&) noexcept = default;

Embeddings Embeddings::train(const std::vector<std::string>& lines,
                             const EmbeddingOptions& options) {
  namespace fs = std::filesystem;
  std::string dir = (fs::temp_directory_path() / "bitext-ft-XXXXXX").string();
  if (::mkdtemp(dir.data()) == nullptr) throw ResourceError("cannot create a temporary folder");
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code ec;
      std::filesystem::remove_all(dir, ec);
    }
  } cleanup{dir};
  const std::string input = dir + "/text.txt";
  {
    std::ofstream out(input);
    for (const std::string& l : lines) out << l << '\n';
    if (!out) throw ResourceError("cannot write fastText training text to " + input);
  }
  fasttext::Args args;
  args.input = input;
  args.output = dir + "/model";
  args.model = fasttext::model_name::sg;
  args.dim = options.dim;
  args.epoch = options.epoch;
  args.bucket = options.bucket;
  args.minn = options.minn;
  args.maxn = options.maxn;
  args.minCount = options.min_count;
  args.thread = 1;  // one thread: deterministic
  args.seed = options.seed;
  args.verbose = 0;
  Embeddings e;
  e.impl_ = std::make_unique<Impl>();
  try {
    e.impl_->model.train(args);
  } catch (const std::exception& ex) {
    throw ResourceError(std::string("fastText training failed: ") + ex.what());
  }
  return e;
}

Embeddings Embeddings::load(const std::string& path) {
  Embeddings e;
  e.impl_ = std::make_unique<Impl>();
  try {
    e.impl_->model.loadModel(path);
  } catch (const std::exception& ex) {
    throw ResourceError(path + ": cannot load fastText model: " + ex.what());
  }
  return e;
}

void Embeddings::save(const std::string& path) const {
  if (!impl_) throw ResourceError("no model to save");
  impl_->model.saveModel(path);
}

bool Embeddings::empty() const { return !impl_; }

int Embeddings::dimension() const { return impl_ ? impl_->model.getDimension() : 0; }

std::vector<float> Embeddings::phrase(const std::string& phrase) const {
  const int dim = dimension();
  std::vector<float> sum(static_cast<std::size_t>(dim), 0.0f);
  if (!impl_) return sum;
  fasttext::Vector v(dim);
  std::istringstream words(phrase);
  std::string w;
  while (words >> w) {
    impl_->model.getWordVector(v, w);
    const float norm = v.norm();
    if (norm <= 0) continue;
    for (int k = 0; k < dim; ++k) sum[static_cast<std::size_t>(k)] += v[k] / norm;
  }
  double n = 0;
  for (float x : sum) n += x * x;
  if (n > 0) {
    const auto inv = static_cast<float>(1.0 / std::sqrt(n));
    for (float& x : sum) x *= inv;
  }
  return sum;
}

double Embeddings::similarity(const std::string& a, const std::string& b) const {
  return cosine(phrase(a), phrase(b));
}

double cosine(const std::vector<float>& a, const std::vector<float>& b) {
  if (a.size() != b.size() || a.empty()) return 0.0;
  double dot = 0, na = 0, nb = 0;
  for (std::size_t k = 0; k < a.size(); ++k) {
    dot += a[k] * b[k];
    na += a[k] * a[k];
    nb += b[k] * b[k];
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

void Procrustes::fit(const std::vector<std::vector<float>>& from,
                     const std::vector<std::vector<float>>& to) {
  if (from.empty() || from.size() != to.size() || from[0].size() != to[0].size()) return;
  dim_ = static_cast<int>(from[0].size());
  Eigen::MatrixXd m = Eigen::MatrixXd::Zero(dim_, dim_);  // sum of y x^T
  for (std::size_t k = 0; k < from.size(); ++k) {
    for (int i = 0; i < dim_; ++i) {
      for (int j = 0; j < dim_; ++j) m(i, j) += to[k][i] * from[k][j];
    }
  }
  Eigen::JacobiSVD<Eigen::MatrixXd> svd(m, Eigen::ComputeFullU | Eigen::ComputeFullV);
  const Eigen::MatrixXd w = svd.matrixU() * svd.matrixV().transpose();
  w_.resize(static_cast<std::size_t>(dim_ * dim_));
  for (int i = 0; i < dim_; ++i) {
    for (int j = 0; j < dim_; ++j)
      w_[static_cast<std::size_t>(i * dim_ + j)] = static_cast<float>(w(i, j));
  }
}

std::vector<float> Procrustes::map(const std::vector<float>& v) const {
  if (w_.empty() || static_cast<int>(v.size()) != dim_) return v;
  std::vector<float> out(v.size(), 0.0f);
  for (int i = 0; i < dim_; ++i) {
    for (int j = 0; j < dim_; ++j) out[i] += w_[static_cast<std::size_t>(i * dim_ + j)] * v[j];
  }
  return out;
}

}  // namespace bitext::terms
