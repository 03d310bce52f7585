#include "bitext/check/check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bitext/core/error.h"

namespace bitext::check {
namespace {

SegmentPair pair(std::string zh, std::string en) {
  SegmentPair p;
  p.zh = std::move(zh);
  p.en = std::move(en);
  return p;
}

TermPair term(std::string zh, std::string en) {
  TermPair t;
  t.zh = std::move(zh);
  t.en = std::move(en);
  return t;
}

std::vector<Finding> check_all(const std::vector<SegmentPair>& pairs,
                               const std::vector<TermPair>& glossary = {},
                               CheckOptions options = {}) {
  options.report = Severity::kInfo;
  return check({{"t.tsv", pairs}}, glossary, options).findings;
}

std::vector<Finding> of(const std::vector<Finding>& all, const std::string& check) {
  std::vector<Finding> out;
  for (const auto& f : all) {
    if (f.check == check) out.push_back(f);
  }
  return out;
}

// Findings of the number, date and symbol checks at warning or above.
std::vector<Finding> meaning(const std::vector<Finding>& all) {
  std::vector<Finding> out;
  for (const auto& f : all) {
    if ((f.check == "number" || f.check == "date" || f.check == "symbol") &&
        f.severity >= Severity::kWarning) {
      out.push_back(f);
    }
  }
  return out;
}

std::string dump(const std::vector<Finding>& fs) {
  std::string s;
  for (const auto& f : fs) s += f.check + ": " + f.message + "\n";
  return s;
}

// The seed patterns, equal by meaning on both sides: nothing to report.
TEST(Check, SeedPatternsEqualByMeaning) {
  const std::vector<SegmentPair> pairs = {
      pair("回顾其 2019 年 12 月 18 日第 74/173 号决议",
           "Recalling its resolution 74/173 of 18 December 2019"),
      pair("回顾其 2019 年 12 月 18 日第 74/173 号决议",
           "Recalling its resolution 74/173 of December 18, 2019"),
      pair("大会第 65/230 号决议", "General Assembly resolution 65/230"),
      pair("大会第 65/230 号决议", "General Assembly resolution A/RES/65/230"),
      pair("大会第七十四届会议", "the seventy-fourth session of the General Assembly"),
      pair("大会第七十四届会议", "the 74th session of the General Assembly"),
      pair("94 个会员国答复了调查表", "Ninety-four Member States replied to the questionnaire"),
      pair("94 个会员国答复了调查表", "94 Member States replied to the questionnaire"),
      pair("2018-2021 年期间的工作计划", "the workplan for the period 2018–2021"),
      pair("2018 年 4 月 3 日至 5 日在维也纳举行", "held in Vienna from 3 to 5 April 2018"),
      pair("会议于 4 月 3 日至 5 日举行", "the meeting was held from 3 to 5 April"),
      pair("会议于 3 日至 5 日举行", "the meeting was held from the 3rd to the 5th"),
      pair("受害人达 1.2亿人", "120 million victims"),
      pair("受害人达 3,000万人", "30 million victims"),
      pair("增长了百分之五", "an increase of 5 per cent"),
      pair("增长了百分之五", "an increase of 5%"),
      pair("增长了百分之五", "an increase of five per cent"),
      pair("一百四十三个国家", "one hundred and forty-three countries"),
      pair("一九四九年", "in 1949"),
      pair("二十世纪三十年代", "the 1930s"),
      pair("三分之二的多数", "a two-thirds majority"),
      pair("报告（A/74/400）", "report (A/74/400)"),
      pair("见 E/CN.15/2011/19 和 UNODC/CCPCJ/EG.4/2020/1",
           "see E/CN.15/2011/19 and UNODC/CCPCJ/EG.4/2020/1"),
  };
  const auto findings = check_all(pairs);
  EXPECT_TRUE(meaning(findings).empty()) << dump(meaning(findings));
}

// English copied from a PDF prints footnote markers in plain digits ("Crime3", a body "3 United
// Nations ..."), where the Chinese has superscripts: no number to check, and the glossary term
// before the digit is still found. The numbers of the text are still read.
TEST(Check, PlainDigitFootnoteMarkersAgainstSuperscripts) {
  const TermPair untoc = term("联合国打击跨国有组织犯罪公约",
                              "United Nations Convention against Transnational Organized Crime");
  const auto findings = check_all(
      {pair("吁请会员国利用《联合国打击跨国有组织犯罪公约》³处理网络犯罪案件；",
            "Calls upon Member States to make use of the United Nations Convention against "
            "Transnational Organized Crime3 in cases of cybercrime;"),
       pair("³ 联合国，《条约汇编》，第 2225 卷，第 39574 号。",
            "3 United Nations, Treaty Series, vol. 2225, No. 39574.")},
      {untoc});
  EXPECT_TRUE(of(findings, "number").empty()) << findings.front().message;
  EXPECT_TRUE(of(findings, "term-missing").empty()) << findings.front().message;
  // Findings quote the English as given, digits included.
  const auto planted =
      check_all({pair("吁请 94 个会员国利用该公约³。", "Calls upon 49 Member States to use it,3")});
  ASSERT_EQ(of(planted, "number").size(), 1u);
  EXPECT_EQ(of(planted, "number")[0].en, "Calls upon 49 Member States to use it,3");
}

// pdftotext -layout prints a superscript apart from the word before it ("2013, 1 in which",
// "International Security, 2"): a marker where the Chinese has that superscript; a list of
// numbers, or a number the Chinese has as a number, is still read.
TEST(Check, FootnoteMarkersPrintedApart) {
  const auto clean = check_all(
      {pair("回顾委员会 2013 年 4 月 26 日第 22/8 号决议，¹ 其中委员会欢迎……",
            "Recalling Commission resolution 22/8 of 26 April 2013, 1 in which the Commission "
            "welcomed …"),
       pair("表示注意到政府专家组的报告，²",
            "Taking note of the reports of the Group of Governmental Experts, 2")});
  EXPECT_TRUE(of(clean, "number").empty()) << dump(clean);
  const auto list =
      check_all({pair("回顾第 1 和第 3 段，¹", "Recalling paragraphs 1, 2 and 3, 1 in which")});
  ASSERT_EQ(of(list, "number").size(), 1u) << dump(list);  // "2" has no counterpart
  const auto no_note =
      check_all({pair("注意到 2019 年有 5 个国家，", "Noting that in 2019, 5 countries")});
  EXPECT_TRUE(of(no_note, "number").empty()) << dump(no_note);
  const auto wrong =
      check_all({pair("注意到 2019 年有 5 个国家，¹", "Noting that in 2019, 6 countries")});
  ASSERT_EQ(of(wrong, "number").size(), 1u) << dump(wrong);
  EXPECT_NE(of(wrong, "number")[0].message.find("\"6\" in the English"), std::string::npos);
}

TEST(Check, PlainDigitFootnoteMarkersOnBothSides) {
  // Both versions copied from PDFs: the notes are plain digits in the Chinese too, glued to a
  // Han character or 》, and after the year's full stop or comma in the English.
  const auto clean = check_all(
      {pair("回顾《联合国打击跨国有组织犯罪公约》3及其议定书，",
            "Recalling the United Nations Convention against Transnational Organized Crime3 and "
            "the Protocols thereto,"),
       pair("又回顾其2019年12月18日第74/247号决议2，",
            "Recalling also its resolution 74/247 of 18 December 2019,2"),
       pair("又回顾其2019年12月18日第74/247号决议²。",
            "Recalling also its resolution 74/247 of 18 December 2019.2")});
  EXPECT_TRUE(of(clean, "number").empty()) << dump(clean);
  EXPECT_TRUE(of(clean, "date").empty()) << dump(clean);
  // Only the same number on both sides is a marker: different notes, and a count glued to a
  // Han character, are still numbers.
  const auto differ = check_all({pair("回顾《公约》3及其议定书，", "Recalling the Convention4 and"),
                                 pair("根据第3条，", "Under article 4,")});
  EXPECT_EQ(of(differ, "number").size(), 2u) << dump(differ);
  // The year before a marker is read: a wrong day is found with its year.
  const auto wrong_day =
      check_all({pair("又回顾其2019年12月18日第74/247号决议2，",
                      "Recalling also its resolution 74/247 of 27 December 2019,2")});
  ASSERT_EQ(of(wrong_day, "date").size(), 1u) << dump(wrong_day);
  EXPECT_EQ(of(wrong_day, "date")[0].en_span, "27 December 2019");
}

TEST(Check, NumberDiffers) {
  const auto f = check_all(
      {pair("大会第七十四届会议有 94 个会员国", "the seventy-fifth session: 94 Member States")});
  const auto numbers = of(f, "number");
  ASSERT_EQ(numbers.size(), 1u) << dump(f);
  EXPECT_EQ(numbers[0].severity, Severity::kError);
  EXPECT_EQ(numbers[0].zh_span, "第七十四");
  EXPECT_EQ(numbers[0].en_span, "seventy-fifth");
  EXPECT_EQ(numbers[0].file, "t.tsv");
  EXPECT_EQ(numbers[0].loc, "1");
  EXPECT_EQ(numbers[0].zh, "大会第七十四届会议有 94 个会员国");
}

TEST(Check, ScaleErrorsAreCaught) {
  const auto f = check_all({pair("受害人达 1.2亿人", "12 million victims")});
  ASSERT_EQ(of(f, "number").size(), 1u) << dump(f);
  EXPECT_EQ(of(f, "number")[0].severity, Severity::kError);
}

TEST(Check, NumberOnOneSideIsAWarning) {
  const auto f =
      check_all({pair("94 个会员国答复了调查表", "Member States replied to the questionnaire")});
  const auto numbers = of(f, "number");
  ASSERT_EQ(numbers.size(), 1u);
  EXPECT_EQ(numbers[0].severity, Severity::kWarning);
  EXPECT_EQ(numbers[0].zh_span, "94");
  EXPECT_TRUE(numbers[0].en_span.empty());
}

TEST(Check, CrossReferencesAndRoundTheClockAreNotMismatches) {
  // A sentence opening with a cross-reference (not an article heading), and "24/7" beside
  // 24小时全天候 (the seven days left implicit); 12 hours for 24/7 is still an error.
  const auto f =
      check_all({pair("第十二条第2款规定的措施应予适用。",
                      "Article 12, paragraph 2, shall apply to the measures."),
                 pair("设立24小时全天候联络点。", "Establish points of contact available 24/7."),
                 pair("设立12小时联络点。", "Establish points of contact available 24/7.")});
  const auto wrong = meaning(f);
  ASSERT_EQ(wrong.size(), 1u) << dump(f);
  EXPECT_EQ(wrong[0].loc, "3");
  EXPECT_EQ(wrong[0].severity, Severity::kError);
  EXPECT_TRUE(of(f, "numbering").empty()) << dump(f);
}

TEST(Check, SmallWordDifferencesAreWarnings) {
  const auto f =
      check_all({pair("位列世界第四", "ranked three in the world"),
                 pair("8 个国家", "eight countries"), pair("5 个国家", "eight countries")});
  const auto numbers = of(f, "number");
  ASSERT_EQ(numbers.size(), 2u) << dump(f);
  EXPECT_EQ(numbers[0].loc, "1");
  EXPECT_EQ(numbers[0].severity, Severity::kWarning);
  EXPECT_EQ(numbers[1].loc, "3");
  EXPECT_EQ(numbers[1].severity, Severity::kError);
}

TEST(Check, OneAndTwoInWordsAreInfoOnly) {
  const auto f = check_all({pair("一位代表说", "A representative said")});
  const auto numbers = of(f, "number");
  ASSERT_EQ(numbers.size(), 1u);
  EXPECT_EQ(numbers[0].severity, Severity::kInfo);
  // and left out at the default report level
  EXPECT_TRUE(check({{"t", {pair("一位代表说", "A representative said")}}}, {}).findings.empty());
}

// Two weak numbers left over: of different kinds (有一次 "once" beside "the second half") each is
// info on its own; of one kind (一名 beside "two men") they are still paired, a warning.
TEST(Check, WeakNumbersOfDifferentKindsAreNotPaired) {
  const auto f = check_all({pair("尽管他有一次扑救，但这种格局一直持续到下半场。",
                                 "That pattern continued into the second half."),
                            pair("一名男子被捕。", "Two men were arrested.")});
  const auto numbers = of(f, "number");
  ASSERT_EQ(numbers.size(), 4u) << dump(f);  // 一; "second" and "half" of "the second half"
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(numbers[k].loc, "1");
    EXPECT_EQ(numbers[k].severity, Severity::kInfo) << dump(f);
    EXPECT_TRUE(numbers[k].zh_span.empty() != numbers[k].en_span.empty()) << dump(f);
  }
  EXPECT_EQ(numbers[0].zh_span, "一");
  EXPECT_EQ(numbers[1].en_span, "second");
  EXPECT_EQ(numbers[3].loc, "2");
  EXPECT_EQ(numbers[3].severity, Severity::kWarning);
  EXPECT_EQ(numbers[3].zh_span, "一");
  EXPECT_EQ(numbers[3].en_span, "Two");
}

// A numeral before a noun no measure list holds (四洞, 五肘) accounts for the English number,
// and is not reported when the English has none.
TEST(Check, TentativeChineseNumeralsAccountForEnglishNumbers) {
  const auto f = check_all(
      {pair("这组欧洲球员取得了赢四洞剩四洞的战绩。", "Europe's couple are four from four."),
       pair("长五肘，宽五肘，高三肘。", "Five cubits long, five broad, three high."),
       pair("他们住在四川。", "They live in Sichuan."),
       pair("为一级飓风，最终取得两场四分胜利。",
            "A Category 1 hurricane; two victories, four points."),
       pair("长五肘。", "Seven cubits long.")});
  const auto numbers = of(f, "number");
  ASSERT_EQ(numbers.size(), 1u) << dump(f);
  EXPECT_EQ(numbers[0].loc, "5");
  EXPECT_EQ(numbers[0].en_span, "Seven");
  EXPECT_TRUE(numbers[0].zh_span.empty());
}

TEST(Check, DateDiffersAndIsNotAlsoANumber) {
  const auto f = check_all(
      {pair("2019 年 12 月 18 日第 74/173 号决议", "resolution 74/173 of 19 December 2019")});
  const auto dates = of(f, "date");
  ASSERT_EQ(dates.size(), 1u) << dump(f);
  EXPECT_EQ(dates[0].severity, Severity::kError);
  EXPECT_EQ(dates[0].zh_span, "2019 年 12 月 18 日");
  EXPECT_EQ(dates[0].en_span, "19 December 2019");
  EXPECT_TRUE(of(f, "number").empty()) << dump(f);
}

TEST(Check, DaysWithoutMonthAreCompared) {
  const auto f = check_all({pair("会议于 3 日至 5 日举行", "the meeting was held from 3 to 6")});
  ASSERT_EQ(of(f, "number").size(), 1u) << dump(f);
  EXPECT_EQ(of(f, "number")[0].zh_span, "5");
  EXPECT_EQ(of(f, "number")[0].en_span, "6");
  EXPECT_EQ(of(f, "number")[0].severity, Severity::kError);
}

TEST(Check, DateRangeEndDiffers) {
  const auto f = check_all({pair("2018 年 4 月 3 日至 5 日", "from 3 to 6 April 2018")});
  ASSERT_EQ(of(f, "date").size(), 1u) << dump(f);
}

TEST(Check, DaysListedAgainstARangeOrAList) {
  // Two days in a row written as a range on one side and as a list on the other are the same
  // days; a list that names another day is not.
  const auto same = check_all({pair("会议于二〇二〇年五月十二日至十三日举行。",
                                    "The meeting was held on 12 and 13 May 2020."),
                               pair("2020年5月12日、13日和15日举行会议。",
                                    "Meetings were held on 12, 13 and 15 May 2020.")});
  EXPECT_TRUE(of(same, "date").empty()) << dump(same);
  EXPECT_TRUE(of(same, "number").empty()) << dump(same);
  const auto other = check_all(
      {pair("2020年5月12日和13日举行会议。", "Meetings were held on 12 and 14 May 2020.")});
  ASSERT_EQ(of(other, "date").size(), 1u) << dump(other);
  EXPECT_EQ(of(other, "date")[0].zh_span, "13日");
}

TEST(Check, SymbolMissing) {
  const auto f = check_all({pair("大会第 65/230 号决议", "General Assembly resolution 65/231")});
  const auto symbols = of(f, "symbol");
  ASSERT_EQ(symbols.size(), 1u) << dump(f);
  EXPECT_EQ(symbols[0].severity, Severity::kError);
  EXPECT_EQ(symbols[0].zh_span, "65/230");
  EXPECT_EQ(symbols[0].en_span, "65/231");
  EXPECT_TRUE(of(f, "number").empty());
}

TEST(Check, TermMissingAndForbidden) {
  TermPair unodc = term("联合国毒品和犯罪问题办公室", "United Nations Office on Drugs and Crime");
  unodc.alternatives = {"UNODC"};
  const TermPair crime = term("犯罪", "crime");
  TermPair cyber = term("网络犯罪", "cybercrime");
  cyber.forbidden = {"computer crime"};
  const std::vector<TermPair> glossary = {crime, unodc, cyber};
  const auto f = check_all(
      {
          // longest match: 犯罪 inside the office's name is not checked on its own
          pair("联合国毒品和犯罪问题办公室", "UNODC"),
          // inflection- and hyphen-tolerant
          pair("打击網絡犯罪", "countering cyber-crimes"),
          pair("网络犯罪", "computer crimes"),
          pair("犯罪", "offences"),
      },
      glossary);
  const auto missing = of(f, "term-missing");
  ASSERT_EQ(missing.size(), 2u) << dump(f);
  EXPECT_EQ(missing[0].loc, "3");
  EXPECT_EQ(missing[0].term, "网络犯罪");
  EXPECT_EQ(missing[1].loc, "4");
  EXPECT_EQ(missing[1].term, "犯罪");
  // The message says what is missing: the one approved rendering, or each of several.
  EXPECT_EQ(missing[1].message,
            "glossary term \"犯罪\" is in the Chinese but \"crime\" is not in the English");
  const auto several =
      of(check_all({pair("联合国毒品和犯罪问题办公室", "the Office")}, glossary), "term-missing");
  ASSERT_EQ(several.size(), 1u);
  EXPECT_NE(several[0].message.find("but none of \"United Nations Office on Drugs and Crime\", "
                                    "\"UNODC\" is in the English"),
            std::string::npos)
      << several[0].message;
  const auto forbidden = of(f, "term-forbidden");
  ASSERT_EQ(forbidden.size(), 1u);
  EXPECT_EQ(forbidden[0].loc, "3");
  EXPECT_EQ(forbidden[0].en_span, "computer crimes");
}

// A Chinese noun is its own adjective: the approved "socialism" is there in "socialist State",
// and that is the approved rendering, not a second one. The adjective alone does not put the
// term in the English: "social" does not ask for 社会主义 in the Chinese.
TEST(Check, AnApprovedRenderingMayTakeItsAdjectiveForm) {
  const auto f =
      check_all({pair("社会主义国家", "the socialist State"),
                 pair("建设社会主义", "building socialism"), pair("俄罗斯公民", "Russian citizens"),
                 pair("社会保障", "social security"), pair("社会主义制度", "the social system")},
                {term("社会主义", "socialism"), term("俄罗斯", "Russia")});
  const auto missing = of(f, "term-missing");
  ASSERT_EQ(missing.size(), 1u) << dump(f);
  EXPECT_EQ(missing[0].loc, "5");
  for (const auto& x : of(f, "inconsistent-source")) EXPECT_NE(x.term, "社会主义") << dump(f);
}

TEST(Check, TermRenderedSeveralWays) {
  TermPair cyber = term("网络犯罪", "cybercrime");
  cyber.alternatives = {"cyber crime"};
  CheckInput a{"a.tsv",
               {pair("网络犯罪", "cybercrime"), pair("网络犯罪问题", "cybercrime issues")}};
  CheckInput b{"b.tsv", {pair("网络犯罪", "cyber crime")}};
  const auto r = check({a, b}, {cyber});
  const auto inconsistent = of(r.findings, "inconsistent-source");
  // Two variants of the term (plus the segment 网络犯罪 rendered two ways).
  std::size_t term_findings = 0;
  for (const auto& f : inconsistent) term_findings += f.term == "网络犯罪";
  EXPECT_GE(term_findings, 2u) << dump(r.findings);
  EXPECT_EQ(inconsistent.back().file, "b.tsv");
}

// A hyphen making a term a modifier ("technical-assistance needs") is the same rendering; a
// term written as one word or in two is not (cybercrime, cyber-crime).
TEST(Check, AHyphenatedModifierIsTheSameRendering) {
  CheckInput a{
      "a.tsv",
      {pair("技术援助", "technical assistance"), pair("技术援助需求", "technical-assistance needs"),
       pair("网络犯罪", "cybercrime"), pair("网络犯罪问题", "cyber-crime issues")}};
  const auto r =
      check({a}, {term("技术援助", "technical assistance"), term("网络犯罪", "cybercrime")});
  for (const auto& f : of(r.findings, "inconsistent-source")) {
    EXPECT_EQ(f.term, "网络犯罪") << dump(r.findings);
  }
  EXPECT_EQ(of(r.findings, "inconsistent-source").size(), 2u) << dump(r.findings);
}

TEST(Check, InconsistentSegments) {
  CheckInput a{"a.tsv", {pair("序言", "Preamble"), pair("总纲", "General Principles")}};
  CheckInput b{"b.tsv",
               {pair("序言", "Preface"), pair("总则", "General Principles"),
                pair("序言", "Preamble.")}};  // final punctuation does not count
  const auto r = check({a, b}, {});
  const auto source = of(r.findings, "inconsistent-source");
  ASSERT_EQ(source.size(), 2u) << dump(r.findings);
  EXPECT_EQ(source[0].file, "a.tsv");
  EXPECT_EQ(source[0].en_span, "Preamble");
  EXPECT_EQ(source[1].file, "b.tsv");
  EXPECT_EQ(source[1].en_span, "Preface");
  EXPECT_EQ(source[0].term, "序言");
  const auto target = of(r.findings, "inconsistent-target");
  ASSERT_EQ(target.size(), 2u);
  EXPECT_EQ(target[0].term, "General Principles");
}

// A list item's closing conjunction is not a different rendering: the same item ends one list
// with "and" and another with a full stop (the constitution's 秘书长，/ "a secretary general,
// and" and 秘书长。/ "a secretary general.").
TEST(Check, AListItemsClosingConjunctionIsTheSameRendering) {
  CheckInput a{
      "a.tsv",
      {pair("秘书长，", "a secretary general, and"), pair("秘书长。", "a secretary general."),
       pair("（一）委员若干人；以及", "(a) members; or"),
       pair("（一）委员若干人。", "(a) members.")}};
  const auto r = check({a}, {});
  EXPECT_TRUE(of(r.findings, "inconsistent-source").empty()) << dump(r.findings);
  EXPECT_TRUE(of(r.findings, "inconsistent-target").empty()) << dump(r.findings);
  CheckInput b{"b.tsv",
               {pair("秘书长，", "a secretary general, and"),
                pair("秘书长。", "a secretary-general and deputy.")}};
  EXPECT_EQ(of(check({b}, {}).findings, "inconsistent-source").size(), 2u);
}

TEST(Check, NumberingMismatchAndGaps) {
  std::vector<SegmentPair> pairs;
  // zh 1-14, en 1-13: paragraph 7 of the English was merged away.
  for (int k = 1; k <= 14; ++k) {
    const int e = k <= 6 ? k : k - 1;
    if (k == 7) continue;
    pairs.push_back(pair(std::to_string(k) + ". 决定继续审议该问题。",
                         std::to_string(e) + ". Decides to remain seized of the matter."));
  }
  const auto f = check_all(pairs);
  const auto numbering = of(f, "numbering");
  // The Chinese jumps from 6 to 8 (a warning), and from there every pair's labels differ.
  std::size_t differ = 0;
  std::size_t jumps = 0;
  for (const auto& x : numbering) {
    differ += x.severity == Severity::kError;
    if (x.message.find("jumps from 6 to 8 in the Chinese") != std::string::npos) {
      ++jumps;
      EXPECT_EQ(x.severity, Severity::kWarning);
      EXPECT_EQ(x.zh_span, "8.");
    }
  }
  EXPECT_EQ(differ, 7u) << dump(numbering);
  EXPECT_EQ(jumps, 1u) << dump(numbering);
  // Labels are numbering, not numbers.
  EXPECT_TRUE(meaning(f).empty()) << dump(meaning(f));
}

TEST(Check, NumberingAcrossStyles) {
  const auto f = check_all(
      {pair("（一）修改宪法；", "(1) amending the Constitution;"),
       pair("（二）监督宪法的实施；", "(2) overseeing the enforcement of the Constitution;"),
       pair("第十二条　国家", "Article 12 The state"),
       pair("第十三条　公民", "Article 14 Citizens")});
  const auto numbering = of(f, "numbering");
  ASSERT_EQ(numbering.size(), 2u) << dump(numbering);  // 13 vs 14, and the jump 12 -> 14
  EXPECT_EQ(numbering[0].loc, "4");
}

TEST(Check, Untranslated) {
  const auto f = check_all({pair("网络犯罪问题", ""), pair("", "Cybercrime"),
                            pair("网络犯罪问题", "网络犯罪问题"),
                            pair("打击网络犯罪", "Countering 网络犯罪 in all forms"),
                            pair("打击网络犯罪", "Countering 网络 crime"), pair("UNODC", "UNODC"),
                            // A document symbol is written alike in both versions.
                            pair("E/CN.15/2021/L.4/Rev.1", "E/CN.15/2021/L.4/Rev.1")});
  const auto u = of(f, "untranslated");
  ASSERT_EQ(u.size(), 4u) << dump(f);
  EXPECT_EQ(u[0].loc, "1");
  EXPECT_EQ(u[1].loc, "2");
  EXPECT_EQ(u[2].loc, "3");
  EXPECT_EQ(u[3].loc, "4");
  EXPECT_EQ(u[3].en_span, "网络犯罪");
  for (const auto& x : u) EXPECT_EQ(x.severity, Severity::kError);
}

TEST(Check, EnglishLeftInTheChinese) {
  const auto f = check_all(
      {pair("他说 the quick brown fox jumps over the lazy dog 然后离开", "He said so and left")});
  const auto u = of(f, "untranslated");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].severity, Severity::kWarning);
  EXPECT_EQ(u[0].zh_span, "the quick brown fox jumps over the lazy dog");
}

// One sentence and its rendering, repeated to make an input's usual length proportion.
const char* const kSentenceZh = "会员国应当加强国际合作，打击网络犯罪，并分享有关最佳做法的信息。";
const char* const kSentenceEn =
    "Member States should strengthen international cooperation to counter cybercrime and share "
    "information on best practices.";

TEST(Check, MissingSentence) {
  std::vector<SegmentPair> pairs;
  const std::string zh = kSentenceZh, en = kSentenceEn;
  for (int k = 0; k < 30; ++k) pairs.push_back(pair(zh, en));
  pairs.push_back(pair(zh + zh + zh, en));  // two sentences of three left out of the English
  pairs.push_back(pair(zh, en + " " + en + " " + en));
  const auto missing = of(check_all(pairs), "missing");
  ASSERT_EQ(missing.size(), 2u) << dump(missing);
  EXPECT_EQ(missing[0].loc, "31");
  EXPECT_NE(missing[0].message.find("English"), std::string::npos);
  EXPECT_EQ(missing[1].loc, "32");
  EXPECT_NE(missing[1].message.find("Chinese"), std::string::npos);
}

// A paragraph's label is no sentence: "3. Takes note …" is one sentence, as "3. 注意到……" is,
// so a somewhat longer English rendering of it is no sign of a missing sentence.
TEST(Check, ALabelIsNoSentence) {
  std::vector<SegmentPair> pairs;
  const std::string zh = kSentenceZh, en = kSentenceEn;
  for (int k = 1; k <= 30; ++k) {
    const std::string label = std::to_string(k) + ". ";
    pairs.push_back(pair(label + zh, label + en));
  }
  pairs.push_back(pair("31. " + zh,
                       "31. Member States should strengthen international cooperation in order to "
                       "counter cybercrime effectively and share information on their best "
                       "practices."));
  const auto missing = of(check_all(pairs), "missing");
  EXPECT_TRUE(missing.empty()) << dump(missing);
}

// The sides of a pair end with different marks: a warning where the input's pairs otherwise end
// alike, 99% of them or more (a UN document: ；/; , ，/, and 。/.), info where they do not (news
// whose sentences are split differently).
TEST(Check, EndPunctuation) {
  std::vector<SegmentPair> pairs;
  for (int k = 1; k <= 120; ++k) {
    const std::string label = std::to_string(k) + ". ";
    pairs.push_back(pair(label + "请秘书长提交报告；", label + "Requests a report;"));
  }
  pairs.push_back(
      pair("26. 决定继续审议这个问题。”²", "26. Decides to remain seized of the matter;"));
  pairs.push_back(pair("又回顾其第 73/187 号决议，", "Recalling its resolution 73/187,"));
  pairs.push_back(pair("导言", "Introduction"));  // no mark on either side: nothing to compare
  const auto f = of(check_all(pairs), "punctuation");
  ASSERT_EQ(f.size(), 1u) << dump(f);
  EXPECT_EQ(f[0].loc, "121");
  EXPECT_EQ(f[0].severity, Severity::kWarning);
  EXPECT_EQ(f[0].zh_span, "。");
  EXPECT_EQ(f[0].en_span, ";");
  // Where a fifth of the pairs end differently, the style differs: info.
  std::vector<SegmentPair> news;
  for (int k = 0; k < 8; ++k) news.push_back(pair("他说，他们会来。", "He said they would come."));
  news.push_back(pair("他说，", "He said they would come."));
  news.push_back(pair("他们会来，", "They will come."));
  const auto g = of(check_all(news), "punctuation");
  ASSERT_EQ(g.size(), 2u) << dump(g);
  EXPECT_EQ(g[0].severity, Severity::kInfo);
}

TEST(Check, DisabledChecksAndIds) {
  CheckOptions o;
  o.disabled = {"number", "date"};
  const auto f = check_all({pair("2019 年 12 月 18 日有 94 个", "on 19 December 2019, 95")}, {}, o);
  EXPECT_TRUE(f.empty()) << dump(f);
  o.disabled = {"no-such-check"};
  EXPECT_THROW(check({}, {}, o), ConfigError);
  CheckOptions bad;
  bad.length_factor = 0.5;
  EXPECT_THROW(check({}, {}, bad), ConfigError);
  const auto& ids = check_ids();
  EXPECT_EQ(ids.size(), 11u);
  EXPECT_EQ(ids.front(), "term-missing");
  EXPECT_EQ(ids.back(), "punctuation");
}

TEST(Check, OddInputDoesNotThrow) {
  const std::vector<SegmentPair> pairs = {
      pair(std::string(400, '9'), std::string(400, '9') + "1"),
      pair("\xff\xfe\x80 第 年 月 日 至", "\xc3( 1st of , 2019 - -"),
      pair("一二三四五六七八九十百千万亿一二三四五六七八九十百千万亿", "nine hundred and and and"),
      pair("2019年13月40日 99:99 第", "December 32, 0000 to to 31 February"),
      pair("A/ /B 65/ /230 百分之 分之一", "half of a a a a third of"),
      pair("1.2.3.4 1,23,456 ,,, ...", "1e308 -5 +7 3.")};
  EXPECT_NO_THROW(check_all(pairs));
}

TEST(Check, CountsAndLocations) {
  SegmentPair p = pair("94 个会员国", "95 Member States");
  p.loc = "tu 7";
  const auto r = check({{"", {p}}}, {});
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].loc, "tu 7");
  EXPECT_EQ(r.counts.at("number"), 1u);
  EXPECT_TRUE(check({}, {}).findings.empty());
}

}  // namespace
}  // namespace bitext::check
