#pragma once

// Aligned pairs as plain files: TSV (zh<TAB>en<TAB>confidence<TAB>label), JSONL, and Vecalign
// bead lines; and one entry point reading pairs in any supported format.
//
//   io::write_pairs_tsv(alignment, out);
//   io::PairsFile pairs = io::read_pairs("pairs.tsv");   // .tmx, .tsv/.txt, .jsonl

#include <iosfwd>
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
