#include "bitext/text/words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bitext::text {
namespace {

std::vector<std::string> texts_of(const std::vector<Word>& words) {
  std::vector<std::string> out;
  for (const Word& w : words) out.push_back(w.text);
  return out;
}

TEST(Words, ChineseUsesTheDictionaryAndKeepsOffsets) {
  const std::string s = "加强打击网络犯罪的国际合作。";
  const auto words = text::words(s, Lang::kZh);
  ASSERT_FALSE(words.empty());
  for (const Word& w : words) {
    EXPECT_EQ(s.substr(w.span.begin, w.span.size()), w.text);
    EXPECT_TRUE(w.is_han);
  }
  const auto texts = texts_of(words);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "国际"), texts.end());
  EXPECT_EQ(std::find(texts.begin(), texts.end(), "。"), texts.end());  // punctuation is no word
}

TEST(Words, EnglishWordsAndNumbers) {
  const auto words = text::words("Resolution 74/173 of 18 December 2019, adopted.", Lang::kEn);
  const auto texts = texts_of(words);
  EXPECT_EQ(texts.front(), "Resolution");
  EXPECT_NE(std::find(texts.begin(), texts.end(), "2019"), texts.end());
  bool saw_number = false;
  for (const Word& w : words) saw_number |= w.is_number && w.text == "2019";
  EXPECT_TRUE(saw_number);
}

TEST(Words, EmptyText) { EXPECT_TRUE(words("", Lang::kEn).empty()); }

}  // namespace
}  // namespace bitext::text
