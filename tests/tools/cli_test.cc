// The bitext executable as users meet it: dispatch, help, exit codes, bad input.

#include <gtest/gtest.h>

#include <ostream>
#include <sstream>
#include <utility>
#include <vector>

#include <boost/locale/encoding.hpp>

#include "bitext/terms/miner.h"
#include "test_support.h"

namespace bitext {
namespace {

using test::run_cli;

const std::string kZh = "1. 欢迎专家组的工作。\n\n2. 请秘书长报告本决议的执行情况。\n";
const std::string kEn =
    "1. Welcomes the work of the Expert Group.\n\n2. Requests the Secretary-General to report "
    "on the implementation of the present resolution.\n";

std::size_t lines(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// The defaults --help states are the library's (they once said 12 and 6 while the library used
// 16 and 8).
TEST(Cli, HelpStatesTheLibraryDefaults) {
  const auto help = run_cli({"terms", "--help"});
  ASSERT_EQ(help.exit_code, 0);
  const terms::TermsOptions defaults;
  for (const auto& [flag, value] : std::vector<std::pair<std::string, std::size_t>>{
           {"--min-freq", defaults.min_freq},
           {"--max-zh-chars", defaults.max_zh_chars},
           {"--max-en-words", defaults.max_en_words}}) {
    const auto at = help.out.find(flag);
    ASSERT_NE(at, std::string::npos) << flag;
    const std::string line = help.out.substr(at, help.out.find('\n', at) - at);
    EXPECT_NE(line.find("(default " + std::to_string(value) + ")"), std::string::npos) << line;
  }
}

TEST(Cli, HelpVersionAndUnknownCommands) {
  const auto help = run_cli({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* cmd : {"segment", "align", "terms", "check", "convert", "eval"}) {
    EXPECT_NE(help.out.find(cmd), std::string::npos) << cmd;
    const auto sub = run_cli({cmd, "--help"});
    EXPECT_EQ(sub.exit_code, 0) << cmd << sub.err;
    EXPECT_NE(sub.out.find("Usage"), std::string::npos) << cmd;
  }
  EXPECT_EQ(run_cli({"--version"}).exit_code, 0);
  EXPECT_NE(run_cli({"--version"}).out.find("bitext "), std::string::npos);
  const auto unknown = run_cli({"frobnicate"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown command"), std::string::npos);
  EXPECT_EQ(run_cli({}).exit_code, 2);
  EXPECT_EQ(run_cli({"segment", "--no-such-flag", "x"}).exit_code, 2);
}

// Documents given the wrong way round: a warning, and the alignment of the right order.
TEST(CliAlign, SwappedDocumentsAreAlignedTheRightWayRound) {
  test::TempDir dir;
  const std::string zh = dir.file("a.zh.txt"), en = dir.file("a.en.txt");
  test::write_file(zh, kZh);
  test::write_file(en, kEn);
  const auto right = run_cli({"align", zh, en, "-o", dir.file("right.tsv")});
  const auto swapped = run_cli({"align", en, zh, "-o", dir.file("swapped.tsv")});
  ASSERT_EQ(right.exit_code, 0) << right.err;
  ASSERT_EQ(swapped.exit_code, 0) << swapped.err;
  EXPECT_EQ(right.err.find("other way round"), std::string::npos) << right.err;
  EXPECT_NE(swapped.err.find("aligned the other way round"), std::string::npos) << swapped.err;
  EXPECT_EQ(test::read_file(dir.file("swapped.tsv")), test::read_file(dir.file("right.tsv")));
  const auto both_english = run_cli({"align", en, en, "-o", dir.file("same.tsv")});
  EXPECT_NE(both_english.err.find("does not look like Chinese"), std::string::npos);
}

// Each bad input: exit 2, one line on stderr naming the file, no output file left behind.
struct BadInput {
  const char* what;
  std::string bytes;    // file content; "<missing>" for no file, "<dir>" for a directory
  const char* message;  // expected in the error
};

// Shown by GoogleTest instead of the bytes of the struct.
// NOLINTNEXTLINE(readability-identifier-naming): the name GoogleTest looks up
void PrintTo(const BadInput& b, std::ostream* os) { *os << b.what; }

// The first 26 bytes of a PNG file (signature, IHDR chunk start).
constexpr char kPngHeader[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06";

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputTest, SegmentAndAlignFailCleanly) {
  const BadInput& c = GetParam();
  test::TempDir dir;
  const std::string bad = dir.file("input.txt");
  if (c.bytes == "<dir>") {
    test::run("mkdir " + test::shell_quote(bad));
  } else if (c.bytes != "<missing>") {
    test::write_file(bad, c.bytes);
  }
  test::write_file(dir.file("good.en.txt"), kEn);
  const std::string out = dir.file("out.tmx");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"segment", bad, "-o", out},
        std::vector<std::string>{"align", bad, dir.file("good.en.txt"), "-o", out}}) {
    const auto r = run_cli(args);
    EXPECT_EQ(r.exit_code, 2) << c.what << ": " << r.err;
    EXPECT_EQ(lines(r.err), 1u) << c.what << ": " << r.err;
    EXPECT_NE(r.err.find(bad), std::string::npos) << c.what << ": " << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.what << ": " << r.err;
    EXPECT_FALSE(test::file_exists(out)) << c.what;
  }
  const auto names = dir.list();
  for (const std::string& n : names) EXPECT_EQ(n.find(".tmp."), std::string::npos) << n;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadInputTest,
    ::testing::Values(
        BadInput{"missing", "<missing>", "no such file"},
        BadInput{"directory", "<dir>", "is a directory"}, BadInput{"empty", "", "empty"},
        BadInput{"binary", std::string(kPngHeader, sizeof kPngHeader - 1), "binary"},
        BadInput{"ill-formed UTF-8",
                 "1. 欢迎专家组的工作。专家组的工作十分重要。\n2. 请秘书长\xFF报告。\n", "byte 79"},
        BadInput{"damaged PDF", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "not a readable PDF"},
        BadInput{"ZIP without a Word document", std::string("PK\3\4\0\0", 6), "damaged ZIP"}),
    [](const auto& info) {
      std::string n = info.param.what;
      for (char& ch : n) ch = std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
      return n;
    });

TEST(Cli, UnwritableOutputIsAnInputError) {
  test::TempDir dir;
  test::write_file(dir.file("a.zh.txt"), kZh);
  test::write_file(dir.file("a.en.txt"), kEn);
  const auto r = run_cli(
      {"align", dir.file("a.zh.txt"), dir.file("a.en.txt"), "-o", dir.file("no/such/dir/out.tmx")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("out.tmx"), std::string::npos);
}

TEST(Cli, DetectsGbkAndUtf16) {
  test::TempDir dir;
  test::write_file(dir.file("gbk.txt"), boost::locale::conv::from_utf<char>(kZh, "GBK"));
  test::write_file(dir.file("u16.txt"),
                   "\xFF\xFE" + boost::locale::conv::from_utf<char>(kZh, "UTF-16LE"));
  for (const char* name : {"gbk.txt", "u16.txt"}) {
    const auto r = run_cli({"segment", "--format", "text", dir.file(name)});
    EXPECT_EQ(r.exit_code, 0) << name << r.err;
    EXPECT_NE(r.out.find("请秘书长报告本决议的执行情况。"), std::string::npos) << name;
  }
}

TEST(Cli, RepairReplacesBadBytesAndWarns) {
  test::TempDir dir;
  test::write_file(dir.file("bad.txt"),
                   "1. 欢迎专家组的工作。专家组的工作十分重要。\n2. 请秘书长\xFF报告。\n");
  const auto r = run_cli({"segment", "--repair", dir.file("bad.txt")});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("replaced 1"), std::string::npos);
  EXPECT_NE(r.out.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(Cli, SegmentJsonlFieldsAndStdin) {
  const auto r = run_cli({"segment", "-"}, kZh);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines(r.out), 2u);
  for (const char* field :
       {"\"index\":0", "\"kind\":\"body\"", "\"label\":\"1.\"", "\"number\":\"1\"",
        "\"sentences\":[", "\"footnote_refs\":[]", "\"text\":\"1. 欢迎专家组的工作。\""}) {
    EXPECT_NE(r.out.find(field), std::string::npos) << field;
  }
}

// --zh-tag declares the Chinese side's language tag; a tag that is not Chinese, or not a
// well-formed xml:lang, is a usage error (exit 2, no output).
TEST(Cli, ZhTagIsCheckedAndWritten) {
  test::TempDir dir;
  test::write_file(dir.file("a.zh.txt"), kZh);
  test::write_file(dir.file("a.en.txt"), kEn);
  const auto ok = run_cli({"align", "-q", "--zh-tag", "zh-SG", dir.file("a.zh.txt"),
                           dir.file("a.en.txt"), "-o", dir.file("sg.tmx")});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(test::read_file(dir.file("sg.tmx")).find("xml:lang=\"zh-SG\""), std::string::npos);
  for (const char* bad : {"zh_TW", "en-GB", "zh-", "zh-TW-toolongsubtag"}) {
    const auto r = run_cli({"align", "-q", "--zh-tag", bad, dir.file("a.zh.txt"),
                            dir.file("a.en.txt"), "-o", dir.file("bad.tmx")});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("not a Chinese language tag"), std::string::npos) << bad << r.err;
    EXPECT_FALSE(test::file_exists(dir.file("bad.tmx"))) << bad;
  }
}

// The paragraphs of a text, split at blank lines.
std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from < text.size()) {
    auto end = text.find("\n\n", from);
    if (end == std::string::npos) end = text.size();
    std::string p = text.substr(from, end - from);
    while (!p.empty() && p.back() == '\n') p.pop_back();
    out.push_back(p);
    from = end + 2;
  }
  return out;
}

void write_docx(const std::string& path, const std::string& text) {
  std::string body;
  for (const std::string& p : paragraphs_of(text))
    body += "<w:p><w:r><w:t>" + p + "</w:t></w:r></w:p>";
  test::write_zip(path, {{"word/document.xml", test::docx_document(body)}});
}

void write_odt(const std::string& path, const std::string& text) {
  std::string body;
  for (const std::string& p : paragraphs_of(text)) body += "<text:p>" + p + "</text:p>";
  test::write_zip(path,
                  {{"mimetype", "application/vnd.oasis.opendocument.text"},
                   {"content.xml",
                    "<office:document-content "
                    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
                    "<office:text>" +
                        body + "</office:text></office:body></office:document-content>"}});
}

// Word and OpenDocument files as they come: aligned like their text, one kind with the other.
TEST(Cli, AlignsWordAndOpenDocumentFiles) {
  test::TempDir dir;
  write_docx(dir.file("a.zh.docx"), kZh);
  write_docx(dir.file("a.en.docx"), kEn);
  write_odt(dir.file("a.zh.odt"), kZh);
  write_odt(dir.file("a.en.odt"), kEn);
  for (const auto& [zh, en] : std::vector<std::pair<std::string, std::string>>{
           {"a.zh.docx", "a.en.docx"}, {"a.zh.docx", "a.en.odt"}, {"a.zh.odt", "a.en.odt"}}) {
    const auto r = run_cli({"align", dir.file(zh), dir.file(en), "-o", dir.file("a.tsv")});
    ASSERT_EQ(r.exit_code, 0) << zh << " " << en << ": " << r.err;
    const std::string tsv = test::read_file(dir.file("a.tsv"));
    EXPECT_EQ(lines(tsv), 2u) << tsv;
    EXPECT_NE(tsv.find("请秘书长报告本决议的执行情况。\t2. Requests the Secretary-General"),
              std::string::npos)
        << zh << " " << en << ": " << tsv;
  }
}

// PDF files as they come: read as pdftotext -layout prints them, page numbers left unpaired.
TEST(Cli, AlignsPdfDocuments) {
  test::TempDir dir;
  test::write_pdf(dir.file("a.en.pdf"),
                  {{{72, 780, "United Nations"},
                    {400, 780, "A/RES/99/101"},
                    {72, 750, "1. Welcomes the work of the Expert Group."},
                    {72, 730, "2. Requests the Secretary-General to report on the implementation"},
                    {72, 718, "of the present resolution."},
                    {290, 60, "2/5"}}});
  test::write_pdf(dir.file("a.zh.pdf"), {{{72, 780, "联合国"},
                                          {400, 780, "A/RES/99/101"},
                                          {72, 750, "1. 欢迎专家组的工作。"},
                                          {72, 730, "2. 请秘书长报告本决议的执行情况。"},
                                          {290, 60, "3/7"}}});
  const auto r = run_cli({"align", "--unit", "paragraph", dir.file("a.zh.pdf"),
                          dir.file("a.en.pdf"), "-o", dir.file("a.tsv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string tsv = test::read_file(dir.file("a.tsv"));
  // The layout's run of spaces after a label is one space in the segment.
  EXPECT_NE(tsv.find("1. 欢迎专家组的工作。\t1. Welcomes the work of the Expert Group.\t"),
            std::string::npos)
      << tsv;
  EXPECT_NE(tsv.find("2. 请秘书长报告本决议的执行情况。\t2. Requests the Secretary-General to "
                     "report on the implementation of the present resolution.\t"),
            std::string::npos)
      << tsv;
  // Two paginations' page numbers are no translation unit.
  ASSERT_EQ(
      run_cli({"align", "-q", dir.file("a.zh.pdf"), dir.file("a.en.pdf"), "-o", dir.file("a.tmx")})
          .exit_code,
      0);
  const std::string tmx = test::read_file(dir.file("a.tmx"));
  EXPECT_NE(tmx.find("Welcomes the work of the Expert Group."), std::string::npos);
  EXPECT_EQ(tmx.find("3/7"), std::string::npos) << tmx;
}

TEST(Cli, AlignWritesEveryFormat) {
  test::TempDir dir;
  test::write_file(dir.file("a.zh.txt"), kZh);
  test::write_file(dir.file("a.en.txt"), kEn);
  for (const char* ext : {"tmx", "tsv", "jsonl", "beads", "html"}) {
    const std::string out = dir.file(std::string("out.") + ext);
    const auto r = run_cli({"align", "-q", dir.file("a.zh.txt"), dir.file("a.en.txt"), "-o", out});
    EXPECT_EQ(r.exit_code, 0) << ext << r.err;
    const std::string content = test::read_file(out);
    EXPECT_NE(content.find(std::string(ext) == "beads" ? "[0]:[0]" : "Secretary-General"),
              std::string::npos)
        << ext;
  }
  // Line mode gives one bead per line pair here.
  const auto beads = run_cli({"align", "--unit", "line", "--format", "beads", "-q",
                              dir.file("a.zh.txt"), dir.file("a.en.txt")});
  EXPECT_EQ(beads.exit_code, 0);
  EXPECT_NE(beads.out.find("[1]:[1]"), std::string::npos);  // the blank lines pair up
}

}  // namespace
}  // namespace bitext

namespace bitext {
namespace {

TEST(CliConvert, PairsAndGlossariesRoundTrip) {
  test::TempDir dir;
  test::write_file(dir.file("p.tsv"),
                   "网络犯罪\tcybercrime\t0.9\t1.\n技术援助\ttechnical assistance\n");
  ASSERT_EQ(test::run_cli({"convert", dir.file("p.tsv"), "-o", dir.file("p.tmx")}).exit_code, 0);
  ASSERT_EQ(test::run_cli({"convert", dir.file("p.tmx"), "-o", dir.file("back.jsonl")}).exit_code,
            0);
  const std::string back = test::read_file(dir.file("back.jsonl"));
  EXPECT_NE(back.find("\"zh\":\"网络犯罪\""), std::string::npos);
  EXPECT_NE(back.find("\"en\":\"technical assistance\""), std::string::npos);

  test::write_file(dir.file("g.tsv"),
                   "zh-CN\ten\tforbidden\n会员国\tMember States\tmember countries\n");
  ASSERT_EQ(test::run_cli({"convert", dir.file("g.tsv"), "-o", dir.file("g.tbx")}).exit_code, 0);
  ASSERT_EQ(test::run_cli({"convert", dir.file("g.tbx"), "-o", dir.file("g.csv")}).exit_code, 0);
  const std::string csv = test::read_file(dir.file("g.csv"));
  EXPECT_NE(csv.find("会员国,Member States"), std::string::npos);
  EXPECT_NE(csv.find("member countries"), std::string::npos);
}

TEST(CliConvert, LineParallelFilesBecomePairsOrFailNamingBothFiles) {
  test::TempDir dir;
  test::write_file(dir.file("c.zh"), "网络犯罪\n技术援助\n");
  test::write_file(dir.file("c.en"), "cybercrime\ntechnical assistance\n");
  test::write_file(dir.file("short.en"), "cybercrime\n");
  const auto ok = test::run_cli(
      {"convert", "--zh", dir.file("c.zh"), "--en", dir.file("c.en"), "-o", dir.file("c.tsv")});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(test::read_file(dir.file("c.tsv")),
            "网络犯罪\tcybercrime\t1.0000\t\n技术援助\ttechnical assistance\t1.0000\t\n");
  const auto short_run = test::run_cli(
      {"convert", "--zh", dir.file("c.zh"), "--en", dir.file("short.en"), "-o", dir.file("s.tmx")});
  EXPECT_EQ(short_run.exit_code, 2);
  EXPECT_NE(short_run.err.find(dir.file("c.zh") + ":2:"), std::string::npos) << short_run.err;
  EXPECT_NE(short_run.err.find(dir.file("short.en")), std::string::npos) << short_run.err;
  EXPECT_EQ(std::count(short_run.err.begin(), short_run.err.end(), '\n'), 1) << short_run.err;
  EXPECT_FALSE(test::file_exists(dir.file("s.tmx")));
  // One input only: a file, or --zh with --en.
  EXPECT_EQ(test::run_cli({"convert", "--zh", dir.file("c.zh"), "-o", dir.file("x.tsv")}).exit_code,
            2);
  EXPECT_EQ(test::run_cli({"convert", dir.file("c.tsv"), "--zh", dir.file("c.zh"), "--en",
                           dir.file("c.en"), "-o", dir.file("x.tsv")})
                .exit_code,
            2);
}

TEST(CliConvert, BadInputLeavesNoOutput) {
  test::TempDir dir;
  test::write_file(dir.file("bad.tmx"),
                   "<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body><tu>\n");
  test::write_file(dir.file("nosrc.tmx"), "<tmx version=\"1.4\"><header/><body/></tmx>");
  test::write_file(dir.file("g.tsv"), "会员国\tMember States\n");
  test::write_file(dir.file("p.tsv"), "no tab on this line\n");
  for (const auto& [in, out] :
       std::vector<std::pair<std::string, std::string>>{{"bad.tmx", "o.tsv"},
                                                        {"nosrc.tmx", "o.tsv"},
                                                        {"g.tsv", "o.tbx"},
                                                        {"p.tsv", "o.tmx"},
                                                        {"p.tsv", "o.docx"}}) {
    const auto r = test::run_cli({"convert", dir.file(in), "-o", dir.file(out)});
    EXPECT_EQ(r.exit_code, 2) << in << " -> " << out << ": " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(test::file_exists(dir.file(out))) << out;
  }
}

}  // namespace
}  // namespace bitext

namespace bitext {
namespace {

std::string demo(const char* name) { return test::source_path(std::string("corpus/demo/") + name); }

// The demo resolution's Chinese with the demo convention's English: the tool completes, warns,
// and trusts no bead (every confidence under the review threshold).
TEST(CliAlign, UnrelatedDocumentsCompleteWithAWarningAndLowConfidence) {
  test::TempDir dir;
  const auto r = run_cli({"align", demo("res-demo.zh.txt"), demo("convention-demo.en.txt"), "-o",
                          dir.file("out.tsv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("probably not translations"), std::string::npos) << r.err;
  std::istringstream rows(test::read_file(dir.file("out.tsv")));
  std::size_t n = 0;
  for (std::string row; std::getline(rows, row); ++n) {
    std::vector<std::string> cols;
    std::istringstream fields(row);
    for (std::string f; std::getline(fields, f, '\t');) cols.push_back(f);
    ASSERT_GE(cols.size(), 3u) << row;
    EXPECT_LT(std::stod(cols[2]), 0.5) << row;
  }
  EXPECT_GT(n, 40u);
}

TEST(CliAlign, BatchFoldersWithAndWithoutASharedModel) {
  test::TempDir in, out1, out2, out3;
  for (const char* stem : {"a", "b"}) {
    test::write_file(in.file(std::string(stem) + ".zh.txt"),
                     test::read_file(demo("res-demo.zh.txt")));
    test::write_file(in.file(std::string(stem) + ".en.txt"),
                     test::read_file(demo("res-demo.en.txt")));
  }
  test::write_file(in.file("bad.zh.txt"), "");  // fails; the others are written, exit 2
  test::write_file(in.file("bad.en.txt"), "Text.\n");
  const auto own = test::run_cli({"align", "-q", "--batch", in.path(), "-o", out1.path()});
  EXPECT_EQ(own.exit_code, 2) << own.err;
  EXPECT_EQ(out1.list(), (std::vector<std::string>{"a.tmx", "b.tmx"}));
  const auto shared =
      test::run_cli({"align", "-q", "--batch", in.path(), "-o", out2.path(), "--shared-model"});
  EXPECT_EQ(shared.exit_code, 2) << shared.err;
  EXPECT_NE(shared.err.find("FAILED"), std::string::npos) << shared.err;
  EXPECT_EQ(out2.list(), (std::vector<std::string>{"a.tmx", "b.tmx"}));
  EXPECT_NE(test::read_file(out2.file("a.tmx")).find("网络犯罪"), std::string::npos);
  // Line mode shares a model too.
  const auto line = test::run_cli({"align", "-q", "--batch", in.path(), "-o", out3.path(),
                                   "--shared-model", "--unit", "line", "--format", "beads"});
  EXPECT_EQ(line.exit_code, 2) << line.err;  // the bad pair
  EXPECT_EQ(out3.list(), (std::vector<std::string>{"a.beads", "b.beads"}));
}

TEST(CliCheck, FindsThePlantedErrorsOfTheDemo) {
  const auto r = test::run_cli({"check", "--zh", demo("res-demo.zh.txt"), "--en",
                                demo("res-demo.en.txt"), "--glossary", demo("glossary.tsv")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find(": error: number: number differs: \"49\" in the Chinese, \"94\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("1.: error: date: date differs"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("6.: error: term-missing: \"cybercrime\""), std::string::npos) << r.out;
  std::size_t errors = 0;
  for (std::size_t p = r.out.find(": error: "); p != std::string::npos;
       p = r.out.find(": error: ", p + 1)) {
    ++errors;
  }
  EXPECT_EQ(errors, 3u) << r.out;
}

TEST(CliCheck, TheCleanDemoConventionHasNoFindings) {
  // A faithful translation: nothing to report, not even the 中文 line that only the Chinese
  // masthead prints.
  const auto r = test::run_cli({"check", "--zh", demo("convention-demo.zh.txt"), "--en",
                                demo("convention-demo.en.txt"), "--severity", "warning"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(CliCheck, SeveralDocumentPairsAreCheckedEachUnderItsName) {
  const auto r =
      test::run_cli({"check", "--glossary", demo("glossary.tsv"), "--zh",
                     demo("convention-demo.zh.txt"), "--en", demo("convention-demo.en.txt"), "--zh",
                     demo("res-demo.zh.txt"), "--en", demo("res-demo.en.txt")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::size_t errors = 0;
  for (std::size_t p = r.out.find(": error: "); p != std::string::npos;
       p = r.out.find(": error: ", p + 1)) {
    ++errors;
  }
  EXPECT_EQ(errors, 3u) << r.out;  // the resolution's three; the convention is clean
  EXPECT_NE(r.out.find(demo("res-demo.zh.txt") + ":1.: error: date"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("convention-demo"), std::string::npos) << r.out;
}

TEST(CliCheck, LineParallelFilesAreCheckedLineByLine) {
  test::TempDir dir;
  test::write_file(dir.file("c.zh"),
                   "大会回顾其 2019 年 12 月 18 日第 74/173 号决议。\n94 个会员国参加了会议。\n");
  test::write_file(dir.file("c.en"),
                   "The Assembly recalls its resolution 74/173 of 18 December 2019.\n49 Member "
                   "States took part.\n");
  const auto r =
      test::run_cli({"check", "--zh", dir.file("c.zh"), "--en", dir.file("c.en"), "--parallel"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find(dir.file("c.zh") + ":2: error: number:"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(":1: "), std::string::npos) << r.out;
}

TEST(CliCheck, ExitCodesFormatsAndSeverity) {
  test::TempDir dir;
  test::write_file(
      dir.file("p.tsv"),
      "大会回顾其 2019 年 12 月 18 日第 74/173 号决议。\tThe Assembly recalls its resolution "
      "74/173 of 18 December 2019.\n94 个会员国参加了会议。\t49 Member States took part.\n");
  const auto text = test::run_cli({"check", dir.file("p.tsv")});
  EXPECT_EQ(text.exit_code, 1);
  EXPECT_NE(text.out.find(dir.file("p.tsv") + ":2: error: number:"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find(":1: "), std::string::npos) << text.out;  // line 1 is right
  const auto jsonl = test::run_cli({"check", "--format", "jsonl", dir.file("p.tsv")});
  for (const char* field :
       {"\"file\":", "\"loc\":\"2\"", "\"severity\":\"error\"", "\"check\":\"number\"",
        "\"message\":", "\"zh_span\":\"94\"", "\"en_span\":\"49\""}) {
    EXPECT_NE(jsonl.out.find(field), std::string::npos) << field << jsonl.out;
  }
  const auto disabled = test::run_cli({"check", "--disable", "number", dir.file("p.tsv")});
  EXPECT_EQ(disabled.exit_code, 0) << disabled.out;
  EXPECT_EQ(test::run_cli({"check", "--disable", "spelling", dir.file("p.tsv")}).exit_code, 2);
  const auto html = test::run_cli({"check", dir.file("p.tsv"), "-o", dir.file("r.html")});
  EXPECT_EQ(html.exit_code, 1);
  const std::string page = test::read_file(dir.file("r.html"));
  EXPECT_NE(page.find("<mark>94</mark>"), std::string::npos);
  EXPECT_NE(page.find("class=\"finding error\""), std::string::npos);
}

TEST(CliCheck, BadInputIsExitTwo) {
  test::TempDir dir;
  test::write_file(dir.file("p.tsv"), "网络犯罪\tcybercrime\n");
  test::write_file(dir.file("nohead.tsv"), "网络犯罪\tcybercrime\n");
  test::write_file(dir.file("nosrc.tmx"), "<tmx version=\"1.4\"><header/><body/></tmx>");
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"check", dir.file("p.tsv"), "--glossary", dir.file("nohead.tsv")},
           {"check", dir.file("p.docx")},
           {"check", dir.file("nosrc.tmx")},
           {"check", dir.file("p.tsv"), "--glossary", dir.file("g.xlsx")},
           {"check"}}) {
    const auto r = test::run_cli(args);
    EXPECT_EQ(r.exit_code, 2) << args.back() << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
}

TEST(CliTerms, MinesTheDemoAndWritesEveryFormat) {
  test::TempDir dir;
  for (const char* ext : {"tsv", "csv", "tbx", "jsonl"}) {
    const std::string out = dir.file(std::string("g.") + ext);
    const auto r = test::run_cli({"terms", "-q", "--zh", demo("res-demo.zh.txt"), "--en",
                                  demo("res-demo.en.txt"), "-o", out});
    ASSERT_EQ(r.exit_code, 0) << ext << r.err;
    const std::string g = test::read_file(out);
    EXPECT_NE(g.find("网络犯罪"), std::string::npos) << ext;
    EXPECT_NE(g.find("cybercrime"), std::string::npos) << ext;
  }
}

TEST(CliTerms, SeveralDocumentPairsMakeOneGlossaryWithTheirNamesInTheExamples) {
  // 公约 / Convention occurs in both demo documents: mined from the two together, its
  // examples name the file each comes from.
  test::TempDir dir;
  const auto r = test::run_cli({"terms", "-q", "--zh", demo("res-demo.zh.txt"), "--en",
                                demo("res-demo.en.txt"), "--zh", demo("convention-demo.zh.txt"),
                                "--en", demo("convention-demo.en.txt"), "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::size_t at = r.out.find("\"zh\":\"电子证据\"");  // in the convention only
  EXPECT_NE(at, std::string::npos) << r.out;
  EXPECT_NE(r.out.find("convention-demo.zh.txt:"), std::string::npos);
  EXPECT_NE(r.out.find("res-demo.zh.txt:"), std::string::npos);
  // --zh and --en come in pairs.
  const auto odd =
      test::run_cli({"terms", "--zh", demo("res-demo.zh.txt"), "--en", demo("res-demo.en.txt"),
                     "--zh", demo("convention-demo.zh.txt"), "-o", dir.file("g.tsv")});
  EXPECT_EQ(odd.exit_code, 2);
  EXPECT_NE(odd.err.find("--zh and --en come in pairs"), std::string::npos) << odd.err;
  EXPECT_FALSE(test::file_exists(dir.file("g.tsv")));
}

TEST(CliTerms, LineParallelFilesArePairedNotAligned) {
  test::TempDir dir;
  // Line 2 of each file is the same sentence pair; aligning could merge or move lines, pairing
  // line by line cannot.
  test::write_file(dir.file("c.zh"),
                   "打击网络犯罪。\n请提供技术援助。\n网络犯罪日益严重。\n技术援助很重要。\n");
  test::write_file(dir.file("c.en"),
                   "Countering cybercrime.\nPlease provide technical assistance.\nCybercrime is "
                   "growing.\nTechnical assistance matters.\n");
  const auto r = test::run_cli({"terms", "-q", "--zh", dir.file("c.zh"), "--en", dir.file("c.en"),
                                "--parallel", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"zh\":\"网络犯罪\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cybercrime"), std::string::npos) << r.out;
  EXPECT_EQ(test::run_cli({"terms", "--parallel", "--zh", dir.file("c.zh")}).exit_code, 2);
}

TEST(CliTerms, BadInput) {
  test::TempDir dir;
  test::write_file(dir.file("bad.tsv"), "网络犯罪\tcybercrime\nno tab\n");
  test::write_file(dir.file("empty.tsv"), "");
  test::write_file(dir.file("bad.tmx"), "<tmx version=\"1.4\"><header srclang=\"en\"><body>");
  for (const char* in : {"bad.tsv", "empty.tsv", "bad.tmx"}) {
    const auto r = test::run_cli({"terms", dir.file(in), "-o", dir.file("out.tsv")});
    EXPECT_EQ(r.exit_code, 2) << in << r.err;
    EXPECT_NE(r.err.find(dir.file(in)), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_FALSE(test::file_exists(dir.file("out.tsv")));
  }
  const auto bad_line = test::run_cli({"terms", dir.file("bad.tsv")});
  EXPECT_NE(bad_line.err.find("bad.tsv:2:"), std::string::npos) << bad_line.err;
}

}  // namespace
}  // namespace bitext
