#pragma once

#include <string>
#include <string_view>

namespace bitext::io {

// Text made safe for HTML element content and attribute values.
std::string html_escape(std::string_view text);

}  // namespace bitext::io
