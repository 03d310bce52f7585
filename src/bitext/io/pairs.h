#pragma once

// Aligned pairs as plain files: TSV (zh<TAB>en<TAB>confidence<TAB>label), JSONL, two
// line-parallel files, and Vecalign bead lines; readers that hand out one pair at a time, and
// one entry point reading all pairs in any supported format.
//
//   io::write_pairs_tsv(alignment, out);
//   io::PairsFile pairs = io::read_pairs("pairs.tsv");   // .tmx, .tsv/.txt, .jsonl
//   auto reader = io::open_parallel("corpus.zh", "corpus.en");
//   for (SegmentPair p; reader->next(p);) use(p);

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "bitext/core/types.h"
#include "bitext/io/tmx.h"

namespace bitext::io {

// One line per bead, null beads included with an empty side: zh, en, confidence (4 decimals),
// label. Tabs and line breaks inside text become spaces.
void write_pairs_tsv(const Alignment& alignment, std::ostream& out);
void write_pairs_tsv(const std::vector<SegmentPair>& pairs, std::ostream& out);

// One JSON object per bead: bead (1-based), zh/en (segment indices), zh_text, en_text,
// zh_label, en_label, type ("2-1"), confidence, flagged, zh_lines/en_lines (1-based lines).
void write_alignment_jsonl(const Alignment& alignment, std::ostream& out);
// {"zh":…, "en":…, "loc":…, "label":…, "confidence":…} per line.
void write_pairs_jsonl(const std::vector<SegmentPair>& pairs, std::ostream& out);

// Writes an alignment as "tmx", "tsv", "jsonl", "beads" or "html" (ConfigError otherwise);
// for TMX, what write_tmx reports (otherwise zeros).
TmxWriteResult write_alignment_as(const Alignment& alignment, const std::string& format,
                                  std::ostream& out, const TmxOptions& tmx = {});
bool is_alignment_format(const std::string& format);

// Vecalign beads: "[3,4]:[5]:0.8123", 0-based indices, "[]" for an empty side.
void write_beads(const Alignment& alignment, std::ostream& out);
// Reads bead lines (score optional); InputError with file:line on a malformed line.
std::vector<Bead> read_beads(const std::string& path);

// Aligned pairs read one at a time from a stream: memory does not grow with the file (except
// TMX, which pugixml loads whole). Throws InputError naming the file and line on a bad record.
class PairsReader {
 public:
  virtual ~PairsReader() = default;
  // The next pair; false at the end.
  virtual bool next(SegmentPair& pair) = 0;
  // The file read (the Chinese one for line-parallel files).
  virtual const std::string& name() const = 0;
  // What was skipped so far (TMX units without both languages).
  virtual const std::vector<std::string>& warnings() const;
};

// A reader for the format named (tmx, tsv, jsonl) or, when empty, told by the extension;
// ConfigError for an unknown format. "-" reads standard input (tsv, jsonl).
std::unique_ptr<PairsReader> open_pairs(const std::string& path, const std::string& format = "");

// Two line-parallel files (one segment per line, line k of one translating line k of the
// other, as in OPUS and Moses corpora). Lines blank on both sides are skipped; loc is the line.
// When one file runs short, InputError names the longer file at its first extra line and the
// shorter one with its length.
std::unique_ptr<PairsReader> open_parallel(const std::string& zh_path, const std::string& en_path);
PairsFile read_parallel(const std::string& zh_path, const std::string& en_path);

// TSV pairs: zh<TAB>en[<TAB>confidence[<TAB>label]] per line (a first line of language codes is
// a header). InputError with file:line for a line without a tab or ill-formed UTF-8, and for an
// empty file. loc = 1-based line.
PairsFile read_pairs_tsv(const std::string& path);
// JSONL pairs: objects with "zh" and "en" (or "zh_text"/"en_text") strings.
PairsFile read_pairs_jsonl(const std::string& path);

// Pairs in the format named (tmx, tsv, jsonl) or, when empty, told by the extension
// (.tmx; .tsv, .txt; .jsonl, .json). ConfigError for an unknown format.
PairsFile read_pairs(const std::string& path, const std::string& format = "");

// "tmx", "tsv", "jsonl" for a file name by its extension; "" when unknown.
std::string pairs_format_of(const std::string& path);

}  // namespace bitext::io
