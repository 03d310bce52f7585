#include "bitext/io/html_review.h"

#include <gtest/gtest.h>

#include <sstream>

#include "bitext/io/html_report.h"
#include "io_fixture.h"

namespace bitext::io {
namespace {

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

TEST(ReviewHtml, OneRowAndOneMarkPerBeadEscapedAndSelfContained) {
  std::ostringstream out;
  const Alignment a = sample_alignment();
  write_review_html(a, out, {});
  const std::string html = out.str();
  EXPECT_EQ(count(html, "<tr id=\"b"), a.beads.size());
  EXPECT_EQ(count(html, "class=\"mark\""), a.beads.size());
  EXPECT_EQ(count(html, "data-flagged=\"1\""), 2u);
  EXPECT_NE(html.find("&lt;Expert Group&gt; &amp; &quot;report&quot; it&#39;s"), std::string::npos);
  EXPECT_EQ(html.find("<Expert Group>"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_NE(html.find("class=\"bead flagged null\""), std::string::npos);
}

// The lang attribute picks the browser's glyph forms: zh-TW for Traditional text.
TEST(ReviewHtml, ChineseCellsCarryTheTagOfTheirScript) {
  std::ostringstream simplified, traditional, declared;
  write_review_html(sample_alignment(), simplified, {});
  write_review_html(traditional_alignment(), traditional, {});
  ReviewOptions o;
  o.zh_tag = "zh-HK";
  write_review_html(traditional_alignment(), declared, o);
  EXPECT_EQ(count(simplified.str(), "class=\"zh\" lang=\"zh-CN\""), 3u);
  EXPECT_EQ(count(traditional.str(), "class=\"zh\" lang=\"zh-TW\""), 3u);
  EXPECT_EQ(count(declared.str(), "class=\"zh\" lang=\"zh-HK\""), 3u);
}

TEST(CheckReportHtml, ChineseCellsCarryTheTagOfTheirScript) {
  std::vector<Finding> findings(2);
  findings[0].zh = "有 94 個會員國";
  findings[1].zh = "聯合國毒品和犯罪問題辦公室";
  std::ostringstream traditional, declared;
  write_check_report_html(findings, traditional);
  ReportOptions o;
  o.zh_tag = "zh-HK";
  write_check_report_html(findings, declared, o);
  EXPECT_EQ(count(traditional.str(), "<td lang=\"zh-TW\">"), 2u);
  EXPECT_EQ(count(declared.str(), "<td lang=\"zh-HK\">"), 2u);
  findings[0].zh = "有 94 个会员国";
  findings[1].zh = "联合国毒品和犯罪问题办公室";
  std::ostringstream simplified;
  write_check_report_html(findings, simplified);
  EXPECT_EQ(count(simplified.str(), "<td lang=\"zh-CN\">"), 2u);
}

TEST(ReviewHtml, TheMapThinsUnflaggedMarksOnly) {
  Alignment a;
  for (int k = 0; k < 100; ++k) {
    a.zh.push_back(Segment{"中文"});
    a.en.push_back(Segment{"English"});
    a.beads.push_back(Bead{{static_cast<std::size_t>(k), static_cast<std::size_t>(k + 1)},
                           {static_cast<std::size_t>(k), static_cast<std::size_t>(k + 1)},
                           k % 10 == 0 ? 0.3 : 0.99,
                           k % 10 == 0});
  }
  std::ostringstream out;
  ReviewOptions o;
  o.max_map_marks = 30;
  write_review_html(a, out, o);
  const std::string html = out.str();
  EXPECT_EQ(count(html, "<tr id=\"b"), 100u);
  const std::size_t marks = count(html, "class=\"mark\"");
  EXPECT_GE(marks, 40u);  // 10 flagged + 30 thinned
  EXPECT_LE(marks, 41u);
  EXPECT_NE(html.find("href=\"#b1\""), std::string::npos);  // bead 1 is flagged: kept
}

TEST(ReviewHtml, TheMapPlacesBeadsWhereTheyAreOnThePage) {
  // Segment 0 on each side is a footnote (the aligner keeps footnotes in a stream of their own,
  // listed first here) but stands last on the page: its mark goes to the map's far corner.
  Alignment a;
  auto seg = [](const char* text, std::size_t paragraph, std::size_t at) {
    Segment s;
    s.text = text;
    s.paragraph = paragraph;
    s.span = {at, at + std::string(text).size()};
    return s;
  };
  a.zh = {seg("脚注。", 2, 40), seg("正文。", 0, 0), seg("第二段。", 1, 20)};
  a.en = {seg("A footnote.", 2, 60), seg("Body.", 0, 0), seg("Second paragraph.", 1, 30)};
  a.beads = {Bead{{0, 1}, {0, 1}, 0.95, false}, Bead{{1, 2}, {1, 2}, 0.95, false},
             Bead{{2, 3}, {2, 3}, 0.95, false}};
  std::ostringstream out;
  write_review_html(a, out, {});
  const std::string html = out.str();
  auto x_of = [&](int bead) {
    const std::size_t at = html.find("href=\"#b" + std::to_string(bead) + "\"><rect x=\"");
    EXPECT_NE(at, std::string::npos);
    return std::stod(html.substr(html.find("x=\"", at) + 3));
  };
  EXPECT_DOUBLE_EQ(x_of(2), 10.0);  // the body's first paragraph opens the page
  EXPECT_GT(x_of(3), x_of(2));
  EXPECT_GT(x_of(1), x_of(3));  // the footnote closes it
}

}  // namespace
}  // namespace bitext::io
