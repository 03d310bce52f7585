// libFuzzer target: arbitrary bytes as a Chinese and an English document (split at the first
// 0x1E byte, or in the middle), decoded with repair, segmented, and aligned in the three units.
// The aligner must not crash, hang or trip a sanitizer, and every segment must end up in exactly
// one bead, in order.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "bitext/align/aligner.h"
#include "bitext/core/error.h"
#include "bitext/text/decode.h"
#include "bitext/text/document.h"

namespace {

// Every segment of both sides in exactly one bead, the beads in order on each side.
void expect_cover(const bitext::Alignment& a) {
  std::vector<int> zh(a.zh.size(), 0), en(a.en.size(), 0);
  for (const bitext::Bead& b : a.beads) {
    if (b.zh.end > a.zh.size() || b.en.end > a.en.size()) std::abort();
    for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) ++zh[i];
    for (std::size_t j = b.en.begin; j < b.en.end; ++j) ++en[j];
    if (!(b.confidence >= 0.0 && b.confidence <= 1.0)) std::abort();
  }
  for (int n : zh) {
    if (n != 1) std::abort();
  }
  for (int n : en) {
    if (n != 1) std::abort();
  }
}

bitext::Document document(const std::string& bytes, const char* name, bitext::Lang lang) {
  bitext::text::DecodeOptions decode;
  decode.repair = true;
  bitext::text::SegmentOptions options;
  options.lang = lang;
  return bitext::text::segment_text(bitext::text::decode(bytes, name, decode).text, name, options);
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::size_t cut = bytes.find('\x1e');
  if (cut == std::string::npos) cut = bytes.size() / 2;
  const std::string zh_bytes = bytes.substr(0, cut);
  const std::string en_bytes = cut < bytes.size() ? bytes.substr(cut + 1) : std::string();
  bitext::align::AlignOptions options;
  options.unit = static_cast<bitext::AlignUnit>(data[0] % 3);
  options.threads = 1;
  try {
    const bitext::Document zh = document(zh_bytes, "zh", bitext::Lang::kZh);
    const bitext::Document en = document(en_bytes, "en", bitext::Lang::kEn);
    expect_cover(bitext::align::align_documents(zh, en, options).alignment);
  } catch (const bitext::Error&) {
    // Bad input (empty, binary) is reported, as it should be.
  }
  return 0;
}
