#pragma once

// Glue shared by the commands that align documents (align, terms --zh/--en, check --zh/--en):
// alignment flags, loading both files, writing an alignment in a chosen format.

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "bitext/align/aligner.h"
#include "input_options.h"

namespace bitext::cli {

struct AlignFlags {
  InputFlags input;
  std::string unit = "sentence";  // paragraph, sentence, line
  std::string srclang = "en";
  std::string zh_tag;  // empty: detected
  std::string dict;
  std::string method = "lexical";
  double flag_below = 0.5;
  unsigned threads = 0;
  bool quiet = false;
};

// --unit, --srclang, --zh-tag, --dict, --method, --flag-below, --threads, --quiet and the input
// flags.
void add_align_flags(CLI::App& app, AlignFlags& flags);

align::AlignOptions to_align_options(const AlignFlags& flags);

// Loads and aligns two files as the flags say (line mode: line k is segment k).
align::AlignResult align_files(const std::string& zh_path, const std::string& en_path,
                               const AlignFlags& flags, const char* command);

// Writes the alignment as tmx, tsv, jsonl, beads or html; warns about what TMX leaves out.
void write_alignment(const Alignment& alignment, const std::string& format, const AlignFlags& flags,
                     std::ostream& out, const char* command);

// The inputs of terms and check: aligned pair files, and/or document pairs given as repeated
// --zh/--en (the k-th --zh with the k-th --en). Throws a ConfigError when there is nothing to
// read, when the two lists differ in length, or for --parallel without document pairs.
void check_document_pairs(const std::vector<std::string>& inputs,
                          const std::vector<std::string>& zh_docs,
                          const std::vector<std::string>& en_docs, bool parallel);

// Warnings of the alignment and a one-line summary on stderr (the summary unless quiet).
void report_alignment(const align::AlignResult& result, const char* command, bool quiet);

}  // namespace bitext::cli
