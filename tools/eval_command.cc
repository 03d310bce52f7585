// bitext eval: align every gold set in line mode and print strict/lax F1 and time per set (and
// per document, for sets that list their documents in docs.tsv). "grouped F1" is strict F1 once
// predicted beads inside one gold bead are joined (align/evaluate.h), as Bertalign scores the
// Bible's verse groups.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "align_support.h"
#include "bitext/align/evaluate.h"
#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/io/pairs.h"
#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int run_eval(int argc, char** argv) {
  CLI::App app{
      "Score the aligner on gold sets in the Vecalign bead format: each set is a folder "
      "with zh.txt, en.txt (one segment per line) and gold.beads.",
      "bitext eval"};
  std::string sets_dir;
  std::vector<std::string> only;
  AlignFlags flags;
  flags.unit = "line";
  app.add_option(
      "--sets", sets_dir,
      "folder of gold sets (default: $BITEXT_SHARED/eval/sets, else ../shared/eval/sets)");
  app.add_option("--set", only, "only this set (repeatable)")->allow_extra_args(false);
  app.add_option("--method", flags.method, "bead scoring: lexical (default), length, gale-church")
      ->check(CLI::IsMember(align::method_names()));
  app.add_option("--dict", flags.dict, "bilingual dictionary (CC-CEDICT or TSV)");
  app.add_option("--threads", flags.threads, "threads (default 0: all cores)");
  if (auto code = parse(app, argc, argv)) return *code;

  return guard("eval", [&]() {
    if (sets_dir.empty()) {
      const char* shared = std::getenv("BITEXT_SHARED");
      sets_dir = std::string(shared != nullptr && *shared ? shared : "../shared") + "/eval/sets";
    }
    namespace fs = std::filesystem;
    if (!fs::is_directory(sets_dir)) throw InputError(sets_dir, "no such folder of gold sets");
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(sets_dir)) {
      if (fs::exists(entry.path() / "gold.beads")) names.push_back(entry.path().filename());
    }
    std::sort(names.begin(), names.end());
    if (!only.empty()) {
      std::vector<std::string> kept;
      for (const std::string& n : only) {
        if (std::find(names.begin(), names.end(), n) == names.end()) {
          throw InputError(sets_dir + "/" + n, "no such gold set");
        }
        kept.push_back(n);
      }
      names = kept;
    }
    std::printf("%-24s %7s %7s %9s %9s %8s %11s %8s\n", "set", "zh", "en", "strict F1", "lax F1",
                "P", "grouped F1", "time s");
    for (const std::string& name : names) {
      const std::string dir = sets_dir + "/" + name;
      const auto start = std::chrono::steady_clock::now();
      const align::AlignResult r = align_files(dir + "/zh.txt", dir + "/en.txt", flags, "eval");
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const align::BeadScores s =
          align::score_beads(io::read_beads(dir + "/gold.beads"), r.alignment.beads);
      std::printf("%-24s %7zu %7zu %9.4f %9.4f %8.4f %11.4f %8.2f\n", name.c_str(),
                  r.alignment.zh.size(), r.alignment.en.size(), s.strict_f1, s.lax_f1,
                  s.strict_precision, s.grouped_f1, seconds);
      // Sets that concatenate documents (docs.tsv: id, zh_start, zh_end, en_start, en_end) are
      // also scored document by document, as a translator aligns them: short inputs.
      if (!fs::exists(dir + "/docs.tsv")) continue;
      std::vector<align::DocumentRange> documents;
      LineReader in(dir + "/docs.tsv");
      for (std::string line; in.next(line);) {
        std::istringstream fields(line);
        std::string id;
        align::DocumentRange d;
        if (!(fields >> id >> d.zh.begin >> d.zh.end >> d.en.begin >> d.en.end)) {
          if (in.line_number() == 1) continue;  // header
          throw InputError(in.path(), "expected id, zh_start, zh_end, en_start, en_end",
                           {in.line_number()});
        }
        documents.push_back(d);
      }
      const auto by_start = std::chrono::steady_clock::now();
      const align::AlignResult by = align::align_segments_by_document(
          r.alignment.zh, r.alignment.en, documents, to_align_options(flags));
      const double by_seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - by_start).count();
      const align::BeadScores b =
          align::score_beads(io::read_beads(dir + "/gold.beads"), by.alignment.beads);
      const std::string label = name + ", " + std::to_string(documents.size()) + " documents";
      std::printf("%-24s %7zu %7zu %9.4f %9.4f %8.4f %11.4f %8.2f\n", label.c_str(),
                  r.alignment.zh.size(), r.alignment.en.size(), b.strict_f1, b.lax_f1,
                  b.strict_precision, b.grouped_f1, by_seconds);
    }
    return kOk;
  });
}

}  // namespace bitext::cli
