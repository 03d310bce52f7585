// bitext convert IN -o OUT: between pair formats (TMX, TSV, JSONL) and glossary formats
// (TSV, CSV, TBX, JSONL).

#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/io/glossary.h"
#include "bitext/io/pairs.h"
#include "bitext/io/tmx.h"
#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int run_convert(int argc, char** argv) {
  CLI::App app{
      "Convert aligned pairs between TMX, TSV and JSONL, or glossaries between TSV, "
      "CSV, TBX and JSONL. A conversion is a glossary one when --glossary is given or "
      "either side is CSV or TBX; otherwise it converts pairs. Line-parallel files (line k "
      "of --zh translates line k of --en) convert to pairs too.",
      "bitext convert"};
  std::string input, output = "-", from, to, srclang = "en", zh, en;
  bool glossary = false;
  app.add_option("IN", input, "input file ('-' for standard input needs --from)");
  app.add_option("--zh", zh, "instead of IN: Chinese file, one segment per line, with --en");
  app.add_option("--en", en, "instead of IN: English file, line k translating line k of --zh");
  app.add_option("-o,--output", output, "output file ('-' for standard output, needs --to)");
  app.add_option("--from", from, "input format: tmx, tsv, jsonl, csv, tbx (default: extension)");
  app.add_option("--to", to, "output format: tmx, tsv, jsonl, csv, tbx (default: extension)");
  app.add_flag("--glossary", glossary, "the files are glossaries (zh-CN/en columns)");
  app.add_option("--srclang", srclang, "TMX source language: en (default) or zh")
      ->check(CLI::IsMember({"en", "zh"}));
  std::string zh_tag;
  add_zh_tag_flag(app, zh_tag);
  if (auto code = parse(app, argc, argv)) return *code;

  return guard("convert", [&]() {
    auto extension = [](const std::string& path) -> std::string {
      const auto dot = path.find_last_of('.');
      const auto slash = path.find_last_of('/');
      if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
      std::string e = path.substr(dot + 1);
      for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return e == "txt" ? "tsv" : e == "json" ? "jsonl" : e == "xml" ? "tbx" : e;
    };
    const bool parallel = !zh.empty() || !en.empty();
    if (parallel == !input.empty() || (parallel && (zh.empty() || en.empty()))) {
      throw ConfigError("give one input file, or line-parallel files with --zh and --en");
    }
    if (parallel) input = zh;
    const std::string in_format = parallel ? "parallel" : from.empty() ? extension(input) : from;
    const std::string out_format = to.empty() ? extension(output) : to;
    if (in_format.empty()) throw ConfigError(input + ": cannot tell the input format; use --from");
    if (out_format.empty()) {
      throw ConfigError(output + ": cannot tell the output format; use --to");
    }
    const bool terms = glossary || in_format == "csv" || in_format == "tbx" ||
                       out_format == "csv" || out_format == "tbx";
    if (terms && parallel) {
      throw ConfigError(
          "line-parallel files convert to pairs (tmx, tsv, jsonl); for a glossary use "
          "bitext terms --zh A --en B --parallel");
    }
    if (terms) {
      const std::vector<TermPair> entries = io::read_glossary(input, in_format);
      const io::GlossaryFormat format = io::glossary_format_named(out_format);
      AtomicOutput out(output);
      io::write_glossary(entries, format, out.stream(), zh_tag);
      out.commit();
      return kOk;
    }
    if (out_format != "tmx" && out_format != "tsv" && out_format != "jsonl") {
      throw ConfigError("unknown output format '" + out_format + "' (tmx, tsv, jsonl, csv, tbx)");
    }
    const io::PairsFile pairs =
        parallel ? io::read_parallel(zh, en) : io::read_pairs(input, in_format);
    for (const std::string& w : pairs.warnings) warn("convert", w);
    AtomicOutput out(output);
    if (out_format == "tmx") {
      io::TmxOptions options;
      options.srclang = srclang == "zh" ? Lang::kZh : Lang::kEn;
      options.zh_tag = zh_tag;
      const io::TmxWriteResult r =
          io::write_tmx(pairs.pairs, AlignUnit::kSentence, out.stream(), options);
      if (r.unaligned > 0) {
        warn("convert",
             std::to_string(r.unaligned) + " pairs with an empty side left out of the TMX");
      }
    } else if (out_format == "tsv") {
      io::write_pairs_tsv(pairs.pairs, out.stream());
    } else {
      io::write_pairs_jsonl(pairs.pairs, out.stream());
    }
    out.commit();
    return kOk;
  });
}

}  // namespace bitext::cli
