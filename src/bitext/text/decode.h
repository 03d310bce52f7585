#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace bitext::text {

struct DecodeOptions {
  std::string
      encoding;         // source encoding to force ("GB18030", "Big5", "UTF-16LE" ...); "" = detect
  bool repair = false;  // replace ill-formed UTF-8 by U+FFFD (counted) instead of failing
};

struct Decoded {
  std::string text;         // UTF-8, BOM removed, CRLF and CR turned into LF
  std::string encoding;     // the encoding read: "UTF-8", "UTF-16LE", "GB18030", ...
  std::size_t repairs = 0;  // replacements made under DecodeOptions::repair
};

// Turns the bytes of a text file into UTF-8: BOM first, then UTF-8 validation, otherwise ICU
// charset detection (GB18030/GBK, Big5, UTF-16 ...); conversion with Boost.Locale. A Word .docx
// is read as its text (text::docx_text, encoding "DOCX"), a PDF as pdftotext -layout prints it
// (text::pdf_text, encoding "PDF").
// Throws InputError naming `name` (and the byte offset where it applies) for empty input,
// binary data, ill-formed UTF-8 when repair is off, and .doc and RTF files (saying how to get
// their text).
//
//   Decoded d = decode(read_file_bytes("report.zh.txt"), "report.zh.txt");
Decoded decode(std::string_view bytes, const std::string& name, const DecodeOptions& options = {});

}  // namespace bitext::text
