// bitext: git-style front end. Looks the subcommand up in kCommands and hands it the rest of argv.

#include <cstring>
#include <iostream>
#include <string_view>

#include "bitext/version.h"
#include "cli.h"
#include "commands.h"

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(int argc, char** argv);
};

constexpr Command kCommands[] = {
    {"segment", "show how a document is split: paragraphs, labels, kinds, sentences",
     bitext::cli::run_segment},
    {"align", "align a Chinese document with its English original (TMX, TSV, JSONL, beads, HTML)",
     bitext::cli::run_align},
    {"terms", "mine a bilingual glossary from aligned pairs (TSV, CSV, TBX, JSONL)",
     bitext::cli::run_terms},
    {"check", "check translations: terms, numbers, dates, symbols, numbering, consistency",
     bitext::cli::run_check},
    {"convert", "convert between TMX, TSV and JSONL pair files and between glossary formats",
     bitext::cli::run_convert},
    {"eval", "score the aligner on gold sets in the Vecalign bead format", bitext::cli::run_eval},
};

void print_usage(std::ostream& out) {
  out << "bitext " << BITEXT_VERSION
      << " - Chinese-English alignment, terminology and checks for translators\n\n"
         "Usage: bitext <command> [options]\n"
         "       bitext <command> --help\n"
         "       bitext --version\n\n"
         "Commands:\n";
  for (const Command& c : kCommands) {
    out << "  " << c.name << std::string(10 - std::strlen(c.name), ' ') << c.summary << "\n";
  }
  out << "\nExit codes: 0 ok, 1 findings reported (check), 2 usage or input error,\n"
         "3 internal error.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    print_usage(std::cerr);
    return bitext::cli::kBadInput;
  }
  const std::string_view first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    if (first == "help" && argc > 2) {
      for (const Command& c : kCommands) {
        if (argv[2] == std::string_view(c.name)) {
          char help[] = "--help";
          char* args[] = {argv[2], help};
          return c.run(2, args);
        }
      }
    }
    print_usage(std::cout);
    return bitext::cli::kOk;
  }
  if (first == "--version" || first == "-V" || first == "version") {
    std::cout << "bitext " << BITEXT_VERSION << "\n";
    return bitext::cli::kOk;
  }
  for (const Command& c : kCommands) {
    if (first == c.name) return c.run(argc - 1, argv + 1);
  }
  std::cerr << "bitext: error: unknown command '" << first << "'. Run 'bitext --help'.\n";
  return bitext::cli::kBadInput;
}
