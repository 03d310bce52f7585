// Throughput of the text stage (decode + paragraphs + structure + sentences + keys) on the four
// seeds concatenated 200 times and on the Bible texts. Reports bytes/second (MB/s).
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

#include "bitext/text/decode.h"
#include "bitext/text/document.h"

namespace {

std::string Read(const std::string& relative) {
  std::ifstream in(std::string(BITEXT_SHARED_DIR) + "/" + relative, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const std::string& Seeds200() {
  static const std::string text = [] {
    std::string one;
    for (const char* s :
         {"a-res-74-173", "a-res-73-187", "a-ac291-25-rev1", "eg4-2020-draft-report"}) {
      one += Read(std::string("corpus/seeds/") + s + ".zh.txt") + "\n\n";
    }
    std::string all;
    for (int k = 0; k < 200; ++k) all += one;
    return all;
  }();
  return text;
}

void Run(benchmark::State& state, const std::string& bytes, bitext::text::ParagraphMode mode) {
  if (bytes.empty()) {
    state.SkipWithError("../shared not found");
    return;
  }
  bitext::text::SegmentOptions o;
  o.mode = mode;
  for (auto _ : state) {
    auto decoded = bitext::text::Decode(bytes, "bench");
    auto doc = bitext::text::SegmentText(std::move(decoded.text), "bench", o);
    benchmark::DoNotOptimize(doc.paragraphs.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(bytes.size()));
}

void BM_SeedsX200(benchmark::State& state) {
  Run(state, Seeds200(), bitext::text::ParagraphMode::kAuto);
}
void BM_BibleZh(benchmark::State& state) {
  static const std::string t = Read("corpus/bible/pentateuch.zh");
  Run(state, t, bitext::text::ParagraphMode::kAuto);
}
void BM_BibleEn(benchmark::State& state) {
  static const std::string t = Read("corpus/bible/pentateuch.en");
  Run(state, t, bitext::text::ParagraphMode::kAuto);
}

BENCHMARK(BM_SeedsX200)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BibleZh)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BibleEn)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
