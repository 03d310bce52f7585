#include "bitext/check/glossary_match.h"

#include <gtest/gtest.h>

#include "bitext/text/normalize.h"

namespace bitext::check {
namespace {

TEST(PhraseKey, InflectionAndHyphenTolerant) {
  EXPECT_EQ(PhraseKey("Member States"), PhraseKey("member state"));
  EXPECT_EQ(PhraseKey("programmes"), PhraseKey("programme"));
  EXPECT_EQ(PhraseKey("cyber-crime"), PhraseKey("cybercrime"));
  EXPECT_EQ(PhraseKey("Cyber crimes"), PhraseKey("cybercrime"));
  EXPECT_EQ(PhraseKey("countries"), PhraseKey("country"));
  EXPECT_EQ(PhraseKey("processes"), PhraseKey("process"));
  EXPECT_EQ(PhraseKey("People’s Republic"), PhraseKey("people republic"));
  EXPECT_NE(PhraseKey("status"), PhraseKey("statu"));
  EXPECT_NE(PhraseKey("state"), PhraseKey("statement"));
}

TEST(EnglishIndex, WholeWordsOnly) {
  const EnglishIndex en("The Statement of Member States on cyber-crimes.");
  auto m = en.Find(PhraseKey("cybercrime"));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->surface, "cyber-crime");
  EXPECT_EQ(std::string("The Statement of Member States on cyber-crimes.")
                .substr(m->span.begin, m->span.size()),
            "cyber-crimes");
  EXPECT_TRUE(en.Find(PhraseKey("member state")).has_value());
  EXPECT_TRUE(en.Find(PhraseKey("state")).has_value());  // States
  EXPECT_TRUE(en.Find(PhraseKey("crime")).has_value());  // a hyphen separates words
  EXPECT_FALSE(en.Find(PhraseKey("stat")).has_value());  // a word start is not a word
  EXPECT_FALSE(EnglishIndex("The Statement").Find(PhraseKey("state")).has_value());
  EXPECT_FALSE(EnglishIndex("cybercrimes").Find(PhraseKey("crime")).has_value());
  EXPECT_FALSE(en.Find("").has_value());
}

TEST(EnglishIndex, SurfaceShowsHowItIsWritten) {
  EXPECT_EQ(EnglishIndex("cyber crime").Find(PhraseKey("cybercrime"))->surface, "cyber crime");
  EXPECT_EQ(EnglishIndex("Cybercrime").Find(PhraseKey("cybercrime"))->surface, "cybercrime");
}

TEST(GlossaryIndex, LongestMatchWins) {
  std::vector<TermPair> glossary(3);
  glossary[0].zh = "犯罪";
  glossary[1].zh = "联合国毒品和犯罪问题办公室";
  glossary[2].zh = "网络犯罪";
  const GlossaryIndex index(glossary);
  const auto hits = index.Find(text::MatchKey("联合国毒品和犯罪问题办公室打击網絡犯罪和其他犯罪"));
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
  const auto hits = index.Find(text::MatchKey("网络犯罪"));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(index.Entries(hits[0].term).size(), 2u);
  EXPECT_TRUE(GlossaryIndex({}).Find("网络犯罪").empty());
}

}  // namespace
}  // namespace bitext::check
