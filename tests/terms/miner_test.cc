#include "bitext/terms/miner.h"

#include <gtest/gtest.h>

#include "bitext/align/aligner.h"
#include "bitext/core/error.h"
#include "bitext/text/document.h"
#include "test_support.h"

namespace bitext::terms {
namespace {

std::vector<SegmentPair> pairs(const std::vector<std::pair<std::string, std::string>>& raw) {
  std::vector<SegmentPair> out;
  for (std::size_t k = 0; k < raw.size(); ++k) {
    SegmentPair p;
    p.zh = raw[k].first;
    p.en = raw[k].second;
    p.loc = std::to_string(k + 1);
    out.push_back(p);
  }
  return out;
}

// Small UN-style corpus written for these tests.
const std::vector<std::pair<std::string, std::string>> kCorpus = {
    {"会员国应加强打击网络犯罪的合作。",
     "Member States should strengthen cooperation against cybercrime."},
    {"网络犯罪对各国构成严重威胁。", "Cyber-crime poses a serious threat to all countries."},
    {"专家组讨论了网络犯罪问题全球方案。",
     "The Expert Group discussed the Global Programme on Cybercrime."},
    {"联合国毒品和犯罪问题办公室提供了技术援助。",
     "The United Nations Office on Drugs and Crime provided technical assistance."},
    {"请联合国毒品和犯罪问题办公室继续提供技术援助。",
     "Requests the United Nations Office on Drugs and Crime to continue to provide technical "
     "assistance."},
    {"网络犯罪问题全球方案支持会员国。",
     "The Global Programme on Cybercrime supports Member States."},
    {"预防网络犯罪需要私营部门参与。", "Preventing cyber crime requires the private sector."},
    {"私营部门与民间社会应当合作。", "The private sector and civil society should cooperate."},
    {"民间社会支持技术援助。", "Civil society supports technical assistance."},
    {"会员国欢迎专家组的工作。", "Member States welcome the work of the Expert Group."},
    {"专家组将于明年举行会议。", "The Expert Group will meet next year."},
    {"电子证据只出现一次。", "Electronic evidence appears once."},
};

const TermPair* find(const TermsResult& r, const std::string& zh) {
  for (const TermPair& t : r.terms) {
    if (t.zh == zh) return &t;
  }
  return nullptr;
}

// The English mined for a Chinese term; empty when the term is not in the glossary.
std::string english_of(const TermsResult& r, const std::string& zh) {
  const TermPair* t = find(r, zh);
  return t != nullptr ? t->en : std::string();
}

// The English mined for a Chinese term and its alternatives, as the TSV writes them
// ("Member States|Member State"); empty when the term is not in the glossary.
std::string renderings_of(const TermsResult& r, const std::string& zh) {
  const TermPair* t = find(r, zh);
  if (t == nullptr) return {};
  std::string out = t->en;
  for (const std::string& a : t->alternatives) out += "|" + a;
  return out;
}

// The pairs of the two bundled demo documents, each aligned as documents.
std::vector<SegmentPair> aligned_demo_pairs() {
  std::vector<SegmentPair> all;
  for (const char* name : {"res-demo", "convention-demo"}) {
    const std::string base = test::source_path(std::string("corpus/demo/") + name);
    const align::AlignResult a = align::align_documents(text::load_document(base + ".zh.txt"),
                                                        text::load_document(base + ".en.txt"));
    for (SegmentPair& p : pairs_of(a.alignment)) all.push_back(std::move(p));
  }
  return all;
}

TEST(MineTerms, CompoundsNestedTermsAndVariants) {
  const TermsResult r = mine_terms(pairs(kCorpus), {});
  const TermPair* cyber = find(r, "网络犯罪");
  ASSERT_NE(cyber, nullptr);
  EXPECT_EQ(cyber->en, "cybercrime");
  // cyber-crime and cyber crime are spellings of the same term (its capital in "Cyber-crime
  // poses ..." comes from the sentence start).
  EXPECT_NE(std::find(cyber->alternatives.begin(), cyber->alternatives.end(), "cyber-crime"),
            cyber->alternatives.end());
  EXPECT_EQ(cyber->zh_frequency, 5u);
  EXPECT_GE(cyber->joint_frequency, 4u);
  EXPECT_FALSE(cyber->examples.empty());
  // The nested term is kept too, with its own English.
  const TermPair* programme = find(r, "网络犯罪问题全球方案");
  ASSERT_NE(programme, nullptr);
  EXPECT_EQ(programme->en, "Global Programme on Cybercrime");
  const TermPair* unodc = find(r, "联合国毒品和犯罪问题办公室");
  ASSERT_NE(unodc, nullptr);
  EXPECT_EQ(unodc->en, "United Nations Office on Drugs and Crime");
  const TermPair* assistance = find(r, "技术援助");
  ASSERT_NE(assistance, nullptr);
  EXPECT_EQ(assistance->en, "technical assistance");
  // Best first.
  for (std::size_t k = 1; k < r.terms.size(); ++k)
    EXPECT_GE(r.terms[k - 1].score, r.terms[k].score);
}

TEST(MineTerms, ACapitalAtASentenceStartIsNotTheTermsOwn) {
  const TermsResult r = mine_terms(
      pairs({{"鼓励会员国合作。", "Encourages Member States to cooperate."},
             {"（a）鼓励私营部门参与；", "(a) Encourages the private sector to take part;"},
             {"鼓励民间社会参与。", "Encourages civil society to take part."},
             {"阿丹欢迎报告。", "Adan welcomes the report."},
             {"会员国感谢阿丹。", "Member States thank Adan."},
             {"阿丹发言。", "Adan spoke."}}),
      {});
  const TermPair* encourage = find(r, "鼓励");
  ASSERT_NE(encourage, nullptr);
  EXPECT_EQ(encourage->en, "encourages");  // an operative verb, capitalized where it opens
  const TermPair* name = find(r, "阿丹");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->en, "Adan");  // a name keeps the capital it has inside sentences
  const TermPair* states = find(r, "会员国");
  ASSERT_NE(states, nullptr);
  EXPECT_EQ(states->en, "Member States");
}

TEST(MineTerms, ATermWrittenInCapitalsKeepsThemBesideAFewLowerCaseOccurrences) {
  // The Bible's LORD (1,831 times) beside "my lord" (48): shown as written most often. Where a
  // tenth or more of the occurrences are lower case, the term is shown in lower case.
  std::vector<std::pair<std::string, std::string>> raw;
  for (int k = 0; k < 6; ++k) {
    raw.push_back({"耶和华对摩西说话。", "And the LORD spake unto Moses."});
    raw.push_back({"摩西求告耶和华。", "And Moses cried unto the LORD."});
  }
  raw.push_back({"耶和华啊，求你听。", "O lord, hear me."});
  for (int k = 0; k < 4; ++k) {
    raw.push_back({"会员国打击网络犯罪。", "Member States counter cybercrime."});
    raw.push_back({"网络犯罪威胁各国。", "Cybercrime threatens all countries."});
    raw.push_back({"关于网络犯罪的报告", "Report on Cybercrime"});
  }
  const TermsResult r = mine_terms(pairs(raw), {});
  const TermPair* lord = find(r, "耶和华");
  ASSERT_NE(lord, nullptr);
  EXPECT_EQ(lord->en, "LORD");
  const TermPair* cybercrime = find(r, "网络犯罪");
  ASSERT_NE(cybercrime, nullptr);
  EXPECT_EQ(cybercrime->en, "cybercrime");  // lower case inside sentences, capitalised in a title
}

TEST(MineTerms, APossessiveIsNoAlternativeRendering) {
  // Trump's (and Trump’s) beside Trump are the name, not more renderings of 特朗普. A singular
  // beside the plural stays an alternative.
  const TermsResult r = mine_terms(
      pairs({{"特朗普周六抵达纽约。", "Trump arrived in New York on Saturday."},
             {"记者询问特朗普。", "Reporters asked Trump."},
             {"这个决定是特朗普的。", "The decision was Trump's."},
             {"最后的话是特朗普的。", "The last word was Trump\u2019s."},
             {"这份计划是特朗普的。", "The plan is Trump's."},
             {"白宫说特朗普将出席会议。", "The White House said Trump would attend the meeting."},
             {"特朗普总统周日返回华盛顿。", "President Trump returned to Washington on Sunday."},
             {"会员国合作。", "Member States cooperate."},
             {"一个会员国反对该计划。", "One Member State objected to the plan."},
             {"许多会员国支持决议。", "Many Member States supported the resolution."}}),
      {});
  const TermPair* trump = find(r, "特朗普");
  ASSERT_NE(trump, nullptr);
  EXPECT_EQ(renderings_of(r, "特朗普"), "Trump");  // no alternative
  EXPECT_EQ(trump->joint_frequency, 7u);
  EXPECT_EQ(renderings_of(r, "会员国"), "Member States|Member State");
}

TEST(MineTerms, TheEndOfANameWrittenTwoWaysIsNoTerm) {
  // ICU cuts 西弗吉尼亚 and 西维吉尼亚 (two transliterations of West Virginia) into 西|弗|吉尼亚
  // and 西|维|吉尼亚: the word ending both, 吉尼亚, was more frequent than either name and took
  // West Virginia. It always follows two single characters of a name.
  const TermsResult r = mine_terms(
      pairs({{"特朗普在西弗吉尼亚州举行集会。", "Trump held a rally in West Virginia."},
             {"西弗吉尼亚的选民支持参议员。", "Voters in West Virginia support the senator."},
             {"他第二次访问西弗吉尼亚。", "He visited West Virginia for the second time."},
             {"西弗吉尼亚大学的学者发表评论。", "A scholar at West Virginia University commented."},
             {"总统在西维吉尼亚州发表讲话。", "The president spoke in West Virginia."},
             {"西维吉尼亚的集会今晚开始。", "The West Virginia rally begins tonight."},
             {"参议员在纽约发表讲话。", "The senator spoke in New York."},
             {"选民在纽约投票。", "Voters cast ballots in New York."},
             {"学者在纽约发表评论。", "A scholar commented in New York."},
             {"西方国家表示关切。", "Western countries expressed concern."},
             {"西部地区下雨。", "It rained in the western region."},
             {"西班牙队获胜。", "Spain won."}}),
      {});
  EXPECT_EQ(find(r, "吉尼亚"), nullptr);
  EXPECT_EQ(english_of(r, "西弗吉尼亚"), "West Virginia");
  EXPECT_EQ(english_of(r, "纽约"), "New York");
}

TEST(MineTerms, TheDotOfAForeignNameJoinsItsParts) {
  // 安东尼奥·古特雷斯: the dot kept the two parts apart, and 安东尼奥 took "Antonio Guterres".
  const TermsResult r = mine_terms(
      pairs({{"安东尼奥·古特雷斯在会上发言。", "Antonio Guterres spoke at the meeting."},
             {"安东尼奥·古特雷斯呼吁各国合作。",
              "Antonio Guterres called on all countries to cooperate."},
             {"各国代表感谢安东尼奥·古特雷斯。", "Representatives thanked Antonio Guterres."},
             {"古特雷斯还会见了记者。", "Guterres also met journalists."},
             {"会员国欢迎该报告。", "Member States welcomed the report."},
             {"会员国支持该决议。", "Member States supported the resolution."}}),
      {});
  EXPECT_EQ(english_of(r, "安东尼奥·古特雷斯"), "Antonio Guterres");
  EXPECT_EQ(english_of(r, "古特雷斯"), "Guterres");
  EXPECT_EQ(find(r, "安东尼奥"), nullptr);
  for (const TermPair& t : r.terms) {
    EXPECT_NE(t.zh.rfind("\xC2\xB7", 0), 0u) << t.zh;  // no term opens or ends on the dot
    EXPECT_FALSE(t.zh.size() >= 2 && t.zh.substr(t.zh.size() - 2) == "\xC2\xB7") << t.zh;
  }
}

TEST(MineTerms, TermsListedTogetherPairInTheirOrder) {
  // 批准、接受或者核准 / ratification, acceptance or approval: the three occur together in the
  // demo convention's final clauses, so co-occurrence alone cannot tell 批准 from 核准; where
  // they sit in their segments can. The two bundled demo documents, aligned.
  const TermsResult r = mine_terms(aligned_demo_pairs(), {});
  for (const auto& [zh, en] : std::vector<std::pair<std::string, std::string>>{
           {"批准", "ratification"}, {"核准", "approval"}, {"作准", "authentic"}}) {
    const TermPair* t = find(r, zh);
    ASSERT_NE(t, nullptr) << zh;
    EXPECT_EQ(t->en, en) << zh;
  }
}

// A clause-like candidate given one English word that leaves out the rendering of a better
// term inside it is a clause paired with one of its words: 专家组的工作 / "work" beside 专家组 /
// "Expert Group", 维也纳举行 ... In the two demo documents, aligned.
TEST(MineTerms, AClauseIsNotPairedWithOneOfItsWords) {
  const TermsResult r = mine_terms(aligned_demo_pairs(), {});
  const TermPair* group = find(r, "专家组");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->en, "Expert Group");
  for (const char* clause : {"专家组的工作", "本公约另有规定外", "约国均应当采取必要的立法"}) {
    const TermPair* t = find(r, clause);
    EXPECT_TRUE(t == nullptr || t->en.find(' ') != std::string::npos)
        << clause << " / " << (t ? t->en : "");
  }
  EXPECT_NE(find(r, "联合国毒品和犯罪问题办公室"), nullptr);  // a compound keeps its parts
}

TEST(MineTerms, AResolutionParagraphsOpeningVerbAndItsObjectAreNoTerm) {
  // "Encourages Member States" and "Requests the Secretary-General" open paragraphs of the
  // demo resolution twice each: a verb and its object, not terms. Nor is the capitalised
  // "States" a rendering of 鼓励会员国 beside 会员国 / Member States.
  const TermsResult r = mine_terms(aligned_demo_pairs(), {});
  for (const TermPair& t : r.terms) {
    for (const char* verb : {"Encourages ", "Requests ", "Invites ", "Urges "}) {
      EXPECT_NE(t.en.rfind(verb, 0), 0u) << t.zh << " / " << t.en;
    }
  }
  for (const char* clause : {"鼓励会员国", "提供技术援助"})
    EXPECT_NE(english_of(r, clause), "States");
  EXPECT_EQ(english_of(r, "会员国"), "Member States");
  EXPECT_EQ(english_of(r, "秘书长"), "Secretary-General");
  // Inside a sentence, such a word may open a term: notes verbales.
  const TermsResult notes =
      mine_terms(pairs({{"秘书长发出了普通照会。", "The Secretary-General sent notes verbales."},
                        {"会员国答复了普通照会。", "Member States replied to the notes verbales."},
                        {"普通照会已分发。", "The notes verbales were circulated."}}),
                 {});
  EXPECT_EQ(english_of(notes, "普通照会"), "notes verbales");
}

TEST(MineTerms, ANameSpelledInPinyinPairsWithItsSpelling) {
  // 毛泽东 meets "Mao Zedong" and "victory" in the same two beads, in the same places: only
  // the spelling tells them apart.
  const TermsResult r = mine_terms(
      pairs({{"在毛泽东主席领导下，经历了艰难曲折，终于取得了伟大胜利。",
              "Under the leadership of Chairman Mao Zedong, after a hard struggle, a great "
              "victory was won."},
             {"以毛泽东为领袖的人民经历艰难，取得胜利。",
              "The people led by Mao Zedong went through hardship and won victory."},
             {"会员国欢迎报告。", "Member States welcomed the report."},
             {"会员国讨论了报告。", "Member States discussed the report."}}),
      {});
  EXPECT_EQ(english_of(r, "毛泽东"), "Mao Zedong");
  EXPECT_NE(english_of(r, "胜利"), "Mao Zedong");
}

TEST(MineTerms, AForeignNamePairsWithTheNameItSoundsLike) {
  // 特朗普 and 卡瓦诺 stand in the same beads, in the other order than Trump and Kavanaugh:
  // counts cannot tell them apart and closeness pairs them crosswise; their sound can.
  const TermsResult r = mine_terms(
      pairs(
          {{"特朗普总统提名了卡瓦诺。", "Kavanaugh was nominated by President Trump."},
           {"特朗普支持卡瓦诺。", "Kavanaugh has the support of Trump."},
           {"参议院听取了特朗普对卡瓦诺的评价。", "The Senate heard about Kavanaugh from Trump."}}),
      {});
  EXPECT_EQ(english_of(r, "特朗普"), "Trump");
  EXPECT_EQ(english_of(r, "卡瓦诺"), "Kavanaugh");
}

TEST(MineTerms, TimePrepositionsAreNoTerms) {
  const TermsResult r = mine_terms(
      pairs({{"截至2019年底，共有64个缔约国。",
              "As at the end of 2019, there were 64 States parties."},
             {"截至2020年，缔约国增加到70个。", "As at 2020, States parties numbered 70."},
             {"直至2021年，缔约国继续增加。", "Until 2021, States parties kept increasing."},
             {"直至今日，缔约国仍在增加。", "Until today, States parties are still increasing."}}),
      {});
  EXPECT_EQ(find(r, "截至"), nullptr);
  EXPECT_EQ(find(r, "直至"), nullptr);
  EXPECT_EQ(english_of(r, "缔约国"), "States parties");
}

TEST(MineTerms, APrepositionOpensTheFixedPhraseItNearlyAlwaysStandsIn) {
  // "accordance" stands after "in" every time it is used, eleven times: 依照 is "in
  // accordance", and "accordance" alone is a fragment of it. A name is no fixed phrase, however
  // often it follows the same preposition (in Vienna), nor a word seen fewer than ten times
  // (for submission: submission).
  const std::vector<std::pair<std::string, std::string>> subjects = {
      {"专家组", "The Expert Group"},
      {"委员会", "The Commission"},
      {"秘书处", "The Secretariat"},
      {"缔约国", "States parties"},
      {"大会", "The Assembly"},
      {"主席团", "The Bureau"},
      {"工作组", "The working group"},
      {"理事会", "The Council"},
      {"特设委员会", "The Ad Hoc Committee"},
      {"观察员", "Observers"},
      {"会员国", "Member States"}};
  const std::vector<std::pair<std::string, std::string>> rules = {
      {"议事规则", "the rules of procedure"},  {"其任务授权", "its mandate"},
      {"大会决议", "the Assembly resolution"}, {"国内法", "domestic law"},
      {"工作方案", "the programme of work"},   {"商定的程序", "the agreed procedure"},
      {"相关条约", "the relevant treaties"}};
  const std::vector<std::pair<std::string, std::string>> acts = {
      {"开展了工作", "worked"},
      {"提出了建议", "made recommendations"},
      {"通过了报告", "adopted a report"},
      {"审议了议程", "considered the agenda"},
      {"选举了主席", "elected a Chair"},
      {"设立了小组", "established a panel"},
      {"分发了文件", "circulated documents"},
      {"作出了决定", "took a decision"},
      {"举行了磋商", "held consultations"},
      {"提交了意见", "submitted views"},
      {"核可了预算", "approved the budget"}};
  std::vector<std::pair<std::string, std::string>> raw;
  for (std::size_t k = 0; k < subjects.size(); ++k) {
    const auto& [zh, en] = subjects[k];
    const auto& [rule_zh, rule_en] = rules[k % rules.size()];
    const auto& [act_zh, act_en] = acts[k];
    const auto& [where_zh, where_en] = acts[(k + 5) % acts.size()];
    raw.push_back({zh + "依照" + rule_zh + act_zh + "。",
                   en + " " + act_en + " in accordance with " + rule_en + "."});
    raw.push_back({zh + "在维也纳" + where_zh + "。", en + " " + where_en + " in Vienna."});
    if (k < 4) {
      raw.push_back({zh + "编写了提交大会的报告。",
                     en + " prepared a report for submission to the Assembly."});
    }
  }
  const TermsResult r = mine_terms(pairs(raw), {});
  EXPECT_EQ(english_of(r, "依照"), "in accordance");
  EXPECT_EQ(english_of(r, "维也纳"), "Vienna");
  const std::string submit = english_of(r, "提交");
  EXPECT_TRUE(submit.empty() || submit == "submission") << submit;
}

TEST(MineTerms, TheOrdinalPrefixIsNoTerm) {
  const TermsResult r =
      mine_terms(pairs({{"第1条 宗旨", "Article 1 Purpose"},
                        {"第2条 术语", "Article 2 Terms"},
                        {"第3条 范围", "Article 3 Scope"},
                        {"第一委员会审议了第3条。", "The First Committee considered article 3."},
                        {"第一委员会通过了报告。", "The First Committee adopted the report."},
                        {"本公约第 5 条规定。", "Article 5 of this Convention provides."}}),
                 {});
  EXPECT_EQ(find(r, "第"), nullptr);
  const TermPair* first = find(r, "第一委员会");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->en, "First Committee");
}

TEST(MineTerms, TheNounLandIsATermAndTheAdverbSuffixOpensNone) {
  // 地 is the noun land after a determiner or a name (那地, 埃及地) and the adverb suffix after
  // an adjective (有效地打击 "effectively combat", 赞赏地注意到 "notes with appreciation"): it may
  // stand alone and end a term, but opens none of several words.
  const TermsResult r = mine_terms(
      pairs({{"他们住在那地。", "They dwelt in that land."},
             {"那地的人都很好。", "The people of the land were good."},
             {"埃及地有饥荒。", "There was famine in the land of Egypt."},
             {"他们离开了埃及地。", "They left the land of Egypt."},
             {"会员国有效地打击洗钱。", "Member States effectively combat money-laundering."},
             {"会员国有效地打击腐败。", "Member States effectively combat corruption."},
             {"大会赞赏地注意到报告。", "The Assembly notes with appreciation the report."},
             {"大会赞赏地注意到进展。", "The Assembly notes with appreciation the progress."}}),
      {});
  EXPECT_EQ(english_of(r, "地"), "land");
  EXPECT_EQ(english_of(r, "埃及地"), "land of Egypt");
  for (const TermPair& t : r.terms) {
    if (t.zh != "地") {
      EXPECT_NE(t.zh.rfind("地", 0), 0U) << t.zh << " / " << t.en;
    }
  }
}

TEST(MineTerms, AClauseWordEndsAChineseTerm) {
  // 了 and 由 belong to the clause (审议了报告草稿, 讨论由专家主导): no term holds them;
  // 是 may stand inside single characters spelling a name (别|是|巴, Beersheba).
  const TermsResult r = mine_terms(
      pairs({{"专家组审议了报告草稿。", "The Expert Group considered the draft report."},
             {"委员会审议了报告草稿。", "The Commission considered the draft report."},
             {"讨论由专家主导。", "The discussion was led by experts."},
             {"讨论由专家主导，专家组审议了报告草稿。",
              "The discussion was led by experts, and the Expert Group considered the draft "
              "report."},
             {"别是巴在南地。", "Beersheba is in the south."},
             {"他们到了别是巴。", "They came to Beersheba."}}),
      {});
  for (const TermPair& t : r.terms) {
    for (const char* clause_word : {"了", "由"}) {
      EXPECT_EQ(t.zh.find(clause_word), std::string::npos) << t.zh << " / " << t.en;
    }
  }
  EXPECT_EQ(english_of(r, "别是巴"), "Beersheba");
}

TEST(MineTerms, ABodysPredicateIsNoPartOfItsName) {
  // "the Expert Group considered agenda item 2": the verb after the name ends the term; a
  // capital opening a sentence names nothing ("Specially trained officers").
  const TermsResult r = mine_terms(
      pairs({{"专家组审议了议程项目 2。", "The Expert Group considered agenda item 2."},
             {"专家组审议了议程项目 3。", "The Expert Group considered agenda item 3."},
             {"专家组通过了报告。", "The Expert Group adopted the report."},
             {"受过专门培训的警官参加了会议。", "Specially trained officers attended the meeting."},
             {"受过专门培训的警官发了言。", "Specially trained officers made statements."}}),
      {});
  for (const TermPair& t : r.terms) {
    EXPECT_EQ(t.en.find("Group considered"), std::string::npos) << t.zh << " / " << t.en;
    EXPECT_EQ(t.en.find("Group adopted"), std::string::npos) << t.zh << " / " << t.en;
    EXPECT_NE(t.en.rfind("considered ", 0), 0u) << t.zh << " / " << t.en;  // nor opens one
  }
  EXPECT_EQ(english_of(r, "专家组"), "Expert Group");
}

TEST(MineTerms, ADictionaryTellsApartTermsThatAlwaysStandTogether) {
  // 信息 and 最佳做法 meet "information" and "best practices" in the same beads, in the
  // opposite order: counts and positions pair them crosswise; the dictionary does not.
  const auto corpus =
      pairs({{"各国交流了关于立法和最佳做法的信息。",
              "States exchanged information on legislation and best practices."},
             {"专家组请会员国分享最佳做法等信息。",
              "The Expert Group invited Member States to share information on best practices."},
             {"会议还交流了技术援助和最佳做法方面的信息。",
              "The meeting also exchanged information on technical assistance and best "
              "practices."}});
  test::TempDir dir;
  const std::string dict = dir.path() + "/glossary.tsv";
  test::write_file(dict, "zh-CN\ten\n信息\tinformation|news\n");
  TermsOptions o;
  o.dictionary = dict;
  const TermsResult r = mine_terms(corpus, o);
  EXPECT_EQ(english_of(r, "信息"), "information");
  EXPECT_EQ(english_of(r, "最佳做法"), "best practices");
  EXPECT_GT(r.stats.dictionary_entries, 0u);
}

TEST(MineTerms, AnUnreadableDictionaryIsAnInputErrorNamingIt) {
  TermsOptions o;
  o.dictionary = "/nonexistent/cedict.txt";
  try {
    mine_terms(pairs(kCorpus), o);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/cedict.txt"), std::string::npos) << e.what();
  }
}

TEST(MineTerms, MinimumFrequency) {
  TermsOptions o;
  o.min_freq = 2;
  const TermsResult r = mine_terms(pairs(kCorpus), o);
  EXPECT_EQ(find(r, "电子证据"), nullptr);  // one bead only
  for (const TermPair& t : r.terms) EXPECT_GE(t.joint_frequency, 2u);
  o.min_freq = 1;
  EXPECT_GE(mine_terms(pairs(kCorpus), o).terms.size(), r.terms.size());
}

TEST(MineTerms, OneEnglishTermPerChineseTerm) {
  const TermsResult r = mine_terms(pairs(kCorpus), {});
  std::set<std::string> english;
  for (const TermPair& t : r.terms) EXPECT_TRUE(english.insert(t.en).second) << t.en;
}

TEST(MineTerms, DeterministicWhateverTheThreads) {
  TermsOptions one, two;
  one.threads = 1;
  two.threads = 2;
  // 8,400 pairs: the beads are split into 4 parts with one thread and 8 with two.
  std::vector<std::pair<std::string, std::string>> many;
  for (int k = 0; k < 700; ++k) many.insert(many.end(), kCorpus.begin(), kCorpus.end());
  for (const auto& raw : {kCorpus, many}) {
    const TermsResult a = mine_terms(pairs(raw), one);
    const TermsResult b = mine_terms(pairs(raw), two);
    ASSERT_EQ(a.terms.size(), b.terms.size());
    for (std::size_t k = 0; k < a.terms.size(); ++k) {
      EXPECT_EQ(a.terms[k].zh, b.terms[k].zh);
      EXPECT_EQ(a.terms[k].en, b.terms[k].en);
      EXPECT_EQ(a.terms[k].score, b.terms[k].score);
      EXPECT_EQ(a.terms[k].examples, b.terms[k].examples);
    }
  }
}

// A name the dictionary segmentation splits into characters, opening on a function character
// (以|扫): the whole name gets the English name, not its fragment 扫, which also occurs alone
// (扫罗 / Saul). Written for this test.
TEST(MineTerms, NamesSplitIntoCharactersAreNotCutToFragments) {
  std::vector<std::pair<std::string, std::string>> raw = {
      {"以扫对雅各说话。", "Esau spoke to Jacob."},
      {"雅各的哥哥以扫回来了。", "Jacob's brother Esau came back."},
      {"以扫住在西珥山。", "Esau dwelt in mount Seir."},
      {"以扫是猎人。", "Esau was a hunter."},
      {"雅各拜见以扫。", "Jacob met Esau."},
      {"以扫的儿子在西珥。", "The sons of Esau were in Seir."},
      {"以扫见了雅各就哭了。", "Esau saw Jacob and wept."},
      {"扫罗作王。", "Saul reigned."},
      {"扫罗死了。", "Saul died."},
      {"雅各离开了西珥。", "Jacob left Seir."},
      {"以色列人在旷野。", "The children of Israel were in the wilderness."},
      {"以色列人离开了埃及。", "The children of Israel left Egypt."},
      {"所以雅各哭了。", "Therefore Jacob wept."},
      {"所以他们回来了。", "Therefore they came back."},
      {"以色列的众人说话。", "All Israel spoke."},
      {"所以以色列人住在西珥。", "Therefore the children of Israel dwelt in Seir."},
  };
  const TermsResult r = mine_terms(pairs(raw), {});
  const TermPair* esau = find(r, "以扫");
  ASSERT_NE(esau, nullptr);
  EXPECT_EQ(esau->en, "Esau");
  EXPECT_NE(english_of(r, "扫"), "Esau");
  for (const TermPair& t : r.terms) {
    EXPECT_NE(t.zh.rfind("的", 0), 0u) << t.zh;  // a particle opens no term
  }
}

// A character the segmenter leaves alone only because it does not know the words around it
// (会|幕, 帐|幕: two unknown words for the tabernacle) is no term when those words account for
// its pairing between them, though neither does alone: 帐幕 / tabernacle, not 幕 / tabernacle.
// Written for this test.
TEST(MineTerms, ACharacterOfUnknownWordsIsNotTheirTerm) {
  std::vector<std::pair<std::string, std::string>> raw = {
      {"摩西支搭帐幕。", "Moses pitched the tabernacle."},
      {"帐幕有十幅幔子。", "The tabernacle had ten curtains."},
      {"他们抬着帐幕。", "They carried the tabernacle."},
      {"帐幕立起来了。", "The tabernacle was reared up."},
      {"亚伦进入会幕。", "Aaron went into the tabernacle of the congregation."},
      {"会幕在营中。", "The tabernacle of the congregation was in the camp."},
      {"摩西出了会幕。", "Moses came out of the tabernacle of the congregation."},
      {"祭司在会幕供职。", "The priests served in the tabernacle of the congregation."},
      {"摩西在营中。", "Moses was in the camp."},
      {"亚伦和摩西说话。", "Aaron spoke with Moses."},
      {"祭司抬着约柜。", "The priests carried the ark."},
      {"他们出了营。", "They came out of the camp."},
  };
  const TermsResult r = mine_terms(pairs(raw), {});
  const TermPair* tent = find(r, "帐幕");
  ASSERT_NE(tent, nullptr);
  EXPECT_EQ(tent->en, "tabernacle");
  const TermPair* meeting = find(r, "会幕");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->en, "tabernacle of the congregation");
  EXPECT_NE(english_of(r, "幕"), "tabernacle");
}

// A pair with a side over max_pair_words (a whole document as one pair) is left out and
// counted; the others are mined as before.
TEST(MineTerms, LeavesOutOverlongPairs) {
  std::vector<std::pair<std::string, std::string>> raw = kCorpus;
  std::string zh, en;
  for (int k = 0; k < 50; ++k) {
    zh += "会员国加强合作。";
    en += "Member States strengthen cooperation. ";
  }
  raw.push_back({zh, en});
  TermsOptions o;
  o.max_pair_words = 100;
  const TermsResult r = mine_terms(pairs(raw), o);
  EXPECT_EQ(r.stats.long_pairs, 1u);
  EXPECT_EQ(r.stats.pairs, raw.size());
  const TermsResult plain = mine_terms(pairs(kCorpus), o);
  ASSERT_EQ(r.terms.size(), plain.terms.size());
  for (std::size_t k = 0; k < r.terms.size(); ++k) {
    EXPECT_EQ(r.terms[k].zh, plain.terms[k].zh);
    EXPECT_EQ(r.terms[k].joint_frequency, plain.terms[k].joint_frequency);
  }
}

// A unit after digits is no term: 月 in "3 月" is not paired with "March".
TEST(MineTerms, UnitsAfterDigitsAreNoTerms) {
  std::vector<std::pair<std::string, std::string>> raw = kCorpus;
  raw.push_back({"专家组于 3 月举行会议。", "The Expert Group met in March."});
  raw.push_back({"会员国于 3 月提交报告。", "Member States reported in March."});
  raw.push_back({"秘书长于 3 月发言。", "The Secretary-General spoke in March."});
  const TermsResult r = mine_terms(pairs(raw), {});
  for (const TermPair& t : r.terms) {
    EXPECT_NE(t.zh.rfind("月", 0), 0u) << t.zh << " / " << t.en;
  }
  EXPECT_NE(find(r, "专家组"), nullptr);
}

TEST(MineTerms, ANumberInANameIsNoQuantity) {
  // 大 after COVID-19 is no measure word after a number: 大流行 / pandemic, not 流行.
  const TermsResult r = mine_terms(
      pairs({{"COVID-19大流行影响了各国。", "The COVID-19 pandemic affected all countries."},
             {"各国应对COVID-19大流行。", "Countries responded to the COVID-19 pandemic."},
             {"COVID-19大流行加剧了网络犯罪。", "The COVID-19 pandemic exacerbated cybercrime."},
             {"网络犯罪是一个挑战。", "Cybercrime is a challenge."}}),
      {});
  EXPECT_EQ(english_of(r, "大流行"), "pandemic");
  EXPECT_EQ(find(r, "流行"), nullptr);
}

TEST(MineTerms, EmptyInputIsAnError) { EXPECT_THROW(mine_terms({}, {}), InputError); }

}  // namespace
}  // namespace bitext::terms
