// libFuzzer target: arbitrary bytes through the text stage — decoding (with and without repair),
// paragraphs, UN structure and numbering, sentences, keys — in both languages and all paragraph
// modes. Bad input must end in a bitext::Error, never a crash, a hang or a sanitizer report;
// every sentence must lie inside the decoded text.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "bitext/core/error.h"
#include "bitext/text/decode.h"
#include "bitext/text/document.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks the options, so that the corpus explores them all.
  const unsigned choice = data[0];
  bitext::text::DecodeOptions decode;
  decode.repair = (choice & 1) != 0;
  bitext::text::SegmentOptions options;
  options.mode = static_cast<bitext::text::ParagraphMode>((choice >> 1) % 3);
  options.lang = static_cast<bitext::Lang>((choice >> 3) % 3);
  options.sentence.split_semicolons = (choice & 0x20) != 0;
  try {
    bitext::text::Decoded decoded = bitext::text::decode(bytes, "fuzz", decode);
    const bitext::Document doc = bitext::text::segment_text(decoded.text, "fuzz", options);
    for (const bitext::Paragraph& p : doc.paragraphs) {
      if (p.span.end > doc.text.size() || p.span.begin > p.span.end) std::abort();
      for (const bitext::Segment& s : p.sentences) {
        if (s.span.end > doc.text.size() || s.span.begin > s.span.end) std::abort();
        if (s.text.empty()) std::abort();
      }
    }
  } catch (const bitext::Error&) {
    // Bad input is reported, as it should be.
  }
  return 0;
}
