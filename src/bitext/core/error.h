#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace bitext {

// The one exception family of the library. The CLI maps each type to an exit code:
//   InputError -> 2, ConfigError -> 2, ResourceError -> 3, any other Error -> 3.
//
//   try { auto doc = text::load_document("a.zh.txt", {}); }
//   catch (const bitext::InputError& e) { std::cerr << e.what(); }  // "a.zh.txt:3: ..."
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Where in an input file a problem is.
struct InputLocation {
  static constexpr std::size_t kNoByte = static_cast<std::size_t>(-1);
  std::size_t line = 0;        // 1-based line number; 0 = not applicable
  std::size_t byte = kNoByte;  // 0-based byte offset; kNoByte = not applicable
};

// Bad input data: names the file and, where it applies, the 1-based line or the 0-based byte
// offset.
//
//   throw InputError("notes.tsv", "line has no tab", {.line = 12});
//   // what(): "notes.tsv:12: line has no tab"
class InputError : public Error {
 public:
  using Where = InputLocation;
  static constexpr std::size_t kNoByte = InputLocation::kNoByte;

  InputError(std::string file, const std::string& what, Where where = {});

  const std::string& file() const { return file_; }
  std::size_t line() const { return where_.line; }
  std::size_t byte() const { return where_.byte; }
  // The message without the "file:line:" prefix.
  const std::string& reason() const { return reason_; }

 private:
  std::string file_;
  std::string reason_;
  Where where_;
};

// Invalid options or flags (a value out of range, an unknown method or format).
class ConfigError : public Error {
 public:
  explicit ConfigError(const std::string& message) : Error(message) {}
};

// A resource the library needs is unusable: ICU data missing, a model that does not load,
// an output path that cannot be written.
class ResourceError : public Error {
 public:
  explicit ResourceError(const std::string& message) : Error(message) {}
};

}  // namespace bitext
