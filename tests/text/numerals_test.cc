#include "bitext/text/numerals.h"

#include <gtest/gtest.h>

#include <vector>

namespace bitext::text {
namespace {

TEST(ChineseNumber, PositionalWithUnits) {
  EXPECT_EQ(parse_chinese_number("十"), 10);
  EXPECT_EQ(parse_chinese_number("十二"), 12);
  EXPECT_EQ(parse_chinese_number("二十"), 20);
  EXPECT_EQ(parse_chinese_number("七十四"), 74);
  EXPECT_EQ(parse_chinese_number("一百零三"), 103);
  EXPECT_EQ(parse_chinese_number("一百四十三"), 143);
  EXPECT_EQ(parse_chinese_number("一千零五"), 1005);
  EXPECT_EQ(parse_chinese_number("两万三千"), 23000);
  EXPECT_EQ(parse_chinese_number("一亿二千万"), 120000000);
  EXPECT_EQ(parse_chinese_number("壹佰贰拾"), 120);
}

TEST(ChineseNumber, DigitByDigit) {
  EXPECT_EQ(parse_chinese_number("二〇一九"), 2019);
  EXPECT_EQ(parse_chinese_number("一九一一"), 1911);
  EXPECT_EQ(parse_chinese_number("一八四〇"), 1840);
}

TEST(ChineseNumber, RejectsNonNumerals) {
  EXPECT_FALSE(parse_chinese_number("").has_value());
  EXPECT_FALSE(parse_chinese_number("十二条").has_value());
  EXPECT_FALSE(parse_chinese_number("百").has_value());
  EXPECT_FALSE(parse_chinese_number("一二十").has_value());
  EXPECT_FALSE(parse_chinese_number("十百").has_value());
}

TEST(ThousandsSpaces, GroupsOfThreeBeforeChineseText) {
  EXPECT_EQ(thousands_spaces("约 6 000 亿"), (std::vector<std::size_t>{5}));
  EXPECT_EQ(thousands_spaces("预算为 12 345 678 美元"), (std::vector<std::size_t>{12, 16}));
  EXPECT_EQ(thousands_spaces("共 3 250 份。"), (std::vector<std::size_t>{5}));
  EXPECT_EQ(thousands_spaces("总额 5\u00A0000，"), (std::vector<std::size_t>{8}));
  // Not thousands: a telephone number, groups of other sizes, four digits first, Latin after.
  EXPECT_TRUE(thousands_spaces("拨打 0800 555 111 ，").empty());
  EXPECT_TRUE(thousands_spaces("电话116 123(英国)").empty());
  EXPECT_TRUE(thousands_spaces("第 3 段 10 名").empty());
  EXPECT_TRUE(thousands_spaces("2020 100 个").empty());
  EXPECT_TRUE(thousands_spaces("paragraph 3 100 persons").empty());
}

TEST(Roman, ParsesCanonicalOnly) {
  EXPECT_EQ(parse_roman("I"), 1);
  EXPECT_EQ(parse_roman("iv"), 4);
  EXPECT_EQ(parse_roman("XIV"), 14);
  EXPECT_EQ(parse_roman("MCMXC"), 1990);
  EXPECT_FALSE(parse_roman("IIII").has_value());
  EXPECT_FALSE(parse_roman("Iv").has_value());
  EXPECT_FALSE(parse_roman("ABC").has_value());
  EXPECT_EQ(to_roman(1994), "MCMXCIV");
  EXPECT_EQ(to_chinese_number(1), "一");
  EXPECT_EQ(to_chinese_number(10), "十");
  EXPECT_EQ(to_chinese_number(11), "十一");
  EXPECT_EQ(to_chinese_number(21), "二十一");
  EXPECT_EQ(to_chinese_number(105), "一百零五");
  EXPECT_EQ(to_chinese_number(110), "一百一十");
  EXPECT_EQ(to_chinese_number(1010), "一千零一十");
  EXPECT_EQ(to_chinese_number(20001), "二万零一");
  EXPECT_EQ(to_chinese_number(0), "");
  for (int n = 1; n < 3000; ++n) EXPECT_EQ(parse_chinese_number(to_chinese_number(n)), n) << n;
}

}  // namespace
}  // namespace bitext::text
