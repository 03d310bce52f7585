#include "bitext/text/pdf.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/text/decode.h"
#include "bitext/text/document.h"
#include "decode_error.h"
#include "test_support.h"

namespace bitext::text {
namespace {

using Pages = std::vector<std::vector<test::PdfLine>>;

// Two pages of a resolution as a PDF lays them out: the masthead in two columns, a paragraph
// wrapped over two lines, page numbers at the foot, a running header on page 2.
Pages english() {
  return {{{72, 780, "United Nations"},
           {400, 780, "A/RES/99/101"},
           {72, 750, "1. Welcomes the report of the Secretary-General;"},
           {72, 730, "2. Requests the Secretary-General to report to the General Assembly"},
           {72, 718, "at its next session on the implementation of the present resolution;"},
           {290, 60, "2/5"}},
          {{72, 800, "A/RES/99/101"},
           {72, 760, "3. Decides to remain seized of the matter."},
           {290, 60, "3/5"}}};
}

Pages chinese() {
  return {{{72, 780, "联合国"},
           {400, 780, "A/RES/99/101"},
           {72, 750, "1. 欢迎秘书长的报告；"},
           {72, 730, "2. 请秘书长向大会下届会议报告本决议的执行情况；"},
           {290, 60, "2/5"}},
          {{72, 800, "A/RES/99/101"}, {72, 760, "3. 决定继续处理此案。"}, {290, 60, "3/5"}}};
}

std::string pdf_of(const Pages& pages) {
  test::TempDir dir;
  test::write_pdf(dir.file("r.pdf"), pages);
  return test::read_file(dir.file("r.pdf"));
}

TEST(Pdf, PagesInOrderLaidOutAsPdftotextDoes) {
  const std::string text = pdf_text(pdf_of(english()), "r.pdf");
  ASSERT_EQ(std::count(text.begin(), text.end(), '\f'), 2);
  const std::string first_line = text.substr(0, text.find('\n'));
  EXPECT_EQ(first_line.find("United Nations"), 0u);
  // The masthead's second column on the same line, set apart by spaces.
  EXPECT_NE(first_line.find("     A/RES/99/101"), std::string::npos);
  EXPECT_LT(text.find("3. Decides"), text.rfind("3/5"));
  EXPECT_GT(text.find("3. Decides"), text.find('\f'));
  const std::string zh = pdf_text(pdf_of(chinese()), "r.pdf");
  EXPECT_NE(zh.find("请秘书长向大会下届会议报告本决议的执行情况；"), std::string::npos);
}

// Through the text stage: labels, the paragraph wrapped over two lines, page furniture.
TEST(Pdf, LoadsAsADocument) {
  test::TempDir dir;
  test::write_pdf(dir.file("r.en.pdf"), english());
  const Document d = load_document(dir.file("r.en.pdf"), {});
  EXPECT_EQ(d.encoding, "PDF");
  std::vector<std::string> numbers;
  std::size_t page = 0;
  for (const Paragraph& p : d.paragraphs) {
    if (p.kind == ParagraphKind::kBody && !p.label.number.empty()) {
      numbers.push_back(p.label.number);
    }
    page += p.kind == ParagraphKind::kPage;
    if (p.label.number == "2") {
      EXPECT_NE(d.text.substr(p.span.begin, p.span.size()).find("General Assembly"),
                std::string::npos);
      EXPECT_NE(p.text.find("Assembly at its next session"), std::string::npos) << p.text;
    }
  }
  EXPECT_EQ(numbers, (std::vector<std::string>{"1", "2", "3"}));
  // The masthead's two columns are one sentence, single-spaced; its span covers the gap.
  ASSERT_FALSE(d.paragraphs.empty());
  ASSERT_FALSE(d.paragraphs[0].sentences.empty());
  const Segment& masthead = d.paragraphs[0].sentences[0];
  EXPECT_EQ(masthead.text, "United Nations A/RES/99/101");
  EXPECT_NE(d.text.substr(masthead.span.begin, masthead.span.size()).find("Nations   "),
            std::string::npos);
  EXPECT_GE(page, 2u);  // 2/5, 3/5 (and the running header)
}

// A letter-spaced title: the text layer has a space in every gap; the segment joins them.
TEST(Pdf, LetterSpacedChineseIsJoined) {
  test::TempDir dir;
  test::write_pdf(dir.file("t.pdf"), {{{72, 780, "打击网络犯罪", 6}, {72, 750, "1. 欢迎报告。"}}});
  const Document d = load_document(dir.file("t.pdf"), {});
  ASSERT_FALSE(d.paragraphs.empty());
  EXPECT_NE(d.paragraphs[0].text.find("打 击"), std::string::npos);  // as the PDF has it
  ASSERT_FALSE(d.paragraphs[0].sentences.empty());
  EXPECT_EQ(d.paragraphs[0].sentences[0].text, "打击网络犯罪");
}

TEST(Pdf, BadFilesFailNamingTheFile) {
  const auto error_of = [](const std::string& bytes) { return decode_error(bytes, "in.pdf"); };
  EXPECT_NE(error_of("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj garbage").find("not a readable PDF"),
            std::string::npos);
  // A scan: pages without text.
  EXPECT_NE(error_of(pdf_of({{}, {}})).find("without a text layer"), std::string::npos);
  // Cut short: Poppler rebuilds what it can, or fails; either way no crash and no empty text.
  const std::string good = pdf_of(english());
  const std::string cut = good.substr(0, good.size() / 3);
  try {
    EXPECT_FALSE(decode(cut, "cut.pdf").text.empty());
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "cut.pdf");
  }
}

}  // namespace
}  // namespace bitext::text
