#include "bitext/align/aligner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/text/document.h"
#include "bitext/text/label.h"
#include "test_support.h"

namespace bitext::align {
namespace {

std::vector<Segment> lines(const std::vector<std::string>& lines) {
  std::vector<Segment> out;
  for (const std::string& l : lines) {
    Segment s;
    s.text = l;
    s.label = text::parse_label(l);
    out.push_back(s);
  }
  return out;
}

// Operative paragraphs 1-6 in English; the Chinese omits paragraph 4.
const std::vector<std::string> kZh = {
    "1. 回顾其 2010 年 12 月 21 日第 65/230 号决议，其中大会核可了《萨尔瓦多宣言》；",
    "2. 欢迎会员国在打击网络犯罪方面开展的合作，并鼓励进一步交流信息；",
    "3. 请联合国毒品和犯罪问题办公室继续根据请求向会员国提供技术援助和能力建设；",
    "5. 鼓励会员国加强国家当局的能力，以便有效调查和起诉网络犯罪，包括收集电子证据；",
    "6. 请秘书长向大会第七十五届会议报告本决议的执行情况。"};
const std::vector<std::string> kEn = {
    "1. Recalls its resolution 65/230 of 21 December 2010, in which it endorsed the Salvador "
    "Declaration;",
    "2. Welcomes the cooperation of Member States in countering cybercrime, and encourages "
    "further exchange of information;",
    "3. Requests the United Nations Office on Drugs and Crime to continue to provide technical "
    "assistance and capacity-building to Member States, upon request;",
    "4. Takes note with appreciation of the work of the open-ended intergovernmental expert "
    "group to conduct a comprehensive study of the problem of cybercrime;",
    "5. Encourages Member States to strengthen the capacity of national authorities to "
    "investigate and prosecute cybercrime effectively, including the gathering of electronic "
    "evidence;",
    "6. Requests the Secretary-General to report to the General Assembly at its seventy-fifth "
    "session on the implementation of the present resolution."};

void expect_complete_monotone_cover(const Alignment& a) {
  std::size_t zi = 0, ej = 0;
  for (const Bead& b : a.beads) {
    ASSERT_EQ(b.zh.begin, zi);
    ASSERT_EQ(b.en.begin, ej);
    ASSERT_FALSE(b.zh.empty() && b.en.empty());
    ASSERT_GE(b.confidence, 0.0);
    ASSERT_LE(b.confidence, 1.0);
    zi = b.zh.end;
    ej = b.en.end;
  }
  EXPECT_EQ(zi, a.zh.size());
  EXPECT_EQ(ej, a.en.size());
}

class AlignMethodTest : public ::testing::TestWithParam<std::string> {};

TEST_P(AlignMethodTest, CoversEverySegmentOnceInOrder) {
  AlignOptions options;
  options.method = GetParam();
  const AlignResult r = align_segments(lines(kZh), lines(kEn), options);
  expect_complete_monotone_cover(r.alignment);
  EXPECT_EQ(r.alignment.unit, AlignUnit::kLine);
}

TEST_P(AlignMethodTest, HandlesEmptyAndOneSidedInputs) {
  AlignOptions options;
  options.method = GetParam();
  const AlignResult none = align_segments({}, {}, options);
  EXPECT_TRUE(none.alignment.beads.empty());
  const AlignResult only_en = align_segments({}, lines(kEn), options);
  expect_complete_monotone_cover(only_en.alignment);
  EXPECT_EQ(only_en.alignment.beads.size(), kEn.size());
  EXPECT_LT(only_en.alignment.document_score, 0.25);
  EXPECT_FALSE(only_en.alignment.warnings.empty());
}

INSTANTIATE_TEST_SUITE_P(Methods, AlignMethodTest, ::testing::ValuesIn(method_names()));

TEST(Aligner, NumberingAnchorsPlaceTheOmittedParagraph) {
  for (const std::string method : {"lexical", "length"}) {
    AlignOptions options;
    options.method = method;
    const AlignResult r = align_segments(lines(kZh), lines(kEn), options);
    const auto& beads = r.alignment.beads;
    ASSERT_EQ(beads.size(), 6u) << method;
    EXPECT_TRUE(beads[3].zh.empty()) << method;  // en paragraph 4 has no Chinese
    EXPECT_EQ(beads[3].en, (IndexRange{3, 4})) << method;
    EXPECT_TRUE(beads[3].flagged) << method;
    for (std::size_t k : {0u, 1u, 2u, 4u, 5u}) {
      EXPECT_EQ(beads[k].zh.size(), 1u) << method << " bead " << k;
      EXPECT_EQ(beads[k].en.size(), 1u) << method << " bead " << k;
      EXPECT_TRUE(text::labels_correspond(r.alignment.zh[beads[k].zh.begin].label,
                                          r.alignment.en[beads[k].en.begin].label));
    }
  }
}

// A Chinese text holding more than the English: the resolution's paragraphs 1.-6., then a list
// numbered （一）-（六） whose items say the same (the worst case: equal lengths and words).
// Paragraph 3. / 3. is evidence; （三） / 3. is a number shared by two lists, not evidence, else
// the paragraphs after the first ones are pulled across to the second list.
TEST(Aligner, BracketedNumbersOfAnotherListDoNotPullParagraphs) {
  std::vector<std::string> zh(kZh.begin(), kZh.begin() + 3);
  zh.push_back("4. 赞赏地注意到全面研究网络犯罪问题不限成员名额政府间专家组的工作；");
  zh.insert(zh.end(), kZh.begin() + 3, kZh.end());
  const std::vector<std::string> numerals = {"一", "二", "三", "四", "五", "六"};
  for (std::size_t k = 0; k < 6; ++k) zh.push_back("（" + numerals[k] + "）" + zh[k].substr(3));
  for (const std::string method : {"lexical", "length"}) {
    AlignOptions options;
    options.method = method;
    const AlignResult r = align_segments(lines(zh), lines(kEn), options);
    expect_complete_monotone_cover(r.alignment);
    for (const Bead& b : r.alignment.beads) {
      if (b.en.empty()) {
        EXPECT_GE(b.zh.begin, 6u) << method;  // only the second list is left unpaired
        continue;
      }
      EXPECT_EQ(b.zh, b.en) << method << " " << r.alignment.en_text(b);
    }
  }
}

// A Chinese excerpt against a longer English text: the resolution's paragraphs 1.-6., then
// five sentences of a session's report, another list 1.-6. and two closing sentences. The other
// list's paragraph 6. fits the Chinese 6.'s length a little better than the true one; paired
// there, it would break the English left alone into two stretches. What a text lacks, it lacks
// in stretches: the aligner learns that from its previous pass and keeps 6. with 6.
TEST(Aligner, AParagraphIsNotPulledIntoTheTextAnExcerptLacks) {
  std::vector<std::string> zh(kZh.begin(), kZh.begin() + 3);
  zh.push_back("4. 赞赏地注意到全面研究网络犯罪问题不限成员名额政府间专家组的工作；");
  zh.insert(zh.end(), kZh.begin() + 3, kZh.end());
  std::vector<std::string> en = kEn;
  for (const char* line :
       {"The Commission on Narcotic Drugs met in Vienna for its sixty-third session.",
        "The session was opened by the Chair, who welcomed the participants.",
        "Statements were made by the representatives of several Member States.",
        "The observer for the European Union also made a statement.",
        "The Commission adopted its agenda and organization of work without a vote.",
        "1. Decides to convene an intersessional meeting in the second half of the year;",
        "2. Invites Member States to submit their views on the draft workplan by the end of "
        "March;",
        "3. Requests the secretariat to prepare a background paper summarizing the views "
        "received;",
        "4. Encourages donors to provide extrabudgetary resources for the work of the meeting;",
        "5. Decides that the meeting shall be open to observers from non-governmental "
        "organizations with consultative status;",
        "6. Requests the Executive Director to report to the Commission at its next session on "
        "the results of the meeting.",
        "The Commission approved the report of its sixty-third session.",
        "The Chair declared the session closed."}) {
    en.emplace_back(line);
  }
  const AlignResult r = align_segments(lines(zh), lines(en), {});
  expect_complete_monotone_cover(r.alignment);
  std::size_t paired = 0;
  for (const Bead& b : r.alignment.beads) {
    if (b.zh.empty() || b.en.empty()) continue;
    EXPECT_EQ(b.zh, b.en) << r.alignment.en_text(b);
    ++paired;
  }
  EXPECT_EQ(paired, 6u);
}

TEST(Aligner, SameResultWhateverTheThreadCount) {
  AlignOptions one, two;
  one.threads = 1;
  two.threads = 2;
  const AlignResult a = align_segments(lines(kZh), lines(kEn), one);
  const AlignResult b = align_segments(lines(kZh), lines(kEn), two);
  ASSERT_EQ(a.alignment.beads.size(), b.alignment.beads.size());
  for (std::size_t k = 0; k < a.alignment.beads.size(); ++k) {
    EXPECT_EQ(a.alignment.beads[k].zh, b.alignment.beads[k].zh);
    EXPECT_EQ(a.alignment.beads[k].en, b.alignment.beads[k].en);
    EXPECT_DOUBLE_EQ(a.alignment.beads[k].confidence, b.alignment.beads[k].confidence);
  }
}

TEST(Aligner, TrustsALexiconLearnedFromMoreText) {
  // Five sentences teach a lexicon nothing it can use on held-out text; the same five sixty
  // times over teach it everything. Its weight follows.
  const AlignResult tiny = align_segments(lines(kZh), lines(kEn), {});
  std::vector<std::string> zh, en;
  for (int k = 0; k < 12; ++k) {
    zh.insert(zh.end(), kZh.begin(), kZh.end());
    en.insert(en.end(), kEn.begin(), kEn.end());
  }
  const AlignResult many = align_segments(lines(zh), lines(en), {});
  const float most = AlignOptions{}.lexical_lambda;
  EXPECT_LT(tiny.stats.lambda_en, 0.2f);
  EXPECT_LT(tiny.stats.lambda_zh, 0.2f);
  EXPECT_FLOAT_EQ(many.stats.lambda_en, most);
  EXPECT_FLOAT_EQ(many.stats.lambda_zh, most);
  AlignOptions fixed;
  fixed.estimate_lambda = false;
  EXPECT_EQ(align_segments(lines(kZh), lines(kEn), fixed).stats.lambda_en, 0.0f);  // not estimated
}

TEST(Aligner, AlignsConcatenatedDocumentsOneByOne) {
  // Two documents: kZh/kEn (5 and 6 lines), then its first three lines again.
  std::vector<std::string> zh(kZh.begin(), kZh.end()), en(kEn.begin(), kEn.end());
  zh.insert(zh.end(), kZh.begin(), kZh.begin() + 3);
  en.insert(en.end(), kEn.begin(), kEn.begin() + 3);
  const std::vector<DocumentRange> documents = {{{0, 5}, {0, 6}}, {{5, 8}, {6, 9}}};
  const AlignResult r = align_segments_by_document(lines(zh), lines(en), documents);
  expect_complete_monotone_cover(r.alignment);
  for (const Bead& b : r.alignment.beads) {  // no bead crosses a document boundary
    const bool first = b.zh.empty() ? b.en.begin < 6 : b.zh.begin < 5;
    const DocumentRange& d = documents[first ? 0 : 1];
    EXPECT_TRUE(b.zh.empty() || (d.zh.begin <= b.zh.begin && b.zh.end <= d.zh.end));
    EXPECT_TRUE(b.en.empty() || (d.en.begin <= b.en.begin && b.en.end <= d.en.end));
  }
  EXPECT_EQ(r.alignment.beads.back().zh, (IndexRange{7, 8}));
  EXPECT_EQ(r.alignment.beads.back().en, (IndexRange{8, 9}));
  // Ranges that leave a gap or stop short are refused.
  EXPECT_THROW(align_segments_by_document(lines(zh), lines(en), {{{0, 5}, {0, 6}}}), ConfigError);
  EXPECT_THROW(
      align_segments_by_document(lines(zh), lines(en), {{{0, 5}, {0, 6}}, {{6, 8}, {6, 9}}}),
      ConfigError);
}

TEST(Aligner, ADictionaryPlacesTheUntranslatedSentence) {
  // Lengths alone cannot tell which English sentence has no Chinese; a glossary can.
  const std::vector<std::string> zh = {"网络犯罪威胁各国安全。", "会员国应当加强合作。",
                                       "秘书处提交了报告。"};
  const std::vector<std::string> en = {"Cybercrime threatens the security of States.",
                                       "The weather was pleasant in Vienna that week.",
                                       "Member States should strengthen cooperation.",
                                       "The Secretariat submitted the report."};
  test::TempDir dir;
  test::write_file(dir.file("d.tsv"),
                   "网络犯罪\tcybercrime\n安全\tsecurity\n威胁\tthreaten|threatens\n会员国\tMember "
                   "States\n加强\tstrengthen\n合作\tcooperation\n秘书处\tSecretariat\n提交\tsubmit|"
                   "submitted\n报告\treport\n");
  AlignOptions options;
  options.dictionary = dir.file("d.tsv");
  const AlignResult with = align_segments(lines(zh), lines(en), options);
  const AlignResult without = align_segments(lines(zh), lines(en), {});
  ASSERT_EQ(with.alignment.beads.size(), 4u);
  EXPECT_TRUE(with.alignment.beads[1].zh.empty());
  EXPECT_EQ(with.alignment.beads[1].en, (IndexRange{1, 2}));
  EXPECT_EQ(with.alignment.beads[3].zh, (IndexRange{2, 3}));
  EXPECT_EQ(with.alignment.beads[3].en, (IndexRange{3, 4}));
  EXPECT_GT(with.alignment.beads[3].confidence, 0.9);
  // Without it the sentence is misplaced, or at least doubtful.
  EXPECT_LT(without.alignment.beads[2].confidence, 0.5);
}

TEST(Aligner, RomanizedChineseNamesPlaceTheUntranslatedSentence) {
  // A Chinese-original text with names in pinyin on the English side; the English leaves out
  // the fourth sentence. The sentences are alike in length and a lexicon cannot be learned from
  // eight of them: the names (王明 / Wang Ming, 刘洋 / Liu Yang, 杭州 / Hangzhou) decide.
  const std::vector<std::string> zh = {"王明是一名工程师。", "李华在上海工作。", "张伟喜欢读书。",
                                       "刘洋每天早上跑步。", "陈静住在杭州。",   "杨帆会说英语。",
                                       "赵磊是一名医生。",   "孙丽教数学。"};
  const std::vector<std::string> en = {"Wang Ming is an engineer.",  "Li Hua works in Shanghai.",
                                       "Zhang Wei likes reading.",   "Chen Jing lives in Hangzhou.",
                                       "Yang Fan speaks English.",   "Zhao Lei is a doctor.",
                                       "Sun Li teaches mathematics."};
  const AlignResult r = align_segments(lines(zh), lines(en), {});
  ASSERT_EQ(r.alignment.beads.size(), 8u);
  for (std::size_t k = 0; k < 8; ++k) {
    const Bead& b = r.alignment.beads[k];
    EXPECT_EQ(b.zh, (IndexRange{k, k + 1})) << k;
    if (k == 3) {
      EXPECT_TRUE(b.en.empty());  // 刘洋每天早上跑步 has no English
    } else {
      EXPECT_EQ(b.en.begin, k < 3 ? k : k - 1) << k;
    }
  }
  // Without anchors (no names) the omission is not placed right.
  AlignOptions no_anchors;
  no_anchors.anchors = false;
  const AlignResult blind = align_segments(lines(zh), lines(en), no_anchors);
  bool placed = false;
  for (const Bead& b : blind.alignment.beads) placed |= b.en.empty() && b.zh.begin == 3;
  EXPECT_FALSE(placed);
}

TEST(Aligner, LatinNamesInTheChinesePlaceTheUntranslatedSentence) {
  // A match report (written for this test): the Chinese keeps the players' names in Latin
  // letters and leaves out the English third sentence. Five sentences teach no lexicon; the
  // names written the same on both sides decide where the omission is.
  const std::vector<std::string> zh = {
      "Lena Hartmann 在第八分钟打破僵局，Marta Quiroga 助攻。",
      "Westbury 下半场开局强势，Oskar Lind 接 Tamsin Reed 的传球扳平比分。",
      "Harwick 队长 Jonas Pirker 随后领到黄牌，Westbury 由 Colm Brady 再进一球。",
      "主队最后十分钟全力反扑，Ines Varga 的射门被 Brady 挡出，比赛就此结束。"};
  const std::vector<std::string> en = {
      "Lena Hartmann broke the deadlock in the eighth minute from a Marta Quiroga cross.",
      "Westbury started the second half strongly, and Oskar Lind levelled from a Tamsin Reed "
      "pass.",
      "Play was then held up for several minutes while a spectator who had fallen ill was "
      "treated in the stand.",
      "Harwick captain Jonas Pirker was then booked, and Westbury went ahead through Colm Brady.",
      "The home side pressed hard in the last ten minutes, but Ines Varga's shot was blocked by "
      "Brady and the match ended there."};
  const AlignResult r = align_segments(lines(zh), lines(en), {});
  const std::vector<std::pair<IndexRange, IndexRange>> expected = {
      {{0, 1}, {0, 1}}, {{1, 2}, {1, 2}}, {{2, 2}, {2, 3}}, {{2, 3}, {3, 4}}, {{3, 4}, {4, 5}}};
  ASSERT_EQ(r.alignment.beads.size(), expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    const Bead& b = r.alignment.beads[k];
    if (expected[k].first.empty()) {
      EXPECT_TRUE(b.zh.empty()) << k;
    } else {
      EXPECT_EQ(b.zh, expected[k].first) << k;
    }
    EXPECT_EQ(b.en, expected[k].second) << k;
    EXPECT_GT(b.confidence, 0.9) << k;
  }
}

TEST(Aligner, AMeetingTimePlacesItsSentence) {
  // One paragraph of a meeting record (written for this test) whose Chinese leaves out the
  // English sixth sentence and adds a last one. "5.30 p.m." and 5时30分 are the same two
  // numbers: they hold the closing sentence to its translation, which before slid onto the
  // next one (下次会议另行通知 / The meeting rose at 5.30 p.m.).
  const std::string zh =
      "委员会注意到A/74/173/Add.1号文件（见上文第12段）。委员会还审议了秘书长的报告。"
      "美国代表团的史密斯先生于4月5日下午3时发言。进行了记录表决（第12和13号）。"
      "他说：“我们同意。”会议于下午5时30分散会！下次会议另行通知？是的……好。\n";
  const std::string en =
      "The Committee took note of document A/74/173/Add.1 (see para. 12 above). It also "
      "considered the report of the Secretary-General. Mr. Smith of the U.S. delegation spoke at "
      "3 p.m. on 5 April. The vote was recorded (Nos. 12 and 13). Art. 5 applies, e.g. to cases "
      "under vol. 2, pp. 34-36. He said: \"We agree.\" The meeting rose at 5.30 p.m. The next "
      "meeting will be announced.\n";
  const Alignment a =
      align_documents(text::segment_text(zh, "zh", {}), text::segment_text(en, "en", {}), {})
          .alignment;
  bool closing = false, omitted = false;
  for (const Bead& b : a.beads) {
    std::string z, e;
    for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) z += a.zh[i].text;
    for (std::size_t j = b.en.begin; j < b.en.end; ++j) e += a.en[j].text;
    if (e == "The meeting rose at 5.30 p.m.") closing = z == "会议于下午5时30分散会！";
    if (e.rfind("Art. 5", 0) == 0) omitted = z.empty();
  }
  EXPECT_TRUE(closing);
  EXPECT_TRUE(omitted);
}

TEST(Aligner, RejectsAnUnknownMethod) {
  AlignOptions options;
  options.method = "neural";
  EXPECT_THROW(align_segments(lines(kZh), lines(kEn), options), ConfigError);
}

// Sentence k of formulaic English about something else than the resolutions above, built from
// ten words (periodic: a lexicon learned from it finds spurious pairs).
std::string unrelated_sentence(int k) {
  static const char* const kWords[] = {"weather", "mountains", "river",   "travellers", "bread",
                                       "horses",  "snow",      "village", "market",     "song"};
  return std::string("The ") + kWords[k % 10] + " near the " + kWords[(k * 7 + 3) % 10] +
         " was quiet on day " + std::to_string(k + 40) + ", and the " + kWords[(k * 3 + 1) % 10] +
         " waited for the " + kWords[(k + 5) % 10] + ".";
}

TEST(Aligner, WarnsWhenTheTextsAreUnrelated) {
  // The same Chinese against English about something else entirely.
  // At least 100 segments: shorter texts are judged by their unaligned share only.
  std::vector<std::string> zh, en;
  for (int k = 0; k < 12; ++k) zh.insert(zh.end(), kZh.begin(), kZh.end());
  for (int k = 0; k < 60; ++k) {
    en.push_back(unrelated_sentence(k));
  }
  const AlignResult bad = align_segments(lines(zh), lines(en), {});
  expect_complete_monotone_cover(bad.alignment);
  EXPECT_LT(bad.alignment.document_score, 0.25) << bad.stats.reversal_gain;
  EXPECT_FALSE(bad.alignment.warnings.empty());
  // A short pair: the warning says only what was measured.
  const std::vector<std::string> short_en(en.begin(), en.begin() + 25);
  const AlignResult short_bad = align_segments(lines(kZh), lines(short_en), {});
  ASSERT_FALSE(short_bad.alignment.warnings.empty());
  for (const std::string& w : short_bad.alignment.warnings) {
    EXPECT_EQ(w.find("nan"), std::string::npos) << w;
  }
  std::vector<std::string> zh4, en4;  // the real pair, twelve times over: a translation
  for (int k = 0; k < 12; ++k) {
    zh4.insert(zh4.end(), kZh.begin(), kZh.end());
    en4.insert(en4.end(), kEn.begin(), kEn.end());
  }
  const AlignResult good = align_segments(lines(zh4), lines(en4), {});
  EXPECT_GT(good.alignment.document_score, 0.5) << good.stats.reversal_gain;
  EXPECT_TRUE(good.alignment.warnings.empty());
}

// Two documents numbered alike (1. to N. on both sides) that say different things: the equal
// labels line every paragraph up, but labels are layout, not content, and the pair is warned
// about. The same numbering over a real translation is not. 30 paragraphs a side fall under the
// short texts' rule (under 100 segments), 60 under the long texts'.
TEST(Aligner, WarnsWhenUnrelatedTextsAreNumberedAlike) {
  // Paragraph k of kZh translates kEn[k < 3 ? k : k + 1] (the Chinese omits paragraph 4).
  auto body = [](const std::string& s) { return s.substr(s.find(' ') + 1); };
  for (int paragraphs : {30, 60}) {
    std::vector<std::string> zh, en, unrelated;
    for (int k = 0; k < paragraphs; ++k) {
      const std::string label = std::to_string(k + 1) + ". ";
      const std::size_t z = static_cast<std::size_t>(k) % kZh.size();
      zh.push_back(label + body(kZh[z]));
      en.push_back(label + body(kEn[z < 3 ? z : z + 1]));
      unrelated.push_back(label + unrelated_sentence(k));
    }
    const AlignResult bad = align_segments(lines(zh), lines(unrelated), {});
    expect_complete_monotone_cover(bad.alignment);
    EXPECT_LT(bad.alignment.document_score, 0.25)
        << paragraphs << ": " << bad.stats.reversal_gain << " / " << bad.stats.reversal_length_gain;
    EXPECT_FALSE(bad.alignment.warnings.empty()) << paragraphs;
    // The labels pair every paragraph, but no bead is trusted more than the pair.
    for (const Bead& b : bad.alignment.beads) {
      EXPECT_LE(b.confidence, bad.alignment.document_score) << paragraphs;
      EXPECT_TRUE(b.flagged) << paragraphs;
    }
    const AlignResult good = align_segments(lines(zh), lines(en), {});
    EXPECT_GT(good.alignment.document_score, 0.5) << paragraphs << ": " << good.stats.reversal_gain
                                                  << " / " << good.stats.reversal_length_gain;
    EXPECT_TRUE(good.alignment.warnings.empty()) << paragraphs;
    for (const Bead& b : good.alignment.beads) EXPECT_GT(b.confidence, 0.9) << paragraphs;
  }
}

// Builds a document whose paragraphs are given as (kind, text, sentences).
struct Para {
  ParagraphKind kind;
  std::string text;
  std::vector<std::string> sentences;
};

Document make_document(const std::string& name, const std::vector<Para>& paras) {
  Document d;
  d.name = name;
  for (const Para& p : paras) {
    Paragraph para;
    para.index = d.paragraphs.size();
    para.kind = p.kind;
    para.text = p.text;
    para.label = text::parse_label(p.text);
    para.line = para.index + 1;
    for (const std::string& s :
         p.sentences.empty() ? std::vector<std::string>{p.text} : p.sentences) {
      Segment seg;
      seg.text = s;
      para.sentences.push_back(seg);
    }
    d.paragraphs.push_back(para);
  }
  return d;
}

TEST(AlignDocuments, StreamsKeepFootnotesAndHeadersApartFromTheBody) {
  using K = ParagraphKind;
  // The footnote sits after paragraph 1 in Chinese but after paragraph 2 in English.
  const Document zh = make_document(
      "a.zh",
      {{K::kHeader, "第七十四届会议", {}},
       {K::kTitle, "74/173. 促进技术援助以加强打击网络犯罪的国际合作", {}},
       {K::kBody, kZh[0], {}},
       {K::kFootnote, "¹ 见《经济及社会理事会正式记录，2017 年，补编第 10 号》(E/2017/30)。", {}},
       {K::kBody,
        kZh[1],
        {"2. 欢迎会员国在打击网络犯罪方面开展的合作，", "并鼓励进一步交流信息；"}},
       {K::kBody, kZh[2], {}}});
  const Document en =
      make_document("a.en", {{K::kHeader, "Seventy-fourth session", {}},
                             {K::kTitle,
                              "74/173. Promoting technical assistance to strengthen international "
                              "cooperation against cybercrime",
                              {}},
                             {K::kBody, kEn[0], {}},
                             {K::kBody, kEn[1], {}},
                             {K::kFootnote,
                              "¹ See Official Records of the Economic and Social Council, 2017, "
                              "Supplement No. 10 (E/2017/30).",
                              {}},
                             {K::kBody, kEn[2], {}}});
  for (AlignUnit unit : {AlignUnit::kParagraph, AlignUnit::kSentence}) {
    AlignOptions options;
    options.unit = unit;
    const AlignResult r = align_documents(zh, en, options);
    const Alignment& a = r.alignment;
    EXPECT_EQ(a.unit, unit);
    // Every segment once; beads never mix kinds of different streams.
    std::vector<int> zh_seen(a.zh.size()), en_seen(a.en.size());
    for (const Bead& b : a.beads) {
      for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) ++zh_seen[i];
      for (std::size_t j = b.en.begin; j < b.en.end; ++j) ++en_seen[j];
      if (!b.zh.empty() && !b.en.empty()) {
        const bool zh_note = a.zh[b.zh.begin].kind == K::kFootnote;
        const bool en_note = a.en[b.en.begin].kind == K::kFootnote;
        EXPECT_EQ(zh_note, en_note);
      }
    }
    for (int c : zh_seen) EXPECT_EQ(c, 1);
    for (int c : en_seen) EXPECT_EQ(c, 1);
    // The footnotes are paired with each other.
    bool footnotes_paired = false;
    for (const Bead& b : a.beads) {
      footnotes_paired |= !b.zh.empty() && !b.en.empty() && a.zh[b.zh.begin].kind == K::kFootnote &&
                          a.en[b.en.begin].kind == K::kFootnote;
    }
    EXPECT_TRUE(footnotes_paired);
  }
  // At sentence level the two Chinese sentences of paragraph 2 go with the one English one.
  const AlignResult r = align_documents(zh, en, {});
  bool two_to_one = false;
  for (const Bead& b : r.alignment.beads) {
    two_to_one |= b.zh.size() == 2 && b.en.size() == 1 &&
                  r.alignment.en[b.en.begin].text.rfind("2. Welcomes", 0) == 0;
  }
  EXPECT_TRUE(two_to_one);
}

// A whole document given as one paragraph per side (no blank lines, no numbering that splits
// it): sentence beads inside the single paragraph bead, every sentence once, mostly 1-1.
TEST(AlignDocuments, OneParagraphDocumentsAlignSentenceBySentence) {
  using K = ParagraphKind;
  std::vector<std::string> zh_sentences, en_sentences;
  std::string zh_text, en_text;
  for (int k = 0; k < 40; ++k) {
    for (std::size_t i = 0; i < kZh.size(); ++i) {
      zh_sentences.push_back(kZh[i]);
      zh_text += kZh[i];
    }
    for (std::size_t i = 0; i < kEn.size(); ++i) {
      if (i == 3) continue;  // paragraph 4, which the Chinese omits
      en_sentences.push_back(kEn[i]);
      en_text += kEn[i] + " ";
    }
  }
  const Document zh = make_document("one.zh", {{K::kBody, zh_text, zh_sentences}});
  const Document en = make_document("one.en", {{K::kBody, en_text, en_sentences}});
  const Alignment a = align_documents(zh, en, {}).alignment;
  ASSERT_EQ(a.zh.size(), zh_sentences.size());
  ASSERT_EQ(a.en.size(), en_sentences.size());
  std::vector<int> zh_seen(a.zh.size()), en_seen(a.en.size());
  std::size_t one_to_one = 0;
  for (const Bead& b : a.beads) {
    for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) ++zh_seen[i];
    for (std::size_t j = b.en.begin; j < b.en.end; ++j) ++en_seen[j];
    one_to_one += b.zh.size() == 1 && b.en.size() == 1;
  }
  for (int c : zh_seen) EXPECT_EQ(c, 1);
  for (int c : en_seen) EXPECT_EQ(c, 1);
  EXPECT_GE(one_to_one, a.zh.size() * 9 / 10);
}

TEST(AlignDocuments, ManyPairsShareOneModelButAreJudgedOneByOne) {
  using K = ParagraphKind;
  auto paragraphs = [](const std::vector<std::string>& texts) {
    std::vector<Para> out;
    for (const std::string& t : texts) out.push_back({K::kBody, t, {}});
    return out;
  };
  const Document zh = make_document("a.zh", paragraphs(kZh));
  const Document en = make_document("a.en", paragraphs(kEn));
  // The second pair: the Chinese twelve times over against English about something else, long
  // enough (>= 100 segments) for the reversal test.
  std::vector<std::string> zh_many, unrelated;
  for (int k = 0; k < 12; ++k) zh_many.insert(zh_many.end(), kZh.begin(), kZh.end());
  for (int k = 0; k < 60; ++k) {
    unrelated.push_back(unrelated_sentence(k));
  }
  const Document other = make_document("b.en", paragraphs(unrelated));
  const Document zh_again = make_document("b.zh", paragraphs(zh_many));
  const std::vector<AlignResult> r = align_documents_together({{&zh, &en}, {&zh_again, &other}});
  ASSERT_EQ(r.size(), 2u);
  for (const AlignResult& one : r) expect_complete_monotone_cover(one.alignment);
  EXPECT_EQ(r[0].alignment.zh_name, "a.zh");
  EXPECT_EQ(r[1].alignment.en_name, "b.en");
  EXPECT_EQ(r[0].alignment.zh.size(), kZh.size());  // each result holds its own pair only
  EXPECT_EQ(r[1].alignment.en.size(), unrelated.size());
  // The translation is judged one; the unrelated pair is warned about, on its own.
  EXPECT_TRUE(r[0].alignment.warnings.empty());
  EXPECT_GT(r[0].alignment.document_score, 0.5);
  EXPECT_FALSE(r[1].alignment.warnings.empty());
  EXPECT_LT(r[1].alignment.document_score, 0.25);
  // One pair alone is exactly align_documents.
  const Alignment alone = align_documents(zh, en).alignment;
  const Alignment together = align_documents_together({{&zh, &en}}).front().alignment;
  ASSERT_EQ(alone.beads.size(), together.beads.size());
  for (std::size_t k = 0; k < alone.beads.size(); ++k) {
    EXPECT_EQ(alone.beads[k].zh, together.beads[k].zh);
    EXPECT_EQ(alone.beads[k].en, together.beads[k].en);
    EXPECT_DOUBLE_EQ(alone.beads[k].confidence, together.beads[k].confidence);
  }
  // And in line mode, align_paragraphs_as_lines.
  AlignOptions by_line;
  by_line.unit = AlignUnit::kLine;
  const Alignment lines_alone = align_paragraphs_as_lines(zh, en).alignment;
  const Alignment lines_together =
      align_documents_together({{&zh, &en}}, by_line).front().alignment;
  ASSERT_EQ(lines_alone.beads.size(), lines_together.beads.size());
  for (std::size_t k = 0; k < lines_alone.beads.size(); ++k) {
    EXPECT_EQ(lines_alone.beads[k].zh, lines_together.beads[k].zh);
    EXPECT_EQ(lines_alone.beads[k].en, lines_together.beads[k].en);
    EXPECT_DOUBLE_EQ(lines_alone.beads[k].confidence, lines_together.beads[k].confidence);
  }
  EXPECT_EQ(lines_together.unit, AlignUnit::kLine);
  EXPECT_TRUE(align_documents_together({}).empty());
}

// One Chinese sentence whose English runs to four clauses split at semicolons: one 1-4 bead,
// no English clause left over as a false omission.
TEST(AlignDocuments, FourClausesOfOneSentenceFormOneBead) {
  using K = ParagraphKind;
  const std::vector<std::string> clauses = {
      "4. Encourages Member States to strengthen the capacity of national authorities;",
      "to provide technical assistance to one another upon request;",
      "to exchange information and best practices on electronic evidence;",
      "and to cooperate with the private sector in preventing and countering cybercrime."};
  std::string en4;
  for (const std::string& c : clauses) en4 += (en4.empty() ? "" : " ") + c;
  const std::string zh4 =
      "4. 鼓励会员国加强国家当局的能力，应请求相互提供技术援助，交流关于电子证据的信息和最佳"
      "做法，并与私营部门合作预防和打击网络犯罪。";
  const Document zh = make_document("a.zh", {{K::kBody, kZh[0], {}},
                                             {K::kBody, kZh[1], {}},
                                             {K::kBody, kZh[2], {}},
                                             {K::kBody, zh4, {}},
                                             {K::kBody, kZh[4], {}}});
  const Document en = make_document("a.en", {{K::kBody, kEn[0], {}},
                                             {K::kBody, kEn[1], {}},
                                             {K::kBody, kEn[2], {}},
                                             {K::kBody, en4, clauses},
                                             {K::kBody, kEn[5], {}}});
  const Alignment a = align_documents(zh, en, {}).alignment;
  expect_complete_monotone_cover(a);
  ASSERT_EQ(a.beads.size(), 5u);
  EXPECT_EQ(a.beads[3].zh.size(), 1u);
  EXPECT_EQ(a.beads[3].en.size(), 4u);
  for (const Bead& b : a.beads) EXPECT_FALSE(b.zh.empty() || b.en.empty());
}

// A masthead laid out in two columns (as a PDF's text gives it): the padding is not text, so
// each Chinese line pairs with its English line rather than both with the first one.
TEST(AlignDocuments, MastheadLinesPadToColumnsAndStillPairOneToOne) {
  using K = ParagraphKind;
  const std::string pad(50, ' ');
  const Document zh = make_document("a.zh", {{K::kTitle, "联合国" + pad + "A/RES/74/247", {}},
                                             {K::kBody, "大会" + pad + "Distr.: General", {}},
                                             {K::kBody, kZh[0], {}},
                                             {K::kBody, kZh[1], {}},
                                             {K::kBody, kZh[2], {}}});
  const Document en =
      make_document("a.en", {{K::kTitle, "United Nations" + pad + "A/RES/74/247", {}},
                             {K::kBody, "General Assembly" + pad + "Distr.: General", {}},
                             {K::kBody, kEn[0], {}},
                             {K::kBody, kEn[1], {}},
                             {K::kBody, kEn[2], {}}});
  const Alignment a = align_documents(zh, en, {}).alignment;
  expect_complete_monotone_cover(a);
  ASSERT_EQ(a.beads.size(), 5u);
  for (const Bead& b : a.beads) {
    EXPECT_EQ(b.zh.size(), 1u);
    EXPECT_EQ(b.en.size(), 1u);
  }
}

// Mastheads of which one lacks lines (the Chinese copy without its organ and distribution
// lines): each line pairs with the line of its field — the session with the session, the
// meeting's dates with its dates — and the lines the Chinese lacks stand alone. Without the
// fields the session line paired with "General Assembly Distr.: General", confidently.
TEST(AlignDocuments, MastheadLinesPairByTheirField) {
  const std::string zh_text = "总结会议续会\n\n2024年7月29日至8月9日，纽约\n\n主席的说明\n\n" +
                              kZh[0] + "\n\n" + kZh[1] + "\n\n" + kZh[2] + "\n";
  const std::string en_text =
      "United Nations" + std::string(40, ' ') + "A/AC.291/25/Rev.1\n\n" + "General Assembly" +
      std::string(40, ' ') + "Distr.: General\n\n" +
      "Reconvened concluding session\n\nNew York, 29 July–9 August 2024\n\n" +
      "Note by the Chair\n\n" + kEn[0] + "\n\n" + kEn[1] + "\n\n" + kEn[2] + "\n";
  const Alignment a = align_documents(text::segment_text(zh_text, "zh", {}),
                                      text::segment_text(en_text, "en", {}), {})
                          .alignment;
  expect_complete_monotone_cover(a);
  std::map<std::string, std::string> paired;
  for (const Bead& b : a.beads) {
    if (b.zh.size() == 1 && b.en.size() == 1) {
      paired[a.zh[b.zh.begin].text] = a.en[b.en.begin].text;
    }
  }
  EXPECT_EQ(paired["总结会议续会"], "Reconvened concluding session");
  EXPECT_EQ(paired["2024年7月29日至8月9日，纽约"], "New York, 29 July–9 August 2024");
}

// The bundled demo convention (written for bitext): chapters, 第N条 / Article N with titles,
// 一、 / 1. and （a） / (a). Every labelled paragraph pairs with its counterpart's label, and
// the only one-sided bead is the Chinese masthead's 中文 line.
TEST(AlignDocuments, TheDemoConventionPairsArticleByArticle) {
  const std::string base = test::source_path("corpus/demo/convention-demo");
  AlignOptions options;
  options.unit = AlignUnit::kParagraph;
  const AlignResult r = align_documents(text::load_document(base + ".zh.txt"),
                                        text::load_document(base + ".en.txt"), options);
  const Alignment& a = r.alignment;
  std::size_t labelled = 0, one_sided = 0;
  for (const Bead& b : a.beads) {
    if (b.zh.empty() || b.en.empty()) {
      ++one_sided;
      ASSERT_FALSE(b.zh.empty());
      EXPECT_EQ(a.zh[b.zh.begin].text, "中文");
      continue;
    }
    const Label& zl = a.zh[b.zh.begin].label;
    const Label& el = a.en[b.en.begin].label;
    if (zl.empty() && el.empty()) continue;
    ++labelled;
    EXPECT_TRUE(text::labels_correspond(zl, el)) << zl.text << " / " << el.text;
    EXPECT_EQ(b.zh.size(), 1u) << zl.text;
    EXPECT_EQ(b.en.size(), 1u) << el.text;
  }
  EXPECT_EQ(one_sided, 1u);
  EXPECT_EQ(labelled, 3u + 9u + 6u + 9u);  // chapters, articles, （a）-（c） twice, 一、…
}

// Beads come in the order of the Chinese document, though running headers, the main text and
// footnotes are aligned apart: the resolution's closing "第 50 次全体会议 / 50th plenary
// meeting" (a masthead-like line) is its last bead, not one before the title; every segment is
// still in exactly one bead. Both units.
TEST(AlignDocuments, BeadsFollowTheDocumentOrder) {
  const std::string base = test::source_path("corpus/demo/res-demo");
  const Document zh = text::load_document(base + ".zh.txt");
  const Document en = text::load_document(base + ".en.txt");
  for (AlignUnit unit : {AlignUnit::kParagraph, AlignUnit::kSentence}) {
    AlignOptions options;
    options.unit = unit;
    const Alignment a = align_documents(zh, en, options).alignment;
    ASSERT_FALSE(a.beads.empty());
    std::size_t position = 0;
    std::vector<int> zh_seen(a.zh.size(), 0), en_seen(a.en.size(), 0);
    for (const Bead& b : a.beads) {
      for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) ++zh_seen[i];
      for (std::size_t j = b.en.begin; j < b.en.end; ++j) ++en_seen[j];
      if (b.zh.empty()) continue;
      EXPECT_GE(a.zh[b.zh.begin].paragraph, position) << a.zh[b.zh.begin].text;
      position = a.zh[b.zh.begin].paragraph;
    }
    EXPECT_EQ(std::count(zh_seen.begin(), zh_seen.end(), 1), std::ptrdiff_t(a.zh.size()));
    EXPECT_EQ(std::count(en_seen.begin(), en_seen.end(), 1), std::ptrdiff_t(a.en.size()));
    const Bead& last = a.beads.back();
    ASSERT_FALSE(last.en.empty());
    EXPECT_EQ(a.en_text(last), "12 December 2031");
    const Bead& before = a.beads[a.beads.size() - 2];
    ASSERT_FALSE(before.en.empty());
    EXPECT_EQ(a.en_text(before), "50th plenary meeting");
  }
}

// The demo's English as a PDF converter gives it: a running header and a bare page number at
// every page break, some breaks inside paragraphs. The Chinese has no page furniture. The
// headers and numbers are beads of their own without a counterpart, which ask nothing of a
// reviewer (not flagged) and do not count against the pair as unaligned text.
TEST(AlignDocuments, OneSidedPageFurnitureIsNeitherFlaggedNorHeldAgainstThePair) {
  const std::string base = test::source_path("corpus/demo/res-demo");
  std::istringstream lines(test::read_file(base + ".en.txt"));
  std::string english;
  int line = 0, page = 1;
  for (std::string l; std::getline(lines, l);) {
    english += l + "\n";
    if (++line % 30 == 0) {
      english +=
          "\nSTRENGTHENING COOPERATION AGAINST CYBERCRIME\n\n" + std::to_string(++page) + "\n\n";
    }
  }
  ASSERT_GE(page, 4);
  AlignOptions options;
  options.unit = AlignUnit::kParagraph;
  const Alignment a = align_documents(text::load_document(base + ".zh.txt"),
                                      text::segment_text(english, "en", {}), options)
                          .alignment;
  std::size_t furniture = 0;
  for (const Bead& b : a.beads) {
    const std::string en = b.en.empty() ? "" : a.en_text(b);
    const bool running = en.find("STRENGTHENING") != std::string::npos;
    const bool number = !en.empty() && en.find_first_not_of("0123456789") == std::string::npos;
    if (!running && !number) continue;
    EXPECT_TRUE(b.zh.empty()) << en;
    EXPECT_EQ(b.en.size(), 1u) << en;
    EXPECT_EQ(a.en[b.en.begin].kind, ParagraphKind::kPage) << en;
    EXPECT_FALSE(b.flagged) << en;
    ++furniture;
  }
  EXPECT_EQ(furniture, 2u * static_cast<std::size_t>(page - 1));
  EXPECT_GE(a.document_score, 0.95);
  EXPECT_TRUE(a.warnings.empty());
}

// A Chinese resolution given with the English of a longer document that holds its original (the
// demo convention's English before or after the resolution's): every Chinese paragraph is
// paired as when the English is the resolution's alone, the pairs keep their confidence, and
// the warning says that much of one text has no counterpart, not that the texts are unrelated.
// (The length model started from the ratio of the totals, twice a translation's here and twelve
// times with a longer report, and paired nothing; a length-only guide went astray.)
TEST(AlignDocuments, TheEnglishOfALongerDocumentHoldingTheOriginal) {
  const std::string res = test::source_path("corpus/demo/res-demo");
  const std::string other =
      test::read_file(test::source_path("corpus/demo/convention-demo.en.txt"));
  const std::string english = test::read_file(res + ".en.txt");
  const Document zh = text::load_document(res + ".zh.txt");
  const Alignment alone = align_documents(zh, text::load_document(res + ".en.txt")).alignment;
  // The text's pairs; boilerplate pairs apart (the convention's date of issue may join the
  // resolution's closing date in their stream).
  std::set<std::pair<std::string, std::string>> expected;
  for (const Bead& b : alone.beads) {
    if (b.zh.empty() || b.en.empty() || is_furniture(alone.zh[b.zh.begin].kind)) continue;
    expected.insert({alone.zh_text(b), alone.en_text(b)});
  }
  ASSERT_EQ(expected.size(), 36u);
  for (const std::string& longer : {english + "\n\n" + other, other + "\n\n" + english}) {
    SCOPED_TRACE(longer.substr(0, 14));
    const Alignment a = align_documents(zh, text::segment_text(longer, "longer.en", {})).alignment;
    std::size_t paired = 0, right = 0;
    double confidence = 0;
    for (const Bead& b : a.beads) {
      if (b.zh.empty() || b.en.empty()) continue;
      ++paired;
      right += expected.count({a.zh_text(b), a.en_text(b)});
      confidence += b.confidence;
    }
    EXPECT_EQ(paired, 47u);
    EXPECT_EQ(right, expected.size());
    EXPECT_GT(confidence / std::max<std::size_t>(paired, 1), 0.9);
    ASSERT_FALSE(a.warnings.empty());
    EXPECT_NE(a.warnings.front().find("large parts"), std::string::npos) << a.warnings.front();
  }
}

// Both texts as PDF converters give them, the Chinese paginated more finely (11 pages against
// 4): more page furniture than paragraphs in the Chinese. The document is judged on its
// content — the furniture's stream said "not translations" and capped every confidence.
TEST(AlignDocuments, PaginatedTextsAreJudgedOnTheirContent) {
  const std::string base = test::source_path("corpus/demo/res-demo");
  auto paged = [](const std::string& text, int every, const std::string& job, int pages) {
    std::istringstream lines(text);
    std::string out;
    int line = 0, page = 1;
    for (std::string l; std::getline(lines, l);) {
      out += l + "\n";
      if (++line % every == 0) {
        out += "\n" + job + "\n\n" + std::to_string(++page) + "/" + std::to_string(pages) +
               "\n\nA/RES/99/101\n\n";
      }
    }
    return out;
  };
  const std::string zh = paged(test::read_file(base + ".zh.txt"), 8, "31-22165 (C)", 11);
  const std::string en = paged(test::read_file(base + ".en.txt"), 30, "31-22165 (E)", 4);
  AlignOptions options;
  options.unit = AlignUnit::kParagraph;
  const Alignment a =
      align_documents(text::segment_text(zh, "zh", {}), text::segment_text(en, "en", {}), options)
          .alignment;
  std::size_t page_segments = 0;
  for (const Segment& s : a.zh) page_segments += s.kind == ParagraphKind::kPage;
  EXPECT_GT(page_segments, 30u);
  EXPECT_TRUE(a.warnings.empty()) << a.warnings.front();
  EXPECT_GE(a.document_score, 0.95);
  for (const Bead& b : a.beads) {
    if (!b.zh.empty() && !b.en.empty()) {
      EXPECT_FALSE(b.flagged) << a.en_text(b);
    }
  }
}

}  // namespace
}  // namespace bitext::align
