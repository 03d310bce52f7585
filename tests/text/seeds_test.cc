// Acceptance on real documents read from ../shared/corpus (the user's seeds and the
// constitution): numbering, footnotes, kinds, and no text lost.

#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "bitext/core/utf8.h"
#include "bitext/text/document.h"
#include "bitext/text/label.h"
#include "test_support.h"

namespace bitext::text {
namespace {

Document load(const std::string& relative) {
  return load_document(test::shared_path(relative), {});
}

std::vector<int> top_level_arabic(const Document& d) {
  std::vector<int> numbers;
  for (const Paragraph& p : d.paragraphs) {
    if (p.kind == ParagraphKind::kBody && p.label.style == LabelStyle::kArabic &&
        p.label.level == 0) {
      numbers.push_back(std::stoi(p.label.number));
    }
  }
  return numbers;
}

std::vector<int> range(int from, int to) {
  std::vector<int> v;
  for (int k = from; k <= to; ++k) v.push_back(k);
  return v;
}

TEST(Seeds, Resolution74_173) {
  REQUIRE_SHARED();
  const Document d = load("corpus/seeds/a-res-74-173.zh.txt");
  EXPECT_EQ(top_level_arabic(d), range(1, 14));
  std::set<std::string> footnotes, cited;
  for (const Paragraph& p : d.paragraphs) {
    if (p.kind == ParagraphKind::kFootnote) {
      footnotes.insert(p.label.number);
      EXPECT_TRUE(p.footnote_refs.empty());
    } else {
      for (const std::string& r : p.footnote_refs) {
        EXPECT_EQ(p.kind, ParagraphKind::kBody);
        cited.insert(r);
      }
    }
    if (p.text == "第七十四届会议" || p.text == "议程项目 106") {
      EXPECT_NE(p.kind, ParagraphKind::kBody) << p.text;
    }
    EXPECT_EQ(p.text.find("¹ 见"), p.text.rfind("¹ 见", 0) == 0 ? 0 : std::string::npos);
  }
  EXPECT_EQ(footnotes, (std::set<std::string>{"1", "2", "3"}));
  EXPECT_EQ(cited, (std::set<std::string>{"1", "2", "3"}));
  bool session = false, agenda = false;
  for (const Paragraph& p : d.paragraphs) {
    session |= p.text == "第七十四届会议";
    agenda |= p.text == "议程项目 106";
  }
  EXPECT_TRUE(session && agenda);
}

TEST(Seeds, ExpertGroupReport) {
  REQUIRE_SHARED();
  const Document d = load("corpus/seeds/eg4-2020-draft-report.zh.txt");
  EXPECT_EQ(top_level_arabic(d), range(1, 25));
  std::vector<std::string> sections;
  for (const Paragraph& p : d.paragraphs) {
    if (p.label.style == LabelStyle::kChinese) {
      EXPECT_EQ(p.kind, ParagraphKind::kHeading) << p.text;
      sections.push_back(p.label.number);
    }
  }
  EXPECT_EQ(sections, (std::vector<std::string>{"1", "2", "3", "4", "5"}));
  // The agenda items 1.-5. inside paragraph 20 are nested, in order.
  std::vector<int> nested;
  for (const Paragraph& p : d.paragraphs) {
    if (p.label.style == LabelStyle::kArabic && p.label.level == 1) {
      nested.push_back(std::stoi(p.label.number));
    }
  }
  EXPECT_EQ(nested, range(1, 5));
}

// The interleaved constitution: Chinese lines and English lines, split by script.
void split_constitution(std::string& zh, std::string& en) {
  std::istringstream in(test::read_file(
      test::shared_path("corpus/constitution/constitution-2018.zh-en.interleaved.md")));
  std::string line;
  while (std::getline(in, line)) {
    if (utf8::trim(line).empty()) continue;
    (utf8::looks_chinese(line) ? zh : en) += line + "\n\n";
  }
}

std::vector<int> articles(const Document& d) {
  std::vector<int> numbers;
  for (const Paragraph& p : d.paragraphs) {
    if (p.label.style == LabelStyle::kArticle) numbers.push_back(std::stoi(p.label.number));
  }
  return numbers;
}

TEST(Seeds, ConstitutionArticles) {
  REQUIRE_SHARED();
  std::string zh, en;
  split_constitution(zh, en);
  const Document dz = segment_text(zh, "constitution.zh", {});
  const Document de = segment_text(en, "constitution.en", {});
  EXPECT_EQ(articles(dz), range(1, 143));
  EXPECT_EQ(articles(de), range(1, 143));
}

TEST(Seeds, NoTextIsLost) {
  REQUIRE_SHARED();
  for (const char* name :
       {"a-res-74-173", "a-res-73-187", "a-ac291-25-rev1", "eg4-2020-draft-report"}) {
    const Document d = load(std::string("corpus/seeds/") + name + ".zh.txt");
    // Every non-space character of the file is in a paragraph (markdown link targets aside).
    std::size_t in_file = 0, in_paragraphs = 0, in_sentences = 0;
    std::string text = d.text;
    for (std::size_t pos; (pos = text.find("](#)")) != std::string::npos;) text.erase(pos, 4);
    for (std::size_t i = 0; i < text.size();) {
      const char32_t c = utf8::next(text, i);
      if (!utf8::is_space(c) && c != '[') ++in_file;
    }
    for (const Paragraph& p : d.paragraphs) {
      for (std::size_t i = 0; i < p.text.size();)
        in_paragraphs += !utf8::is_space(utf8::next(p.text, i));
      for (const Segment& s : p.sentences) {
        for (std::size_t i = 0; i < s.text.size();)
          in_sentences += !utf8::is_space(utf8::next(s.text, i));
      }
    }
    std::size_t brackets_kept = 0;
    for (const Paragraph& p : d.paragraphs) {
      for (char c : p.text) brackets_kept += c == '[';
    }
    // Sentences hold every character of their paragraph but a list bullet opening it, which a
    // segment leaves out (text::display_text: "- (a) 会议开幕；").
    std::size_t bullets = 0;
    for (const Paragraph& p : d.paragraphs) {
      bullets += p.text.rfind("- ", 0) == 0 || p.text.rfind("\xE2\x80\xA2 ", 0) == 0 ? 1 : 0;
    }
    EXPECT_EQ(in_paragraphs, in_file + brackets_kept) << name;
    EXPECT_EQ(in_sentences + bullets, in_paragraphs) << name;
  }
}

}  // namespace
}  // namespace bitext::text
