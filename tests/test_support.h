#pragma once

// Helpers shared by the test suites: where the shared corpora are, running the CLI, temporary
// directories.
//
//   REQUIRE_SHARED();  // skips loudly (or fails under BITEXT_REQUIRE_SHARED=1) without ../shared
//   std::string zh = bitext::test::SharedPath("corpus/seeds/a-res-74-173.zh.txt");

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bitext::test {

// Directory of ../shared as configured (BITEXT_SHARED_DIR), or the BITEXT_SHARED environment
// variable when set at run time.
std::string SharedDir();
std::string SharedPath(const std::string& relative);
bool SharedAvailable();
// Whether a missing ../shared must fail the test instead of skipping it (BITEXT_REQUIRE_SHARED=1,
// which CI sets).
bool SharedRequired();

std::string SourcePath(const std::string& relative);  // file in the source tree
std::string DataPath(const std::string& relative);    // file in tests/data
std::string CliPath();                                // the built bitext executable
std::string Python3();                                // Debian's python3

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& bytes);
bool FileExists(const std::string& path);

// A fresh directory under the system temp dir, removed (with its content) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  // Names of the entries in the directory, sorted.
  std::vector<std::string> List() const;

 private:
  std::string path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a shell command line (arguments already quoted), capturing stdout and stderr.
RunResult Run(const std::string& command_line, const std::string& stdin_data = "");
// Runs the bitext CLI with the given arguments (each quoted for the shell here).
RunResult RunCli(const std::vector<std::string>& args, const std::string& stdin_data = "");
std::string ShellQuote(const std::string& s);

}  // namespace bitext::test

// Skips the current test with a loud SKIPPED message when ../shared is absent, or fails it when
// BITEXT_REQUIRE_SHARED=1.
#define REQUIRE_SHARED()                                                                  \
  do {                                                                                    \
    if (!::bitext::test::SharedAvailable()) {                                             \
      if (::bitext::test::SharedRequired()) {                                             \
        FAIL() << "shared data not found at " << ::bitext::test::SharedDir()              \
               << " and BITEXT_REQUIRE_SHARED=1";                                         \
      }                                                                                   \
      GTEST_SKIP() << "SKIPPED: shared data not found at " << ::bitext::test::SharedDir() \
                   << " (set BITEXT_SHARED)";                                             \
    }                                                                                     \
  } while (0)
