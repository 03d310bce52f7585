#include "test_support.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace bitext::test {

std::string SharedDir() {
  if (const char* env = std::getenv("BITEXT_SHARED"); env != nullptr && *env != '\0') return env;
  return BITEXT_SHARED_DIR;
}

std::string SharedPath(const std::string& relative) { return SharedDir() + "/" + relative; }

bool SharedAvailable() { return FileExists(SharedPath("corpus/README.md")); }

bool SharedRequired() {
  const char* env = std::getenv("BITEXT_REQUIRE_SHARED");
  return env != nullptr && std::string(env) == "1";
}

std::string SourcePath(const std::string& relative) {
  return std::string(BITEXT_SOURCE_DIR) + "/" + relative;
}

std::string DataPath(const std::string& relative) { return SourcePath("tests/data/" + relative); }

std::string CliPath() { return BITEXT_CLI; }

std::string Python3() { return BITEXT_PYTHON3; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

bool FileExists(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "bitext-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::vector<std::string> TempDir::List() const {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(path_)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

RunResult Run(const std::string& command_line, const std::string& stdin_data) {
  TempDir dir;
  const std::string in = dir.File("stdin"), out = dir.File("stdout"), err = dir.File("stderr");
  WriteFile(in, stdin_data);
  const std::string full =
      command_line + " <" + ShellQuote(in) + " >" + ShellQuote(out) + " 2>" + ShellQuote(err);
  const int status = std::system(full.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadFile(out);
  result.err = ReadFile(err);
  return result;
}

RunResult RunCli(const std::vector<std::string>& args, const std::string& stdin_data) {
  std::string line = ShellQuote(CliPath());
  for (const std::string& a : args) line += " " + ShellQuote(a);
  return Run(line, stdin_data);
}

}  // namespace bitext::test
