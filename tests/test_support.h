#pragma once

// Helpers shared by the test suites: where the shared corpora are, running the CLI, temporary
// directories.
//
//   REQUIRE_SHARED();  // skips loudly (or fails under BITEXT_REQUIRE_SHARED=1) without ../shared
//   std::string gold = bitext::test::shared_path("eval/sets/constitution/gold.beads");

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace bitext::test {

// Directory of ../shared as configured (BITEXT_SHARED_DIR), or the BITEXT_SHARED environment
// variable when set at run time.
std::string shared_dir();
std::string shared_path(const std::string& relative);
bool shared_available();
// Whether a missing ../shared must fail the test instead of skipping it (BITEXT_REQUIRE_SHARED=1,
// which CI sets).
bool shared_required();

std::string source_path(const std::string& relative);  // file in the source tree
std::string data_path(const std::string& relative);    // file in tests/data
std::string cli_path();                                // the built bitext executable
std::string python3();                                 // Debian's python3

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& bytes);
bool file_exists(const std::string& path);

// Writes a .docx (a ZIP archive) holding the given parts: {"word/document.xml", xml}, ...
void write_zip(const std::string& path,
               const std::vector<std::pair<std::string, std::string>>& parts);
// A word/document.xml whose body is `body` (w:p elements ...), namespace w declared.
std::string docx_document(const std::string& body);

// One line of text on a PDF page: where it starts (points from the bottom left of an A4 page).
struct PdfLine {
  int x = 72;
  int y = 780;
  std::string text;  // UTF-8; ASCII lines in Helvetica, others in a CID font with a ToUnicode map
  int char_spacing = 0;  // extra points between characters (Tc): a letter-spaced title
};
// Writes a PDF of these pages (fonts not embedded: enough for text extraction).
void write_pdf(const std::string& path, const std::vector<std::vector<PdfLine>>& pages);

// A fresh directory under the system temp dir, removed (with its content) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Names of the entries in the directory, sorted.
  std::vector<std::string> list() const;

 private:
  std::string path_;
};

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a shell command line (arguments already quoted), capturing stdout and stderr.
RunResult run(const std::string& command_line, const std::string& stdin_data = "");
// Runs the bitext CLI with the given arguments (each quoted for the shell here).
RunResult run_cli(const std::vector<std::string>& args, const std::string& stdin_data = "");
std::string shell_quote(const std::string& s);

}  // namespace bitext::test

// Skips the current test with a loud SKIPPED message when ../shared is absent, or fails it when
// BITEXT_REQUIRE_SHARED=1.
#define REQUIRE_SHARED()                                                                   \
  do {                                                                                     \
    if (!::bitext::test::shared_available()) {                                             \
      if (::bitext::test::shared_required()) {                                             \
        FAIL() << "shared data not found at " << ::bitext::test::shared_dir()              \
               << " and BITEXT_REQUIRE_SHARED=1";                                          \
      }                                                                                    \
      GTEST_SKIP() << "SKIPPED: shared data not found at " << ::bitext::test::shared_dir() \
                   << " (set BITEXT_SHARED)";                                              \
    }                                                                                      \
  } while (0)
