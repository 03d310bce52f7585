#pragma once

// XML 1.0 forbids most C0 control characters and U+FFFE/U+FFFF even when escaped; text bound
// for an XML file goes through xml_safe first. Internal to the io stage.

#include <cstddef>
#include <string>
#include <string_view>

namespace bitext::io {

// `text` without the characters XML 1.0 forbids; `removed` counts them.
std::string xml_safe(std::string_view text, std::size_t& removed);

// 1-based line of a byte offset in `bytes`.
std::size_t line_of_offset(std::string_view bytes, std::size_t offset);

// "YYYYMMDDThhmmssZ" for the SOURCE_DATE_EPOCH environment variable if set, else now (UTC).
std::string tmx_timestamp();

}  // namespace bitext::io
