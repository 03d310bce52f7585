#include "bitext/io/glossary.h"

#include <gtest/gtest.h>

#include <sstream>

#include "bitext/core/error.h"
#include "test_support.h"

namespace bitext::io {
namespace {

std::vector<TermPair> sample() {
  TermPair a;
  a.zh = "网络犯罪";
  a.en = "cybercrime";
  a.alternatives = {"cyber-crime"};
  a.forbidden = {"cyber crime"};
  a.score = 12.5;
  a.zh_frequency = 9;
  a.en_frequency = 10;
  a.joint_frequency = 9;
  a.examples = {"3: 打击网络犯罪 / countering cybercrime", "7: the \"quoted\", text"};
  a.note = "UNTERM, verified";
  TermPair b;
  b.zh = "联合国毒品和犯罪问题办公室";
  b.en = "United Nations Office on Drugs and Crime";
  b.score = 8;
  return {a, b};
}

class GlossaryRoundTrip : public ::testing::TestWithParam<GlossaryFormat> {};

TEST_P(GlossaryRoundTrip, EveryFieldComesBack) {
  test::TempDir dir;
  const char* ext[] = {"tsv", "csv", "tbx", "jsonl"};
  const std::string path = dir.file(std::string("g.") + ext[static_cast<int>(GetParam())]);
  std::ostringstream out;
  write_glossary(sample(), GetParam(), out);
  test::write_file(path, out.str());
  const auto back = read_glossary(path);
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].zh, "网络犯罪");
  EXPECT_EQ(back[0].en, "cybercrime");
  EXPECT_EQ(back[0].alternatives, std::vector<std::string>{"cyber-crime"});
  EXPECT_EQ(back[0].forbidden, std::vector<std::string>{"cyber crime"});
  EXPECT_EQ(back[0].joint_frequency, 9u);
  EXPECT_EQ(back[0].zh_frequency, 9u);
  EXPECT_NEAR(back[0].score, 12.5, 1e-9);
  EXPECT_EQ(back[0].examples.size(), 2u);
  EXPECT_EQ(back[0].note, "UNTERM, verified");
  EXPECT_EQ(back[1].en, "United Nations Office on Drugs and Crime");
}

INSTANTIATE_TEST_SUITE_P(Formats, GlossaryRoundTrip,
                         ::testing::Values(GlossaryFormat::kTsv, GlossaryFormat::kCsv,
                                           GlossaryFormat::kTbx, GlossaryFormat::kJsonl));

// TBX langSet: zh-TW for terms written in Traditional characters, or the tag declared; read back
// as Chinese.
TEST(Glossary, TbxTagsTheChineseByItsScript) {
  std::vector<TermPair> terms = sample();
  terms[0].zh = "網絡犯罪";
  terms[1].zh = "聯合國毒品和犯罪問題辦公室";
  std::ostringstream tw, cn, hk;
  write_glossary(terms, GlossaryFormat::kTbx, tw);
  write_glossary(sample(), GlossaryFormat::kTbx, cn);
  write_glossary(terms, GlossaryFormat::kTbx, hk, "zh-HK");
  EXPECT_NE(tw.str().find("<langSet xml:lang=\"zh-TW\">"), std::string::npos);
  EXPECT_EQ(tw.str().find("zh-CN"), std::string::npos);
  EXPECT_NE(cn.str().find("<langSet xml:lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(hk.str().find("<langSet xml:lang=\"zh-HK\">"), std::string::npos);
  test::TempDir dir;
  test::write_file(dir.file("tw.tbx"), tw.str());
  const auto back = read_glossary(dir.file("tw.tbx"));
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].zh, "網絡犯罪");
  // The spreadsheets' header names the same tag, and reads back.
  std::ostringstream tsv, csv;
  write_glossary(terms, GlossaryFormat::kTsv, tsv);
  write_glossary(terms, GlossaryFormat::kCsv, csv, "zh-HK");
  EXPECT_EQ(tsv.str().rfind("zh-TW\ten\tscore", 0), 0u);
  EXPECT_EQ(csv.str().rfind("\xEF\xBB\xBFzh-HK,en,score", 0), 0u);
  test::write_file(dir.file("tw.tsv"), tsv.str());
  EXPECT_EQ(read_glossary(dir.file("tw.tsv"))[1].zh, "聯合國毒品和犯罪問題辦公室");
}

TEST(Glossary, CsvHasABomAndAHeader) {
  std::ostringstream out;
  write_glossary(sample(), GlossaryFormat::kCsv, out);
  EXPECT_EQ(out.str().rfind("\xEF\xBB\xBFzh-CN,en,score,frequency", 0), 0u);
  EXPECT_NE(out.str().find("| 7: the \"\"quoted\"\", text\""), std::string::npos);
}

TEST(Glossary, ReadsReviewedSpreadsheets) {
  test::TempDir dir;
  test::write_file(dir.file("r.csv"),
                   "\xEF\xBB\xBF"
                   "Chinese,English,Status\r\n会员国,Member States|Member State,\r\n"
                   "会员国,member countries,forbidden\r\n");
  const auto g = read_glossary(dir.file("r.csv"));
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].alternatives, std::vector<std::string>{"Member State"});
  EXPECT_TRUE(g[1].en.empty());
  EXPECT_EQ(g[1].forbidden, std::vector<std::string>{"member countries"});
}

// Glossaries other tools wrote: TBX 2019 (conceptEntry, langSec, termSec; a default or a
// prefixed namespace) and TBX 2008 with ntig/termGrp.
TEST(Glossary, ReadsTbxOfOtherTools) {
  test::TempDir dir;
  test::write_file(
      dir.file("v3.tbx"),
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
      "xmlns=\"urn:iso:std:iso:30042:ed-2\"><tbxHeader><fileDesc><sourceDesc><p>x</p>"
      "</sourceDesc></fileDesc></tbxHeader><text><body>"
      "<conceptEntry id=\"c1\"><langSec xml:lang=\"zh-Hans\"><termSec><term>网络犯罪</term>"
      "</termSec></langSec><langSec xml:lang=\"en-US\"><termSec><term>cybercrime</term>"
      "<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec>"
      "<termSec><term>cyber crime</term><termNote type=\"administrativeStatus\">"
      "deprecatedTerm-admn-sts</termNote></termSec><termSec><term>cyber-crime</term>"
      "</termSec></langSec></conceptEntry></body></text></tbx>");
  auto g = read_glossary(dir.file("v3.tbx"));
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].zh, "网络犯罪");
  EXPECT_EQ(g[0].en, "cybercrime");
  EXPECT_EQ(g[0].alternatives, std::vector<std::string>{"cyber-crime"});
  EXPECT_EQ(g[0].forbidden, std::vector<std::string>{"cyber crime"});
  test::write_file(dir.file("prefixed.tbx"),
                   "<t:tbx xmlns:t=\"urn:iso:std:iso:30042:ed-2\"><t:text><t:body>"
                   "<t:conceptEntry><t:langSec xml:lang=\"zh\"><t:termSec><t:term>会员国"
                   "</t:term></t:termSec></t:langSec><t:langSec xml:lang=\"en\"><t:termSec>"
                   "<t:term>Member States</t:term></t:termSec></t:langSec></t:conceptEntry>"
                   "</t:body></t:text></t:tbx>");
  g = read_glossary(dir.file("prefixed.tbx"));
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].en, "Member States");
  test::write_file(dir.file("ntig.tbx"),
                   "<martif type=\"TBX\"><text><body><termEntry><langSet xml:lang=\"zh-CN\">"
                   "<ntig><termGrp><term>技术援助</term></termGrp></ntig></langSet>"
                   "<langSet xml:lang=\"en\"><ntig><termGrp><term>technical assistance</term>"
                   "</termGrp></ntig></langSet></termEntry></body></text></martif>");
  g = read_glossary(dir.file("ntig.tbx"));
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].en, "technical assistance");
  test::write_file(dir.file("other.tbx"), "<glossary><entry/></glossary>");
  EXPECT_THROW(read_glossary(dir.file("other.tbx")), InputError);
}

TEST(Glossary, BadInput) {
  test::TempDir dir;
  test::write_file(dir.file("nohead.tsv"), "网络犯罪\tcybercrime\n");
  try {
    read_glossary(dir.file("nohead.tsv"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("no header row"), std::string::npos);
    EXPECT_EQ(e.line(), 1u);
  }
  test::write_file(dir.file("bad.tbx"),
                   "<martif type=\"TBX\"><text><body>\n<termEntry><langSet xml:lang=\"zh-CN\">"
                   "<tig><term>\xE7\xBD</term></tig></langSet></termEntry></body></text></martif>");
  try {
    read_glossary(dir.file("bad.tbx"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_NE(std::string(e.what()).find("UTF-8"), std::string::npos);
  }
  // A count no file can hold would be undefined behaviour to convert; it is an error instead.
  test::write_file(dir.file("huge.tsv"), "zh-CN\ten\tfrequency\n会员国\tMember States\t1e300\n");
  try {
    read_glossary(dir.file("huge.tsv"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
  }
  EXPECT_THROW(read_glossary(dir.file("g.docx")), ConfigError);
  EXPECT_THROW(glossary_format_named("xlsx"), ConfigError);
  std::ostringstream out;
  EXPECT_THROW(write_glossary({}, GlossaryFormat::kTbx, out), ConfigError);
}

TEST(Glossary, TbxValidatesAndTranslateToolkitReadsIt) {
  REQUIRE_SHARED();
  test::TempDir dir;
  std::ostringstream out;
  write_glossary(sample(), GlossaryFormat::kTbx, out);
  test::write_file(dir.file("g.tbx"), out.str());
  const test::RunResult xsd =
      test::run("xmllint --noout --schema " +
                test::shell_quote(test::shared_path("schemas/tbx.xsd")) + " " + dir.file("g.tbx"));
  EXPECT_EQ(xsd.exit_code, 0) << xsd.err;
  test::write_file(dir.file("read.py"),
                   "import sys\nfrom translate.storage import tbx\n"
                   "store = tbx.tbxfile.parsefile(sys.argv[1])\n"
                   "for u in store.units:\n    print(repr((u.source, u.target)))\n");
  const test::RunResult r = test::run(test::shell_quote(test::python3()) + " " +
                                      dir.file("read.py") + " " + dir.file("g.tbx"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("网络犯罪"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cybercrime"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("联合国毒品和犯罪问题办公室"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("United Nations Office on Drugs and Crime"), std::string::npos) << r.out;
  std::size_t lines = 0;
  for (char c : r.out) lines += c == '\n';
  EXPECT_EQ(lines, 2u);
}

}  // namespace
}  // namespace bitext::io
