#include "bitext/io/xml_text.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"

namespace bitext::io {

std::string xml_safe(std::string_view text, std::size_t& removed) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = utf8::next(text, i);
    const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    if (allowed) {
      out.append(text.substr(start, i - start));
    } else {
      ++removed;
    }
  }
  return out;
}

std::size_t line_of_offset(std::string_view bytes, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) line += bytes[i] == '\n';
  return line;
}

void parse_xml(pugi::xml_document& doc, const std::string& bytes, const std::string& name) {
  const pugi::xml_parse_result parsed =
      doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_auto);
  if (!parsed) {
    const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, parsed.offset));
    throw InputError(name, std::string("not well-formed XML: ") + parsed.description(),
                     {line_of_offset(bytes, offset)});
  }
  // Offsets are into the bytes as read when no conversion took place (UTF-8 files: the case
  // where unchecked bytes can come through); otherwise the line is left out.
  const bool same_bytes = parsed.encoding == pugi::encoding_utf8;
  auto check = [&](const pugi::xml_node& node, const char* text) {
    if (utf8::find_invalid(text) == std::string::npos) return;
    const std::ptrdiff_t offset = node.offset_debug();
    throw InputError(
        name, "ill-formed UTF-8",
        {same_bytes && offset >= 0 ? line_of_offset(bytes, static_cast<std::size_t>(offset)) : 0});
  };
  struct Walker : pugi::xml_tree_walker {
    explicit Walker(decltype(check)& c) : check_(c) {}
    bool for_each(pugi::xml_node& node) override {
      check_(node, node.name());
      check_(node, node.value());
      for (const pugi::xml_attribute& a : node.attributes()) {
        check_(node, a.name());
        check_(node, a.value());
      }
      return true;
    }
    decltype(check)& check_;
  } walker(check);
  doc.traverse(walker);
}

std::string tmx_timestamp() {
  std::time_t t = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    t = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &utc);
  return buffer;
}

}  // namespace bitext::io
