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

// A text file read line by line, never whole: "-" is standard input. A UTF-8 byte order mark
// and the CR of CRLF endings are dropped; a line that is not well-formed UTF-8 throws InputError
// naming the file, line and column. Opening throws as read_file_bytes does.
//
//   LineReader in("pairs.tsv");
//   std::string line;
//   while (in.next(line)) use(line, in.line_number());
class LineReader {
 public:
  explicit LineReader(std::string path);
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its end; false at the end of the file.
  bool next(std::string& line);
  // 1-based number of the line last returned (0 before the first).
  std::size_t line_number() const { return line_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::unique_ptr<std::ifstream> file_;
  std::istream* in_ = nullptr;
  std::size_t line_ = 0;
};

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
