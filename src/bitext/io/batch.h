#pragma once

// Aligning many document pairs at once, and aligning documents streamed as JSON lines.
//
//   io::BatchOptions b;  b.input_dir = "incoming"; b.output_dir = "aligned"; b.jobs = 0;
//   io::BatchResult r = io::align_batch(b);
//   for (const io::BatchEntry& e : r.entries) ... e.name, e.beads, e.error ...
//
//   io::align_jsonl_stream(std::cin, std::cout, {});  // {"id","zh","en"} in, beads out

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "bitext/align/aligner.h"
#include "bitext/core/types.h"
#include "bitext/text/document.h"

namespace bitext::io {

// Pairs of files to align: X.zh.txt with X.en.txt (any extension, same stem; also X-ZH.pdf
// with X-EN.pdf as the UN's document system names them, X_zh.docx ...), or the lines
// zh_path<TAB>en_path of a manifest. Files without a partner are listed in `unpaired`.
struct BatchPair {
  std::string name;  // the stem: output files are <output_dir>/<name>.<format>
  std::string zh;
  std::string en;
};
struct BatchPlan {
  std::vector<BatchPair> pairs;       // sorted by name
  std::vector<std::string> unpaired;  // files named for one version but without a partner
};
// Throws InputError when the folder cannot be read, or for a manifest line without a tab.
BatchPlan plan_from_folder(const std::string& dir);
BatchPlan plan_from_manifest(const std::string& manifest);

struct BatchOptions {
  std::string output_dir;      // one output per pair here (created if missing)
  std::string format = "tmx";  // tmx, tsv, jsonl, beads or html
  std::string merged_tmx;      // when set, also one TMX of all pairs, in name order
  unsigned jobs = 0;           // pairs aligned at once; 0 = all cores. Output is the same.
  // One model (length, priors, lexicon) learned from all pairs, each still aligned and judged
  // on its own: better for many short documents; holds every pair in memory.
  bool shared_model = false;
  text::SegmentOptions segment;  // how documents are read
  align::AlignOptions align;     // how they are aligned (its thread count is set per job)
  Lang srclang = Lang::kEn;      // TMX source language
  std::string zh_tag;            // Chinese language tag in TMX/HTML; empty = detected per file
  std::string creation_date;     // TMX creationdate for every file; empty = once, at the start
  // Progress: pairs done, total; called from worker threads, one call at a time.
  std::function<void(std::size_t, std::size_t)> progress;
};

struct BatchEntry {
  std::string name;
  std::string output;  // file written ("" when the pair failed)
  std::size_t zh_segments = 0, en_segments = 0;
  std::size_t beads = 0, flagged = 0, unaligned = 0;
  double mean_confidence = 0;
  double document_score = 0;
  std::vector<std::string> warnings;
  std::string error;  // one line; the pair was skipped
};

struct BatchResult {
  std::vector<BatchEntry> entries;  // in plan order
  std::vector<std::string> unpaired;
  std::size_t failed = 0;
};

// Aligns every pair of the plan. A pair that cannot be read or aligned is reported in its entry
// and skipped; the others complete. Throws only for an unusable output folder or merged file.
BatchResult align_batch(const BatchPlan& plan, const BatchOptions& options);

// Reads one JSON object per line, {"id": …, "zh": "<document>", "en": "<document>"}, aligns
// each document pair and writes one JSON object per line, flushed per document:
// {"id", "document_score", "warnings", "beads": [{"zh", "en", "zh_label", "en_label", "type",
// "confidence", "flagged"}]}. A line that is not such an object gives {"id", "error"} and the
// stream goes on. Returns the number of failed lines.
std::size_t align_jsonl_stream(std::istream& in, std::ostream& out,
                               const text::SegmentOptions& segment,
                               const align::AlignOptions& align);

}  // namespace bitext::io
