// PLACEHOLDER: replaced by the issue that implements `bitext segment`.
#include <iostream>

#include "cli.h"
#include "commands.h"

namespace bitext::cli {

int RunSegment(int argc, char** argv) {
  std::cerr << "bitext segment: error: not implemented yet\n";
  return kInternal;
}

}  // namespace bitext::cli
