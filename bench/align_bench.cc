// Line-mode alignment of bible-pentateuch (7,768 x 6,111 lines), whole pipeline after reading:
// features, three passes, posteriors. Also the time split by method.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "bitext/align/aligner.h"
#include "bitext/text/label.h"

namespace {

std::vector<bitext::Segment> lines(const std::string& relative) {
  std::ifstream in(std::string(BITEXT_SHARED_DIR) + "/" + relative);
  std::vector<bitext::Segment> out;
  for (std::string l; std::getline(in, l);) {
    bitext::Segment s;
    s.text = l;
    s.label = bitext::text::parse_label(l);
    out.push_back(std::move(s));
  }
  return out;
}

void bm_align_bible(benchmark::State& state, const char* method) {
  const auto zh = lines("eval/sets/bible-pentateuch/zh.txt");
  const auto en = lines("eval/sets/bible-pentateuch/en.txt");
  if (zh.empty()) {
    state.SkipWithError("../shared not found");
    return;
  }
  bitext::align::AlignOptions o;
  o.method = method;
  for (auto _ : state) {
    auto r = bitext::align::align_segments(zh, en, o);
    benchmark::DoNotOptimize(r.alignment.beads.data());
  }
  state.counters["lines/s"] = benchmark::Counter(static_cast<double>(zh.size() + en.size()),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK_CAPTURE(bm_align_bible, lexical, "lexical")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(bm_align_bible, length, "length")->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
