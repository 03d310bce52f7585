#pragma once

// XML 1.0 forbids most C0 control characters and U+FFFE/U+FFFF even when escaped; text bound
// for an XML file goes through xml_safe first. Internal to the io stage.

#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace bitext::io {

// `text` without the characters XML 1.0 forbids; `removed` counts them.
std::string xml_safe(std::string_view text, std::size_t& removed);

// Parses a TMX or TBX file's bytes (encoding told by BOM or declaration, UTF-8 by default).
// InputError naming the file and line when it is not well-formed XML or when a name, text or
// attribute value is not well-formed UTF-8 (pugixml passes such bytes through unchecked).
void parse_xml(pugi::xml_document& doc, const std::string& bytes, const std::string& name);

// 1-based line of a byte offset in `bytes`.
std::size_t line_of_offset(std::string_view bytes, std::size_t offset);

// "YYYYMMDDThhmmssZ" for the SOURCE_DATE_EPOCH environment variable if set, else now (UTC).
std::string tmx_timestamp();

}  // namespace bitext::io
