#include "bitext/core/types.h"

#include <gtest/gtest.h>

#include "bitext/core/error.h"

namespace bitext {
namespace {

TEST(Types, LangNamesAndTags) {
  EXPECT_EQ(parse_lang("zh_CN"), Lang::kZh);
  EXPECT_EQ(parse_lang("ZH-hans"), Lang::kZh);
  EXPECT_EQ(parse_lang("en-US"), Lang::kEn);
  EXPECT_FALSE(parse_lang("fr").has_value());
  EXPECT_EQ(lang_tag(Lang::kZh), "zh-CN");
}

TEST(Types, AlignmentJoinsSidesByLanguage) {
  Alignment a;
  a.zh = {{"第一句。"}, {"第二句。"}};
  a.en = {{"First."}, {"Second."}};
  Bead b{{0, 2}, {0, 2}, 0.9, false};
  EXPECT_EQ(a.zh_text(b), "第一句。第二句。");
  EXPECT_EQ(a.en_text(b), "First. Second.");
  EXPECT_EQ(Alignment::shape(b), "2-2");
  a.beads = {b, Bead{{2, 2}, {2, 2}, 0.1, true}};
  const auto pairs = pairs_of(a);
  ASSERT_EQ(pairs.size(), 1u);  // the empty bead has no pair
  EXPECT_EQ(pairs[0].loc, "1");
}

// Page numbers and job numbers of two paginations, paired by position in their stream: not a
// translation to check (3/7 against 2/5 is no number error) nor to mine; a boilerplate pair is.
TEST(Types, PairsLeaveOutPairedPageFurniture) {
  Alignment a;
  a.zh = {{"3/7"}, {"2031 年 12 月 20 日"}};
  a.en = {{"2/5"}, {"20 December 2031"}};
  a.zh[0].kind = a.en[0].kind = ParagraphKind::kPage;
  a.zh[1].kind = a.en[1].kind = ParagraphKind::kHeader;
  a.beads = {Bead{{0, 1}, {0, 1}, 1.0, false}, Bead{{1, 2}, {1, 2}, 1.0, false}};
  EXPECT_TRUE(a.page_furniture_only(a.beads[0]));
  EXPECT_FALSE(a.page_furniture_only(a.beads[1]));
  for (const auto& pairs : {pairs_for_check(a), pairs_of(a)}) {
    ASSERT_EQ(pairs.size(), 1u);
    EXPECT_EQ(pairs[0].en, "20 December 2031");
  }
}

TEST(Types, PairsForCheckKeepOmissionsButNotOneSidedHeaders) {
  Alignment a;
  a.zh_name = "zh.txt";
  a.zh = {{"中文"}, {"第一段。"}, {"第二段。"}};
  a.en = {{"First paragraph."}, {"Crime prevention and criminal justice"}};
  a.en[1].line = 12;
  a.zh[0].kind = ParagraphKind::kHeader;
  a.zh[0].line = 3;
  a.zh[1].line = 7;
  a.zh[2].line = 9;
  a.zh[2].label.text = "2.";
  a.beads = {Bead{{0, 1}, {0, 0}, 1.0, true}, Bead{{1, 2}, {0, 1}, 0.9, false},
             Bead{{2, 3}, {1, 1}, 1.0, true}, Bead{{3, 3}, {1, 2}, 1.0, true}};
  const auto pairs = pairs_for_check(a);
  ASSERT_EQ(pairs.size(), 3u);  // the masthead line 中文 is in the Chinese version only
  EXPECT_EQ(pairs[0].loc, "line 7");
  EXPECT_EQ(pairs[0].en, "First paragraph.");
  EXPECT_EQ(pairs[1].loc, "2.");  // an omitted body paragraph is still checked
  EXPECT_EQ(pairs[1].en, "");
  EXPECT_EQ(pairs[1].source, "zh.txt");
  // A line of the English only: its place is the English file's line.
  EXPECT_EQ(pairs[2].loc, "English line 12");
  EXPECT_EQ(pairs[2].zh, "");
}

TEST(Types, InputErrorSaysWhere) {
  InputError e("a.tsv", "line has no tab", {12});
  EXPECT_STREQ(e.what(), "a.tsv:12: line has no tab");
  InputError b("a.txt", "ill-formed UTF-8", {0, 17});
  EXPECT_STREQ(b.what(), "a.txt: byte 17: ill-formed UTF-8");
}

}  // namespace
}  // namespace bitext
