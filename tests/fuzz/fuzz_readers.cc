// libFuzzer target: arbitrary bytes through every reader of user files — TSV, JSONL and TMX
// pairs, line-parallel files, Vecalign beads, TSV/CSV/TBX/JSONL glossaries — and the pairs read
// through every check (numbers, dates, symbols, terms against the glossary read) and the
// glossary miner. Bad input must end in a bitext::Error, never a crash, a hang or a sanitizer
// report; every text read and every term mined must be well-formed UTF-8.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "bitext/check/check.h"
#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/io/glossary.h"
#include "bitext/io/pairs.h"
#include "bitext/terms/miner.h"

namespace {

// One scratch folder per fuzzing process; the readers take paths.
const std::string& scratch() {
  static const std::string dir = [] {
    char name[] = "/tmp/bitext-fuzz-XXXXXX";
    if (mkdtemp(name) == nullptr) std::abort();
    return std::string(name);
  }();
  return dir;
}

std::string put(const std::string& name, const std::string& bytes) {
  const std::string path = scratch() + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

void expect_utf8(const std::string& s) {
  if (bitext::utf8::find_invalid(s) != std::string::npos) std::abort();
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the reader, so that the corpus explores them all.
  const unsigned choice = data[0] % 9;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<bitext::SegmentPair> pairs;
  std::vector<bitext::TermPair> glossary;
  try {
    switch (choice) {
      case 0:
        pairs = bitext::io::read_pairs(put("p.tsv", bytes), "tsv").pairs;
        break;
      case 1:
        pairs = bitext::io::read_pairs(put("p.jsonl", bytes), "jsonl").pairs;
        break;
      case 2:
        pairs = bitext::io::read_pairs(put("p.tmx", bytes), "tmx").pairs;
        break;
      case 3: {  // two line-parallel files, split at the first NUL
        const auto cut = bytes.find('\0');
        pairs = bitext::io::read_parallel(
                    put("c.zh", bytes.substr(0, cut)),
                    put("c.en", cut == std::string::npos ? std::string() : bytes.substr(cut + 1)))
                    .pairs;
        break;
      }
      case 4:
        bitext::io::read_beads(put("b.beads", bytes));
        break;
      default: {
        static const char* const kFormats[] = {"tsv", "csv", "tbx", "jsonl"};
        const char* format = kFormats[choice - 5];
        glossary = bitext::io::read_glossary(put(std::string("g.") + format, bytes), format);
        for (const bitext::TermPair& t : glossary) {
          expect_utf8(t.zh);
          expect_utf8(t.en);
        }
        // The glossary's own entries as pairs: every term is then present on both sides.
        for (const bitext::TermPair& t : glossary) pairs.push_back({t.zh, t.en, "g", "1", "", 1.0});
        break;
      }
    }
    for (const bitext::SegmentPair& p : pairs) {
      expect_utf8(p.zh);
      expect_utf8(p.en);
    }
    if (!pairs.empty()) bitext::check::check({{"fuzz", pairs}}, glossary, {});
    // And the glossary miner over the pairs read: every term it writes is well-formed.
    if (!pairs.empty()) {
      bitext::terms::TermsOptions options;
      options.min_freq = 1;
      options.threads = 1;
      for (const bitext::TermPair& t : bitext::terms::mine_terms(pairs, options).terms) {
        expect_utf8(t.zh);
        expect_utf8(t.en);
        if (t.zh.empty() || t.en.empty()) std::abort();
      }
    }
  } catch (const bitext::Error&) {
    // Bad input is reported, as it should be.
  }
  return 0;
}
