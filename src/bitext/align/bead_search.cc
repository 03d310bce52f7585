#include "bitext/align/bead_search.h"

namespace bitext::align {

std::size_t Band::cells() const {
  std::size_t total = 0;
  for (std::size_t i = 0; i < lo.size(); ++i) total += hi[i] >= lo[i] ? hi[i] - lo[i] + 1 : 0;
  return total;
}

namespace {

// Makes lo and hi non-decreasing and keeps rows overlapping, so that every bead shape can
// step from one row to the next.
void normalize(Band& band, std::size_t m) {
  const std::size_t rows = band.lo.size();
  for (std::size_t i = 1; i < rows; ++i) band.hi[i] = std::max(band.hi[i], band.hi[i - 1]);
  for (std::size_t i = rows - 1; i-- > 0;) band.lo[i] = std::min(band.lo[i], band.lo[i + 1]);
  for (std::size_t i = 0; i < rows; ++i) {
    band.hi[i] = std::min(band.hi[i], m);
    if (band.lo[i] > band.hi[i]) band.lo[i] = band.hi[i];
  }
  band.lo[0] = 0;
  band.hi[rows - 1] = m;
}

}  // namespace

Band diagonal_band(std::size_t n, std::size_t m, std::size_t width) {
  Band band;
  band.lo.resize(n + 1);
  band.hi.resize(n + 1);
  for (std::size_t i = 0; i <= n; ++i) {
    const double center = n == 0 ? 0.0 : static_cast<double>(i) * static_cast<double>(m) / n;
    const double lo = center - static_cast<double>(width);
    const double hi = center + static_cast<double>(width);
    band.lo[i] = lo <= 0 ? 0 : static_cast<std::size_t>(lo);
    band.hi[i] = static_cast<std::size_t>(std::min(static_cast<double>(m), std::ceil(hi)));
  }
  normalize(band, m);
  return band;
}

Band path_band(const std::vector<Bead>& path, std::size_t n, std::size_t m, std::size_t width) {
  Band band;
  band.lo.assign(n + 1, m);
  band.hi.assign(n + 1, 0);
  auto cover = [&](std::size_t i, std::size_t jlo, std::size_t jhi) {
    band.lo[i] = std::min(band.lo[i], jlo);
    band.hi[i] = std::max(band.hi[i], jhi);
  };
  cover(0, 0, 0);
  for (const Bead& b : path) {
    for (std::size_t i = b.zh.begin; i <= b.zh.end; ++i) cover(i, b.en.begin, b.en.end);
  }
  for (std::size_t i = 0; i <= n; ++i) {
    if (band.lo[i] > band.hi[i]) band.lo[i] = band.hi[i] = 0;  // not on the path: filled below
  }
  // Widen by `width` positions in both directions along both axes.
  Band wide = band;
  for (std::size_t i = 0; i <= n; ++i) {
    const std::size_t from = i >= width ? i - width : 0;
    const std::size_t to = std::min(n, i + width);
    std::size_t lo = band.lo[i], hi = band.hi[i];
    for (std::size_t k = from; k <= to; ++k) {
      lo = std::min(lo, band.lo[k]);
      hi = std::max(hi, band.hi[k]);
    }
    wide.lo[i] = lo >= width ? lo - width : 0;
    wide.hi[i] = std::min(m, hi + width);
  }
  normalize(wide, m);
  return wide;
}

}  // namespace bitext::align
