#include "bitext/align/features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace bitext::align {
namespace {

// The features of one side whose segments have these texts (Han weight 3).
SideFeatures features_of(const std::vector<std::string>& texts, Lang lang, Vocabulary& vocab) {
  std::vector<Segment> segments(texts.size());
  for (std::size_t k = 0; k < texts.size(); ++k) segments[k].text = texts[k];
  return extract_features(segments, lang, vocab, 3);
}

TEST(Features, LengthWeighsHanAndCountsAWordGapOnce) {
  EXPECT_FLOAT_EQ(length_of("大会", Lang::kZh, 3), 6);
  EXPECT_FLOAT_EQ(length_of("大会，", Lang::kZh, 3), 9);
  EXPECT_FLOAT_EQ(length_of("A B", Lang::kEn, 3), 3);
  // Layout spaces are not text: a masthead padded to two columns measures like one spaced line.
  EXPECT_FLOAT_EQ(length_of("United Nations          A/RES/74/247", Lang::kEn, 3),
                  length_of("United Nations A/RES/74/247", Lang::kEn, 3));
  EXPECT_FLOAT_EQ(length_of("联合国        A/RES/74/247", Lang::kZh, 3),
                  length_of("联合国A/RES/74/247", Lang::kZh, 3));
  EXPECT_FLOAT_EQ(length_of("\u3000\u3000大会", Lang::kZh, 3), 6);  // ideographic indentation
}

TEST(Features, RomanizedChineseNamesFoundOnBothSides) {
  Vocabulary zv, ev;
  std::vector<Segment> zh(3), en(3);
  zh[0].text = "林黛玉来到北京。";
  zh[1].text = "我们欢迎习近平。";
  zh[2].text = "他们讨论了报告。";
  en[0].text = "Lin Daiyu came to Beijing.";
  en[1].text = "Women welcome Xi Jinping; the women of the village too.";
  en[2].text = "They discussed the Report of Sun Wukong.";
  SideFeatures z = extract_features(zh, Lang::kZh, zv, 3);
  SideFeatures e = extract_features(en, Lang::kEn, ev, 3);
  attach_names(find_names(zh, en), z, e);
  EXPECT_EQ(z.segments[0].name_pinyin, (std::vector<std::string>{"beijing", "daiyu", "lindaiyu"}));
  ASSERT_EQ(e.segments[0].names.size(), 2u);  // Lin Daiyu, Beijing
  EXPECT_EQ(e.segments[0].names[0], (std::vector<std::string>{"lindaiyu", "daiyu"}));
  // "Women" is written in lower case too: a word, not the pinyin of 我们.
  EXPECT_EQ(z.segments[1].name_pinyin, (std::vector<std::string>{"jinping", "xijinping"}));
  ASSERT_EQ(e.segments[1].names.size(), 1u);
  EXPECT_EQ(e.segments[1].names[0], (std::vector<std::string>{"xijinping", "jinping"}));
  // A name only one side has (Sun Wukong) and capitalised words are no names of the other.
  EXPECT_TRUE(z.segments[2].name_pinyin.empty());
  EXPECT_TRUE(e.segments[2].names.empty());
}

TEST(Features, TokensAndCognates) {
  Vocabulary vocab;
  std::vector<Segment> zh(1), en(1);
  zh[0].text = "见A/74/130号文件和UNODC的3,000份报告";
  en[0].text = "See document A/74/130 and the 3000 reports of UNODC";
  const SideFeatures z = extract_features(zh, Lang::kZh, vocab, 3);
  const SideFeatures e = extract_features(en, Lang::kEn, vocab, 3);
  const auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  // A document symbol's number part is the cognate (the letters before it are a word).
  for (const char* c : {"74/130", "3000", "unodc"}) {
    EXPECT_TRUE(has(z.segments[0].cognates, c)) << c;
  }
  EXPECT_TRUE(has(e.segments[0].cognates, "74/130"));
  EXPECT_TRUE(has(e.segments[0].cognates, "3000"));
  // see, document, a, and, the, reports, of, unodc: numbers are cognates, not tokens.
  EXPECT_EQ(e.segments[0].tokens.size(), 8u);
}

TEST(Features, AClockTimeIsTwoNumbersAsInChinese) {
  Vocabulary zv, ev;
  const SideFeatures z = features_of({"会议于下午5时30分散会。"}, Lang::kZh, zv);
  const SideFeatures e =
      features_of({"The meeting rose at 5.30 p.m.", "It opened at 10.05am and closed at 11.15 A.M.",
                   "Users rose to 1.20, 5.30 per cent of them at 7.45 in the table."},
                  Lang::kEn, ev);
  EXPECT_EQ(z.segments[0].cognates, (std::vector<std::string>{"5", "30"}));
  EXPECT_EQ(e.segments[0].cognates, z.segments[0].cognates);
  EXPECT_EQ(e.segments[1].cognates, (std::vector<std::string>{"10", "05", "11", "15"}));
  // Decimals are one number: not before a.m. or p.m.
  EXPECT_EQ(e.segments[2].cognates, (std::vector<std::string>{"1.20", "5.30", "7.45"}));
}

// Traditional characters are tokens of their Simplified forms: a Simplified dictionary (and
// the other documents of a batch) meets a Traditional text.
TEST(Features, TraditionalCharactersAreReadAsSimplified) {
  Vocabulary zv;
  const SideFeatures tw = features_of({"網絡犯罪問題"}, Lang::kZh, zv);
  const SideFeatures cn = features_of({"网络犯罪问题"}, Lang::kZh, zv);
  EXPECT_EQ(tw.segments[0].tokens, cn.segments[0].tokens);
  EXPECT_EQ(zv.token(tw.segments[0].tokens[0]), "网");
  // A Simplified text keeps the characters the mapping would fold (份 -> 分).
  const SideFeatures share = features_of({"一份报告"}, Lang::kZh, zv);
  EXPECT_EQ(zv.token(share.segments[0].tokens[1]), "份");
}

// A superscript footnote marker is a number of its own, so that it meets the plain digits a
// PDF's text prints for it ("International Security, 2"), not the year before it.
TEST(Features, SuperscriptMarkersAreNumbersOfTheirOwn) {
  Vocabulary zv, ev;
  const SideFeatures z = features_of(
      {"表示注意到政府专家组的报告，²", "2019 年 12 月 18 日第 74/173 号决议¹²"}, Lang::kZh, zv);
  const SideFeatures e = features_of(
      {"Taking note of the reports of the Group of Governmental Experts, 2", "of 2019¹"}, Lang::kEn,
      ev);
  EXPECT_EQ(z.segments[0].cognates, (std::vector<std::string>{"2"}));
  EXPECT_EQ(e.segments[0].cognates, z.segments[0].cognates);
  EXPECT_EQ(z.segments[1].cognates, (std::vector<std::string>{"2019", "12", "18", "74/173", "12"}));
  EXPECT_EQ(e.segments[1].cognates, (std::vector<std::string>{"2019", "1"}));
}

TEST(Features, ScaledNumbersAndMonthsMeetTheOtherLanguage) {
  Vocabulary zv, ev;
  const SideFeatures z = features_of(
      {"用户达1100万人，收入1.25 亿美元，债务2万亿。", "2019年12月18日"}, Lang::kZh, zv);
  const SideFeatures e =
      features_of({"Users reached 11 million, revenue $125 Million, debt 2 trillion.",
                   "On 18 December 2019 and on December 18, 3,000 users; 2bn more.",
                   "May I add that in May, 5 thousands were counted by 2.5.1 million."},
                  Lang::kEn, ev);
  EXPECT_EQ(z.segments[0].cognates,
            (std::vector<std::string>{"11000000", "125000000", "2000000000000"}));
  EXPECT_EQ(e.segments[0].cognates, z.segments[0].cognates);
  EXPECT_EQ(z.segments[1].cognates, (std::vector<std::string>{"2019", "12", "18"}));
  EXPECT_EQ(e.segments[1].cognates,
            (std::vector<std::string>{"18", "12", "2019", "12", "18", "3000", "2000000000"}));
  // Thousands as UN Chinese spaces them meet the English commas.
  EXPECT_EQ(
      features_of({"捐款 5 000 美元，电话 0800 555 111。"}, Lang::kZh, zv).segments[0].cognates,
      (std::vector<std::string>{"5000", "0800", "555", "111"}));
  // A month without a number next to it, "thousands", and no plain number: as they are.
  EXPECT_EQ(e.segments[2].cognates, (std::vector<std::string>{"5", "2.5.1"}));
  // Too long to be a quantity (and past what a double holds): the digits as written.
  EXPECT_EQ(features_of({std::string(400, '9') + " million"}, Lang::kEn, ev).segments[0].cognates,
            (std::vector<std::string>{std::string(400, '9')}));
}

TEST(Features, LatinWordsOfTheChineseAreCognatesOfTheEnglishToo) {
  Vocabulary zv, ev;
  SideFeatures z =
      features_of({"Lena Hartmann 传球给 Hartmann 的队友 Lind。", "比赛结束。"}, Lang::kZh, zv);
  SideFeatures e =
      features_of({"Lena Hartmann passed to Lind, and Lind scored; the report says so.",
                   "The Lena match ended."},
                  Lang::kEn, ev);
  EXPECT_TRUE(e.segments[0].cognates.empty());  // English words are tokens only, at first
  link_latin_cognates(z, e, ev);
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  // Once each per segment on both sides; English words the Chinese never writes stay words.
  EXPECT_EQ(sorted(z.segments[0].cognates), (std::vector<std::string>{"hartmann", "lena", "lind"}));
  EXPECT_EQ(sorted(e.segments[0].cognates), (std::vector<std::string>{"hartmann", "lena", "lind"}));
  EXPECT_EQ(e.segments[1].cognates, (std::vector<std::string>{"lena"}));
  EXPECT_TRUE(z.segments[1].cognates.empty());
}

}  // namespace
}  // namespace bitext::align
