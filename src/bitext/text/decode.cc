#include "bitext/text/decode.h"

#include <unicode/ucsdet.h>

#include <boost/locale/encoding.hpp>
#include <memory>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/text/docx.h"
#include "bitext/text/html.h"
#include "bitext/text/odt.h"
#include "bitext/text/pdf.h"

namespace bitext::text {
namespace {

std::string convert(std::string_view bytes, const std::string& charset, const std::string& name) {
  try {
    return boost::locale::conv::to_utf<char>(bytes.data(), bytes.data() + bytes.size(), charset,
                                             boost::locale::conv::stop);
  } catch (const boost::locale::conv::invalid_charset_error&) {
    throw ConfigError(name + ": unknown encoding '" + charset + "'");
  } catch (const boost::locale::conv::conversion_error&) {
    throw InputError(
        name, "cannot be decoded as " + charset + " (use --encoding to name the right encoding)");
  }
}

// LF line ends; CRLF and lone CR become LF.
std::string normalize_newlines(std::string text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Ill-formed sequences replaced by U+FFFD, one per bad byte.
std::string repair(std::string_view bytes, std::size_t& repairs) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(bytes, i);
    if (c == utf8::kReplacement && !(i - start == 3 && bytes.substr(start, 3) == "\xEF\xBF\xBD")) {
      ++repairs;
      utf8::append(out, utf8::kReplacement);
    } else {
      out.append(bytes.substr(start, i - start));
    }
  }
  return out;
}

// Mostly UTF-8 with a few bad bytes (a damaged UTF-8 file) rather than another encoding:
// well-formed multi-byte sequences clearly outnumber the bad bytes.
bool mostly_utf8(std::string_view bytes) {
  std::size_t good = 0, bad = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t c = utf8::next(bytes, i);
    if (c == utf8::kReplacement && i - start == 1) {
      ++bad;
    } else {
      ++good;
    }
  }
  return good >= 4 && bad * 8 <= good;
}

struct Detection {
  std::string charset;
  int confidence = 0;
};

Detection detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      ucsdet_close);
  if (U_FAILURE(status)) throw ResourceError("ICU charset detector unavailable");
  // The detector reads at most the first few hundred kilobytes it is given; give it enough.
  const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20));
  ucsdet_setText(detector.get(), bytes.data(), length, &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  Detection d;
  if (U_FAILURE(status) || match == nullptr) return d;
  const char* name = ucsdet_getName(match, &status);
  d.confidence = ucsdet_getConfidence(match, &status);
  if (U_SUCCESS(status) && name != nullptr) d.charset = name;
  // GBK text is detected as GB18030, its superset; ISO-8859-1 guesses for Chinese text are noise.
  return d;
}

bool has_nul(std::string_view bytes) { return bytes.find('\0') != std::string_view::npos; }

// Text is binary when control characters other than tab/LF/CR/FF are frequent. They are all
// ASCII, so bytes are enough (a UTF-8 continuation byte is never below 0x80).
void reject_binary(std::string_view text, const std::string& name) {
  std::size_t controls = 0;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c != 0x7F) continue;
    if (c == 0) throw InputError(name, "binary file, not text (NUL byte)");
    if (c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  if (controls * 100 > text.size()) {
    throw InputError(name,
                     "binary file, not text (" + std::to_string(controls) + " control characters)");
  }
}

// Files of the office formats bitext does not read itself (it reads .docx, .odt and PDF): one line
// saying how to get their text.
void reject_documents(std::string_view bytes, const std::string& name) {
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    throw InputError(
        name,
        "a Word 97-2003 (.doc) or other OLE2 file, not text: save it as .docx, .odt or "
        "plain text (UTF-8) first");
  }
  if (bytes.substr(0, 5) == "{\\rtf") {
    throw InputError(name, "an RTF file: save it as .docx, .odt or plain text (UTF-8) first");
  }
}

}  // namespace

Decoded decode(std::string_view bytes, const std::string& name, const DecodeOptions& options) {
  if (bytes.empty()) throw InputError(name, "empty file");
  if (is_zip(bytes) || is_pdf(bytes)) {
    // Word's XML parts are UTF-8 or UTF-16 (converted by the parser), but nothing checks that
    // their bytes are well-formed; Poppler's text is.
    Decoded d;
    if (is_zip(bytes)) {
      OfficeText office = office_text(bytes, name);
      d.text = std::move(office.text);
      d.encoding = office.format;
    } else {
      d.text = pdf_text(bytes, name);
      d.encoding = "PDF";
    }
    const std::size_t bad = utf8::find_invalid(d.text);
    if (bad != std::string::npos) {
      if (!options.repair) {
        throw InputError(name, "ill-formed UTF-8 in the document's text (use --repair)");
      }
      d.text = repair(d.text, d.repairs);
    }
    return d;
  }
  reject_documents(bytes, name);
  Decoded d;
  std::string text;
  if (!options.encoding.empty()) {
    d.encoding = options.encoding;
    text = convert(bytes, options.encoding, name);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  } else if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    d.encoding = "UTF-8";
  } else if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) {
    d.encoding = "UTF-32LE";
    text = convert(bytes.substr(4), d.encoding, name);
  } else if (bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
    d.encoding = "UTF-32BE";
    text = convert(bytes.substr(4), d.encoding, name);
  } else if (bytes.substr(0, 2) == "\xFF\xFE") {
    d.encoding = "UTF-16LE";
    text = convert(bytes.substr(2), d.encoding, name);
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    d.encoding = "UTF-16BE";
    text = convert(bytes.substr(2), d.encoding, name);
  }
  if (d.encoding.empty() || d.encoding == "UTF-8") {
    if (d.encoding.empty()) d.encoding = "UTF-8";
    const std::size_t bad = utf8::find_invalid(bytes);
    if (bad == std::string_view::npos) {
      text = std::string(bytes);
    } else if (has_nul(bytes)) {
      // UTF-16 without a byte order mark, or binary data.
      const Detection det = detect(bytes);
      if (det.charset.rfind("UTF-16", 0) == 0 && det.confidence >= 10) {
        d.encoding = det.charset;
        text = convert(bytes, det.charset, name);
      } else {
        throw InputError(name, "binary file, not text (NUL bytes)");
      }
    } else if (options.repair && mostly_utf8(bytes)) {
      text = repair(bytes, d.repairs);
    } else if (mostly_utf8(bytes)) {
      throw InputError(name, "ill-formed UTF-8 (use --repair to replace bad bytes, or --encoding)",
                       {0, bad});
    } else {
      const Detection det = detect(bytes);
      if (det.charset.empty() || det.confidence < 10 || det.charset.rfind("UTF-8", 0) == 0) {
        if (options.repair) {
          text = repair(bytes, d.repairs);
        } else {
          throw InputError(name, "not UTF-8 and no encoding recognised (use --encoding)", {0, bad});
        }
      } else {
        d.encoding = det.charset;
        text = convert(bytes, det.charset, name);
      }
    }
  }
  reject_binary(text, name);
  d.text = normalize_newlines(std::move(text));
  if (looks_like_html(d.text)) d.text = html_text(d.text, name);
  if (utf8::trim(d.text).empty()) throw InputError(name, "empty file (only white space)");
  return d;
}

}  // namespace bitext::text
