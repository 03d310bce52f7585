#include "bitext/core/error.h"

#include <utility>

namespace bitext {
namespace {

std::string format(const std::string& file, const std::string& what, InputError::Where where) {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (where.line > 0) out += ":" + std::to_string(where.line);
  if (where.byte != InputError::kNoByte) out += ": byte " + std::to_string(where.byte);
  out += ": ";
  out += what;
  return out;
}

}  // namespace

InputError::InputError(std::string file, const std::string& what, Where where)
    : Error(format(file, what, where)), file_(std::move(file)), reason_(what), where_(where) {}

}  // namespace bitext
