// bitext align ZH EN: align a Chinese document with its English original; --batch for folders,
// --jsonl-stream for pipelines.

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "align_support.h"
#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/io/batch.h"
#include "bitext/io/pairs.h"
#include "cli.h"
#include "commands.h"

namespace bitext::cli {
namespace {

// Progress on stderr: a bar redrawn in place on a terminal, plain lines every few seconds
// otherwise.
class Progress {
 public:
  explicit Progress(bool quiet) : quiet_(quiet), tty_(isatty(STDERR_FILENO) != 0) {}

  void update(std::size_t done, std::size_t total) {
    if (quiet_ || total == 0) return;
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const bool last = done == total;
    if (!tty_ && !last && now - last_line_ < std::chrono::seconds(5)) return;
    last_line_ = now;
    const double rate = elapsed > 0 ? done / elapsed : 0;
    const double eta = rate > 0 ? (total - done) / rate : 0;
    if (tty_) {
      constexpr int kWidth = 30;
      const int filled = static_cast<int>(kWidth * done / total);
      std::fprintf(stderr, "\r[%s%s] %zu/%zu pairs  %.1f/s  ETA %.0fs ",
                   std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(),
                   done, total, rate, eta);
      if (last) std::fprintf(stderr, "\n");
    } else {
      std::fprintf(stderr, "bitext align: %zu/%zu pairs, %.1f pairs/s, ETA %.0f s\n", done, total,
                   rate, eta);
    }
  }

 private:
  bool quiet_, tty_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_line_{};
};

int run_batch(const std::string& dir, const std::string& manifest, const std::string& output,
              const std::string& format, const std::string& merged, unsigned jobs,
              bool shared_model, const AlignFlags& flags) {
  const io::BatchPlan plan =
      manifest.empty() ? io::plan_from_folder(dir) : io::plan_from_manifest(manifest);
  if (plan.pairs.empty()) {
    throw InputError(manifest.empty() ? dir : manifest,
                     "no document pairs (expected X.zh.* with X.en.*, or a manifest)");
  }
  io::BatchOptions options;
  options.output_dir = output == "-" ? "." : output;
  options.format = format.empty() ? "tmx" : format;
  options.merged_tmx = merged;
  options.jobs = jobs;
  options.shared_model = shared_model;
  options.segment = to_segment_options(flags.input);
  if (flags.unit == "line") options.segment.mode = text::ParagraphMode::kLine;
  options.segment.sentences = flags.unit == "sentence";
  options.align = to_align_options(flags);
  options.srclang = flags.srclang == "zh" ? Lang::kZh : Lang::kEn;
  options.zh_tag = flags.zh_tag;
  Progress progress(flags.quiet);
  options.progress = [&](std::size_t done, std::size_t total) { progress.update(done, total); };
  const io::BatchResult r = io::align_batch(plan, options);

  // Summary table on stderr: one row per pair, then the unpaired files.
  std::fprintf(stderr, "%-32s %6s %6s %6s %8s %7s %6s  %s\n", "pair", "zh", "en", "beads",
               "mean conf", "flagged", "score", "status");
  std::size_t beads = 0, flagged = 0;
  for (const io::BatchEntry& e : r.entries) {
    if (!e.error.empty()) {
      std::fprintf(stderr, "%-32s %6s %6s %6s %8s %7s %6s  FAILED: %s\n", e.name.c_str(), "-", "-",
                   "-", "-", "-", "-", e.error.c_str());
      continue;
    }
    beads += e.beads;
    flagged += e.flagged;
    std::fprintf(stderr, "%-32s %6zu %6zu %6zu %8.3f %7zu %6.2f  %s\n", e.name.c_str(),
                 e.zh_segments, e.en_segments, e.beads, e.mean_confidence, e.flagged,
                 e.document_score, e.warnings.empty() ? "ok" : e.warnings.front().c_str());
  }
  for (const std::string& f : r.unpaired) std::fprintf(stderr, "unpaired: %s\n", f.c_str());
  std::fprintf(stderr,
               "bitext align: %zu pairs aligned, %zu failed, %zu unpaired files; %zu beads, %zu "
               "flagged\n",
               r.entries.size() - r.failed, r.failed, r.unpaired.size(), beads, flagged);
  return r.failed > 0 ? kBadInput : kOk;
}

}  // namespace

int run_align(int argc, char** argv) {
  CLI::App app{
      "Align a Chinese document with its English original: paragraphs by numbering, "
      "kind and length, then sentences; a confidence per bead, doubtful beads flagged. "
      "--batch aligns a folder of pairs; --jsonl-stream aligns documents read as JSON "
      "lines (for Hadoop Streaming, Spark's pipe, GNU parallel).",
      "bitext align"};
  std::string zh_path, en_path, output = "-", format, batch, manifest, merged;
  unsigned jobs = 0;
  bool stream = false, shared_model = false;
  AlignFlags flags;
  app.add_option("ZH", zh_path, "the Chinese document");
  app.add_option("EN", en_path, "the English document");
  app.add_option("-o,--output", output,
                 "output file ('-' for standard output, the default); with --batch, the output "
                 "folder (default: the current folder)");
  app.add_option("--format", format,
                 "tmx, tsv, jsonl, beads or html; default: from the output's extension, else tmx")
      ->check(CLI::IsMember({"tmx", "tsv", "jsonl", "beads", "html"}));
  app.add_option("--batch", batch, "align every pair X.zh.* / X.en.* of this folder");
  app.add_option("--manifest", manifest, "align the pairs listed as zh_path<TAB>en_path");
  app.add_option("--jobs", jobs, "with --batch: pairs aligned at once (default 0: all cores)");
  app.add_option("--merged", merged, "with --batch: also write one TMX of all pairs here");
  app.add_flag("--shared-model", shared_model,
               "with --batch: learn one model (lengths, priors, lexicon) from all pairs, each "
               "still aligned and judged on its own; better for many short documents, holds "
               "every pair in memory");
  app.add_flag("--jsonl-stream", stream,
               "read {\"id\",\"zh\",\"en\"} JSON lines on stdin, write one JSON line of beads per "
               "document, flushed per document");
  add_align_flags(app, flags);
  if (auto code = parse(app, argc, argv)) return *code;

  return guard("align", [&]() {
    if (stream) {
      text::SegmentOptions segment = to_segment_options(flags.input);
      segment.sentences = flags.unit != "paragraph";
      align::AlignOptions options = to_align_options(flags);
      const std::size_t failed = io::align_jsonl_stream(std::cin, std::cout, segment, options);
      if (failed > 0)
        warn("align", std::to_string(failed) + " input lines failed (see their \"error\")");
      return failed > 0 ? static_cast<int>(kBadInput) : static_cast<int>(kOk);
    }
    if (!batch.empty() || !manifest.empty()) {
      return run_batch(batch, manifest, output, format, merged, jobs, shared_model, flags);
    }
    if (zh_path.empty() || en_path.empty()) {
      throw ConfigError("give the Chinese and the English document (or --batch DIR)");
    }
    const std::string fmt = format_for(format, output, "tmx");
    if (!io::is_alignment_format(fmt)) {
      throw ConfigError("unknown output format '" + fmt + "' (tmx, tsv, jsonl, beads, html)");
    }
    // Open the output first: an unwritable path fails before any work, and nothing is left
    // behind on failure (AtomicOutput).
    AtomicOutput out(output);
    const align::AlignResult result = align_files(zh_path, en_path, flags, "align");
    write_alignment(result.alignment, fmt, flags, out.stream(), "align");
    out.commit();
    report_alignment(result, "align", flags.quiet);
    return static_cast<int>(kOk);
  });
}

}  // namespace bitext::cli
