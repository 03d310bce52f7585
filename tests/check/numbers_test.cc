#include "bitext/check/numbers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bitext::check {
namespace {

// The single number in `text`; fails the test when there is not exactly one.
NumberMention one(const std::string& text) {
  const auto found = extract_numbers(text);
  EXPECT_EQ(found.size(), 1u) << text;
  return found.empty() ? NumberMention{} : found[0];
}

// The numbers a check may report (tentative ones only account for the other side's).
std::vector<double> values(const std::string& text) {
  std::vector<double> out;
  for (const auto& m : extract_numbers(text)) {
    if (!m.tentative) out.push_back(m.value);
  }
  return out;
}

std::vector<double> tentative_values(const std::string& text) {
  std::vector<double> out;
  for (const auto& m : extract_numbers(text)) {
    if (m.tentative) out.push_back(m.value);
  }
  return out;
}

TEST(Numbers, SeedPatternsChinese) {
  NumberMention session = one("第七十四届会议");
  EXPECT_EQ(session.value, 74);
  EXPECT_EQ(session.kind, NumberKind::kOrdinal);
  EXPECT_EQ(session.text, "第七十四");
  EXPECT_TRUE(session.spelled);
  EXPECT_FALSE(session.weak);

  NumberMention states = one("94 个会员国");
  EXPECT_EQ(states.value, 94);
  EXPECT_EQ(states.kind, NumberKind::kCardinal);
  EXPECT_EQ(states.text, "94");

  EXPECT_EQ(one("1.2亿人").value, 120000000);
  EXPECT_EQ(one("3,000万美元").value, 30000000);
  EXPECT_EQ(one("300多万").value, 3000000);
  EXPECT_EQ(one("两万三千人").value, 23000);
  EXPECT_EQ(one("一百四十三个").value, 143);
  EXPECT_EQ(one("增加了百分之五").kind, NumberKind::kPercent);
  EXPECT_EQ(one("增加了百分之五").value, 5);
  EXPECT_EQ(one("增长5个百分点").kind, NumberKind::kPercent);
  EXPECT_EQ(one("增长２．５％").value, 2.5);  // full-width digits and percent sign
  EXPECT_EQ(one("三分之二的多数").value, 2.0 / 3);
  EXPECT_EQ(one("一九四九年").value, 1949);
  EXPECT_EQ(one("二〇一九").value, 2019);
}

TEST(Numbers, ThousandsSpacedAsUnChineseWritesThem) {
  EXPECT_EQ(one("捐款 5 000 美元").value, 5000);
  EXPECT_EQ(one("约 6 000 亿美元").value, 6e11);
  EXPECT_EQ(one("预算为 12 345 678 美元").value, 12345678);
  EXPECT_EQ(one("共收到 3 250 份答复").text, "3 250");
  // Not groups: a group of other than three digits, a run of four digits before, two numbers
  // in English text, a year then a count.
  EXPECT_EQ(values("第 3 段 10 名"), (std::vector<double>{3, 10}));
  EXPECT_EQ(values("paragraph 3 100 persons"), (std::vector<double>{3, 100}));
  EXPECT_EQ(values("2020 100 个"), (std::vector<double>{2020, 100}));
  EXPECT_EQ(values("拨打电话116 123(英国)"), (std::vector<double>{116, 123}));
  EXPECT_EQ(values("热线 0800 555 111 ，"), (std::vector<double>{800, 555, 111}));
  EXPECT_EQ(one("总额为 5 000。").value, 5000);
}

TEST(Numbers, SeedPatternsEnglish) {
  NumberMention ordinal = one("the seventy-fourth session");
  EXPECT_EQ(ordinal.value, 74);
  EXPECT_EQ(ordinal.kind, NumberKind::kOrdinal);
  EXPECT_EQ(ordinal.text, "seventy-fourth");
  EXPECT_EQ(one("its 74th session").kind, NumberKind::kOrdinal);
  EXPECT_EQ(one("120 million people").value, 120000000);
  EXPECT_EQ(one("US$ 1.5 billion").value, 1.5e9);
  EXPECT_EQ(one("£3m").value, 3e6);
  EXPECT_EQ(one("up 5 per cent").kind, NumberKind::kPercent);
  EXPECT_EQ(one("up five per cent").value, 5);
  EXPECT_EQ(one("5 percentage points").kind, NumberKind::kPercent);
  EXPECT_EQ(one("one hundred and forty-three").value, 143);
  EXPECT_EQ(one("twenty-one States").value, 21);
  EXPECT_EQ(one("a million refugees").value, 1e6);
  EXPECT_EQ(one("1,234,567 votes").value, 1234567);
  EXPECT_EQ(one("two thirds of the members").value, 2.0 / 3);
  EXPECT_EQ(one("one in five children").value, 0.2);
  EXPECT_EQ(one("two decades").value, 20);
  EXPECT_EQ(one("Chapter IV").value, 4);
}

TEST(Numbers, OldStyleEnglishNumbers) {
  // As the King James Bible and old legal texts write them (Chinese: 八十六, 七十, 一百二十七 …).
  EXPECT_EQ(one("Abram was fourscore and six years old").value, 86);
  EXPECT_EQ(one("were threescore and ten").value, 70);
  EXPECT_EQ(one("four score and seven years ago").value, 87);
  EXPECT_EQ(one("an hundred threescore and fifteen years").value, 175);
  EXPECT_EQ(one("an hundred and seven and twenty years old").value, 127);
  EXPECT_EQ(one("six hundred thousand and three thousand and five hundred and fifty men").value,
            603550);
  EXPECT_EQ(one("six hundred thousand and a thousand seven hundred and thirty").value, 601730);
  EXPECT_EQ(one("three hundred thousand and seven and thirty thousand and five hundred").value,
            337500);
  const NumberMention day = one("until the one and twentieth day");
  EXPECT_EQ(day.value, 21);
  EXPECT_EQ(day.kind, NumberKind::kOrdinal);
  // Still two numbers: a range, a list, and a score that is not a number.
  EXPECT_EQ(values("between five and thirty delegates"), (std::vector<double>{5, 30}));
  EXPECT_EQ(values("two thousand and three thousand"), (std::vector<double>{2000, 3000}));
  EXPECT_EQ(values("two thousand and a thousand"), (std::vector<double>{2000, 1000}));
  EXPECT_TRUE(values("the final score was level").empty());
}

TEST(Numbers, MultiplesInOneWord) {
  // 七倍 / sevenfold, 七十七倍 / seventy and sevenfold, 十倍 / tenfold or ten-fold.
  EXPECT_EQ(one("vengeance shall be taken on him sevenfold").value, 7);
  EXPECT_EQ(one("truly Lamech seventy and sevenfold").value, 77);
  EXPECT_EQ(one("a threefold increase").value, 3);
  EXPECT_EQ(one("an increase of twenty-fivefold").value, 25);
  EXPECT_EQ(one("received in the same year an hundredfold").value, 100);
  EXPECT_EQ(one("有百倍的收成").value, 100);
  EXPECT_EQ(one("千倍").value, 1000);
  EXPECT_TRUE(values("百姓千方百计").empty());
  const NumberMention ten = one("costs rose ten-fold");
  EXPECT_EQ(ten.value, 10);
  EXPECT_EQ(ten.kind, NumberKind::kCardinal);
  // Nothing extends a multiple; "fold" without a hyphen is the verb.
  EXPECT_EQ(values("twofold three"), (std::vector<double>{2, 3}));
  EXPECT_EQ(values("sevenfold and twenty"), (std::vector<double>{7, 20}));
  EXPECT_EQ(one("five fold the paper").value, 5);
  EXPECT_TRUE(values("the manifold and the scaffold").empty());
}

TEST(Numbers, OneAndTwoInWordsAreWeak) {
  EXPECT_TRUE(one("一位代表").weak);
  EXPECT_TRUE(one("two countries").weak);
  EXPECT_TRUE(one("the first time").weak);
  EXPECT_TRUE(one("half of them").weak);
  EXPECT_TRUE(one("a dozen").weak);
  EXPECT_FALSE(one("2 countries").weak);  // digits are never weak
  EXPECT_FALSE(one("twelve countries").weak);
  EXPECT_FALSE(one("eight countries").weak);
  EXPECT_FALSE(one("三个国家").weak);
  EXPECT_FALSE(one("百分之五").weak);  // a percentage is exact
}

TEST(Numbers, ChineseWordsThatAreNotNumbers) {
  EXPECT_TRUE(values("统一的多民族国家").empty());
  EXPECT_TRUE(values("一切权力属于人民").empty());
  EXPECT_TRUE(values("十分重要").empty());
  EXPECT_TRUE(values("三番五次").empty());
  EXPECT_TRUE(values("千方百计").empty());
  EXPECT_TRUE(values("老百姓").empty());
  EXPECT_TRUE(values("万众一心").empty());
  EXPECT_TRUE(values("一心一意").empty());
  EXPECT_TRUE(values("四面八方").empty());
  EXPECT_TRUE(values("一定范围内").empty());
  EXPECT_TRUE(values("中国是世界上历史最悠久的国家之一").empty());
  // Approximations are not values to compare.
  EXPECT_TRUE(values("三四个人").empty());
  EXPECT_TRUE(values("数十个国家").empty());
  EXPECT_TRUE(values("十几个").empty());
  EXPECT_TRUE(values("成千上万").empty());
  EXPECT_TRUE(values("上百人").empty());
  EXPECT_TRUE(values("一分为二").empty());
  EXPECT_TRUE(values("万分感谢").empty());
  EXPECT_TRUE(values("三分法").empty());
}

// A lone numeral before a noun no measure list holds (赢四洞, 四战全胜) is tentative: it may
// account for the other side's number, never be reported; 一 and the words holding numerals
// (统一, 三番五次, 十几) give none.
TEST(Numbers, LoneNumeralsBeforeOtherNounsAreTentative) {
  EXPECT_EQ(tentative_values("取得了赢四洞剩四洞的战绩"), (std::vector<double>{4, 4}));
  EXPECT_EQ(tentative_values("取得了四战全胜的战绩"), std::vector<double>{4});
  EXPECT_EQ(tentative_values("十分重要"), std::vector<double>{10});
  EXPECT_TRUE(values("取得了四战全胜的战绩").empty());
  EXPECT_TRUE(tentative_values("统一的多民族国家").empty());
  EXPECT_TRUE(tentative_values("三番五次").empty());
  EXPECT_TRUE(tentative_values("十几个").empty());
  EXPECT_TRUE(tentative_values("进一步加强").empty());
  EXPECT_TRUE(tentative_values("三个国家").empty());  // a quantity, not tentative
  // 一 only where a measure word follows that it may not count with: 一级飓风 is Category 1.
  EXPECT_EQ(tentative_values("为一级飓风"), std::vector<double>{1});
  EXPECT_TRUE(values("为一级飓风").empty());
}

// The word before a numeral makes it vague only before a scale (成千, 上百); a measure word after
// it may be 分 (points, minutes); two measure words make two quantities, not an idiom.
TEST(Numbers, ChineseNumeralsAfterWordsAndBeforeMeasures) {
  EXPECT_EQ(values("袭击造成八人死亡"), std::vector<double>{8});
  EXPECT_EQ(values("早上六点"), std::vector<double>{6});
  EXPECT_EQ(values("此前他们领先六分"), std::vector<double>{6});
  EXPECT_EQ(values("一周四天工作制"), (std::vector<double>{1, 4}));
  EXPECT_EQ(values("取得两场四分胜利"), (std::vector<double>{2, 4}));  // 分: points
  EXPECT_EQ(values("每周三次"), std::vector<double>{3});
  EXPECT_TRUE(values("根据周四公布的民意调查").empty());  // Thursday
  EXPECT_TRUE(values("星期三上午").empty());
  EXPECT_TRUE(values("内陆国家玻利维亚").empty());
  EXPECT_TRUE(values("壮大队伍").empty());
  EXPECT_EQ(values("人民币陆元"), std::vector<double>{6});
  EXPECT_EQ(values("一年三次"), (std::vector<double>{1, 3}));
  EXPECT_EQ(values("thrice in the year"), std::vector<double>{3});
  // A vague number after a measure word is no idiom's second half (三番五次): three boys in their
  // teens, two in their twenties.
  EXPECT_EQ(values("三名十几岁男孩"), std::vector<double>{3});
  EXPECT_EQ(values("两名二十多岁的男子"), (std::vector<double>{2, 20}));
}

TEST(Numbers, EnglishWordsThatAreNotNumbers) {
  EXPECT_TRUE(values("someone, anyone, everyone").empty());
  EXPECT_TRUE(values("hundreds of thousands of people").empty());
  EXPECT_TRUE(values("millions of users").empty());
  EXPECT_EQ(values("a third party"), std::vector<double>{3});  // an ordinal, not a fraction
  EXPECT_EQ(extract_numbers("a third party")[0].kind, NumberKind::kOrdinal);
  EXPECT_EQ(values("the Group of 77 and G77, COVID-19"), std::vector<double>{77});
}

TEST(Numbers, SkipSpans) {
  const std::string text = "2019 年 12 月 18 日有 94 个";
  const auto found = extract_numbers(text, {Span{0, text.find("有")}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 94);
}

TEST(Numbers, SpansPointIntoTheText) {
  const std::string text = "共有１２３个国家和 seventy-four delegations";
  const auto found = extract_numbers(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text.substr(found[0].span.begin, found[0].span.size()), "１２３");
  EXPECT_EQ(found[0].value, 123);
  EXPECT_EQ(text.substr(found[1].span.begin, found[1].span.size()), "seventy-four");
}

TEST(Numbers, DecadesAndCenturies) {
  const NumberMention zh = one("20 世纪 30 年代");
  EXPECT_EQ(zh.kind, NumberKind::kDecade);
  EXPECT_EQ(zh.value, 1930);
  const NumberMention en = one("in the 1930s");
  EXPECT_EQ(en.kind, NumberKind::kDecade);
  EXPECT_TRUE(same_number(zh, en));
  EXPECT_TRUE(same_number(one("二十世纪九十年代"), one("the 1990s")));
  EXPECT_TRUE(same_number(one("90年代"), one("the 1990s")));
  EXPECT_TRUE(same_number(one("二十世纪"), one("the 20th century")));
}

TEST(Numbers, TimesOfDay) {
  EXPECT_TRUE(same_number(one("早上 7:55"), one("at 7.55am")));
  EXPECT_TRUE(same_number(one("下午5：30"), one("5.30pm")));
  EXPECT_TRUE(same_number(one("17:30"), one("5.30 p.m.")));
  EXPECT_TRUE(same_number(one("上午10时"), one("10 a.m.")));
  EXPECT_TRUE(same_number(one("3分35秒"), one("3:35")));
  EXPECT_FALSE(same_number(one("7:55"), one("7:45")));
}

TEST(Numbers, SameNumberByMeaning) {
  // An ordinal names a fraction's denominator: the fifth part, a tenth.
  EXPECT_TRUE(same_number(one("加上五分之一"), one("add the fifth part")));
  EXPECT_TRUE(same_number(one("十分之一"), one("a several tenth deal")));
  EXPECT_FALSE(same_number(one("五分之二"), one("the fifth part")));
  EXPECT_FALSE(same_number(one("五分之一"), one("the fourth part")));
  EXPECT_TRUE(same_number(one("1.2亿"), one("120 million")));
  EXPECT_TRUE(same_number(one("3,000万"), one("30 million")));
  EXPECT_TRUE(same_number(one("百分之五"), one("5%")));
  EXPECT_TRUE(same_number(one("百分之五"), one("5 per cent")));
  EXPECT_TRUE(same_number(one("第七十四届"), one("seventy-fourth")));
  EXPECT_TRUE(same_number(one("五分之一"), one("20 per cent")));
  EXPECT_TRUE(same_number(one("一半"), one("half")));
  EXPECT_TRUE(same_number(one("二十年"), one("two decades")));
  EXPECT_FALSE(same_number(one("1.2亿"), one("12 million")));
  EXPECT_FALSE(same_number(one("七十四"), one("seventy-five")));
}

TEST(Numbers, FractionsWithASlash) {
  const NumberMention third = one("1/3的成员");
  EXPECT_EQ(third.kind, NumberKind::kFraction);
  EXPECT_EQ(third.text, "1/3");
  EXPECT_TRUE(same_number(third, one("one third of members")));
  EXPECT_TRUE(same_number(one("三分之二"), one("2/3 of States")));
  EXPECT_FALSE(same_number(one("1/3"), one("one quarter")));
  // Symbols and resolution numbers are no fractions: 74/173, 60/1, A/74/400.
  EXPECT_EQ(values("第74/173号决议"), (std::vector<double>{74, 173}));
  EXPECT_EQ(values("resolution 60/1"), (std::vector<double>{60, 1}));
  EXPECT_EQ(values("2/3/4"), (std::vector<double>{2, 3, 4}));
}

TEST(Numbers, NumbersInsideNamesAndCodes) {
  // The number of a code accounts for the same number written out, never reported itself.
  const auto g20 = extract_numbers("G20 leaders");
  ASSERT_EQ(g20.size(), 1u);
  EXPECT_TRUE(g20[0].tentative);
  EXPECT_EQ(g20[0].text, "20");
  EXPECT_TRUE(same_number(one("二十国集团"), g20[0]));
  const auto covid = extract_numbers("the COVID-19 pandemic");
  ASSERT_EQ(covid.size(), 1u);
  EXPECT_TRUE(covid[0].tentative);
  EXPECT_TRUE(same_number(one("2019冠状病毒病"), covid[0]));
  EXPECT_FALSE(same_number(one("2020年"), covid[0]));
  EXPECT_TRUE(values("A4 paper, H1N1, MP3").empty());
  // Periods of years in one word.
  EXPECT_TRUE(same_number(one("三年期审查"), one("triennial review")));
  EXPECT_TRUE(same_number(one("两年期"), one("the biennium")));
  EXPECT_FALSE(same_number(one("三年期"), one("biennial")));
}

TEST(Numbers, ParseEnglishNumber) {
  EXPECT_EQ(parse_english_number("one hundred and forty-three"), 143);
  EXPECT_EQ(parse_english_number("one hundred forty-three"), 143);
  EXPECT_EQ(parse_english_number("seventy-fourth"), 74);
  EXPECT_EQ(parse_english_number("a million"), 1e6);
  EXPECT_EQ(parse_english_number("two thousand and nineteen"), 2019);
  EXPECT_EQ(parse_english_number("nine hundred ninety-nine thousand"), 999000);
  EXPECT_FALSE(parse_english_number("one two").has_value());
  EXPECT_FALSE(parse_english_number("seventy-four delegations").has_value());
  EXPECT_FALSE(parse_english_number("").has_value());
}

TEST(Numbers, KindNames) {
  EXPECT_EQ(number_kind_name(NumberKind::kPercent), "percent");
  EXPECT_EQ(number_kind_name(NumberKind::kDecade), "decade");
}

}  // namespace
}  // namespace bitext::check
