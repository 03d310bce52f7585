// PLACEHOLDER: replaced by the issue that implements `bitext eval`.
#include <iostream>

#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int RunEval(int argc, char** argv) {
  std::cerr << "bitext eval: error: not implemented yet\n";
  return kInternal;
}

}  // namespace bitext::cli
