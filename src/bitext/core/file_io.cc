#include "bitext/core/file_io.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <sstream>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"

namespace bitext {

namespace {

// Opens a file for reading; InputError naming it when it is missing, a directory or unreadable.
// `size` receives its size when it is a regular file (0 otherwise).
std::unique_ptr<std::ifstream> open_input(const std::string& path, std::size_t& size) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw InputError(path, errno == ENOENT ? "no such file" : std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) throw InputError(path, "is a directory, not a file");
  auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*in) {
    throw InputError(path, "cannot open for reading: " + std::string(std::strerror(errno)));
  }
  size = S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) : 0;
  return in;
}

}  // namespace

std::string read_file_bytes(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) throw InputError("-", "cannot read standard input");
    return buffer.str();
  }
  std::size_t size = 0;
  const std::unique_ptr<std::ifstream> in = open_input(path, size);
  std::string bytes;
  bytes.reserve(size);
  bytes.assign(std::istreambuf_iterator<char>(*in), std::istreambuf_iterator<char>());
  if (in->bad()) throw InputError(path, "read error");
  return bytes;
}

LineReader::LineReader(std::string path) : path_(std::move(path)) {
  if (path_ == "-") {
    in_ = &std::cin;
    return;
  }
  std::size_t size = 0;
  file_ = open_input(path_, size);
  in_ = file_.get();
}

bool LineReader::next(std::string& line) {
  if (!std::getline(*in_, line)) {
    if (in_->bad()) throw InputError(path_, "read error", {line_ + 1});
    return false;
  }
  ++line_;
  if (line_ == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (const auto bad = utf8::find_invalid(line); bad != std::string::npos) {
    throw InputError(path_, "ill-formed UTF-8 at column " + std::to_string(bad + 1), {line_});
  }
  return true;
}

AtomicOutput::AtomicOutput(std::string path) : path_(std::move(path)) {
  if (is_stdout()) return;
  std::string dir = ".";
  const auto slash = path_.find_last_of('/');
  if (slash != std::string::npos) dir = slash == 0 ? "/" : path_.substr(0, slash);
  struct stat info {};
  if (::stat(dir.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    throw ResourceError(path_ + ": cannot write: directory '" + dir + "' does not exist");
  }
  if (::stat(path_.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    throw ResourceError(path_ + ": cannot write: is a directory");
  }
  std::vector<char> name(path_.begin(), path_.end());
  const std::string suffix = ".tmp.XXXXXX";
  name.insert(name.end(), suffix.begin(), suffix.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    throw ResourceError(path_ + ": cannot write: " + std::strerror(errno));
  }
  ::close(fd);
  temp_path_ = name.data();
  file_ = std::make_unique<std::ofstream>(temp_path_, std::ios::binary | std::ios::trunc);
  if (!*file_) {
    std::remove(temp_path_.c_str());
    throw ResourceError(path_ + ": cannot write: " + std::strerror(errno));
  }
}

AtomicOutput::~AtomicOutput() {
  if (is_stdout() || committed_) return;
  file_.reset();
  std::remove(temp_path_.c_str());
}

std::ostream& AtomicOutput::stream() { return is_stdout() ? std::cout : *file_; }

void AtomicOutput::commit() {
  if (committed_) return;
  if (is_stdout()) {
    std::cout.flush();
    committed_ = true;
    if (!std::cout) throw ResourceError("cannot write to standard output");
    return;
  }
  file_->flush();
  const bool ok = static_cast<bool>(*file_);
  file_->close();
  if (!ok || file_->fail()) {
    throw ResourceError(path_ + ": write failed (disk full?)");
  }
  // mkstemp creates 0600; give the result the usual permissions (subject to umask).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(temp_path_.c_str(), 0666 & ~mask);
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    throw ResourceError(path_ +
                        ": cannot rename temporary file into place: " + std::strerror(errno));
  }
  committed_ = true;
}

}  // namespace bitext
