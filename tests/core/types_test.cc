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

TEST(Types, InputErrorSaysWhere) {
  InputError e("a.tsv", "line has no tab", {12});
  EXPECT_STREQ(e.what(), "a.tsv:12: line has no tab");
  InputError b("a.txt", "ill-formed UTF-8", {0, 17});
  EXPECT_STREQ(b.what(), "a.txt: byte 17: ill-formed UTF-8");
}

}  // namespace
}  // namespace bitext
