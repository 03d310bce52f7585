#include "bitext/io/tmx.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "bitext/core/error.h"
#include "io_fixture.h"
#include "test_support.h"

namespace bitext::io {
namespace {

std::string tmx_text(const Alignment& a, TmxWriteResult* result = nullptr) {
  std::ostringstream out;
  TmxOptions o;
  o.creation_date = "20311212T101500Z";
  const TmxWriteResult r = write_tmx(a, out, o);
  if (result != nullptr) *result = r;
  return out.str();
}

TEST(Tmx, HeaderUnitsPropsAndEscaping) {
  TmxWriteResult r;
  const std::string tmx = tmx_text(sample_alignment(), &r);
  EXPECT_EQ(r.units, 3u);
  EXPECT_EQ(r.unaligned, 1u);
  EXPECT_EQ(r.removed_chars, 1u);
  EXPECT_NE(tmx.find("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"), std::string::npos);
  for (const char* attr :
       {"creationtool=\"bitext\"", "creationtoolversion=", "segtype=\"sentence\"",
        "o-tmf=\"bitext\"", "adminlang=\"en\"", "srclang=\"en\"", "datatype=\"plaintext\"",
        "creationdate=\"20311212T101500Z\""}) {
    EXPECT_NE(tmx.find(attr), std::string::npos) << attr;
  }
  EXPECT_NE(tmx.find("&lt;Expert Group&gt; &amp;"), std::string::npos);
  EXPECT_NE(tmx.find("<prop type=\"x-bead\">2-1</prop>"), std::string::npos);
  EXPECT_NE(tmx.find("<prop type=\"x-label\">1.</prop>"), std::string::npos);
  EXPECT_NE(tmx.find("<prop type=\"x-unaligned-segments\">1</prop>"), std::string::npos);
  EXPECT_EQ(tmx.find('\x01'), std::string::npos);
  EXPECT_EQ(tmx.find("<seg></seg>"), std::string::npos);
  // English (srclang) first in every tu.
  EXPECT_LT(tmx.find("xml:lang=\"en\""), tmx.find("xml:lang=\"zh-CN\""));
}

// Traditional Chinese is tagged zh-TW (CAT tools pick the target language by it); a tag the user
// declares wins, in the header's srclang too.
TEST(Tmx, ChineseTagFollowsTheScriptUnlessDeclared) {
  EXPECT_NE(tmx_text(traditional_alignment()).find("xml:lang=\"zh-TW\""), std::string::npos);
  EXPECT_EQ(tmx_text(traditional_alignment()).find("zh-CN"), std::string::npos);
  EXPECT_EQ(tmx_text(sample_alignment()).find("zh-TW"), std::string::npos);
  std::ostringstream out;
  TmxOptions o;
  o.srclang = Lang::kZh;
  o.zh_tag = "zh-HK";
  write_tmx(traditional_alignment(), out, o);
  EXPECT_NE(out.str().find("srclang=\"zh-HK\""), std::string::npos);
  EXPECT_NE(out.str().find("<tuv xml:lang=\"zh-HK\">"), std::string::npos);
  // Pairs (convert, terms input) the same way, and read back as Chinese.
  std::ostringstream pairs;
  write_tmx(std::vector<SegmentPair>{{"網絡犯罪問題", "cybercrime", "", "", "", 1.0}},
            AlignUnit::kSentence, pairs, {});
  EXPECT_NE(pairs.str().find("xml:lang=\"zh-TW\""), std::string::npos);
  const PairsFile back = parse_tmx(pairs.str(), "tw.tmx");
  ASSERT_EQ(back.pairs.size(), 1u);
  EXPECT_EQ(back.pairs[0].zh, "網絡犯罪問題");
}

// One text's running headers and page numbers go unpaired as a matter of course: counted
// apart, so the CLI warns only about content left out of the TMX.
TEST(Tmx, CountsPageFurnitureApartAndLeavesPairedPageNumbersOut) {
  Alignment a = sample_alignment();
  auto page = [](Segment s, const char* text) {
    s.text = text;
    s.kind = ParagraphKind::kPage;
    return s;
  };
  a.en.push_back(page(a.en[2], "A/RES/99/101"));
  a.en.push_back(page(a.en[2], "2/5"));
  a.beads.push_back(Bead{{4, 4}, {4, 6}, 1.0, false});
  // Page numbers paired across two paginations: no translation unit either.
  a.zh.push_back(page(a.zh[0], "3/7"));
  a.en.push_back(page(a.en[2], "2/5"));
  a.beads.push_back(Bead{{4, 5}, {6, 7}, 1.0, false});
  TmxWriteResult r;
  const std::string tmx = tmx_text(a, &r);
  EXPECT_EQ(r.units, 3u);
  EXPECT_EQ(r.unaligned, 3u);
  EXPECT_EQ(r.unaligned_furniture, 2u);
  EXPECT_EQ(r.page_furniture, 2u);
  EXPECT_EQ(tmx.find("3/7"), std::string::npos);
}

TEST(Tmx, RoundTrip) {
  const Alignment a = sample_alignment();
  const PairsFile p = parse_tmx(tmx_text(a), "mem.tmx");
  ASSERT_EQ(p.pairs.size(), 3u);
  EXPECT_EQ(p.pairs[0].zh, a.zh[0].text);
  EXPECT_EQ(p.pairs[0].en, a.en[0].text);
  EXPECT_EQ(p.pairs[1].zh, "第一句。第二句。");
  EXPECT_EQ(p.pairs[0].label, "1.");
  EXPECT_NEAR(p.pairs[1].confidence, 0.71, 1e-9);
  EXPECT_EQ(p.pairs[2].loc, "3");
  EXPECT_EQ(p.pairs[2].zh, "控制字符。");
}

TEST(Tmx, ReadsOtherToolsTmx) {
  const std::string tmx = R"(<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence"
 o-tmf="x" adminlang="en-US" srclang="EN-US" datatype="plaintext"/><body>
<tu><tuv xml:lang="EN-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now</seg></tuv>
<tuv xml:lang="ZH-HANS"><seg>立即按<bpt i="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>
<tu><tuv lang="en"><seg>only English</seg></tuv></tu>
</body></tmx>)";
  const PairsFile p = parse_tmx(tmx, "omegat.tmx");
  ASSERT_EQ(p.pairs.size(), 1u);
  EXPECT_EQ(p.pairs[0].en, "Press Save now");
  EXPECT_EQ(p.pairs[0].zh, "立即按保存");
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_NE(p.warnings[0].find("tu 2"), std::string::npos);
}

TEST(Tmx, BadFilesNameFileAndLine) {
  try {
    parse_tmx("<tmx version=\"1.4\">\n<header srclang=\"en\">\n<body></tmx>", "broken.tmx");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "broken.tmx");
    EXPECT_GE(e.line(), 2u);
  }
  EXPECT_THROW(parse_tmx("<tmx version=\"1.4\"><header/><body/></tmx>", "nosrc.tmx"), InputError);
  EXPECT_THROW(parse_tmx("<xliff/>", "x.tmx"), InputError);
  // pugixml lets ill-formed UTF-8 through; the reader does not (found by fuzz_readers).
  try {
    parse_tmx(
        "<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body><tu>\n<tuv xml:lang=\"zh\">"
        "<seg>\xE7\xBD\x91\xE7\x76</seg></tuv></tu></body></tmx>",
        "bad-utf8.tmx");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), "bad-utf8.tmx");
    EXPECT_EQ(e.line(), 3u);
    EXPECT_NE(std::string(e.what()).find("UTF-8"), std::string::npos);
  }
}

// Validation with the schemas CAT tools ship (DTD and XSD), and checks they do not make.
TEST(Tmx, ValidatesAgainstDtdAndXsd) {
  REQUIRE_SHARED();
  test::TempDir dir;
  const std::string file = dir.file("out.tmx");
  test::write_file(file, tmx_text(sample_alignment()));
  const std::string schemas = test::shared_path("schemas/");
  const test::RunResult dtd = test::run("xmllint --noout --dtdvalid " +
                                        test::shell_quote(schemas + "tmx14.dtd") + " " + file);
  EXPECT_EQ(dtd.exit_code, 0) << dtd.err;
  const test::RunResult xsd = test::run("xmllint --noout --schema " +
                                        test::shell_quote(schemas + "tmx14.xsd") + " " + file);
  EXPECT_EQ(xsd.exit_code, 0) << xsd.err;
  const std::string tmx = test::read_file(file);
  EXPECT_TRUE(std::regex_search(tmx, std::regex("creationdate=\"\\d{8}T\\d{6}Z\"")));
}

TEST(Tmx, TranslateToolkitReadsEveryUnit) {
  test::TempDir dir;
  const std::string file = dir.file("out.tmx");
  const Alignment a = sample_alignment();
  test::write_file(file, tmx_text(a));
  const std::string script =
      "import sys\n"
      "from translate.storage import tmx\n"
      "store = tmx.tmxfile.parsefile(sys.argv[1])\n"
      "for u in store.units:\n"
      "    print(repr((u.source, u.target)))\n";
  test::write_file(dir.file("read.py"), script);
  const test::RunResult r =
      test::run(test::shell_quote(test::python3()) + " " + dir.file("read.py") + " " + file);
  ASSERT_EQ(r.exit_code, 0) << "translate-toolkit missing or failed: " << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<std::string> units;
  while (std::getline(lines, line)) units.push_back(line);
  ASSERT_EQ(units.size(), 3u);
  EXPECT_NE(units[0].find("Welcomes the <Expert Group> & "), std::string::npos);
  EXPECT_NE(units[1].find("第一句。第二句。"), std::string::npos);
}

}  // namespace
}  // namespace bitext::io
