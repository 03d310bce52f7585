#include "bitext/text/label.h"

#include <gtest/gtest.h>

#include <string>

namespace bitext::text {
namespace {

struct Case {
  const char* text;
  LabelStyle style;
  const char* label;   // as written
  const char* number;  // normalized
  const char* rest;    // text after the label and its spaces
};

// NOLINTNEXTLINE(readability-identifier-naming): the name GoogleTest looks up
void PrintTo(const Case& c, std::ostream* os) { *os << c.text; }

class LabelTest : public ::testing::TestWithParam<Case> {};

TEST_P(LabelTest, ParsesLabel) {
  const Case& c = GetParam();
  const Label l = parse_label(c.text);
  EXPECT_EQ(l.style, c.style) << c.text;
  EXPECT_EQ(l.text, c.label) << c.text;
  EXPECT_EQ(l.number, c.number) << c.text;
  EXPECT_EQ(std::string(c.text).substr(l.length), c.rest) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    UnForms, LabelTest,
    ::testing::Values(
        Case{"1. Welcomes the outcome", LabelStyle::kArabic, "1.", "1", "Welcomes the outcome"},
        Case{"14. 请秘书长", LabelStyle::kArabic, "14.", "14", "请秘书长"},
        Case{"1.赞赏地欢迎", LabelStyle::kArabic, "1.", "1", "赞赏地欢迎"},
        Case{"(a) 会议开幕；", LabelStyle::kLetter, "(a)", "a", "会议开幕；"},
        Case{"（ｂ）通过议程。", LabelStyle::kLetter, "（ｂ）", "b", "通过议程。"},
        Case{"(ii) the second", LabelStyle::kRoman, "(ii)", "2", "the second"},
        Case{"(i) the first", LabelStyle::kRoman, "(i)", "1", "the first"},
        Case{"74/173. 促进技术援助", LabelStyle::kResolution, "74/173.", "74/173", "促进技术援助"},
        Case{"[xx/xxx]. 联合国打击网络犯罪", LabelStyle::kResolution, "[xx/xxx].", "xx/xxx",
             "联合国打击网络犯罪"},
        Case{"A. 国际合作", LabelStyle::kSection, "A.", "A", "国际合作"},
        Case{"B. Prevention", LabelStyle::kSection, "B.", "B", "Prevention"},
        Case{"I. Introduction", LabelStyle::kRoman, "I.", "1", "Introduction"},
        Case{"IV. Organization of the meeting", LabelStyle::kRoman, "IV.", "4",
             "Organization of the meeting"},
        Case{"一. 导言", LabelStyle::kChinese, "一.", "1", "导言"},
        Case{"五、通过报告", LabelStyle::kChinese, "五、", "5", "通过报告"},
        Case{"㈢ 第三项", LabelStyle::kChinese, "㈢", "3", "第三项"},
        Case{"（十二）其他", LabelStyle::kChinese, "（十二）", "12", "其他"},
        Case{"第十二条　国家推行", LabelStyle::kArticle, "第十二条", "12", "国家推行"},
        Case{"第十二條　國家推行", LabelStyle::kArticle, "第十二條", "12", "國家推行"},
        Case{"第一百四十三条　中华人民共和国首都是北京。", LabelStyle::kArticle, "第一百四十三条",
             "143", "中华人民共和国首都是北京。"},
        Case{"Article 143 The capital", LabelStyle::kArticle, "Article 143", "143", "The capital"},
        Case{"第一章　总纲", LabelStyle::kChapter, "第一章", "1", "总纲"},
        Case{"Chapter I General Principles", LabelStyle::kChapter, "Chapter I", "1",
             "General Principles"},
        Case{"第二节　中华人民共和国主席", LabelStyle::kPart, "第二节", "2", "中华人民共和国主席"},
        Case{"Section 2 The President", LabelStyle::kPart, "Section 2", "2", "The President"},
        Case{"第一部分　总则", LabelStyle::kPart, "第一部分", "1", "总则"},
        Case{"第二部分：一般规定", LabelStyle::kPart, "第二部分", "2", "：一般规定"},
        Case{"Part one General provisions", LabelStyle::kPart, "Part one", "1",
             "General provisions"},
        Case{"PART II", LabelStyle::kPart, "PART II", "2", ""},
        Case{"附件一", LabelStyle::kAnnex, "附件一", "1", ""},
        Case{"附件 2：与会者名单", LabelStyle::kAnnex, "附件 2", "2", "：与会者名单"},
        Case{"Annex II List of participants", LabelStyle::kAnnex, "Annex II", "2",
             "List of participants"},
        Case{"Appendix 3", LabelStyle::kAnnex, "Appendix 3", "3", ""},
        Case{"¹ 见《经济及社会理事会正式记录》", LabelStyle::kFootnote, "¹", "1",
             "见《经济及社会理事会正式记录》"},
        Case{"\xE3\x80\x80\xE3\x80\x80"
             "2. indented",
             LabelStyle::kArabic, "2.", "2", "indented"}));

TEST(Label, NotLabels) {
  for (const char* text :
       {"2019 年 12 月 18 日大会决议", "1.2亿人", "第七十四届会议", "大会，", "第 65/230 号决议",
        "U.N. agencies", "In 1949, after", "十分重要", "A/74/400 report", "Distr.: General",
        // cross-references opening a sentence, not headings
        "第十二条第2款规定的措施", "第5条所述的请求", "第3条和第4条", "第二章的规定",
        // words that open sentences, not annexes or parts
        "附件所载的信", "附件一所述的措施", "Annex to the letter dated 5 May", "Part of the work",
        "Appendix A lists the States", "Annex I contains the list", "Part one of the report"}) {
    EXPECT_TRUE(parse_label(text).empty()) << text << " -> " << parse_label(text).text;
  }
}

TEST(Label, ChineseAndRomanCorrespond) {
  EXPECT_TRUE(labels_correspond(parse_label("一. 导言"), parse_label("I. Introduction")));
  EXPECT_TRUE(labels_correspond(parse_label("第十二条　国家"), parse_label("Article 12 The")));
  EXPECT_TRUE(labels_correspond(parse_label("㈠ 甲"), parse_label("(i) first")));
  EXPECT_TRUE(labels_correspond(parse_label("一、各缔约国"), parse_label("1. Each State")));
  EXPECT_FALSE(labels_correspond(parse_label("二、各缔约国"), parse_label("1. Each State")));
  EXPECT_FALSE(labels_correspond(parse_label("1. 甲"), parse_label("2. Second")));
  EXPECT_FALSE(labels_correspond(parse_label("1. 甲"), parse_label("(a) first")));
  EXPECT_FALSE(labels_correspond(parse_label("甲"), parse_label("first")));
  EXPECT_TRUE(labels_correspond(parse_label("附件二"), parse_label("Annex II")));
  EXPECT_TRUE(labels_correspond(parse_label("第一部分"), parse_label("Part One")));
  EXPECT_FALSE(labels_correspond(parse_label("附件二"), parse_label("Chapter II")));
}

TEST(Label, BracketedForms) {
  for (const char* text : {"(a) first", "a) first", "（一）甲", "㈠ 甲", "⑴ 甲", "(12) item"}) {
    EXPECT_TRUE(label_bracketed(parse_label(text))) << text;
  }
  for (const char* text :
       {"1. Each", "一、各缔约国", "第十二条　国家", "Article 12 The", "I. Intro"}) {
    EXPECT_FALSE(label_bracketed(parse_label(text))) << text;
  }
}

}  // namespace
}  // namespace bitext::text
