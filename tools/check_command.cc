// PLACEHOLDER: replaced by the issue that implements `bitext check`.
#include <iostream>

#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int RunCheck(int argc, char** argv) {
  std::cerr << "bitext check: error: not implemented yet\n";
  return kInternal;
}

}  // namespace bitext::cli
