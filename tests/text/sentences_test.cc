#include "bitext/text/sentences.h"

#include <gtest/gtest.h>

namespace bitext::text {
namespace {

std::vector<std::string> texts(std::string_view p, Lang lang, bool semicolons = true) {
  std::vector<std::string> out;
  for (const Segment& s : split_sentences(p, lang, {semicolons})) {
    EXPECT_EQ(p.substr(s.span.begin, s.span.size()), s.text);
    out.push_back(s.text);
  }
  return out;
}

// A draft's placeholders: an ellipsis in brackets does not end a sentence, whatever follows.
TEST(Sentences, AnEllipsisInBracketsIsAPlaceholder) {
  const auto s = split_sentences(
      "16. At its [...] meeting[s], on 28 [and ...] July 2020, the Expert Group considered item "
      "3. Statements were made by [\xE2\x80\xA6] Member States.",
      Lang::kEn);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].text, "Statements were made by [\xE2\x80\xA6] Member States.");
}

TEST(Sentences, ChineseStopsAndClosingQuotes) {
  EXPECT_EQ(texts("他说：“我们走吧。”大家都同意。真的吗？是的！", Lang::kZh),
            (std::vector<std::string>{"他说：“我们走吧。”", "大家都同意。", "真的吗？", "是的！"}));
}

TEST(Sentences, SemicolonsSplitBothLanguagesWhenAsked) {
  EXPECT_EQ(texts("承认专家组的工作；赞赏地注意到报告；确认其作用。", Lang::kZh).size(), 3u);
  EXPECT_EQ(texts("承认专家组的工作；赞赏地注意到报告。", Lang::kZh, false).size(), 1u);
  EXPECT_EQ(texts("Recognizes the work; notes the report; affirms its role.", Lang::kEn).size(),
            3u);
  EXPECT_EQ(texts("Recognizes the work; notes the report.", Lang::kEn, false).size(), 1u);
}

TEST(Sentences, AListItemsClosingConjunctionStaysWithItsClause) {
  EXPECT_EQ(texts("(b) To promote international cooperation; and", Lang::kEn),
            (std::vector<std::string>{"(b) To promote international cooperation; and"}));
  EXPECT_EQ(texts("（b）促进国际合作；以及", Lang::kZh),
            (std::vector<std::string>{"（b）促进国际合作；以及"}));
  EXPECT_EQ(texts("Notes the report; and requests a study;  or ", Lang::kEn).size(), 2u);
  // A clause after the semicolon is still a segment of its own.
  EXPECT_EQ(texts("促进国际合作；以及加强能力。", Lang::kZh).size(), 2u);
}

TEST(Sentences, EnglishAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(texts("See para. 3 and No. 5 of the report by Mr. Smith, e.g. on U.N. matters. "
                  "It was adopted, i.e. without a vote.",
                  Lang::kEn),
            (std::vector<std::string>{
                "See para. 3 and No. 5 of the report by Mr. Smith, e.g. on U.N. matters.",
                "It was adopted, i.e. without a vote."}));
  EXPECT_EQ(texts("Sheri L. Shepherd-Pratt spoke.", Lang::kEn).size(), 1u);
}

TEST(Sentences, MonthsAndApproximationsBeforeNumbersDoNotEndSentences) {
  EXPECT_EQ(texts("An increase of approx. 1.2 million cases was reported at 3 p.m. on 5 Oct. 2019. "
                  "The Group met again in Dec. Nobody objected.",
                  Lang::kEn),
            (std::vector<std::string>{"An increase of approx. 1.2 million cases was reported at "
                                      "3 p.m. on 5 Oct. 2019.",
                                      "The Group met again in Dec.", "Nobody objected."}));
}

TEST(Sentences, ALatinInitialInsideChineseDoesNotEndASentence) {
  EXPECT_EQ(
      texts("专家组主席J.史密斯先生作了报告。专家组再次举行了会议。", Lang::kZh),
      (std::vector<std::string>{"专家组主席J.史密斯先生作了报告。", "专家组再次举行了会议。"}));
}

TEST(Sentences, TheLabelStaysWithTheFirstSentence) {
  const auto s = split_sentences("1. Welcomes the report. Notes its conclusions.", Lang::kEn);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].text, "1. Welcomes the report.");
  EXPECT_EQ(s[0].label.text, "1.");
  EXPECT_EQ(s[1].text, "Notes its conclusions.");
  EXPECT_TRUE(split_sentences("   ", Lang::kEn).empty());
  EXPECT_EQ(texts("(a) 会议开幕；", Lang::kZh).size(), 1u);
}

TEST(Sentences, CoverEveryNonSpaceCharacter) {
  const std::string p = "A first one.  A second one! And a third?  ";
  std::size_t covered = 0;
  for (const Segment& s : split_sentences(p, Lang::kEn)) covered += s.text.size();
  std::size_t non_space_runs = 0;
  for (char c : p) non_space_runs += c != ' ';
  EXPECT_GE(covered, non_space_runs);
}

}  // namespace
}  // namespace bitext::text
