// bitext check INPUT...: check translations against a glossary and themselves, by meaning.

#include <nlohmann/json.hpp>

#include <iostream>

#include "align_support.h"
#include "bitext/check/check.h"
#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/io/glossary.h"
#include "bitext/io/html_report.h"
#include "bitext/io/pairs.h"
#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int run_check(int argc, char** argv) {
  CLI::App app{
      "Check translations: glossary terms, one source rendered several ways, numbers, "
      "dates and document symbols by meaning, paragraph numbering, untranslated and "
      "missing text, end punctuation. One line per finding: FILE:LOC: severity: check-id: "
      "message.",
      "bitext check"};
  std::vector<std::string> inputs, disabled;
  std::vector<std::string> zh_docs, en_docs;
  std::string glossary_path, output = "-", format, severity = "error", from;
  bool all = false, parallel = false;
  AlignFlags align_flags;
  app.add_option("INPUT", inputs, "aligned pairs: .tmx, .tsv/.txt (zh<TAB>en), .jsonl");
  app.add_option("--zh", zh_docs,
                 "a Chinese document, aligned with the --en of the same rank first (repeatable)");
  app.add_option("--en", en_docs, "its English original (repeatable)");
  app.add_flag("--parallel", parallel,
               "--zh and --en are already aligned line by line (line k translates line k): "
               "check the line pairs instead of aligning");
  app.add_option("--glossary", glossary_path, "approved glossary: .tsv, .csv, .tbx, .jsonl");
  app.add_option("-o,--output", output, "report file ('-' for standard output, the default)");
  app.add_option("--format", format, "text (default), jsonl or html")
      ->check(CLI::IsMember({"text", "jsonl", "html"}));
  app.add_option("--severity", severity,
                 "exit 1 when a finding is at or above this: error (default), warning, info; "
                 "none: never (report only)")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  app.add_flag("--all", all, "also report info-level findings (default: warnings and errors)");
  app.add_option(
         "--disable", disabled,
         "skip this check (repeatable): " +
             [] {
               std::string ids;
               for (const std::string& id : check::check_ids())
                 ids += (ids.empty() ? "" : ", ") + id;
               return ids;
             }())
      ->allow_extra_args(false);
  app.add_option("--from", from, "format of the inputs when their extension does not tell")
      ->check(CLI::IsMember({"tmx", "tsv", "jsonl"}));
  std::string zh_tag;
  add_zh_tag_flag(app, zh_tag);
  if (auto code = parse(app, argc, argv)) return *code;

  return guard("check", [&]() {
    check_document_pairs(inputs, zh_docs, en_docs, parallel);
    const std::string fmt = format_for(format, output, "text");
    if (fmt != "text" && fmt != "jsonl" && fmt != "html") {
      throw ConfigError("unknown report format '" + fmt + "' (text, jsonl, html)");
    }
    check::CheckOptions options;
    options.disabled.insert(disabled.begin(), disabled.end());
    if (all) options.report = Severity::kInfo;
    AtomicOutput out(output);
    std::vector<TermPair> glossary;
    if (!glossary_path.empty()) glossary = io::read_glossary(glossary_path);
    std::vector<check::CheckInput> checked;
    for (const std::string& path : inputs) {
      io::PairsFile file = io::read_pairs(path, from);
      for (const std::string& w : file.warnings) warn("check", w);
      if (file.pairs.empty()) throw InputError(path, "no pairs to check");
      checked.push_back({path, std::move(file.pairs)});
    }
    align_flags.unit = "paragraph";  // findings are reported per paragraph
    for (std::size_t k = 0; k < zh_docs.size(); ++k) {
      if (parallel) {
        io::PairsFile file = io::read_parallel(zh_docs[k], en_docs[k]);
        checked.push_back({zh_docs[k], std::move(file.pairs)});
      } else {
        const align::AlignResult aligned =
            align_files(zh_docs[k], en_docs[k], align_flags, "check");
        report_alignment(aligned, "check", true);
        checked.push_back({zh_docs[k], pairs_for_check(aligned.alignment)});
      }
    }
    const check::CheckResult result = check::check(checked, glossary, options);
    std::ostream& os = out.stream();
    if (fmt == "html") {
      io::ReportOptions report;
      report.zh_tag = zh_tag;
      io::write_check_report_html(result.findings, os, report);
    } else {
      for (const Finding& f : result.findings) {
        if (fmt == "jsonl") {
          nlohmann::json j = {{"file", f.file},
                              {"loc", f.loc},
                              {"severity", severity_name(f.severity)},
                              {"check", f.check},
                              {"message", f.message},
                              {"zh_span", f.zh_span},
                              {"en_span", f.en_span},
                              {"term", f.term},
                              {"zh", f.zh},
                              {"en", f.en}};
          os << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        } else {
          os << f.file << ':' << f.loc << ": " << severity_name(f.severity) << ": " << f.check
             << ": " << f.message << '\n';
        }
      }
    }
    out.commit();
    if (severity == "none") return static_cast<int>(kOk);
    const Severity threshold = *parse_severity(severity);
    for (const Finding& f : result.findings) {
      if (f.severity >= threshold) return static_cast<int>(kFindings);
    }
    return static_cast<int>(kOk);
  });
}

}  // namespace bitext::cli
