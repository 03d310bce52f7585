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

void add_input_flags(CLI::App& app, InputFlags& flags);
text::SegmentOptions to_segment_options(const InputFlags& flags);

}  // namespace bitext::cli
