#pragma once

// Shared plumbing of the bitext subcommands: flag parsing with CLI11, the exit-code contract and
// the mapping of library exceptions to one-line messages. No algorithms live in tools/.

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace bitext::cli {

// The documented exit codes of every subcommand.
enum ExitCode : int {
  kOk = 0,        // success
  kFindings = 1,  // the command reports findings (check) at or above the requested severity
  kBadInput = 2,  // usage error, unreadable or invalid input, unwritable output
  kInternal = 3,  // a bug or an unusable resource (e.g. ICU data missing)
};

// Parses argv with app; returns nullopt to go on, or the exit code to return at once
// (0 after --help, kBadInput after a usage error, with the message printed).
std::optional<int> parse(CLI::App& app, int argc, char** argv);

// Runs body; a bitext::InputError or ConfigError prints "bitext CMD: error: ..." and gives
// kBadInput, any other exception kInternal.
int guard(std::string_view command, const std::function<int()>& body);

// "bitext CMD: warning: ..." on stderr.
void warn(std::string_view command, std::string_view message);

// --zh-tag TAG: the language tag written for the Chinese side (TMX tuv, TBX langSet, HTML lang);
// checked to be a Chinese BCP-47 tag. Empty (the default) = zh-TW for Traditional text, else zh-CN.
void add_zh_tag_flag(CLI::App& app, std::string& tag);

// Output format named by --format, or else by the output file's extension, or else `fallback`.
std::string format_for(const std::string& format_flag, const std::string& output_path,
                       const std::string& fallback);

}  // namespace bitext::cli
