#pragma once

// The check report as one self-contained HTML page: counts per check and severity, then the
// findings grouped by check and, within a check, by term, each with both segments side by side
// and the offending spans highlighted.
//
//   io::write_check_report_html(result.findings, out.stream(), {});

#include <iosfwd>
#include <string>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::io {

struct ReportOptions {
  std::string title = "bitext check report";
  std::string zh_tag;  // lang of the Chinese cells; empty = zh-TW for Traditional text, else zh-CN
};

void write_check_report_html(const std::vector<Finding>& findings, std::ostream& out,
                             const ReportOptions& options = {});

// Text with every occurrence of `span` wrapped in <mark>, everything escaped.
std::string highlight_html(const std::string& text, const std::string& span);

}  // namespace bitext::io
