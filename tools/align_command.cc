// PLACEHOLDER: replaced by the issue that implements `bitext align`.
#include <iostream>

#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int RunAlign(int argc, char** argv) {
  std::cerr << "bitext align: error: not implemented yet\n";
  return kInternal;
}

}  // namespace bitext::cli
