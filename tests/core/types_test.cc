#include "bitext/core/types.h"

#include <gtest/gtest.h>

#include "bitext/core/error.h"

namespace bitext {
namespace {

TEST(Types, LangNamesAndTags) {
  EXPECT_EQ(ParseLang("zh_CN"), Lang::kZh);
  EXPECT_EQ(ParseLang("ZH-hans"), Lang::kZh);
  EXPECT_EQ(ParseLang("en-US"), Lang::kEn);
  EXPECT_FALSE(ParseLang("fr").has_value());
  EXPECT_EQ(LangTag(Lang::kZh), "zh-CN");
}

TEST(Types, AlignmentJoinsSidesByLanguage) {
  Alignment a;
  a.zh = {{"第一句。"}, {"第二句。"}};
  a.en = {{"First."}, {"Second."}};
  Bead b{{0, 2}, {0, 2}, 0.9, false};
  EXPECT_EQ(a.ZhText(b), "第一句。第二句。");
  EXPECT_EQ(a.EnText(b), "First. Second.");
  EXPECT_EQ(Alignment::Shape(b), "2-2");
  a.beads = {b, Bead{{2, 2}, {2, 2}, 0.1, true}};
  const auto pairs = PairsOf(a);
  ASSERT_EQ(pairs.size(), 1u);  // the empty bead has no pair
  EXPECT_EQ(pairs[0].loc, "1");
}

TEST(Types, InputErrorSaysWhere) {
  InputError e("a.tsv", "line has no tab", {12});
  EXPECT_STREQ(e.what(), "a.tsv:12: line has no tab");
  InputError b("a.txt", "ill-formed UTF-8", {0, 17});
  EXPECT_STREQ(b.what(), "a.txt: byte 17: ill-formed UTF-8");
}

}  // namespace
}  // namespace bitext
