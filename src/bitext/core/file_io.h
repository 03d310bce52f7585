#pragma once

#include <fstream>
#include <iosfwd>
#include <memory>
#include <string>

namespace bitext {

// Reads a whole file into memory; "-" reads standard input. Throws InputError naming the file
// when it is missing, a directory, or unreadable.
//
//   std::string bytes = read_file_bytes("a-res-74-173.zh.txt");
std::string read_file_bytes(const std::string& path);

// An output file that appears only when complete: bytes go to a temporary file in the target's
// directory, renamed over the target by commit(). Destroyed without commit() (an exception on the
// way), the temporary file is removed and the target is left as it was. "-" is standard output.
//
//   AtomicOutput out("aligned.tmx");
//   write_tmx(alignment, out.stream());
//   out.commit();
class AtomicOutput {
 public:
  // Throws ResourceError when the temporary file cannot be created (missing or read-only
  // directory).
  explicit AtomicOutput(std::string path);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  std::ostream& stream();
  const std::string& path() const { return path_; }
  bool is_stdout() const { return path_ == "-"; }

  // Flushes, closes and renames into place. Throws ResourceError on a write or rename failure.
  void commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::unique_ptr<std::ofstream> file_;
  bool committed_ = false;
};

}  // namespace bitext
