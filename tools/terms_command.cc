// bitext terms INPUT...: mine a bilingual glossary from aligned pairs.

#include <unistd.h>
#include <cstdio>
#include <string>

#include "align_support.h"
#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/io/glossary.h"
#include "bitext/io/pairs.h"
#include "bitext/terms/miner.h"
#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int run_terms(int argc, char** argv) {
  CLI::App app{
      "Mine a bilingual glossary from aligned pairs: TMX, TSV (zh<TAB>en) or JSONL "
      "files, document pairs aligned on the fly with --zh/--en (repeat both for several), or "
      "line-parallel files with --zh/--en --parallel.",
      "bitext terms"};
  std::vector<std::string> inputs;
  std::vector<std::string> zh_docs, en_docs;
  std::string output = "-", format, from;
  terms::TermsOptions options;
  AlignFlags align_flags;
  bool quiet = false, parallel = false;
  app.add_option("INPUT", inputs, "aligned pairs: .tmx, .tsv/.txt, .jsonl");
  app.add_option("--zh", zh_docs,
                 "a Chinese document, aligned with the --en of the same rank first (repeatable)");
  app.add_option("--en", en_docs, "its English original (repeatable)");
  app.add_flag("--parallel", parallel,
               "--zh and --en are already aligned line by line (line k translates line k, as "
               "in OPUS or Moses corpora): pair the lines instead of aligning");
  app.add_option("-o,--output", output, "output file ('-' for standard output, the default)");
  app.add_option("--format", format, "tsv, csv, tbx or jsonl (default: extension, else tsv)")
      ->check(CLI::IsMember({"tsv", "csv", "tbx", "jsonl"}));
  app.add_option("--from", from, "format of the inputs when their extension does not tell")
      ->check(CLI::IsMember({"tmx", "tsv", "jsonl"}));
  std::string zh_tag;
  add_zh_tag_flag(app, zh_tag);
  app.add_option("--dict", options.dictionary,
                 "bilingual dictionary the word-alignment table also learns from, and that "
                 "aligns --zh/--en documents: CC-CEDICT (plain or .gz) or TSV zh<TAB>en");
  app.add_option("--top", options.top, "keep the best N pairs (default: all)");
  // The defaults shown are the library's (options is default-constructed here).
  app.add_option("--min-freq", options.min_freq,
                 "minimum number of aligned pairs a term pair occurs in (default " +
                     std::to_string(options.min_freq) + ")");
  app.add_option(
      "--max-zh-chars", options.max_zh_chars,
      "longest Chinese term, in characters (default " + std::to_string(options.max_zh_chars) + ")");
  app.add_option(
      "--max-en-words", options.max_en_words,
      "longest English term, in words (default " + std::to_string(options.max_en_words) + ")");
  app.add_option("--fasttext", options.fasttext,
                 "fastText vectors trained on the input: off (default: measured not to help, "
                 "see docs/terms.md), cluster (English spelling variants), feature (also a "
                 "cross-lingual pairing feature)")
      ->check(CLI::IsMember({"off", "cluster", "feature"}));
  app.add_option("--models", options.model_dir,
                 "folder with en.bin/zh.bin used when the input is too small to train vectors");
  app.add_option("--save-models", options.save_models,
                 "save the vectors trained on this input in this folder (en.bin, zh.bin)");
  app.add_option("--threads", options.threads, "threads (default 0: all cores); same result");
  app.add_flag("-q,--quiet", quiet, "no progress or summary on standard error");
  if (auto code = parse(app, argc, argv)) return *code;

  return guard("terms", [&]() {
    check_document_pairs(inputs, zh_docs, en_docs, parallel);
    const std::string fmt = format_for(format, output, "tsv");
    const io::GlossaryFormat glossary_format = io::glossary_format_named(fmt);
    AtomicOutput out(output);
    std::vector<SegmentPair> pairs;
    // With several sources, each example says which one it comes from (file:bead or file:line).
    const bool several = inputs.size() + zh_docs.size() > 1;
    auto name_source = [&](std::size_t first, const std::string& source) {
      if (!several) return;
      for (std::size_t k = first; k < pairs.size(); ++k) pairs[k].loc = source + ":" + pairs[k].loc;
    };
    auto take = [&](io::PairsReader& reader, const std::string& source) {
      const std::size_t first = pairs.size();
      for (SegmentPair p; reader.next(p);) pairs.push_back(std::move(p));
      for (const std::string& w : reader.warnings()) warn("terms", w);
      name_source(first, source);
    };
    for (const std::string& path : inputs) take(*io::open_pairs(path, from), path);
    align_flags.quiet = quiet;
    align_flags.dict = options.dictionary;
    for (std::size_t k = 0; k < zh_docs.size(); ++k) {
      if (parallel) {
        take(*io::open_parallel(zh_docs[k], en_docs[k]), zh_docs[k]);
        continue;
      }
      const align::AlignResult aligned = align_files(zh_docs[k], en_docs[k], align_flags, "terms");
      report_alignment(aligned, "terms", true);
      const std::size_t first = pairs.size();
      for (SegmentPair& p : pairs_of(aligned.alignment)) pairs.push_back(std::move(p));
      name_source(first, zh_docs[k]);
    }
    const std::string source = inputs.empty() ? zh_docs.front() : inputs.front();
    if (pairs.empty()) throw InputError(source, "no pairs");
    const bool tty = isatty(STDERR_FILENO) != 0;
    if (!quiet) {
      options.progress = [tty](const std::string& stage, std::size_t done, std::size_t total) {
        if (total < 200000) return;  // short runs need no progress report
        std::fprintf(stderr, tty ? "\rbitext terms: %-9s %zu/%zu   " : "bitext terms: %s %zu/%zu\n",
                     stage.c_str(), done, total);
        if (tty && stage == "done") std::fprintf(stderr, "\n");
      };
    }
    const terms::TermsResult result = terms::mine_terms(pairs, options);
    const std::string long_pairs =
        std::to_string(result.stats.long_pairs) + " of the pairs have a side over " +
        std::to_string(options.max_pair_words) +
        " words and were left out: align such documents first (bitext align, or --zh/--en)";
    if (result.terms.empty()) {
      throw InputError(source, result.stats.long_pairs > 0 ? "no term pair found; " + long_pairs
                                                           : "no term pair occurs in at least " +
                                                                 std::to_string(options.min_freq) +
                                                                 " pairs (lower --min-freq?)");
    }
    if (result.stats.long_pairs > 0) warn("terms", source + ": " + long_pairs);
    io::write_glossary(result.terms, glossary_format, out.stream(), zh_tag);
    out.commit();
    if (!quiet) {
      const std::string dictionary_note =
          options.dictionary.empty() ? std::string()
                                     : "; " + std::to_string(result.stats.dictionary_entries) +
                                           " dictionary senses learned from";
      std::fprintf(stderr,
                   "bitext terms: %zu pairs, %zu Chinese and %zu English candidates, %zu term "
                   "pairs written; vectors %s, %zu spelling variants from them%s\n",
                   result.stats.pairs, result.stats.zh_candidates, result.stats.en_candidates,
                   result.terms.size(), result.stats.vectors.c_str(),
                   result.stats.fasttext_variants, dictionary_note.c_str());
    }
    return kOk;
  });
}

}  // namespace bitext::cli
