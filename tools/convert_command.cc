// PLACEHOLDER: replaced by the issue that implements `bitext convert`.
#include <iostream>

#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int RunConvert(int argc, char** argv) {
  std::cerr << "bitext convert: error: not implemented yet\n";
  return kInternal;
}

}  // namespace bitext::cli
