// The HTML pages as a browser sees them: headless Chromium (Debian's chromium) loads each page,
// runs its script and dumps the DOM; the page reports its rows in <body> attributes.

#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>
#include <sstream>

#include "bitext/core/types.h"
#include "bitext/io/html_report.h"
#include "bitext/io/html_review.h"
#include "io_fixture.h"
#include "test_support.h"

namespace bitext::io {
namespace {

constexpr const char* kChromium = "/usr/bin/chromium";

bool HaveChromium() { return test::file_exists(kChromium); }

#define REQUIRE_CHROMIUM()                                                                   \
  do {                                                                                       \
    if (!HaveChromium()) {                                                                   \
      const char* ci = std::getenv("CI");                                                    \
      if (ci != nullptr && std::string(ci) == "true") FAIL() << "chromium is not installed"; \
      GTEST_SKIP() << "SKIPPED: chromium is not installed (apt-get install chromium)";       \
    }                                                                                        \
  } while (0)

std::string chromium(const test::TempDir& dir, const std::string& args) {
  const std::string cmd = std::string(kChromium) +
                          " --headless --no-sandbox --disable-gpu --disable-background-networking "
                          "--disable-component-update --disable-sync --no-first-run "
                          "--disable-quic --user-data-dir=" +
                          test::shell_quote(dir.file("profile")) + " " + args;
  const test::RunResult r = test::run(cmd);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

std::string body_attribute(const std::string& dom, const std::string& name) {
  std::smatch m;
  if (std::regex_search(dom, m, std::regex("<body[^>]*\\b" + name + "=\"([^\"]*)\""))) return m[1];
  return {};
}

TEST(ReviewPageInChromium, RowsFilterAndScreenshot) {
  REQUIRE_CHROMIUM();
  test::TempDir dir;
  const Alignment a = sample_alignment();
  std::ostringstream html;
  write_review_html(a, html, {});
  const std::string page = dir.file("review.html");
  test::write_file(page, html.str());
  const std::string dom = chromium(dir, "--dump-dom " + test::shell_quote("file://" + page));
  EXPECT_EQ(body_attribute(dom, "data-rows"), std::to_string(a.beads.size())) << dom.substr(0, 300);
  EXPECT_EQ(body_attribute(dom, "data-flagged"), "2");
  EXPECT_EQ(body_attribute(dom, "data-visible"), std::to_string(a.beads.size()));
  // The self-test hash switches the filter on: only the flagged rows stay visible.
  const std::string filtered =
      chromium(dir, "--dump-dom " + test::shell_quote("file://" + page + "#selftest"));
  EXPECT_EQ(body_attribute(filtered, "data-visible"), "2");
  const std::string shot = dir.file("shot.png");
  chromium(dir, "--screenshot=" + test::shell_quote(shot) + " --window-size=1200,800 " +
                    test::shell_quote("file://" + page));
  ASSERT_TRUE(test::file_exists(shot));
  EXPECT_GT(test::read_file(shot).size(), 10000u);
}

TEST(CheckReportInChromium, OneRowPerFinding) {
  REQUIRE_CHROMIUM();
  test::TempDir dir;
  std::vector<Finding> findings(3);
  for (std::size_t k = 0; k < findings.size(); ++k) {
    findings[k].file = "p.tsv";
    findings[k].loc = std::to_string(k + 1);
    findings[k].severity = k == 0 ? Severity::kError : Severity::kWarning;
    findings[k].check = k < 2 ? "number" : "term-missing";
    findings[k].message = "number differs: \"94\" vs \"49\" <b>";
    findings[k].zh = "有 94 个会员国";
    findings[k].en = "49 Member States";
    findings[k].zh_span = "94";
    findings[k].en_span = "49";
    findings[k].term = k < 2 ? "94" : "会员国";
  }
  std::ostringstream html;
  write_check_report_html(findings, html);
  const std::string page = dir.file("report.html");
  test::write_file(page, html.str());
  const std::string dom = chromium(dir, "--dump-dom " + test::shell_quote("file://" + page));
  EXPECT_EQ(body_attribute(dom, "data-findings"), "3");
  EXPECT_NE(dom.find("<mark>94</mark>"), std::string::npos);
  EXPECT_EQ(dom.find("<b>"), std::string::npos);  // escaped
}

}  // namespace
}  // namespace bitext::io
