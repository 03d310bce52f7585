#include "bitext/check/numbers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bitext::check {
namespace {

// The single number in `text`; fails the test when there is not exactly one.
NumberMention One(const std::string& text) {
  const auto found = ExtractNumbers(text);
  EXPECT_EQ(found.size(), 1u) << text;
  return found.empty() ? NumberMention{} : found[0];
}

std::vector<double> Values(const std::string& text) {
  std::vector<double> out;
  for (const auto& m : ExtractNumbers(text)) out.push_back(m.value);
  return out;
}

TEST(Numbers, SeedPatternsChinese) {
  NumberMention session = One("第七十四届会议");
  EXPECT_EQ(session.value, 74);
  EXPECT_EQ(session.kind, NumberKind::kOrdinal);
  EXPECT_EQ(session.text, "第七十四");
  EXPECT_TRUE(session.spelled);
  EXPECT_FALSE(session.weak);

  NumberMention states = One("94 个会员国");
  EXPECT_EQ(states.value, 94);
  EXPECT_EQ(states.kind, NumberKind::kCardinal);
  EXPECT_EQ(states.text, "94");

  EXPECT_EQ(One("1.2亿人").value, 120000000);
  EXPECT_EQ(One("3,000万美元").value, 30000000);
  EXPECT_EQ(One("300多万").value, 3000000);
  EXPECT_EQ(One("两万三千人").value, 23000);
  EXPECT_EQ(One("一百四十三个").value, 143);
  EXPECT_EQ(One("增加了百分之五").kind, NumberKind::kPercent);
  EXPECT_EQ(One("增加了百分之五").value, 5);
  EXPECT_EQ(One("增长5个百分点").kind, NumberKind::kPercent);
  EXPECT_EQ(One("增长２．５％").value, 2.5);  // full-width digits and percent sign
  EXPECT_EQ(One("三分之二的多数").value, 2.0 / 3);
  EXPECT_EQ(One("一九四九年").value, 1949);
  EXPECT_EQ(One("二〇一九").value, 2019);
}

TEST(Numbers, SeedPatternsEnglish) {
  NumberMention ordinal = One("the seventy-fourth session");
  EXPECT_EQ(ordinal.value, 74);
  EXPECT_EQ(ordinal.kind, NumberKind::kOrdinal);
  EXPECT_EQ(ordinal.text, "seventy-fourth");
  EXPECT_EQ(One("its 74th session").kind, NumberKind::kOrdinal);
  EXPECT_EQ(One("120 million people").value, 120000000);
  EXPECT_EQ(One("US$ 1.5 billion").value, 1.5e9);
  EXPECT_EQ(One("£3m").value, 3e6);
  EXPECT_EQ(One("up 5 per cent").kind, NumberKind::kPercent);
  EXPECT_EQ(One("up five per cent").value, 5);
  EXPECT_EQ(One("5 percentage points").kind, NumberKind::kPercent);
  EXPECT_EQ(One("one hundred and forty-three").value, 143);
  EXPECT_EQ(One("twenty-one States").value, 21);
  EXPECT_EQ(One("a million refugees").value, 1e6);
  EXPECT_EQ(One("1,234,567 votes").value, 1234567);
  EXPECT_EQ(One("two thirds of the members").value, 2.0 / 3);
  EXPECT_EQ(One("one in five children").value, 0.2);
  EXPECT_EQ(One("two decades").value, 20);
  EXPECT_EQ(One("Chapter IV").value, 4);
}

TEST(Numbers, OneAndTwoInWordsAreWeak) {
  EXPECT_TRUE(One("一位代表").weak);
  EXPECT_TRUE(One("two countries").weak);
  EXPECT_TRUE(One("the first time").weak);
  EXPECT_TRUE(One("half of them").weak);
  EXPECT_TRUE(One("a dozen").weak);
  EXPECT_FALSE(One("2 countries").weak);  // digits are never weak
  EXPECT_FALSE(One("twelve countries").weak);
  EXPECT_FALSE(One("eight countries").weak);
  EXPECT_FALSE(One("三个国家").weak);
  EXPECT_FALSE(One("百分之五").weak);  // a percentage is exact
}

TEST(Numbers, ChineseWordsThatAreNotNumbers) {
  EXPECT_TRUE(Values("统一的多民族国家").empty());
  EXPECT_TRUE(Values("一切权力属于人民").empty());
  EXPECT_TRUE(Values("十分重要").empty());
  EXPECT_TRUE(Values("三番五次").empty());
  EXPECT_TRUE(Values("千方百计").empty());
  EXPECT_TRUE(Values("老百姓").empty());
  EXPECT_TRUE(Values("万众一心").empty());
  EXPECT_TRUE(Values("一心一意").empty());
  EXPECT_TRUE(Values("四面八方").empty());
  EXPECT_TRUE(Values("一定范围内").empty());
  EXPECT_TRUE(Values("中国是世界上历史最悠久的国家之一").empty());
  // Approximations are not values to compare.
  EXPECT_TRUE(Values("三四个人").empty());
  EXPECT_TRUE(Values("数十个国家").empty());
  EXPECT_TRUE(Values("十几个").empty());
  EXPECT_TRUE(Values("成千上万").empty());
}

TEST(Numbers, EnglishWordsThatAreNotNumbers) {
  EXPECT_TRUE(Values("someone, anyone, everyone").empty());
  EXPECT_TRUE(Values("hundreds of thousands of people").empty());
  EXPECT_TRUE(Values("millions of users").empty());
  EXPECT_EQ(Values("a third party"), std::vector<double>{3});  // an ordinal, not a fraction
  EXPECT_EQ(ExtractNumbers("a third party")[0].kind, NumberKind::kOrdinal);
  EXPECT_EQ(Values("the Group of 77 and G77, COVID-19"), std::vector<double>{77});
}

TEST(Numbers, SkipSpans) {
  const std::string text = "2019 年 12 月 18 日有 94 个";
  const auto found = ExtractNumbers(text, {Span{0, text.find("有")}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 94);
}

TEST(Numbers, SpansPointIntoTheText) {
  const std::string text = "共有１２３个国家和 seventy-four delegations";
  const auto found = ExtractNumbers(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text.substr(found[0].span.begin, found[0].span.size()), "１２３");
  EXPECT_EQ(found[0].value, 123);
  EXPECT_EQ(text.substr(found[1].span.begin, found[1].span.size()), "seventy-four");
}

TEST(Numbers, DecadesAndCenturies) {
  const NumberMention zh = One("20 世纪 30 年代");
  EXPECT_EQ(zh.kind, NumberKind::kDecade);
  EXPECT_EQ(zh.value, 1930);
  const NumberMention en = One("in the 1930s");
  EXPECT_EQ(en.kind, NumberKind::kDecade);
  EXPECT_TRUE(SameNumber(zh, en));
  EXPECT_TRUE(SameNumber(One("二十世纪九十年代"), One("the 1990s")));
  EXPECT_TRUE(SameNumber(One("90年代"), One("the 1990s")));
  EXPECT_TRUE(SameNumber(One("二十世纪"), One("the 20th century")));
}

TEST(Numbers, TimesOfDay) {
  EXPECT_TRUE(SameNumber(One("早上 7:55"), One("at 7.55am")));
  EXPECT_TRUE(SameNumber(One("下午5：30"), One("5.30pm")));
  EXPECT_TRUE(SameNumber(One("17:30"), One("5.30 p.m.")));
  EXPECT_TRUE(SameNumber(One("上午10时"), One("10 a.m.")));
  EXPECT_TRUE(SameNumber(One("3分35秒"), One("3:35")));
  EXPECT_FALSE(SameNumber(One("7:55"), One("7:45")));
}

TEST(Numbers, SameNumberByMeaning) {
  EXPECT_TRUE(SameNumber(One("1.2亿"), One("120 million")));
  EXPECT_TRUE(SameNumber(One("3,000万"), One("30 million")));
  EXPECT_TRUE(SameNumber(One("百分之五"), One("5%")));
  EXPECT_TRUE(SameNumber(One("百分之五"), One("5 per cent")));
  EXPECT_TRUE(SameNumber(One("第七十四届"), One("seventy-fourth")));
  EXPECT_TRUE(SameNumber(One("五分之一"), One("20 per cent")));
  EXPECT_TRUE(SameNumber(One("一半"), One("half")));
  EXPECT_TRUE(SameNumber(One("二十年"), One("two decades")));
  EXPECT_FALSE(SameNumber(One("1.2亿"), One("12 million")));
  EXPECT_FALSE(SameNumber(One("七十四"), One("seventy-five")));
}

TEST(Numbers, ParseEnglishNumber) {
  EXPECT_EQ(ParseEnglishNumber("one hundred and forty-three"), 143);
  EXPECT_EQ(ParseEnglishNumber("one hundred forty-three"), 143);
  EXPECT_EQ(ParseEnglishNumber("seventy-fourth"), 74);
  EXPECT_EQ(ParseEnglishNumber("a million"), 1e6);
  EXPECT_EQ(ParseEnglishNumber("two thousand and nineteen"), 2019);
  EXPECT_EQ(ParseEnglishNumber("nine hundred ninety-nine thousand"), 999000);
  EXPECT_FALSE(ParseEnglishNumber("one two").has_value());
  EXPECT_FALSE(ParseEnglishNumber("seventy-four delegations").has_value());
  EXPECT_FALSE(ParseEnglishNumber("").has_value());
}

TEST(Numbers, KindNames) {
  EXPECT_EQ(NumberKindName(NumberKind::kPercent), "percent");
  EXPECT_EQ(NumberKindName(NumberKind::kDecade), "decade");
}

}  // namespace
}  // namespace bitext::check
