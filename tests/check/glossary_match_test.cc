#include "bitext/check/glossary_match.h"

#include <gtest/gtest.h>

#include "bitext/text/normalize.h"

namespace bitext::check {
namespace {

TEST(PhraseKey, InflectionAndHyphenTolerant) {
  EXPECT_EQ(phrase_key("Member States"), phrase_key("member state"));
  EXPECT_EQ(phrase_key("programmes"), phrase_key("programme"));
  EXPECT_EQ(phrase_key("cyber-crime"), phrase_key("cybercrime"));
  EXPECT_NE(phrase_key("socialist"), phrase_key("socialism"));
  constexpr KeyForm kLoose = KeyForm::kDerivations;
  EXPECT_EQ(phrase_key("socialist States", kLoose), phrase_key("socialism state", kLoose));
  EXPECT_EQ(phrase_key("Democratic", kLoose), phrase_key("Democrats", kLoose));
  EXPECT_EQ(phrase_key("Indonesian", kLoose), phrase_key("Indonesia", kLoose));
  EXPECT_EQ(phrase_key("political", kLoose), phrase_key("politic", kLoose));
  EXPECT_NE(phrase_key("social", kLoose), phrase_key("socialism", kLoose));
  EXPECT_NE(phrase_key("police", kLoose), phrase_key("policy", kLoose));
  EXPECT_EQ(phrase_key("Cyber crimes"), phrase_key("cybercrime"));
  EXPECT_EQ(phrase_key("countries"), phrase_key("country"));
  EXPECT_EQ(phrase_key("processes"), phrase_key("process"));
  EXPECT_EQ(phrase_key("People’s Republic"), phrase_key("people republic"));
  EXPECT_NE(phrase_key("status"), phrase_key("statu"));
  EXPECT_NE(phrase_key("state"), phrase_key("statement"));
}

TEST(EnglishIndex, WholeWordsOnly) {
  const EnglishIndex en("The Statement of Member States on cyber-crimes.");
  auto m = en.find(phrase_key("cybercrime"));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->surface, "cyber-crime");
  EXPECT_EQ(std::string("The Statement of Member States on cyber-crimes.")
                .substr(m->span.begin, m->span.size()),
            "cyber-crimes");
  EXPECT_TRUE(en.find(phrase_key("member state")).has_value());
  EXPECT_TRUE(en.find(phrase_key("state")).has_value());  // States
  EXPECT_TRUE(en.find(phrase_key("crime")).has_value());  // a hyphen separates words
  EXPECT_FALSE(en.find(phrase_key("stat")).has_value());  // a word start is not a word
  EXPECT_FALSE(EnglishIndex("The Statement").find(phrase_key("state")).has_value());
  EXPECT_FALSE(EnglishIndex("cybercrimes").find(phrase_key("crime")).has_value());
  EXPECT_FALSE(en.find("").has_value());
}

TEST(EnglishIndex, SurfaceShowsHowItIsWritten) {
  EXPECT_EQ(EnglishIndex("cyber crime").find(phrase_key("cybercrime"))->surface, "cyber crime");
  EXPECT_EQ(EnglishIndex("Cybercrime").find(phrase_key("cybercrime"))->surface, "cybercrime");
}

TEST(GlossaryIndex, LongestMatchWins) {
  std::vector<TermPair> glossary(3);
  glossary[0].zh = "犯罪";
  glossary[1].zh = "联合国毒品和犯罪问题办公室";
  glossary[2].zh = "网络犯罪";
  const GlossaryIndex index(glossary);
  const auto hits = index.find(text::match_key("联合国毒品和犯罪问题办公室打击網絡犯罪和其他犯罪"));
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].term, 1u);
  EXPECT_EQ(hits[1].term, 2u);  // Traditional 網絡 matched through the key
  EXPECT_EQ(hits[2].term, 0u);
}

TEST(GlossaryIndex, DuplicateEntriesShareOneTerm) {
  std::vector<TermPair> glossary(2);
  glossary[0].zh = "网络犯罪";
  glossary[1].zh = "網絡犯罪";
  const GlossaryIndex index(glossary);
  const auto hits = index.find(text::match_key("网络犯罪"));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(index.entries(hits[0].term).size(), 2u);
  EXPECT_TRUE(GlossaryIndex({}).find("网络犯罪").empty());
}

}  // namespace
}  // namespace bitext::check
