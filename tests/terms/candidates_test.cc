#include "bitext/terms/candidates.h"

#include <gtest/gtest.h>

namespace bitext::terms {
namespace {

TEST(Candidates, EnglishVariantKeysGroupSpellings) {
  EXPECT_EQ(english_variant_key("programmes"), english_variant_key("programme"));
  EXPECT_EQ(english_variant_key("Cyber-crime"), "cybercrime");
  EXPECT_EQ(english_variant_key("activities"), "activity");
  EXPECT_EQ(english_variant_key("processes"), "process");
  EXPECT_EQ(english_variant_key("People\xE2\x80\x99s"), "people");
  // Not plurals of the word without the s: news / new, economics / economic, arms / arm.
  EXPECT_NE(english_variant_key("news"), english_variant_key("new"));
  EXPECT_NE(english_variant_key("Economics"), english_variant_key("economic"));
  EXPECT_NE(english_variant_key("arms"), english_variant_key("arm"));
  EXPECT_EQ(english_variant_key("goods"), english_variant_key("Goods"));
  EXPECT_EQ(english_variant_key("status"), "status");  // not a plural
  EXPECT_NE(english_variant_key("constitution"), english_variant_key("constitutional"));
}

TEST(Candidates, BoundariesOfTerms) {
  EXPECT_FALSE(chinese_boundary_ok("的"));
  EXPECT_FALSE(chinese_boundary_ok("和"));
  EXPECT_TRUE(chinese_boundary_ok("网络"));
  EXPECT_TRUE(chinese_boundary_ok("不"));     // 不洁净 / unclean must be a candidate
  EXPECT_TRUE(chinese_name_opener_ok("以"));  // 以扫, 以色列
  EXPECT_FALSE(chinese_name_opener_ok("的"));
  EXPECT_FALSE(chinese_closer_ok("第"));  // opens 第一委员会, ends nothing
  EXPECT_TRUE(chinese_closer_ok("委员会"));
  EXPECT_FALSE(english_boundary_ok("the"));
  EXPECT_FALSE(english_boundary_ok("of"));
  EXPECT_TRUE(english_boundary_ok("Crime"));
  EXPECT_TRUE(english_inner_ok("on"));
  EXPECT_FALSE(english_inner_ok("shall"));
  EXPECT_TRUE(english_possessive("People\xE2\x80\x99s"));
}

TEST(Candidates, ClauseWords) {
  EXPECT_FALSE(chinese_inner_ok("了"));
  EXPECT_FALSE(chinese_inner_ok("由"));
  EXPECT_TRUE(chinese_inner_ok("和"));  // 预防犯罪和刑事司法
  EXPECT_TRUE(chinese_inner_ok("的"));  // 合法的权利和利益
  EXPECT_TRUE(english_past_verb("considered"));
  EXPECT_FALSE(english_past_verb("need"));
  EXPECT_FALSE(english_past_verb("hundred"));
  EXPECT_FALSE(english_past_verb("United"));
}

TEST(Candidates, ChineseRunsStopAtPunctuationAndLatin) {
  const SplitSegment s = split_chinese("加强打击网络犯罪的国际合作，UNODC 技术援助。");
  ASSERT_GE(s.run_ends.size(), 2u);
  std::string joined;
  for (const auto& w : s.words) joined += w;
  EXPECT_EQ(joined.find("UNODC"), std::string::npos);
  EXPECT_NE(joined.find("技术援助"), std::string::npos);
  // Traditional is read as Simplified.
  std::string trad;
  for (const auto& w : split_chinese("網絡犯罪").words) trad += w;
  EXPECT_EQ(trad, "网络犯罪");
}

TEST(Candidates, EnglishRunsStopAtPunctuationAndNumbers) {
  const SplitSegment s =
      split_english("Member States, in 2019, adopted the People\xE2\x80\x99s plan.");
  EXPECT_EQ(s.words.front(), "Member");
  EXPECT_EQ(s.run_ends.front(), 2u);  // "Member States" then the comma
  bool possessive = false;
  for (const auto& w : s.words) possessive |= w == "People\xE2\x80\x99s";
  EXPECT_TRUE(possessive);
}

TEST(Candidates, TheWordAfterALabelOpensTheText) {
  auto openers = [](std::string_view text) {
    const SplitSegment s = split_english(text);
    std::vector<std::string> out;
    for (std::uint32_t k : s.sentence_initial) out.push_back(s.words[k]);
    return out;
  };
  EXPECT_EQ(openers("Article 105 Local people's governments report. They act."),
            (std::vector<std::string>{"Article", "Local", "They"}));
  EXPECT_EQ(openers("(a) Encourages States to act; (b) Requests them to report;"),
            (std::vector<std::string>{"a", "Encourages", "b", "Requests"}));
  // A number further into the sentence opens nothing.
  EXPECT_EQ(openers("In the year 2019 States adopted it."), (std::vector<std::string>{"In"}));
  // A title in Title Case: every word. Not a sentence full of names, nor a list of names.
  EXPECT_EQ(openers("Local People's Governments at Various Levels").size(), 6u);
  EXPECT_EQ(openers("The Local People's Governments report to the State Council.").size(), 1u);
  EXPECT_EQ(openers("And Ophir, and Havilah, and Jobab,").size(), 1u);
}

TEST(Candidates, UnitsAfterDigitsAreMarked) {
  const SplitSegment s = split_chinese("2019 年 12 月 18 日，94 个会员国");
  std::vector<std::string> marked;
  for (std::uint32_t k : s.after_number) marked.push_back(s.words[k]);
  EXPECT_EQ(marked, (std::vector<std::string>{"年", "月", "日", "个"}));
  EXPECT_TRUE(split_chinese("十二月，会员国").after_number.empty());
  // A number glued to a Latin word is part of a name: 大 opens 大流行, as after COVID.
  EXPECT_TRUE(split_chinese("COVID-19大流行").after_number.empty());
  EXPECT_TRUE(split_chinese("G20峰会，H5N1病毒").after_number.empty());
  EXPECT_EQ(split_chinese("COVID-19 造成 12 个").after_number.size(), 1u);  // 个 after 12
}

TEST(Candidates, TermsAreShownAsWritten) {
  EXPECT_EQ(as_written("网络犯罪", "加強打擊網絡犯罪的國際合作"), "網絡犯罪");
  EXPECT_EQ(as_written("网络犯罪", "加强打击网络犯罪的国际合作"), "网络犯罪");
  EXPECT_EQ(as_written("网络犯罪", "没有这个词"), "网络犯罪");
  EXPECT_EQ(as_written("犯罪", "犯"), "犯罪");
}

// Terms linked crosswise to a coordination, which the miner swaps back when counts tie.
TEST(Candidates, LinksCrossingACoordination) {
  const char* zh = "初步结论和建议";
  const char* en = "preliminary conclusions and recommendations";
  EXPECT_TRUE(crosses_coordination(zh, en, "结论", "建议", "recommendations", "conclusions"));
  EXPECT_TRUE(crosses_coordination(zh, en, "结论", "建议", "recommendation", "conclusion"));
  // In order: nothing to swap.
  EXPECT_FALSE(crosses_coordination(zh, en, "结论", "建议", "conclusions", "recommendations"));
  // The terms must end the first conjunct and open the second.
  EXPECT_FALSE(crosses_coordination(zh, en, "初步", "建议", "recommendations", "conclusions"));
  EXPECT_FALSE(crosses_coordination("结论和建议清单", "conclusions", "结论", "建议",
                                    "recommendations", "conclusions"));  // no "and"
  EXPECT_TRUE(crosses_coordination("技术援助及能力建设",
                                   "technical assistance and capacity-building", "技术援助",
                                   "能力建设", "capacity-building", "assistance"));
}

}  // namespace

}  // namespace bitext::terms
