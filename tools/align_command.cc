// bitext align ZH EN: align a Chinese document with its English original.

#include <cstdio>
#include <iostream>

#include "align_support.h"
#include "bitext/align/aligner.h"
#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/io/pairs.h"
#include "bitext/io/tmx.h"
#include "cli.h"
#include "commands.h"
#include "input_options.h"

namespace bitext::cli {

int RunAlign(int argc, char** argv) {
  CLI::App app{
      "Align a Chinese document with its English original: paragraphs by numbering, "
      "kind and length, then sentences; a confidence per bead, doubtful beads flagged.",
      "bitext align"};
  std::string zh_path, en_path, output = "-", format;
  AlignFlags flags;
  app.add_option("ZH", zh_path, "the Chinese document")->required();
  app.add_option("EN", en_path, "the English document")->required();
  app.add_option("-o,--output", output, "output file ('-' for standard output, the default)");
  app.add_option("--format", format,
                 "tmx, tsv, jsonl, beads or html; default: from the output's extension, else tmx")
      ->check(CLI::IsMember({"tmx", "tsv", "jsonl", "beads", "html"}));
  AddAlignFlags(app, flags);
  if (auto code = Parse(app, argc, argv)) return *code;

  return Guard("align", [&]() {
    const std::string fmt = FormatFor(format, output, "tmx");
    if (fmt != "tmx" && fmt != "tsv" && fmt != "jsonl" && fmt != "beads" && fmt != "html") {
      throw ConfigError("unknown output format '" + fmt + "' (tmx, tsv, jsonl, beads, html)");
    }
    // Open the output first: an unwritable path fails before any work, and nothing is left
    // behind on failure (AtomicOutput).
    AtomicOutput out(output);
    const align::AlignResult result = AlignFiles(zh_path, en_path, flags, "align");
    WriteAlignment(result.alignment, fmt, flags, out.stream(), "align");
    out.Commit();
    ReportAlignment(result, "align", flags.quiet);
    return kOk;
  });
}

}  // namespace bitext::cli
