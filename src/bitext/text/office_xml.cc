#include "bitext/text/office_xml.h"

#include <zip.h>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/text/numerals.h"

namespace bitext::text::office {
namespace {

constexpr zip_uint64_t kMaxPart = zip_uint64_t{256} << 20;  // largest part read, uncompressed

}  // namespace

std::string_view local(pugi::xml_node node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_node c : node.children()) {
    if (local(c) == name) return c;
  }
  return {};
}

std::string attribute(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_attribute a : node.attributes()) {
    std::string_view n = a.name();
    const auto colon = n.find(':');
    if (colon != std::string_view::npos) n = n.substr(colon + 1);
    if (n == name) return a.value();
  }
  return {};
}

int to_int(const std::string& s, int fallback) {
  if (s.empty() || s.size() > 9) return fallback;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return fallback;
    v = v * 10 + (c - '0');
  }
  return v;
}

void Parts::parse(const char* path, const std::string& bytes, pugi::xml_document& doc) const {
  const pugi::xml_parse_result r =
      doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!r) {
    throw InputError(name_, std::string(path) + ": malformed XML at byte " +
                                std::to_string(r.offset) + " of the part (" + r.description() +
                                ")");
  }
}

Archive::Archive(std::string_view bytes, const std::string& name) : Parts(name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source != nullptr) archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive_ == nullptr) {
    if (source != nullptr) zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw InputError(name, "not a readable document (damaged ZIP archive: " + why + ")");
  }
  zip_error_fini(&error);
}

Archive::~Archive() { zip_discard(archive_); }

std::optional<std::string> Archive::part(const char* path) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(archive_, path, 0, &st) != 0) return std::nullopt;
  if ((st.valid & ZIP_STAT_SIZE) == 0 || st.size > kMaxPart) {
    throw InputError(name(), std::string(path) + " is over 256 MB uncompressed");
  }
  zip_file_t* file = zip_fopen(archive_, path, 0);
  if (file == nullptr) {
    throw InputError(name(), std::string("cannot read ") + path + ": " + zip_strerror(archive_));
  }
  std::string out(static_cast<std::size_t>(st.size), '\0');
  const zip_int64_t n = st.size == 0 ? 0 : zip_fread(file, out.data(), st.size);
  zip_fclose(file);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    throw InputError(name(), std::string("cannot read ") + path + ": damaged in the archive");
  }
  return out;
}

bool Archive::has(const char* path) const { return zip_name_locate(archive_, path, 0) >= 0; }

std::optional<std::string> PartMap::part(const char* path) {
  const auto it = parts_.find(path);
  if (it == parts_.end()) return std::nullopt;
  return it->second;
}

Deeper::Deeper(const Parts& parts, int& depth) : depth_(depth) {
  if (++depth_ > kMaxDepth) {
    --depth_;
    throw InputError(parts.name(), "elements nested over " + std::to_string(kMaxDepth) +
                                       " deep: not a document an office suite writes");
  }
}

void TextOut::paragraph(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\n");
  if (begin == std::string_view::npos) return;
  const auto end = text.find_last_not_of(" \t\n");
  if (!out_.empty()) out_ += "\n\n";
  out_.append(text.substr(begin, end - begin + 1));
}

void TextOut::note(std::size_t number, std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\n");
  if (begin == std::string_view::npos) return;
  paragraph(utf8::superscript_digits(std::to_string(number)) + " " +
            std::string(text.substr(begin)));
}

std::string format_number(int n, const std::string& format) {
  std::string out;
  if (format == "lowerLetter" || format == "upperLetter") {
    if (n >= 1 && n <= 260) {
      // Word's letters after z: aa, bb ... (the letter repeated).
      const char base = format == "lowerLetter" ? 'a' : 'A';
      out.assign(static_cast<std::size_t>((n - 1) / 26 + 1),
                 static_cast<char>(base + (n - 1) % 26));
    }
  } else if (format == "upperRoman" || format == "lowerRoman") {
    out = to_roman(n);
    if (format == "lowerRoman") {
      for (char& c : out) c = static_cast<char>(c - 'A' + 'a');
    }
  } else if (format.rfind("chinese", 0) == 0 || format == "taiwaneseCounting" ||
             format == "taiwaneseCountingThousand" || format == "japaneseCounting" ||
             format == "ideographDigital") {
    out = to_chinese_number(n);
  } else if (format == "ideographTraditional") {
    static const char* const kStems[] = {"甲", "乙", "丙", "丁", "戊",
                                         "己", "庚", "辛", "壬", "癸"};
    if (n >= 1 && n <= 10) out = kStems[n - 1];
  } else if (format.rfind("decimalEnclosedCircle", 0) == 0) {
    if (n >= 1 && n <= 20) out = utf8::encode(static_cast<char32_t>(0x2460 + n - 1));  // ①-⑳
  } else if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    for (char c : std::to_string(n)) out += utf8::encode(static_cast<char32_t>(0xFF10 + (c - '0')));
  } else if (format == "decimalZero" && n >= 0 && n < 10) {
    out = "0" + std::to_string(n);
  }
  return out.empty() ? std::to_string(n) : out;  // decimal, and the rare formats (ordinal ...)
}

}  // namespace bitext::text::office
