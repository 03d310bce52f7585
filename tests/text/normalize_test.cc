#include "bitext/text/normalize.h"

#include <gtest/gtest.h>

namespace bitext::text {
namespace {

TEST(MatchKey, FoldsWidthCaseScriptAndSpace) {
  EXPECT_EQ(match_key("ＵＮＯＤＣ"), "unodc");
  EXPECT_EQ(match_key("網絡犯罪"), "网络犯罪");
  EXPECT_EQ(match_key("序\xE3\x80\x80言"), "序言");
  EXPECT_EQ(match_key("  Cyber-Crime \t and\n\nmore "), "cyber-crime and more");
  EXPECT_EQ(match_key("联合国毒品和犯罪问题办公室"), "联合国毒品和犯罪问题办公室");
  EXPECT_EQ(match_key("２０１９年"), "2019年");
}

TEST(ToSimplified, LeavesSimplifiedAlone) {
  EXPECT_EQ(to_simplified("技術援助與能力建設"), "技术援助与能力建设");
  EXPECT_EQ(to_simplified("技术援助"), "技术援助");
  EXPECT_EQ(to_simplified("plain"), "plain");
}

// The script a Chinese text is written in, for the language tag of exchange formats.
TEST(IsTraditional, ByTheShareOfCharactersTheMappingChanges) {
  EXPECT_TRUE(is_traditional("加強打擊網絡犯罪的國際合作和技術援助"));
  EXPECT_FALSE(is_traditional("加强打击网络犯罪的国际合作和技术援助"));
  // One Traditional character in a Simplified sentence (a quoted name) does not make it so.
  EXPECT_FALSE(is_traditional("大会回顾其关于打击网络犯罪的国际合作和技术援助的各项决议以及臺"));
  EXPECT_FALSE(is_traditional("Cybercrime 2019"));
  EXPECT_FALSE(is_traditional(""));
}

TEST(SingleSpaced, RunsOfSpacesAndTabsAreOneSpace) {
  EXPECT_EQ(single_spaced("1.     Requests\tthe  report"), "1. Requests the report");
  EXPECT_EQ(single_spaced("United Nations        A/RES/73/187"), "United Nations A/RES/73/187");
  EXPECT_EQ(single_spaced("一、 导言"), "一、 导言");
  EXPECT_EQ(single_spaced(" \t "), " ");
  EXPECT_EQ(single_spaced(""), "");
}

TEST(DisplayText, NoListBulletAndSingleSpaced) {
  EXPECT_EQ(display_text("- (a)  Opening of the meeting;"), "(a) Opening of the meeting;");
  EXPECT_EQ(display_text("• 会议开幕；"), "会议开幕；");
  EXPECT_EQ(display_text("1.     Requests"), "1. Requests");
  EXPECT_EQ(display_text("-5 degrees"), "-5 degrees");  // a minus sign, no bullet
  EXPECT_EQ(display_text("- "), "- ");                  // nothing after it: kept
  // Letter-spaced Han characters, as a PDF's text layer gives a spread title.
  EXPECT_EQ(display_text("决 议 草 案"), "决议草案");
  EXPECT_EQ(display_text("欢 迎 秘 书 长 的报告"), "欢迎秘书长的报告");
  EXPECT_EQ(display_text("大 会"), "大 会");              // two: may be two words
  EXPECT_EQ(display_text("第一章 总纲"), "第一章 总纲");  // words, not letters
  EXPECT_EQ(display_text("2019 年 12 月 18 日"), "2019 年 12 月 18 日");
  EXPECT_EQ(display_text("A B C D"), "A B C D");
}

TEST(Nfkc, MapsFullWidthForms) { EXPECT_EQ(nfkc("１２３ＡＢ"), "123AB"); }

}  // namespace
}  // namespace bitext::text
