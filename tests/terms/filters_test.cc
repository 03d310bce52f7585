#include "bitext/terms/filters.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace bitext::terms {
namespace {

TermPair pair_of(const std::string& zh, const std::string& en, std::size_t joint) {
  TermPair t;
  t.zh = zh;
  t.en = en;
  t.joint_frequency = joint;
  return t;
}

SegmentPair bead(const std::string& zh, const std::string& en) {
  SegmentPair p;
  p.zh = zh;
  p.en = en;
  return p;
}

bool kept(const std::vector<TermPair>& terms, const std::string& zh) {
  return std::any_of(terms.begin(), terms.end(), [&](const TermPair& t) { return t.zh == zh; });
}

// The pairs of `pairs` are every pair's examples.
std::vector<TermPair> filtered(std::vector<TermPair> terms, const std::vector<SegmentPair>& pairs) {
  std::vector<std::size_t> all(pairs.size());
  for (std::size_t p = 0; p < pairs.size(); ++p) all[p] = p;
  drop_overextended(terms, std::vector<std::vector<std::size_t>>(terms.size(), all), pairs);
  return terms;
}

TEST(Overextended, ChinesePhraseReachingOverATermTheEnglishLeavesBeside) {
  // 合作 is "cooperation", and the English puts it before the phrase, not inside it.
  const std::vector<SegmentPair> pairs = {
      bead("鼓励与私营部门和民间社会合作。",
           "Encourages cooperation with the private sector and civil society."),
      bead("强调与私营部门和民间社会合作的重要性。",
           "Stressing the importance of cooperating with the private sector and civil society.")};
  const auto terms =
      filtered({pair_of("合作", "cooperation", 3),
                pair_of("私营部门和民间社会合作", "private sector and civil society", 2),
                pair_of("私营部门", "private sector", 2)},
               pairs);
  EXPECT_FALSE(kept(terms, "私营部门和民间社会合作"));
  EXPECT_TRUE(kept(terms, "合作"));
  EXPECT_TRUE(kept(terms, "私营部门"));
}

TEST(Overextended, EnglishPhraseReachingOverATermTheChineseLeavesBeside) {
  // "cooperation with the private sector" holds cooperation / 合作, which the Chinese says
  // beside 私营部门, not inside it.
  const std::vector<SegmentPair> pairs = {
      bead("与私营部门合作。", "Cooperation with the private sector."),
      bead("与私营部门合作十分重要。", "Cooperation with the private sector is important.")};
  const auto terms = filtered({pair_of("合作", "cooperation", 2),
                               pair_of("私营部门", "cooperation with the private sector", 2)},
                              pairs);
  EXPECT_FALSE(kept(terms, "私营部门"));
}

TEST(Overextended, CompoundHoldingANamedTermItsEnglishSaysApart) {
  // 人民代表大会 / people's congress is a name of two words: a compound holding it whose
  // English leaves it beside is over-extended, particle or not.
  const std::vector<SegmentPair> pairs = {
      bead("县级以上的地方各级人民代表大会常务委员会监督本级人民政府。",
           "The standing committees of local people's congresses at and above the county level "
           "supervise the people's governments."),
      bead("人民代表大会常务委员会由主任、副主任和委员组成。",
           "A standing committee of a people's congress is composed of a chairperson, vice "
           "chairpersons and members.")};
  const auto terms = filtered({pair_of("人民代表大会", "people's congress", 40),
                               pair_of("人民代表大会常务委员会", "standing committee", 20)},
                              pairs);
  EXPECT_FALSE(kept(terms, "人民代表大会常务委员会"));
  EXPECT_TRUE(kept(terms, "人民代表大会"));
}

TEST(Overextended, CompoundsAndCompleteRenderingsStay) {
  // A compound (no particle inside) may leave out a part's rendering of one word: 安息日 /
  // sabbath beside 日 / day ("the sabbath day").
  const std::vector<SegmentPair> sabbath = {
      bead("当守安息日。", "Remember the sabbath day."),
      bead("第七日是安息日。", "The seventh day is the sabbath day.")};
  EXPECT_TRUE(kept(filtered({pair_of("日", "day", 5), pair_of("安息日", "sabbath", 2)}, sabbath),
                   "安息日"));
  // The inner term's rendering inside the pair's English: complete.
  const std::vector<SegmentPair> organs = {
      bead("民族自治地方的自治机关是地方国家机关。",
           "The autonomous organs of ethnic autonomous areas are local organs of state."),
      bead("民族自治地方的自治机关行使自治权。",
           "The autonomous organs of ethnic autonomous areas exercise autonomy.")};
  EXPECT_TRUE(kept(filtered({pair_of("自治机关", "autonomous organs", 4),
                             pair_of("民族自治地方的自治机关",
                                     "autonomous organs of ethnic autonomous areas", 2)},
                            organs),
                   "民族自治地方的自治机关"));
  // The inner term's rendering outside the pair's English, but its Chinese stands outside the
  // pair too: that occurrence renders the other (合作 inside the phrase is "working together").
  const std::vector<SegmentPair> twice = {
      bead("国际合作和私营部门和民间社会合作。",
           "international cooperation and the private sector and civil society working together"),
      bead("国际合作和私营部门和民间社会合作。",
           "international cooperation and the private sector and civil society working together")};
  EXPECT_TRUE(
      kept(filtered({pair_of("合作", "cooperation", 3),
                     pair_of("私营部门和民间社会合作", "private sector and civil society", 2)},
                    twice),
           "私营部门和民间社会合作"));
}

TEST(Overextended, OnlyWhenMostBeadsSaySo) {
  // One bead of three puts "cooperation" beside the phrase; the others render 合作 inside it.
  const std::vector<SegmentPair> pairs = {
      bead("与私营部门和民间社会合作。", "cooperation with the private sector and civil society"),
      bead("与私营部门和民间社会合作。", "the private sector and civil society cooperation"),
      bead("与私营部门和民间社会合作。", "the private sector and civil society cooperation")};
  EXPECT_TRUE(kept(filtered({pair_of("合作", "cooperation", 3),
                             pair_of("私营部门和民间社会合作",
                                     "private sector and civil society cooperation", 2)},
                            pairs),
                   "私营部门和民间社会合作"));
}

}  // namespace
}  // namespace bitext::terms
