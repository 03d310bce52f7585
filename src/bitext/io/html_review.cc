#include "bitext/io/html_review.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <ostream>
#include <tuple>
#include <utility>
#include <vector>

#include "bitext/core/utf8.h"
#include "bitext/io/html_common.h"
#include "bitext/io/language.h"

namespace bitext::io {
namespace {

constexpr const char* kStyle = R"(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:0;
color:#222;background:#fafafa}
header{padding:12px 20px;background:#1f3b57;color:#fff}
header h1{font-size:18px;margin:0 0 4px}
header .stats span{margin-right:16px}
.warn{background:#fff3cd;color:#7a4d00;padding:6px 20px;border-bottom:1px solid #e6c96b}
#map{padding:8px 20px;background:#fff;border-bottom:1px solid #ddd}
#map svg{background:#f4f6f8;border:1px solid #ccd}
.controls{padding:8px 20px;position:sticky;top:0;background:#fafafa;border-bottom:1px solid #ddd;
z-index:2}
.controls kbd{border:1px solid #aaa;border-radius:3px;padding:0 4px;background:#fff}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border-bottom:1px solid #e3e3e3;padding:6px 8px;vertical-align:top;word-wrap:break-word}
th{background:#eef1f4;text-align:left;font-size:13px}
col.n{width:4em}col.l{width:6em}col.t{width:4em}col.c{width:5em}
tr.bead.flagged{background:#fff4e0}
tr.bead.null{background:#fde2e2}
tr.bead.current{outline:2px solid #1f77b4}
td.conf{font-variant-numeric:tabular-nums}
body.only-flagged tr.bead:not(.flagged){display:none}
.empty{color:#999;font-style:italic}
)";

constexpr const char* kScript = R"(
(function(){
  var rows=[].slice.call(document.querySelectorAll('tr.bead'));
  var flagged=rows.filter(function(r){return r.classList.contains('flagged');});
  var box=document.getElementById('only-flagged');
  var at=-1;
  function apply(){document.body.classList.toggle('only-flagged',box.checked);
    var visible=rows.filter(function(r){return r.offsetParent!==null;}).length;
    document.body.setAttribute('data-visible',visible);}
  function go(step){if(!flagged.length)return;
    if(at>=0)flagged[at].classList.remove('current');
    at=(at+step+flagged.length)%flagged.length;
    var r=flagged[at];r.classList.add('current');r.scrollIntoView({block:'center'});
    document.getElementById('position').textContent=(at+1)+' / '+flagged.length;}
  box.addEventListener('change',apply);
  document.addEventListener('keydown',function(e){
    if(e.target.tagName==='INPUT')return;
    if(e.key==='n'||e.key==='j')go(1);
    if(e.key==='p'||e.key==='k')go(-1);
    if(e.key==='f'){box.checked=!box.checked;apply();}});
  document.body.setAttribute('data-rows',rows.length);
  document.body.setAttribute('data-flagged',flagged.length);
  if(location.hash==='#selftest'){box.checked=true;}
  apply();
})();
)";

std::string fixed(double x, int digits) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, x);
  return buffer;
}

// Red (0) to green (1) through amber.
std::string confidence_colour(double c) {
  const int r = c < 0.5 ? 220 : static_cast<int>(220 - (c - 0.5) * 2 * 180);
  const int g = c < 0.5 ? static_cast<int>(60 + c * 2 * 120) : 180;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x40", r, g);
  return buffer;
}

std::string labels(const Alignment& a, const Bead& b) {
  std::string zh = b.zh.empty() ? "" : a.zh[b.zh.begin].label.text;
  std::string en = b.en.empty() ? "" : a.en[b.en.begin].label.text;
  if (zh == en || en.empty()) return zh;
  if (zh.empty()) return en;
  return zh + " / " + en;
}

// One side of a bead: class "zh" or "en", lang the language tag (which picks the browser's
// glyph forms: zh-TW shows Traditional characters in their Taiwan forms).
void side(std::ostream& out, const std::string& text, const char* side_class,
          const std::string& lang) {
  if (text.empty()) {
    out << "<td class=\"" << side_class << " empty\">(none)</td>";
  } else {
    out << "<td class=\"" << side_class << "\" lang=\"" << lang << "\">" << html_escape(text)
        << "</td>";
  }
}

// Where each segment starts on a map axis, by cumulative length in document order (paragraph,
// then byte offset): a document alignment keeps headers and footnotes in streams of their own,
// so segment index order is not the order of the page.
std::vector<double> map_starts(const std::vector<Segment>& segments, double& total) {
  std::vector<std::size_t> order(segments.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return std::tie(segments[x].paragraph, segments[x].span.begin) <
           std::tie(segments[y].paragraph, segments[y].span.begin);
  });
  std::vector<double> start(segments.size(), 0);
  total = 0;
  for (std::size_t i : order) {
    start[i] = total;
    total += 1 + static_cast<double>(utf8::length(segments[i].text));
  }
  total = std::max(1.0, total);
  return start;
}

// A bead's extent on one axis: from its first segment on the page, as long as its segments.
std::pair<double, double> map_extent(const std::vector<Segment>& segments,
                                     const std::vector<double>& start, IndexRange r) {
  if (r.empty()) {
    const double at = r.begin < start.size() ? start[r.begin] : 0;
    return {at, at};
  }
  double from = start[r.begin], length = 0;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    from = std::min(from, start[i]);
    length += 1 + static_cast<double>(utf8::length(segments[i].text));
  }
  return {from, from + length};
}

void map(std::ostream& out, const Alignment& a, const ReviewOptions& options) {
  // Positions by cumulative length, so that the diagonal is where a translation runs.
  double zmax = 0, emax = 0;
  const std::vector<double> zh_start = map_starts(a.zh, zmax), en_start = map_starts(a.en, emax);
  constexpr int kSize = 360;
  out << "<div id=\"map\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kSize + 40
      << "\" height=\"" << kSize + 30 << "\" role=\"img\" aria-label=\"alignment map\">"
      << "<text x=\"20\" y=\"" << kSize + 25
      << "\" font-size=\"11\">Chinese position &#8594;</text>"
      << "<text x=\"" << kSize + 12
      << "\" y=\"12\" font-size=\"11\" writing-mode=\"tb\">English &#8595;</text>"
      << "<line x1=\"10\" y1=\"10\" x2=\"" << kSize + 10 << "\" y2=\"" << kSize + 10
      << "\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>";
  std::size_t unflagged = 0;
  for (const Bead& b : a.beads) unflagged += !b.flagged;
  const std::size_t budget = options.max_map_marks;
  const double keep_every =
      unflagged > budget ? static_cast<double>(unflagged) / static_cast<double>(budget) : 1.0;
  double next_kept = 0;
  std::size_t seen_unflagged = 0;
  for (std::size_t k = 0; k < a.beads.size(); ++k) {
    const Bead& b = a.beads[k];
    if (!b.flagged) {
      const bool keep = static_cast<double>(seen_unflagged) >= next_kept;
      ++seen_unflagged;
      if (!keep) continue;
      next_kept += keep_every;
    }
    const auto [z0, z1] = map_extent(a.zh, zh_start, b.zh);
    const auto [e0, e1] = map_extent(a.en, en_start, b.en);
    const double x0 = 10 + kSize * z0 / zmax, x1 = 10 + kSize * z1 / zmax;
    const double y0 = 10 + kSize * e0 / emax, y1 = 10 + kSize * e1 / emax;
    out << "<a class=\"mark\" href=\"#b" << k + 1 << "\"><rect x=\"" << fixed(x0, 1) << "\" y=\""
        << fixed(y0, 1) << "\" width=\"" << fixed(std::max(2.0, x1 - x0), 1) << "\" height=\""
        << fixed(std::max(2.0, y1 - y0), 1) << "\" fill=\"" << confidence_colour(b.confidence)
        << "\"><title>bead " << k + 1 << ", " << Alignment::shape(b) << ", confidence "
        << fixed(b.confidence, 2) << "</title></rect></a>";
  }
  out << "</svg></div>\n";
}

}  // namespace

void write_review_html(const Alignment& a, std::ostream& out, const ReviewOptions& options) {
  std::size_t flagged = 0;
  double confidence = 0;
  for (const Bead& b : a.beads) {
    flagged += b.flagged;
    confidence += b.confidence;
  }
  const std::string title =
      options.title.empty() ? "bitext review: " + a.zh_name + " | " + a.en_name : options.title;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width\"><title>" << html_escape(title)
      << "</title><style>" << kStyle << "</style></head>\n<body>\n<header><h1>"
      << html_escape(title) << "</h1><div class=\"stats\"><span>" << a.beads.size()
      << " beads</span><span>" << flagged << " flagged</span><span>mean confidence "
      << fixed(a.beads.empty() ? 0 : confidence / a.beads.size(), 3)
      << "</span><span>document score " << fixed(a.document_score, 2) << "</span><span>unit "
      << align_unit_name(a.unit) << "</span></div></header>\n";
  for (const std::string& w : a.warnings)
    out << "<div class=\"warn\">" << html_escape(w) << "</div>\n";
  map(out, a, options);
  out << "<div class=\"controls\"><label><input type=\"checkbox\" id=\"only-flagged\"> show only "
         "flagged beads</label> &nbsp; <kbd>n</kbd>/<kbd>p</kbd> (or <kbd>j</kbd>/<kbd>k</kbd>) "
         "next / previous flagged bead, <kbd>f</kbd> toggle the filter &nbsp; <span "
         "id=\"position\"></span></div>\n";
  out << "<table><colgroup><col class=\"n\"><col class=\"l\"><col><col><col class=\"t\"><col "
         "class=\"c\"></colgroup><thead><tr><th>#</th><th>label</th><th>中文</th><th>English</th>"
         "<th>type</th><th>conf.</th></tr></thead><tbody>\n";
  const std::string zh_lang = chinese_tag(a.zh, options.zh_tag);
  for (std::size_t k = 0; k < a.beads.size(); ++k) {
    const Bead& b = a.beads[k];
    const bool null = b.zh.empty() || b.en.empty();
    out << "<tr id=\"b" << k + 1 << "\" class=\"bead" << (b.flagged ? " flagged" : "")
        << (null ? " null" : "") << "\" data-flagged=\"" << (b.flagged ? 1 : 0) << "\"><td>"
        << k + 1 << "</td><td>" << html_escape(labels(a, b)) << "</td>";
    side(out, a.zh_text(b), "zh", zh_lang);
    side(out, a.en_text(b), "en", "en");
    out << "<td>" << Alignment::shape(b)
        << "</td><td class=\"conf\" style=\"color:" << confidence_colour(b.confidence) << "\">"
        << fixed(b.confidence, 2) << "</td></tr>\n";
  }
  out << "</tbody></table>\n<script>" << kScript << "</script>\n</body></html>\n";
}

}  // namespace bitext::io
