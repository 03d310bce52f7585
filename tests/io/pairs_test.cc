#include "bitext/io/pairs.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "bitext/core/error.h"
#include "io_fixture.h"
#include "test_support.h"

namespace bitext::io {
namespace {

TEST(Pairs, TsvWriteAndRead) {
  std::ostringstream out;
  write_pairs_tsv(sample_alignment(), out);
  const std::string tsv = out.str();
  EXPECT_NE(tsv.find("第一句。第二句。\tFirst and second sentence.\t0.7100\t\n"),
            std::string::npos);
  EXPECT_NE(tsv.find("\tAn English-only sentence.\t0.2000\t"), std::string::npos);  // 0-1 kept
  test::TempDir dir;
  test::write_file(dir.file("p.tsv"), "zh-CN\ten\n" + tsv);
  const PairsFile p = read_pairs(dir.file("p.tsv"));
  ASSERT_EQ(p.pairs.size(), 4u);
  EXPECT_EQ(p.pairs[0].label, "1.");
  EXPECT_EQ(p.pairs[1].loc, "3");  // 1-based line, header counted
  EXPECT_NEAR(p.pairs[1].confidence, 0.71, 1e-9);
}

TEST(Pairs, TsvErrorsNameFileAndLine) {
  test::TempDir dir;
  test::write_file(dir.file("bad.tsv"), "网络犯罪\tcybercrime\nno tab here\n");
  try {
    read_pairs_tsv(dir.file("bad.tsv"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
    EXPECT_NE(std::string(e.what()).find("no tab"), std::string::npos);
  }
  test::write_file(dir.file("empty.tsv"), "");
  EXPECT_THROW(read_pairs_tsv(dir.file("empty.tsv")), InputError);
  test::write_file(dir.file("u8.tsv"), "a\tb\nc\xFF\td\n");
  try {
    read_pairs_tsv(dir.file("u8.tsv"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
  }
  EXPECT_THROW(read_pairs(dir.file("x.docx")), ConfigError);
}

TEST(Pairs, JsonlAlignmentAndPairs) {
  std::ostringstream out;
  write_alignment_jsonl(sample_alignment(), out);
  std::istringstream in(out.str());
  std::string line;
  std::vector<nlohmann::json> beads;
  while (std::getline(in, line)) beads.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(beads.size(), 4u);
  EXPECT_EQ(beads[1]["type"], "2-1");
  EXPECT_EQ(beads[1]["zh"], nlohmann::json::array({1, 2}));
  EXPECT_EQ(beads[2]["zh_text"], "");
  EXPECT_EQ(beads[2]["flagged"], true);
  EXPECT_EQ(beads[0]["zh_label"], "1.");

  test::TempDir dir;
  test::write_file(dir.file("p.jsonl"), out.str());
  const PairsFile p = read_pairs(dir.file("p.jsonl"));
  EXPECT_EQ(p.pairs.size(), 4u);
  EXPECT_EQ(p.pairs[1].en, "First and second sentence.");
}

TEST(Pairs, ParallelFilesPairLineByLine) {
  test::TempDir dir;
  test::write_file(dir.file("c.zh"), "网络犯罪\r\n\n技术援助\n第三行\n");
  test::write_file(dir.file("c.en"), "cybercrime\r\n\ntechnical assistance\n\n");
  const PairsFile p = read_parallel(dir.file("c.zh"), dir.file("c.en"));
  ASSERT_EQ(p.pairs.size(), 3u);  // the line blank on both sides is skipped
  EXPECT_EQ(p.pairs[0].zh, "网络犯罪");
  EXPECT_EQ(p.pairs[0].en, "cybercrime");
  EXPECT_EQ(p.pairs[1].loc, "3");
  EXPECT_EQ(p.pairs[1].en, "technical assistance");
  EXPECT_EQ(p.pairs[2].zh, "第三行");  // untranslated: kept, with an empty side
  EXPECT_EQ(p.pairs[2].en, "");
  // A reader hands out one pair at a time.
  auto reader = open_parallel(dir.file("c.zh"), dir.file("c.en"));
  SegmentPair pair;
  ASSERT_TRUE(reader->next(pair));
  EXPECT_EQ(pair.en, "cybercrime");
}

TEST(Pairs, ParallelFilesThatRunShortNameBothFiles) {
  test::TempDir dir;
  test::write_file(dir.file("long.zh"), "一\n二\n三\n");
  test::write_file(dir.file("short.en"), "one\ntwo\n");
  for (const bool zh_longer : {true, false}) {
    const std::string zh = zh_longer ? dir.file("long.zh") : dir.file("short.en");
    const std::string en = zh_longer ? dir.file("short.en") : dir.file("long.zh");
    try {
      read_parallel(zh, en);
      FAIL() << "no exception";
    } catch (const InputError& e) {
      EXPECT_EQ(e.file(), dir.file("long.zh"));
      EXPECT_EQ(e.line(), 3u);
      EXPECT_NE(std::string(e.what()).find(dir.file("short.en")), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    }
  }
  test::write_file(dir.file("empty.zh"), "\n");
  test::write_file(dir.file("empty.en"), "\n");
  EXPECT_THROW(read_parallel(dir.file("empty.zh"), dir.file("empty.en")), InputError);
}

TEST(Beads, WriteAndReadBack) {
  std::ostringstream out;
  write_beads(sample_alignment(), out);
  EXPECT_EQ(out.str(), "[0]:[0]:0.9912\n[1,2]:[1]:0.7100\n[]:[2]:0.2000\n[3]:[3]:0.4000\n");
  test::TempDir dir;
  test::write_file(dir.file("b.beads"), out.str());
  const auto beads = read_beads(dir.file("b.beads"));
  ASSERT_EQ(beads.size(), 4u);
  EXPECT_EQ(beads[1].zh, (IndexRange{1, 3}));
  EXPECT_TRUE(beads[2].zh.empty());
  // An index too large for any file (found by fuzz_readers: it escaped as std::out_of_range).
  test::write_file(dir.file("huge.beads"), "[0]:[0555555555555555555555555]:0.99\n");
  EXPECT_THROW(read_beads(dir.file("huge.beads")), InputError);
  test::write_file(dir.file("bad.beads"), "[0]:[0]\n[1;2]:[1]\n");
  try {
    read_beads(dir.file("bad.beads"));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 2u);
  }
}

}  // namespace
}  // namespace bitext::io
