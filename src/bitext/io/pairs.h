#pragma once

// Aligned pairs as plain files: TSV (zh<TAB>en<TAB>confidence<TAB>label), JSONL, and Vecalign
// bead lines; and one entry point reading pairs in any supported format.
//
//   io::WritePairsTsv(alignment, out);
//   io::PairsFile pairs = io::ReadPairs("pairs.tsv");   // .tmx, .tsv/.txt, .jsonl

#include <iosfwd>
#include <string>
#include <vector>

#include "bitext/core/types.h"
#include "bitext/io/tmx.h"

namespace bitext::io {

// One line per bead, null beads included with an empty side: zh, en, confidence (4 decimals),
// label. Tabs and line breaks inside text become spaces.
void WritePairsTsv(const Alignment& alignment, std::ostream& out);
void WritePairsTsv(const std::vector<SegmentPair>& pairs, std::ostream& out);

// One JSON object per bead: bead (1-based), zh/en (segment indices), zh_text, en_text,
// zh_label, en_label, type ("2-1"), confidence, flagged, zh_lines/en_lines (1-based lines).
void WriteAlignmentJsonl(const Alignment& alignment, std::ostream& out);
// {"zh":…, "en":…, "loc":…, "label":…, "confidence":…} per line.
void WritePairsJsonl(const std::vector<SegmentPair>& pairs, std::ostream& out);

// Writes an alignment as "tmx", "tsv", "jsonl", "beads" or "html" (ConfigError otherwise);
// for TMX, what WriteTmx reports (otherwise zeros).
TmxWriteResult WriteAlignmentAs(const Alignment& alignment, const std::string& format,
                                std::ostream& out, const TmxOptions& tmx = {});
bool IsAlignmentFormat(const std::string& format);

// Vecalign beads: "[3,4]:[5]:0.8123", 0-based indices, "[]" for an empty side.
void WriteBeads(const Alignment& alignment, std::ostream& out);
// Reads bead lines (score optional); InputError with file:line on a malformed line.
std::vector<Bead> ReadBeads(const std::string& path);

// TSV pairs: zh<TAB>en[<TAB>confidence[<TAB>label]] per line (a first line of language codes is
// a header). InputError with file:line for a line without a tab or ill-formed UTF-8, and for an
// empty file. loc = 1-based line.
PairsFile ReadPairsTsv(const std::string& path);
// JSONL pairs: objects with "zh" and "en" (or "zh_text"/"en_text") strings.
PairsFile ReadPairsJsonl(const std::string& path);

// Pairs in the format named (tmx, tsv, jsonl) or, when empty, told by the extension
// (.tmx; .tsv, .txt; .jsonl, .json). ConfigError for an unknown format.
PairsFile ReadPairs(const std::string& path, const std::string& format = "");

// "tmx", "tsv", "jsonl" for a file name by its extension; "" when unknown.
std::string PairsFormatOf(const std::string& path);

}  // namespace bitext::io
