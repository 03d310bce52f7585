#include "bitext/io/html_report.h"

#include <map>
#include <ostream>

#include "bitext/io/html_common.h"
#include "bitext/io/language.h"

namespace bitext::io {
namespace {

constexpr const char* kStyle = R"(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:0;
color:#222;background:#fafafa}
header{padding:12px 20px;background:#1f3b57;color:#fff}header h1{font-size:18px;margin:0}
section{padding:4px 20px}h2{font-size:16px;border-bottom:1px solid #ccc}
h3{font-size:14px;margin:12px 0 4px;color:#444}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin-bottom:8px}
td,th{border-bottom:1px solid #e3e3e3;padding:5px 8px;vertical-align:top;word-wrap:break-word}
th{background:#eef1f4;text-align:left;font-size:13px}
col.w{width:9em}col.s{width:5em}
tr.error td.sev{color:#b00020;font-weight:bold}tr.warning td.sev{color:#a15c00}
tr.info td.sev{color:#555}
mark{background:#ffe066;padding:0 1px}
.msg{font-size:13px;color:#333}
#summary td,#summary th{width:auto}
)";

}  // namespace

std::string highlight_html(const std::string& text, const std::string& span) {
  if (span.empty()) return html_escape(text);
  std::string out;
  std::size_t pos = 0;
  for (std::size_t at = text.find(span); at != std::string::npos; at = text.find(span, pos)) {
    out += html_escape(text.substr(pos, at - pos));
    out += "<mark>" + html_escape(span) + "</mark>";
    pos = at + span.size();
  }
  return out + html_escape(text.substr(pos));
}

void write_check_report_html(const std::vector<Finding>& findings, std::ostream& out,
                             const ReportOptions& options) {
  // check -> term -> findings, checks and terms in order of first appearance.
  std::vector<std::string> checks;
  std::map<std::string, std::vector<std::string>> terms;
  std::map<std::pair<std::string, std::string>, std::vector<const Finding*>> groups;
  std::map<std::string, std::map<Severity, std::size_t>> counts;
  for (const Finding& f : findings) {
    if (groups.count({f.check, f.term}) == 0) {
      if (terms.count(f.check) == 0) checks.push_back(f.check);
      terms[f.check].push_back(f.term);
    }
    groups[{f.check, f.term}].push_back(&f);
    ++counts[f.check][f.severity];
  }
  text::TraditionalSample zh;
  for (const Finding& f : findings) zh.add(f.zh);
  const std::string zh_lang = chinese_tag(zh, options.zh_tag);
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
      << html_escape(options.title) << "</title><style>" << kStyle
      << "</style></head>\n<body>\n<header><h1>" << html_escape(options.title) << " — "
      << findings.size()
      << " findings</h1></header>\n<section><table id=\"summary\"><thead>"
         "<tr><th>check</th><th>error</th><th>warning</th><th>info</th></tr></thead><tbody>\n";
  for (const std::string& c : checks) {
    out << "<tr><td><a href=\"#c-" << html_escape(c) << "\">" << html_escape(c) << "</a></td><td>"
        << counts[c][Severity::kError] << "</td><td>" << counts[c][Severity::kWarning]
        << "</td><td>" << counts[c][Severity::kInfo] << "</td></tr>\n";
  }
  out << "</tbody></table></section>\n";
  for (const std::string& c : checks) {
    out << "<section id=\"c-" << html_escape(c) << "\"><h2>" << html_escape(c) << "</h2>\n";
    for (const std::string& term : terms[c]) {
      if (!term.empty()) out << "<h3>" << html_escape(term) << "</h3>\n";
      out << "<table><colgroup><col class=\"w\"><col class=\"s\"><col><col></colgroup><thead><tr>"
             "<th>where</th><th>severity</th><th>中文</th><th>English</th></tr></thead><tbody>\n";
      for (const Finding* f : groups[{c, term}]) {
        out << "<tr class=\"finding " << severity_name(f->severity) << "\"><td>"
            << html_escape(f->file) << ":" << html_escape(f->loc) << "</td><td class=\"sev\">"
            << severity_name(f->severity) << "</td><td lang=\"" << zh_lang << "\">"
            << highlight_html(f->zh, f->zh_span) << "</td><td lang=\"en\">"
            << highlight_html(f->en, f->en_span) << "</td></tr>\n<tr class=\"msg-row\"><td></td>"
            << "<td colspan=\"3\" class=\"msg\">" << html_escape(f->message) << "</td></tr>\n";
      }
      out << "</tbody></table>\n";
    }
    out << "</section>\n";
  }
  out << "<script>document.body.setAttribute('data-findings',"
         "document.querySelectorAll('tr.finding').length);</script>\n</body></html>\n";
}

}  // namespace bitext::io
