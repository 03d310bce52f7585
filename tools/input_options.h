#pragma once

// Flags shared by the commands that read documents: --lang, --mode, --encoding, --repair.

#include <CLI/CLI.hpp>

#include <string>

#include "bitext/text/document.h"

namespace bitext::cli {

struct InputFlags {
  std::string lang = "auto";
  std::string mode = "auto";
  std::string encoding;
  bool repair = false;
};

void AddInputFlags(CLI::App& app, InputFlags& flags);
text::SegmentOptions ToSegmentOptions(const InputFlags& flags);

}  // namespace bitext::cli
