#include "bitext/text/numerals.h"

#include <gtest/gtest.h>

namespace bitext::text {
namespace {

TEST(ChineseNumber, PositionalWithUnits) {
  EXPECT_EQ(ParseChineseNumber("十"), 10);
  EXPECT_EQ(ParseChineseNumber("十二"), 12);
  EXPECT_EQ(ParseChineseNumber("二十"), 20);
  EXPECT_EQ(ParseChineseNumber("七十四"), 74);
  EXPECT_EQ(ParseChineseNumber("一百零三"), 103);
  EXPECT_EQ(ParseChineseNumber("一百四十三"), 143);
  EXPECT_EQ(ParseChineseNumber("一千零五"), 1005);
  EXPECT_EQ(ParseChineseNumber("两万三千"), 23000);
  EXPECT_EQ(ParseChineseNumber("一亿二千万"), 120000000);
  EXPECT_EQ(ParseChineseNumber("壹佰贰拾"), 120);
}

TEST(ChineseNumber, DigitByDigit) {
  EXPECT_EQ(ParseChineseNumber("二〇一九"), 2019);
  EXPECT_EQ(ParseChineseNumber("一九一一"), 1911);
  EXPECT_EQ(ParseChineseNumber("一八四〇"), 1840);
}

TEST(ChineseNumber, RejectsNonNumerals) {
  EXPECT_FALSE(ParseChineseNumber("").has_value());
  EXPECT_FALSE(ParseChineseNumber("十二条").has_value());
  EXPECT_FALSE(ParseChineseNumber("百").has_value());
  EXPECT_FALSE(ParseChineseNumber("一二十").has_value());
  EXPECT_FALSE(ParseChineseNumber("十百").has_value());
}

TEST(Roman, ParsesCanonicalOnly) {
  EXPECT_EQ(ParseRoman("I"), 1);
  EXPECT_EQ(ParseRoman("iv"), 4);
  EXPECT_EQ(ParseRoman("XIV"), 14);
  EXPECT_EQ(ParseRoman("MCMXC"), 1990);
  EXPECT_FALSE(ParseRoman("IIII").has_value());
  EXPECT_FALSE(ParseRoman("Iv").has_value());
  EXPECT_FALSE(ParseRoman("ABC").has_value());
  EXPECT_EQ(ToRoman(1994), "MCMXCIV");
}

}  // namespace
}  // namespace bitext::text
