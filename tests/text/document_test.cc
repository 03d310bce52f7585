#include "bitext/text/document.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "bitext/text/structure.h"

namespace bitext::text {
namespace {

Document seg(const std::string& text, ParagraphMode mode = ParagraphMode::kAuto) {
  SegmentOptions o;
  o.mode = mode;
  return segment_text(text, "t", o);
}

TEST(Paragraphs, BlankLineSeparatedAndHardWrappedEnglish) {
  const Document d = seg(
      "The General Assembly, recalling its resolution 65/230 of 21 December 2010, in which\n"
      "it endorsed the Salvador Declaration on Comprehensive Strategies for Global Challenges,\n"
      "\n"
      "1. Welcomes the work of the Expert Group on Cybercrime and the outcome of its fifth\n"
      "meeting, held in Vienna from 27 to 29 March 2019;\n"
      "\n"
      "2. Requests the Secretary-General to report on the implementation of the present\n"
      "resolution.\n");
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.lang, Lang::kEn);
  EXPECT_EQ(d.paragraphs[0].text.find('\n'), std::string::npos);
  EXPECT_NE(d.paragraphs[0].text.find("in which it endorsed"), std::string::npos);
  EXPECT_EQ(d.paragraphs[1].label.number, "1");
  EXPECT_EQ(d.paragraphs[2].line, 7u);
}

// A line broken at a slash (a symbol, an address, "and/or") joins the next without a space.
TEST(Paragraphs, ALineBrokenAtASlashJoinsWithoutASpace) {
  const Document d =
      seg("Recalling its resolution 74/173 and the report of the Secretary-General (A/RES/\n"
          "73/187), available at https://www.unodc.org/\n"
          "cybercrime, and the views of Member States and/\n"
          "or observers,\n"
          "\n"
          "1. Welcomes the report.\n");
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_NE(d.paragraphs[0].text.find("(A/RES/73/187)"), std::string::npos) << d.paragraphs[0].text;
  EXPECT_NE(d.paragraphs[0].text.find("https://www.unodc.org/cybercrime,"), std::string::npos);
  EXPECT_NE(d.paragraphs[0].text.find("and/or observers"), std::string::npos);
}

// Text copied from a PDF viewer: one visual line per line, no blank lines. Lines that reach the
// margin run on; a short line, a label, a further indent, or (English) a clause stop before a
// capital ends a paragraph.
TEST(Paragraphs, HardWrappedTextWithoutBlankLinesIsReflowed) {
  const Document en =
      seg("Recalling its resolution 74/173 of 18 December 2019, in which it welcomed the work\n"
          "of the open-ended intergovernmental expert group to conduct a comprehensive study\n"
          "of the problem of cybercrime,\n"
          "Noting with appreciation the draft comprehensive study of cybercrime prepared by the\n"
          "United Nations Office on Drugs and Crime under the auspices of the Expert Group,\n"
          "Welcoming the efforts of the Office to provide technical assistance to Member States\n"
          "upon request,\n"
          "1. Requests the Secretary-General to report to the General Assembly at its seventy-\n"
          "fifth session on the implementation of the present resolution, and decides to remain\n"
          "seized of the matter.\n");
  ASSERT_EQ(en.paragraphs.size(), 4u);
  EXPECT_NE(en.paragraphs[0].text.find("comprehensive study of the problem of cybercrime,"),
            std::string::npos);
  EXPECT_EQ(en.paragraphs[1].text.find("Noting"), 0u);
  EXPECT_EQ(en.paragraphs[2].text.find("Welcoming"), 0u);
  EXPECT_EQ(en.paragraphs[3].label.number, "1");
  EXPECT_NE(en.paragraphs[3].text.find("seventy-fifth session"), std::string::npos);
  // A report's paragraph whose sentence ends at a line's end goes on (its paragraphs are numbered).
  const Document report =
      seg("12. The Expert Group considered the draft summary prepared by the Rapporteur and\n"
          "adopted it with the amendments proposed by several delegations during the meeting.\n"
          "The meeting was closed by the Chair, who thanked the interpreters and the Secretariat\n"
          "for their support and the participants for their contributions to the meeting of\n"
          "the Expert Group.\n"
          "13. At the same meeting, the Expert Group adopted its workplan for the period from\n"
          "2018 to 2021, as proposed by the Chair and revised in the light of the comments.\n");
  ASSERT_EQ(report.paragraphs.size(), 2u);
  EXPECT_NE(report.paragraphs[0].text.find("during the meeting. The meeting was closed"),
            std::string::npos);

  const Document zh =
      seg("　　回顾其 2019 年 12 月 18 日第 74/173 "
          "号决议，其中欢迎全面研究网络犯罪问题不限成员名额\n"
          "政府间专家组的工作，\n"
          "　　赞赏地注意到联合国毒品和犯罪问题办公室在专家组主持下编写的网络犯罪问题综合"
          "研究报告\n"
          "草案，并欢迎毒品和犯罪问题办公室根据请求向会员国提供技术援助的努力，\n"
          "　　又注意到专家组将继续开展工作，并在其工作基础上向预防犯罪和刑事司法委员会提"
          "交结论和\n"
          "建议。\n");
  ASSERT_EQ(zh.paragraphs.size(), 3u);
  EXPECT_NE(zh.paragraphs[0].text.find("不限成员名额政府间专家组"), std::string::npos);
  EXPECT_NE(zh.paragraphs[1].text.find("研究报告草案"), std::string::npos);
  EXPECT_EQ(zh.paragraphs[2].text.find("又注意到"), 0u);
}

// One sentence per line, of much the same widths: the lines end sentences, so nothing joins. A
// list of titles, one per line, without punctuation: each next line starts with a capital.
TEST(Paragraphs, OneSentencePerLineIsNotReflowed) {
  const Document titles = seg(
      "Promoting technical assistance and capacity-building to strengthen national measures\n"
      "Countering the use of information and communications technologies for criminal ends\n"
      "Strengthening the United Nations crime prevention and criminal justice programme\n"
      "Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Justice\n"
      "International cooperation to address and counter the world drug problem in all aspects\n");
  EXPECT_EQ(titles.paragraphs.size(), 5u);
  const Document zh_titles =
      seg("促进技术援助和能力建设以加强打击网络犯罪的国家措施和国际合作\n"
          "打击为犯罪目的使用信息和通信技术行为的全面国际公约特设委员会的工作\n"
          "加强联合国预防犯罪和刑事司法方案特别是其技术合作能力的问题\n"
          "开展国际合作以解决和应对世界毒品问题的各项措施\n"
          "第十四届联合国预防犯罪和刑事司法大会的后续行动和第十五届大会的筹备工作\n");
  EXPECT_EQ(zh_titles.paragraphs.size(), 5u);
  const Document d =
      seg("The Expert Group held its sixth meeting in Vienna from 27 to 29 July 2020.\n"
          "The meeting was opened by the Chair, who welcomed the participants.\n"
          "Statements were made by representatives of twenty-three Member States.\n"
          "The Expert Group adopted its agenda and its organization of work.\n"
          "The Rapporteur introduced the draft summary of the deliberations.\n"
          "The Expert Group approved the summary and closed the meeting.\n");
  EXPECT_EQ(d.paragraphs.size(), 6u);
}

// A heading of a few words on a line of its own above its text is a paragraph of its own; a
// label line keeps its title, and a title broken over two lines stays one.
TEST(Paragraphs, AShortHeadingLineAboveItsTextStandsApart) {
  const Document en =
      seg("Summary\n"
          "The present report is submitted pursuant to General Assembly resolution 73/187.\n\n"
          "Article 7\n"
          "Signature, ratification, acceptance, approval and accession\n\n"
          "Countering the use of information and communications technologies\n"
          "for criminal purposes\n");
  ASSERT_EQ(en.paragraphs.size(), 4u);
  EXPECT_EQ(en.paragraphs[0].text, "Summary");
  EXPECT_EQ(en.paragraphs[2].text,
            "Article 7 Signature, ratification, acceptance, approval and accession");
  EXPECT_EQ(en.paragraphs[3].text,
            "Countering the use of information and communications technologies for criminal "
            "purposes");
  const Document zh =
      seg("摘要\n本报告是根据大会第 73/187 号决议提交的，载有 61 个会员国的意见。\n\n大会，\n");
  ASSERT_EQ(zh.paragraphs.size(), 3u);
  EXPECT_EQ(zh.paragraphs[0].text, "摘要");
}

// Full-width punctuation at either side of a wrap holds its own space; between a Han character
// and a Latin word or a number the space a Chinese UN text prints there stays.
TEST(Paragraphs, ChineseWrapAtFullWidthPunctuationAddsNoSpace) {
  const Document d =
      seg("¹ 见《经济及社会理事会正式记录，2017 年，补编第 10 号》(E/2017/30)，第一章，\n"
          "D 节；另见专家组 2019 年\n"
          "3 月的报告（UNODC/CCPCJ/EG.4/2019/2\n"
          "）和 George-Maria Tyendezwa\n"
          "先生的发言。\n"
          "\n"
          "² 下一个脚注。\n");
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_EQ(d.paragraphs[0].text,
            "¹ 见《经济及社会理事会正式记录，2017 年，补编第 10 号》(E/2017/30)，第一章，D 节；"
            "另见专家组 2019 年 3 月的报告（UNODC/CCPCJ/EG.4/2019/2）和 George-Maria Tyendezwa "
            "先生的发言。");
}

TEST(Paragraphs, ChineseJoinsWithoutSpacesAcrossWrapsAndPageBreaks) {
  const Document d =
      seg("74/173. 促进技术援助和能力建设以加强打击网络犯罪的国家措施和国际合作，\n"
          "包括信息共享\n"
          "\n"
          "大会，\n"
          "\n"
          "5. 专家组第三次会议于 2017 年 4 月 10 日至 13 "
          "日在维也纳举行。在该次会议上，专家组除其他外，审议了报告员编写的概要以及在研究报\n"
          "\n"
          "\n"
          "\n"
          "告草案上的未来方向。专家组还就国家立法交换了信息。\n"
          "\n"
          "6. 下一段。\n");
  ASSERT_EQ(d.paragraphs.size(), 4u);
  EXPECT_EQ(d.paragraphs[0].text,
            "74/173. 促进技术援助和能力建设以加强打击网络犯罪的国家措施和国际合作，包括信息共享");
  EXPECT_EQ(d.paragraphs[0].kind, ParagraphKind::kTitle);
  EXPECT_EQ(d.paragraphs[1].text, "大会，");
  EXPECT_EQ(d.paragraphs[1].kind, ParagraphKind::kBody);
  EXPECT_NE(d.paragraphs[2].text.find("研究报告草案"), std::string::npos);
  EXPECT_EQ(d.paragraphs[3].label.number, "6");
}

TEST(Paragraphs, LinesLaidOutInColumnsDoNotRunOnAcrossBlankLines) {
  // A document's masthead as a PDF's text gives it: wide, ending in a symbol, the next block
  // starting with a Han character. Not a paragraph broken by a page.
  const Document d =
      seg("联合国                                                            A/RES/74/247\n"
          "\n"
          "大会                                                              Distr.: General\n"
          "\n"
          "第七十四届会议\n");
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.paragraphs[1].line, 3u);
}

TEST(Paragraphs, IndentationMarkdownLinksAndSpans) {
  const std::string text =
      "\xE3\x80\x80\xE3\x80\x80"
      "大会第 [65/230](#) 号决议请委员会设立专家组。\n";
  const Document d = seg(text, ParagraphMode::kLine);
  ASSERT_EQ(d.paragraphs.size(), 1u);
  EXPECT_EQ(d.paragraphs[0].text, "大会第 65/230 号决议请委员会设立专家组。");
  const Segment& s = d.paragraphs[0].sentences.at(0);
  EXPECT_EQ(text.substr(s.span.begin, 3), "大");
  EXPECT_EQ(text.substr(s.span.end - 3, 3), "。");
}

// Markdown as pandoc writes a .docx: escaped labels, bold boilerplate, heading hashes, footnote
// references and bodies. Reduced to the text, labels and kinds read as in plain text, and spans
// still point into the file.
TEST(Paragraphs, PandocMarkdown) {
  const std::string text =
      "**Distr.: General**\n\n"
      "# I. Introduction\n\n"
      "1\\. Requests the Secretary-General to report,[^1] *1822372* and C:\\Temp stay;\n\n"
      "[^1]: A/74/130.\n";
  const Document d = seg(text);
  ASSERT_EQ(d.paragraphs.size(), 4u);
  EXPECT_EQ(d.paragraphs[0].text, "Distr.: General");
  EXPECT_EQ(d.paragraphs[0].kind, ParagraphKind::kHeader);
  EXPECT_EQ(d.paragraphs[1].text, "I. Introduction");
  EXPECT_EQ(d.paragraphs[1].kind, ParagraphKind::kHeading);
  EXPECT_EQ(d.paragraphs[2].label.text, "1.");
  EXPECT_EQ(d.paragraphs[2].text,
            "1. Requests the Secretary-General to report,¹ *1822372* and C:\\Temp stay;");
  EXPECT_EQ(d.paragraphs[2].footnote_refs, std::vector<std::string>{"1"});
  EXPECT_EQ(d.paragraphs[3].kind, ParagraphKind::kFootnote);
  EXPECT_EQ(d.paragraphs[3].text, "¹ A/74/130.");
  const Segment& s = d.paragraphs[2].sentences.at(0);
  EXPECT_EQ(text.substr(s.span.begin, 2), "1\\");
  EXPECT_EQ(text.substr(s.span.end - 5, 5), "stay;");
  const Span note = d.paragraphs[3].sentences.at(0).span;
  EXPECT_EQ(text.substr(note.begin, note.end - note.begin), "[^1]: A/74/130.");
}

TEST(Paragraphs, LineModeKeepsEveryLine) {
  const Document d = seg("第一行。\n\n第三行。\n", ParagraphMode::kLine);
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_TRUE(d.paragraphs[1].text.empty());
  EXPECT_EQ(d.paragraphs[2].line, 3u);
}

TEST(Structure, KindsOfUnBoilerplate) {
  for (const char* line :
       {"Distr.: General", "14 January 2019", "2019 年 12 月 18 日", "第七十四届会议",
        "Seventy-fourth session", "议程项目 106", "Agenda item 106", "A/RES/74/173",
        "UNODC/CCPCJ/EG.4/2020/1", "[根据第三委员会的报告(A/74/400)通过]",
        "[on the report of the Third Committee (A/74/400)]", "2019 年 12 月 18 日大会决议",
        "第50次全体会议", "50th plenary meeting", "Original: English", "V.20-03760 (C)", "中文",
        "English", "2020年7月27日至29日，维也纳", "Vienna, 27-29 July 2020",
        "2024年7月29日至8月9日，纽约", "New York, 29 July–9 August 2024", "总结会议续会",
        "Reconvened concluding session", "特别会议", "组织会议",
        // Traditional Chinese
        "聯合國", "第七十四屆會議", "議程項目 106", "[根據第三委員會的報告(A/74/400)通過]",
        "2019 年 12 月 18 日大會決議"}) {
    EXPECT_TRUE(is_boilerplate(line)) << line;
  }
  for (const char* line : {"大会，", "The General Assembly,", "1. 赞赏地欢迎", "预防犯罪和刑事司法",
                           "回顾其 2010 年 12 月 21 日第 65/230 号决议，", "专家组第六次会议",
                           "特别会议的筹备工作", "From 29 July to the end"}) {
    EXPECT_FALSE(is_boilerplate(line)) << line;
  }
}

// Which masthead line each is, in both languages alike; a line in columns is its last field.
TEST(Structure, MastheadFields) {
  using F = MastheadField;
  const std::vector<std::pair<std::string, F>> lines = {
      {"United Nations", F::kOrgan},
      {"大会", F::kOrgan},
      {"A/RES/74/173", F::kSymbol},
      {"United Nations      A/RES/74/173", F::kSymbol},
      {"General Assembly      Distr.: General", F::kDistribution},
      {"Original: English", F::kOriginal},
      {"2 January 2020", F::kDate},
      {"2020年7月27日至29日，维也纳", F::kDate},
      {"New York, 29 July–9 August 2024", F::kDate},
      {"第七十四届会议", F::kSession},
      {"Reconvened concluding session", F::kSession},
      {"总结会议续会", F::kSession},
      {"议程项目 106", F::kAgenda},
      {"临时议程*项目 107", F::kAgenda},  // with the asterisk of the agenda's note
      {"Item 107 of the provisional agenda*", F::kAgenda},
      {"2019 年 12 月 18 日大会决议", F::kAdoption},
      {"Resolution adopted by the General Assembly on 18 December 2019", F::kAdoption},
      {"[on the report of the Third Committee (A/74/400)]", F::kReport},
      {"第50次全体会议", F::kPlenary},
      {"大会，", F::kNone},
      {"1. 赞赏地欢迎", F::kNone}};
  for (const auto& [line, field] : lines) EXPECT_EQ(masthead_field(line), field) << line;
}

TEST(Structure, PageNumbers) {
  for (const char* line :
       {"- 12 -", "— 3 —", "–7–", "Page 12", "Page 3 of 40", "page 3/40", "第 3 页", "第3页",
        "第 3 页 共 40 页", "第3页/共40页", "共40页，第3页", "3 / 15", "2/5"}) {
    EXPECT_TRUE(is_boilerplate(line)) << line;
  }
  for (const char* line : {"- 12 items", "-12", "Page", "Page twelve", "第三页", "第 3 页的内容",
                           "3 / 15 of the members", "12345 / 6"}) {
    EXPECT_FALSE(is_boilerplate(line)) << line;
  }
}

// A PDF's text: a running header atop every page and a page number at every foot, the second
// page break falling inside a sentence.
TEST(Structure, RunningHeadersAndPageNumbersStayOutOfTheText) {
  std::string text;
  for (int page = 1; page <= 4; ++page) {
    text += "\fREPORT OF THE EXPERT GROUP\n\n";
    if (page == 4) text += "as amended orally.\n\n";  // page 3 broke after a comma
    for (int k = 1; k <= 3; ++k) {
      const std::string n = std::to_string(page * 10 + k);
      text += n + ". The Expert Group considered item " + n + " of its agenda and adopted its";
      text += page == 2 && k == 3   ? "\n"
              : page == 3 && k == 3 ? " conclusions,\n"
                                    : " conclusions.\n\n";
    }
    text += "- " + std::to_string(page) + " -\n";
    if (page == 2) text += "\fREPORT OF THE EXPERT GROUP\n\nconclusions on that item.\n\n";
  }
  const Document d = seg(text);
  std::size_t headers = 0, body = 0;
  for (const Paragraph& p : d.paragraphs) {
    if (p.kind == ParagraphKind::kPage) {
      ++headers;
      EXPECT_TRUE(p.text == "REPORT OF THE EXPERT GROUP" || p.text.rfind("- ", 0) == 0) << p.text;
    } else {
      ++body;
      EXPECT_EQ(p.text.find("REPORT"), std::string::npos) << p.text;
      EXPECT_EQ(p.text.find(" -"), std::string::npos) << p.text;
    }
  }
  EXPECT_EQ(headers, 4u + 1u + 4u);  // headers (one more after the break) and page numbers
  EXPECT_EQ(body, 12u);
  bool joined = false, joined_after_comma = false;
  for (const Paragraph& p : d.paragraphs) {
    joined |= p.text.find("adopted its conclusions on that item.") != std::string::npos;
    joined_after_comma |= p.text.find("its conclusions, as amended orally.") != std::string::npos;
  }
  EXPECT_TRUE(joined) << "the sentence broken by the page should be one paragraph again";
  EXPECT_TRUE(joined_after_comma) << "also when the page breaks after a comma";
}

// A PDF converter's text with bare page numbers ("2" alone on its line) under a running
// header. A page breaks inside a paragraph cut mid-phrase, before a capitalised word ("the
// Supreme People's" / "Court and ..."): joined again across the header and the number.
// A short text with form feeds between its pages (pdftotext): a page number at a page's foot,
// the symbol and the running title at the next page's head. Two pages are too few for a title to
// recur three times; standing at two page heads makes it furniture, and the Chinese paragraph
// cut by the break is one again.
TEST(Structure, PageHeadsAndFeetAtFormFeedsAreFurniture) {
  std::string text = "回顾其 2019 年 12 月 27 日第 74/247 号决议，\n\n";
  for (int page = 1; page <= 2; ++page) {
    const std::string n = std::to_string(page);
    text += "坚信鉴于使用信息和通信技术实施的犯罪对经济和社会造成负面影响，第 " + n +
            " 次迫切需要加\n强国际合作，预防和打击这些犯罪，还坚信公约将成为有效的工具和必要的法律"
            "框\n\n" +
            n + "\n\fA/AC.291/25\n打击网络犯罪的国家措施和国际合作\n\n架，用于开展第 " + n +
            " 次国际合作。\n\n";
  }
  const Document d = seg(text);
  std::size_t furniture = 0, body = 0;
  for (const Paragraph& p : d.paragraphs) {
    if (p.kind == ParagraphKind::kPage) {
      ++furniture;
      EXPECT_TRUE(p.text == "打击网络犯罪的国家措施和国际合作" || p.text == "A/AC.291/25" ||
                  p.text.size() == 1)
          << p.text;
    } else if (p.kind == ParagraphKind::kBody) {
      ++body;
      EXPECT_EQ(p.text.find("框 架"), std::string::npos) << p.text;
    }
  }
  EXPECT_EQ(furniture, 6u);  // page numbers, symbols and running titles
  EXPECT_EQ(body, 3u);       // the first paragraph, and each page's paragraph joined again
}

TEST(Structure, BarePageNumbersNextToARunningHeaderAreFurniture) {
  std::string text;
  for (int page = 1; page <= 4; ++page) {
    const std::string n = std::to_string(page);
    text += "CONSTITUTION OF THE REPUBLIC\n\n" + n + "\n\n";
    if (page == 3) text += "Court and the Supreme Procuratorate.\n\n";
    text += "Article " + n + " The state shall protect the rights.\n\n";
    // Lines that differ from page to page: text repeated at every page would be a header.
    text += "The Standing Committee " + n + " shall oversee the work of the State Council, the\n";
    text +=
        "Central Military Commission, the National Commission " + n + " and the Supreme People's\n";
    text += page == 2 ? "\n" : "Court.\n\n";
  }
  const Document d = seg(text);
  std::size_t headers = 0, body = 0, joined = 0;
  for (const Paragraph& p : d.paragraphs) {
    if (p.kind == ParagraphKind::kPage) {
      ++headers;
      EXPECT_TRUE(p.text == "CONSTITUTION OF THE REPUBLIC" || p.text.size() == 1) << p.text;
      continue;
    }
    EXPECT_NE(p.kind, ParagraphKind::kHeading) << p.text;
    ++body;
    joined += p.text.find("People's Court and the Supreme Procuratorate.") != std::string::npos;
  }
  EXPECT_EQ(headers, 8u);
  EXPECT_EQ(body, 8u);
  EXPECT_EQ(joined, 1u) << "the paragraph cut by the page should be one again";
}

// Page numbers alone at the foot of each page, with no running header: a count of pages, one
// more each time at a page's distance. Paragraph numbers on lines of their own count up too,
// but a few lines apart: they stay in the text.
TEST(Structure, BarePageNumbersCountingPagesAreFurnitureButParagraphNumbersAreNot) {
  std::string pages, numbered;
  for (int page = 1; page <= 3; ++page) {
    for (int k = 1; k <= 14; ++k) pages += "The Group met on day " + std::to_string(k) + ".\n\n";
    pages += std::to_string(page + 9) + "\n\n";
    numbered += std::to_string(page) + "\n\nThe Group met again and adopted its report.\n\n";
  }
  for (const Paragraph& p : seg(pages).paragraphs) {
    const bool number = p.text.size() == 2;
    EXPECT_EQ(p.kind == ParagraphKind::kPage, number) << p.text;
  }
  for (const Paragraph& p : seg(numbered).paragraphs) {
    EXPECT_NE(p.kind, ParagraphKind::kPage) << p.text;
  }
}

// A resolution's title on one long line never ends in punctuation, as text cut by a page break
// does; "大会，" after it is a paragraph of its own (as in the seed A/AC.291/25/Rev.1).
TEST(Paragraphs, AResolutionTitleIsNotContinuedAcrossBlankLines) {
  const Document d = seg(
      "[xx/xxx]. 联合国打击网络犯罪（使用信息和通信技术系统实施的犯罪）公约\n\n"
      "大会，\n\n"
      "回顾其 2019 年 12 月 27 日第 74/247 号决议，其中大会决定设立一个代表所有区域的不限成员名额"
      "政府间专家特设委员会，\n");
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.paragraphs[0].kind, ParagraphKind::kTitle);
  EXPECT_EQ(d.paragraphs[1].text, "大会，");
}

// The language line under a Chinese version's symbol (中文) is production furniture like the job
// number: the English original has none, and a bead pairing it says nothing.
TEST(Structure, TheVersionLanguageLineIsPageFurniture) {
  const Document zh =
      seg("联合国    A/AC.1/L.1\n\n大会    Distr.: Limited\n        中文\n"
          "        Original: English\n\n大会，\n");
  std::vector<std::pair<std::string, ParagraphKind>> kinds;
  for (const Paragraph& p : zh.paragraphs) kinds.emplace_back(p.text, p.kind);
  for (const auto& [text, kind] : kinds) {
    if (text == "中文") {
      EXPECT_EQ(kind, ParagraphKind::kPage);
    } else if (text == "大会，") {
      EXPECT_EQ(kind, ParagraphKind::kBody);
    } else {
      EXPECT_NE(kind, ParagraphKind::kPage) << text;
    }
  }
  EXPECT_EQ(
      std::count_if(kinds.begin(), kinds.end(), [](const auto& k) { return k.first == "中文"; }),
      1);
  EXPECT_EQ(seg("English\n").paragraphs.at(0).kind, ParagraphKind::kPage);
  EXPECT_NE(seg("English is spoken here.\n").paragraphs.at(0).kind, ParagraphKind::kPage);
}

// Table of contents entries carry page numbers that differ between the two versions: page
// furniture, aligned and checked apart from the text.
TEST(Structure, TableOfContentsEntriesArePageFurniture) {
  const Document en =
      seg("Contents\n\nI. Introduction ........................ 3\n\n"
          "II. Recommendations . . . . . . . . . . . 12\n\n"
          "1. The Group met in Vienna from 27 to 29 July 2020 ..... as planned.\n");
  auto expect_two_entries_then_text = [](const Document& d) {
    ASSERT_EQ(d.paragraphs.size(), 4u);
    EXPECT_EQ(d.paragraphs[1].kind, ParagraphKind::kPage);
    EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kPage);
    EXPECT_EQ(d.paragraphs[3].kind, ParagraphKind::kBody);
  };
  expect_two_entries_then_text(en);
  const Document zh =
      seg("目录\n\n一. 导言………………………… 3\n\n二. 初步建议．．．．．．．．．．5\n\n"
          "1. 专家组于 2020 年 7 月 27 日至 29 日在维也纳举行会议。\n");
  expect_two_entries_then_text(zh);
  ASSERT_EQ(zh.paragraphs.size(), 4u);
  EXPECT_EQ(zh.paragraphs[3].label.level, 0);  // the entries' labels open no list
}

// Footnote markers in plain digits, as text copied from a PDF has them: cited in sequence
// (session,1 ... Crime2) they open notes whose bodies start with the bare number; a glued
// digit out of sequence (G20) opens nothing.
TEST(Structure, PlainDigitFootnoteMarkersInSequence) {
  const auto m = plain_footnote_markers("the report on its thirtieth session,1 and G20 leaders.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].number, "1");
  EXPECT_EQ(m[1].number, "20");
  EXPECT_TRUE(plain_footnote_markers("in 2019, resolution 74/173.2 and 1.5 per cent").empty());
  // After the full stop that follows a year: the note of a sentence ending on a date.
  const auto year =
      plain_footnote_markers("of 18 December 2019.2 The Assembly, 74/2019.3 and 12019.4");
  ASSERT_EQ(year.size(), 1u);
  EXPECT_EQ(year[0].number, "2");
  const Document d =
      seg("Welcoming the report of the Commission on its thirtieth session,1\n\n"
          "Noting the meeting of G20 leaders and the work of the Organized Crime2 experts,\n\n"
          "1. Requests the Secretary-General to report.\n\n"
          "1 Official Records of the Economic and Social Council, 2021, Supplement No. 10.\n\n"
          "2 A/74/130.\n\n"
          "20 leaders attended.\n");
  ASSERT_EQ(d.paragraphs.size(), 6u);
  EXPECT_EQ(d.paragraphs[0].footnote_refs, std::vector<std::string>{"1"});
  EXPECT_EQ(d.paragraphs[1].footnote_refs, std::vector<std::string>{"2"});
  EXPECT_EQ(d.paragraphs[3].kind, ParagraphKind::kFootnote);
  EXPECT_EQ(d.paragraphs[4].kind, ParagraphKind::kFootnote);
  EXPECT_NE(d.paragraphs[5].kind, ParagraphKind::kFootnote);
}

TEST(Structure, ChinesePreambularParagraphsAroundAFootnoteStayApart) {
  // Every preambular paragraph ends in "，" and the next starts with a Han character, just as a
  // sentence broken by a page would: a footnote between them must not join them.
  std::string text =
      "注意到预防犯罪和刑事司法委员会在打击为犯罪目的使用信息和通信技术行为方面开展的工作，"
      "在该委员会主持下设立了一个不限成员名额政府间专家组¹，\n\n"
      "¹ 见《经济及社会理事会正式记录，2011 年，补编第 10 号》(E/2011/30)。\n\n"
      "回顾大会 2010 年 12 月 21 日第 65/230 号决议，其中大会核可了《萨尔瓦多宣言》，\n";
  const Document d = seg(text);
  std::size_t body = 0;
  for (const Paragraph& p : d.paragraphs) body += p.kind == ParagraphKind::kBody;
  EXPECT_EQ(body, 2u);
}

// A table as `pdftotext -layout` prints it: each row a segment, not one paragraph of every cell.
// A gap inside a single line of prose (justified, or a font's odd widths) makes no table.
TEST(Structure, TableRowsInColumnsAreSegmentsOfTheirOwn) {
  const Document d = seg(
      "Table 1\n"
      "Number of responses by region\n\n"
      "Region                          Responses        Share (%)\n"
      "Africa                                 12             21.4\n"
      "Latin America and the Caribbean         9             16.1\n"
      "Total                                  56            100.0\n\n"
      "Welcoming the workplan of the Expert Group for the period 2018-2021      and the report\n"
      "of the Commission on Crime Prevention and Criminal Justice on its thirtieth session,\n\n"
      "1.      Requests the Secretary-General to report to the General Assembly at its\n"
      "        seventy-sixth session.\n");
  ASSERT_EQ(d.paragraphs.size(), 7u);
  EXPECT_EQ(d.paragraphs[1].text.find("Region"), 0u);
  EXPECT_EQ(d.paragraphs[2].text.find("Africa"), 0u);
  EXPECT_NE(d.paragraphs[2].text.find("21.4"), std::string::npos);
  EXPECT_EQ(d.paragraphs[4].text.find("Total"), 0u);
  EXPECT_NE(d.paragraphs[5].text.find("thirtieth session,"), std::string::npos);
  EXPECT_NE(d.paragraphs[6].text.find("seventy-sixth session."), std::string::npos);
  EXPECT_EQ(d.paragraphs[6].label.number, "1");
}

TEST(Structure, RepeatedTableCellsAreNotRunningHeaders) {
  std::string text;
  for (int row = 1; row <= 6; ++row) text += "Country " + std::to_string(row) + "\n\nYes\n\n";
  const Document d = seg(text);
  for (const Paragraph& p : d.paragraphs) EXPECT_NE(p.kind, ParagraphKind::kPage) << p.text;
}

// A phrase the document repeats, wrapped alike each time (hard-wrapped text): a line of the
// paragraph, not a running header, however often and far apart it recurs.
TEST(Structure, ARepeatedWrappedLineIsNoRunningHeader) {
  const std::string wrapped =
      "intergovernmental expert group to conduct a comprehensive study of the problem of\n";
  std::string text;
  for (int k = 1; k <= 3; ++k) {
    text += "Recalling its resolution " + std::to_string(k) +
            "/230, in which it requested the Commission to establish an open-ended\n" + wrapped +
            "cybercrime and responses to it by Member States, the international community\n"
            "and the private sector,\n\n";
    for (int filler = 0; filler < 3; ++filler) {
      text +=
          "Noting the work of the Commission on Crime Prevention and Criminal Justice on\n"
          "countering the use of information and communications technologies,\n\n";
    }
  }
  const Document d = seg(text);
  std::size_t holding = 0;
  for (const Paragraph& p : d.paragraphs) {
    EXPECT_NE(p.kind, ParagraphKind::kPage) << p.text;
    holding += p.text.find(
                   "an open-ended intergovernmental expert group to conduct a "
                   "comprehensive study of the problem of cybercrime and") != std::string::npos;
  }
  EXPECT_EQ(holding, 3u);
}

TEST(Structure, HeadingsFootnotesAndMarkers) {
  const Document d =
      seg("一. 导言\n\n"
          "1. 欢迎委员会第 26/4 号决议，¹ 其中委员会决定，专家组今后的会议将审查每个主要问题；\n\n"
          "¹ 见《经济及社会理事会正式记录，2017 年，补编第 10 号》(E/2017/30)。\n\n"
          "A. 国际合作\n\n"
          "2. 请秘书长报告。\n");
  ASSERT_EQ(d.paragraphs.size(), 5u);
  EXPECT_EQ(d.paragraphs[0].kind, ParagraphKind::kHeading);
  EXPECT_EQ(d.paragraphs[1].footnote_refs, std::vector<std::string>{"1"});
  EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kFootnote);
  EXPECT_EQ(d.paragraphs[2].label.number, "1");
  EXPECT_EQ(d.paragraphs[3].kind, ParagraphKind::kHeading);
  EXPECT_EQ(d.paragraphs[3].label.level, 1);
  EXPECT_EQ(d.paragraphs[4].label.level, 0);  // body numbering runs on under the headings
}

// A report's masthead notes: the agenda line cites "*", its body opens with "* " at the foot.
// A "* " nobody cited opens a bullet, and "** " stays text (not markdown bold).
TEST(Structure, AsteriskNotesOnceCited) {
  const Document d =
      seg("Item 107 of the provisional agenda*\n\n"
          "1. The present report is submitted pursuant to resolution 73/187.\n\n"
          "* A/74/150.\n\n"
          "* Another point of a bulleted list.\n\n"
          "** Reissued for technical reasons on 30 September 2019.\n");
  ASSERT_EQ(d.paragraphs.size(), 5u);
  EXPECT_EQ(d.paragraphs[0].footnote_refs, std::vector<std::string>{"*"});
  EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kFootnote);
  EXPECT_EQ(d.paragraphs[2].label.number, "*");
  EXPECT_NE(d.paragraphs[3].kind, ParagraphKind::kFootnote);  // "*" was given its body
  EXPECT_NE(d.paragraphs[4].kind, ParagraphKind::kFootnote);  // "**" was never cited
  EXPECT_EQ(d.paragraphs[4].text.find("** Reissued"), 0u);
  const Document bar = seg("*1922073*\n\n* A/74/150.\n");  // a bar code cites nothing
  EXPECT_NE(bar.paragraphs.back().kind, ParagraphKind::kFootnote);
}

TEST(Structure, BareNumberFootnotesOnlyWhenCited) {
  const Document d =
      seg("Welcomes resolution 26/4 of the Commission,¹ in which it decided to act;\n\n"
          "1 See Official Records of the Economic and Social Council, 2017.\n\n"
          "2 apples were counted in the survey of the Expert Group.\n");
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.paragraphs[1].kind, ParagraphKind::kFootnote);
  EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kBody);  // "2" was never cited
}

// A UN page as `pdftotext -layout` prints it: a masthead laid out in columns, footnotes under a
// rule with their numbers on lines of their own, the job number beside a date stamp, and on the
// next page a running header (the symbol beside the title, wrapped) that a two-page document
// prints too rarely to be seen recurring.
// The running header of page 2 in Chinese: the symbol beside a title of Han characters, which
// has no spaces between its words.
TEST(Structure, ChineseRunningHeaderBesideItsSymbol) {
  const Document d =
      seg("联合国                                                               A/RES/73/187\n"
          "\n"
          "      73/187. 打击为犯罪目的使用信息和通信技术行为\n"
          "\n"
          "A/RES/73/187          打击为犯罪目的使用信息和通信技术行为\n"
          "\n"
          "      1. 请秘书长征求会员国的意见；\n");
  ASSERT_EQ(d.paragraphs.size(), 4u);
  EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kPage);
  EXPECT_EQ(d.paragraphs[3].kind, ParagraphKind::kBody);
  // A symbol beside one short word is no running header (a list of documents).
  const Document list =
      seg("联合国                                                               A/74/130\n"
          "\n"
          "A/74/130          报告\n");
  ASSERT_EQ(list.paragraphs.size(), 2u);
  EXPECT_NE(list.paragraphs[1].kind, ParagraphKind::kPage);
}

// A masthead letter-spaced, as a Chinese PDF's text layer gives it: boilerplate all the same.
TEST(Structure, LetterSpacedChineseMasthead) {
  const Document d =
      seg("联 合 国                                                A/RES/73/187\n"
          "大\xE3\x80\x80会                                              Distr.: General\n"
          "\n"
          "第 七 十 三 届 会 议\n"
          "\n"
          "议 程 项 目 109\n"
          "\n"
          "1. 欢迎报告。\n");
  ASSERT_EQ(d.paragraphs.size(), 5u);
  for (std::size_t k = 0; k < 4; ++k) EXPECT_EQ(d.paragraphs[k].kind, ParagraphKind::kHeader) << k;
  EXPECT_EQ(d.paragraphs[4].kind, ParagraphKind::kBody);
}

TEST(Structure, PdfLayoutPageFurnitureAndFootnotes) {
  const Document d = seg(
      "United Nations                                                      A/RES/73/187\n"
      "General Assembly                                           Distr.: General\n"
      "                                                           14 January 2019\n"
      "\n"
      "      Recalling Commission on Crime Prevention and Criminal Justice resolution 22/8\n"
      "of 26 April 2013, 1 in which the Commission welcomed the efforts of the United Nations\n"
      "Office on Drugs and Crime to fulfil its mandate to provide technical assistance,\n"
      "\n"
      "__________________\n"
      "      1\n"
      "        See Official Records of the Economic and Social Council, 2013, Supplement No. 10\n"
      "          (E/2013/30), chap. I, sect. D.\n"
      "      2\n"
      "        A/65/201, A/68/98 and A/70/174.\n"
      "\n"
      "18-22372 (E)    080119\n"
      "\n"
      "A/RES/73/187          Countering the use of information and communications technologies\n"
      "                                                                    for criminal purposes\n"
      "\n"
      "      1.    Requests the Secretary-General to seek the views of Member States on the\n"
      "challenges that they face in countering the use of information and communications\n"
      "technologies for criminal purposes;\n"
      "\n"
      "2/2                                                                   18-22372\n");
  std::vector<ParagraphKind> kinds;
  for (const Paragraph& p : d.paragraphs) kinds.push_back(p.kind);
  using K = ParagraphKind;
  const std::vector<ParagraphKind> want = {K::kHeader, K::kHeader,   K::kHeader,   K::kBody,
                                           K::kPage,   K::kFootnote, K::kFootnote, K::kPage,
                                           K::kPage,   K::kPage,     K::kBody,     K::kPage};
  ASSERT_EQ(kinds, want);
  EXPECT_EQ(d.paragraphs[5].label.number, "1");
  EXPECT_EQ(d.paragraphs[5].text.rfind("1 See Official Records", 0), 0u);
  EXPECT_NE(d.paragraphs[5].text.find("sect. D."), std::string::npos);
  EXPECT_EQ(d.paragraphs[6].label.number, "2");
  EXPECT_EQ(d.paragraphs[9].text, "for criminal purposes");
  EXPECT_EQ(d.paragraphs[10].label.number, "1");
  // A list of documents pairs symbols with titles the same way, each symbol printed once: text.
  const Document list =
      seg("United Nations                                                      A/RES/73/187\n\n"
          "A/74/130             Report of the Secretary-General on cybercrime\n"
          "A/73/590             Report of the Third Committee\n");
  std::size_t reports = 0;
  for (const Paragraph& p : list.paragraphs) {
    if (p.text.find("Report") == std::string::npos) continue;
    ++reports;
    EXPECT_NE(p.kind, ParagraphKind::kPage) << p.text;
  }
  EXPECT_GE(reports, 1u);
  // Without the rule, a bare number on its own line is still text: a count, not a note.
  const Document plain =
      seg("The Group met in\n      2\n        sessions, of which one was\n"
          "held in Vienna and one in New York.\n\nNext paragraph.\n");
  ASSERT_EQ(plain.paragraphs.size(), 2u);
  EXPECT_EQ(plain.paragraphs[0].kind, ParagraphKind::kBody);
}

TEST(Structure, ColumnCellsAndFurniture) {
  EXPECT_EQ(column_cells("United Nations      A/RES/73/187"),
            (std::vector<std::string_view>{"United Nations", "A/RES/73/187"}));
  EXPECT_EQ(column_cells("  One cell  with two spaces "),
            (std::vector<std::string_view>{"One cell  with two spaces"}));
  EXPECT_TRUE(page_furniture("18-22372 (E)    080119"));
  EXPECT_TRUE(page_furniture("2/2\t18-22372"));  // a tab is a column gap too
  EXPECT_FALSE(page_furniture("080119"));        // a date stamp only beside a job number
  EXPECT_TRUE(page_furniture("19-22165                       2"));  // a page number beside one
  EXPECT_TRUE(page_furniture("3      19-22165 (E)"));
  EXPECT_FALSE(page_furniture("Table 2      14"));  // numbers beside no job number
  EXPECT_FALSE(page_furniture("2019      14"));
  EXPECT_EQ(symbol_beside_title("Countering the use of ICTs      A/RES/73/187"), "A/RES/73/187");
  EXPECT_EQ(symbol_beside_title("A/RES/73/187      United Nations"), "");  // a masthead
  EXPECT_TRUE(is_boilerplate("A/RES/73/187      United Nations"));
  EXPECT_EQ(symbol_beside_title("A/RES/73/187      Recalls its resolution 65/230."), "");
  EXPECT_EQ(line_symbol("United Nations      A/RES/73/187"), "A/RES/73/187");
  EXPECT_FALSE(is_boilerplate("1.    Requests the Secretary-General"));
  EXPECT_TRUE(footnote_rule("__________________"));
  EXPECT_FALSE(footnote_rule("___"));
}

TEST(Structure, NestedListsAndLettersAfterH) {
  std::string text;
  for (int k = 1; k <= 3; ++k)
    text += std::to_string(k) + ". Paragraph " + std::to_string(k) + ".\n\n";
  text += "1. Nested item one.\n\n2. Nested item two.\n\n4. Paragraph four.\n\n";
  for (char c = 'a'; c <= 'h'; ++c) text += std::string("(") + c + ") Item " + c + ";\n\n";
  text += "(i) Item i;\n\n(j) Item j.\n";
  const Document d = seg(text);
  std::vector<int> levels;
  for (const Paragraph& p : d.paragraphs) levels.push_back(p.label.level);
  EXPECT_EQ(levels[3], 1);
  EXPECT_EQ(levels[4], 1);
  EXPECT_EQ(levels[5], 0);
  EXPECT_EQ(d.paragraphs[5].label.number, "4");
  const Paragraph& i = d.paragraphs[14];
  EXPECT_EQ(i.label.style, LabelStyle::kLetter);
  EXPECT_EQ(i.label.number, "i");
  EXPECT_EQ(i.label.level, 1);
}

TEST(Paragraphs, AShortLastLineEndsATitleBeforeTheSessionLines) {
  // A two-line committee name ends on a short line: the session lines after it are not page
  // furniture inside one paragraph, and the document title below starts its own paragraph.
  const Document d =
      seg("拟订一项关于打击为犯罪目的使用信息和通信技术的全面国际公约的特设委员会会议\n"
          "全面国际公约特设委员会\n\n第七届会议\n2026年3月9日至20日，纽约\n\n"
          "关于保护电子证据的公约草案\n\n第1条\n宗旨说明\n");
  std::vector<std::string> texts;
  for (const Paragraph& p : d.paragraphs) texts.push_back(p.text);
  ASSERT_GE(texts.size(), 4u);
  EXPECT_EQ(texts[0],
            "拟订一项关于打击为犯罪目的使用信息和通信技术的全面国际公约的特设委员会会议"
            "全面国际公约特设委员会");
  EXPECT_NE(std::find(texts.begin(), texts.end(), "关于保护电子证据的公约草案"), texts.end());
}

TEST(Structure, EachArticleStartsItsListsAfresh) {
  const Document d =
      seg("第4条\n快速保全\n\n一、各缔约国均应当采取必要措施。\n\n二、各缔约国均应当保密。\n\n"
          "第5条\n条件\n\n一、各缔约国均应当确保保护人权：\n\n（a）司法审查；\n\n"
          "第6条\n费用\n\n一、费用由被请求缔约国承担。\n");
  std::vector<std::pair<std::string, int>> labels;
  for (const Paragraph& p : d.paragraphs) labels.emplace_back(p.label.text, p.label.level);
  const std::vector<std::pair<std::string, int>> want = {{"第4条", 0}, {"一、", 0}, {"二、", 0},
                                                         {"第5条", 0}, {"一、", 0}, {"（a）", 1},
                                                         {"第6条", 0}, {"一、", 0}};
  EXPECT_EQ(labels, want);
}

TEST(Document, KeysAndLanguage) {
  const Document d = seg("網絡犯罪　問題。\n\n技術援助。\n");
  EXPECT_EQ(d.lang, Lang::kZh);
  EXPECT_EQ(d.paragraphs[0].key, "网络犯罪问题。");
}

}  // namespace
}  // namespace bitext::text
