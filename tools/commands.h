#pragma once

// One entry point per subcommand, each in its own <name>_command.cc. argv[0] is the command name.
namespace bitext::cli {

int RunSegment(int argc, char** argv);
int RunAlign(int argc, char** argv);
int RunTerms(int argc, char** argv);
int RunCheck(int argc, char** argv);
int RunConvert(int argc, char** argv);
int RunEval(int argc, char** argv);

}  // namespace bitext::cli
