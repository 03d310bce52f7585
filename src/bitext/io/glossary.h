#pragma once

// Glossaries (TermPair lists) in the formats terminologists exchange: TSV, CSV (UTF-8 with BOM,
// for spreadsheets), TBX (ISO 30042, the 2008 martif schema) and JSONL; read back the same
// formats so a reviewed glossary can drive `check`.
//
//   io::write_glossary(result.terms, io::GlossaryFormat::kTbx, out.stream());
//   std::vector<TermPair> approved = io::read_glossary("reviewed.csv");

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::io {

enum class GlossaryFormat { kTsv, kCsv, kTbx, kJsonl };

// By name ("tsv", "csv", "tbx", "jsonl") or file extension (.tsv/.txt, .csv, .tbx/.xml, .jsonl);
// ConfigError when unknown.
GlossaryFormat glossary_format_named(const std::string& name);
GlossaryFormat glossary_format_of(const std::string& path);
bool is_glossary_format(const std::string& name);

// Columns: zh-CN (the header says zh-TW for terms in Traditional characters, or zh_tag), en
// (preferred first, alternatives after "|"), score, frequency (joint),
// zh_frequency, en_frequency, forbidden ("|"-separated), note, examples (" | "-separated).
// TBX: one termEntry per pair, langSet zh-CN (zh_tag; empty = zh-TW when the terms are written
// in Traditional characters, io::chinese_tag) / en, alternatives as further tig, forbidden
// renderings with termNote administrativeStatus = deprecatedTerm-admn-sts, figures in descrip.
// Throws ConfigError for an empty list in TBX (the schema needs one entry).
void write_glossary(const std::vector<TermPair>& terms, GlossaryFormat format, std::ostream& out,
                    std::string_view zh_tag = {});

// Reads a glossary; TSV and CSV need a header row naming the language columns (zh, zh-CN,
// Chinese, source … / en, English, target …, case-insensitive); optional columns: forbidden
// (or deprecated), status (forbidden/deprecated marks the whole row's English), score,
// frequency, note. InputError with file:line otherwise.
std::vector<TermPair> read_glossary(const std::string& path, const std::string& format = "");

}  // namespace bitext::io
