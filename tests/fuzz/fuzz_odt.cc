// libFuzzer target: the XML reading of .odt files past the archive (whose checksums a fuzzer
// cannot keep right). The input is split at the first NUL byte into content.xml and styles.xml.
// Bad input must end in a bitext::Error, never a crash, a hang or a sanitizer report; a text
// read is never empty.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "bitext/core/error.h"
#include "bitext/text/odt.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = bytes.find('\0');
  std::map<std::string, std::string> parts;
  parts["content.xml"] = bytes.substr(0, nul);
  if (nul != std::string::npos) parts["styles.xml"] = bytes.substr(nul + 1);
  try {
    const std::string text = bitext::text::odt_text_of_parts(parts, "fuzz.odt");
    if (text.empty()) __builtin_trap();  // an empty text is an error, not a result
  } catch (const bitext::Error&) {
    // Bad input is reported, as it should be.
  }
  return 0;
}
