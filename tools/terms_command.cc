// PLACEHOLDER: replaced by the issue that implements `bitext terms`.
#include <iostream>

#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int RunTerms(int argc, char** argv) {
  std::cerr << "bitext terms: error: not implemented yet\n";
  return kInternal;
}

}  // namespace bitext::cli
