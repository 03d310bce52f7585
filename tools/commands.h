#pragma once

// One entry point per subcommand, each in its own <name>_command.cc. argv[0] is the command name.
namespace bitext::cli {

int run_segment(int argc, char** argv);
int run_align(int argc, char** argv);
int run_terms(int argc, char** argv);
int run_check(int argc, char** argv);
int run_convert(int argc, char** argv);
int run_eval(int argc, char** argv);

}  // namespace bitext::cli
