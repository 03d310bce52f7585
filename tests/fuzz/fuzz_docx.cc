// libFuzzer target: the XML reading of .docx files past the archive (whose checksums a fuzzer
// cannot keep right). The input is split at NUL bytes into word/document.xml, numbering.xml,
// styles.xml, footnotes.xml and endnotes.xml. Bad input must end in a bitext::Error, never a
// crash, a hang or a sanitizer report.

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "bitext/core/error.h"
#include "bitext/text/docx.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::array<const char*, 5> kParts = {"word/document.xml", "word/numbering.xml",
                                                    "word/styles.xml", "word/footnotes.xml",
                                                    "word/endnotes.xml"};
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::map<std::string, std::string> parts;
  std::size_t from = 0;
  for (const char* name : kParts) {
    if (from > bytes.size()) break;
    const std::size_t nul = bytes.find('\0', from);
    const std::size_t end = nul == std::string::npos ? bytes.size() : nul;
    parts[name] = bytes.substr(from, end - from);
    from = end + 1;
  }
  try {
    const std::string text = bitext::text::docx_text_of_parts(parts, "fuzz.docx");
    if (text.empty()) __builtin_trap();  // an empty text is an error, not a result
  } catch (const bitext::Error&) {
    // Bad input is reported, as it should be.
  }
  return 0;
}
