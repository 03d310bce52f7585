// Throughput of the text stage (decode + paragraphs + structure + sentences + keys) on the four
// seeds concatenated 200 times and on the Bible texts. Reports bytes/second (MB/s).
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

#include "bitext/text/decode.h"
#include "bitext/text/document.h"

namespace {

std::string read(const std::string& relative) {
  std::ifstream in(std::string(BITEXT_SHARED_DIR) + "/" + relative, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const std::string& seeds200() {
  static const std::string text = [] {
    std::string one;
    for (const char* s :
         {"a-res-74-173", "a-res-73-187", "a-ac291-25-rev1", "eg4-2020-draft-report"}) {
      one += read(std::string("corpus/seeds/") + s + ".zh.txt") + "\n\n";
    }
    std::string all;
    for (int k = 0; k < 200; ++k) all += one;
    return all;
  }();
  return text;
}

void run(benchmark::State& state, const std::string& bytes, bitext::text::ParagraphMode mode) {
  if (bytes.empty()) {
    state.SkipWithError("../shared not found");
    return;
  }
  bitext::text::SegmentOptions o;
  o.mode = mode;
  for (auto _ : state) {
    auto decoded = bitext::text::decode(bytes, "bench");
    auto doc = bitext::text::segment_text(std::move(decoded.text), "bench", o);
    benchmark::DoNotOptimize(doc.paragraphs.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes.size()));
}

void bm_seeds_x200(benchmark::State& state) {
  run(state, seeds200(), bitext::text::ParagraphMode::kAuto);
}
void bm_bible_zh(benchmark::State& state) {
  static const std::string t = read("corpus/bible/pentateuch.zh");
  run(state, t, bitext::text::ParagraphMode::kAuto);
}
void bm_bible_en(benchmark::State& state) {
  static const std::string t = read("corpus/bible/pentateuch.en");
  run(state, t, bitext::text::ParagraphMode::kAuto);
}

BENCHMARK(bm_seeds_x200)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_bible_zh)->Unit(benchmark::kMillisecond);
BENCHMARK(bm_bible_en)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
