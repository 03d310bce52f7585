#include "bitext/io/batch.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "bitext/core/error.h"
#include "test_support.h"

namespace bitext::io {
namespace {

const char* kZh = "1. 欢迎专家组的工作。\n\n2. 请秘书长报告本决议的执行情况。\n";
const char* kEn =
    "1. Welcomes the work of the Expert Group.\n\n2. Requests the Secretary-General to report on "
    "the implementation of the present resolution.\n";

void fill(const test::TempDir& dir) {
  for (const char* stem : {"a", "b", "c"}) {
    test::write_file(dir.file(std::string(stem) + ".zh.txt"), kZh);
    test::write_file(dir.file(std::string(stem) + ".en.md"), kEn);  // any extension pairs up
  }
  test::write_file(dir.file("bad.zh.txt"), "");  // empty: fails, the others go on
  test::write_file(dir.file("bad.en.txt"), kEn);
  test::write_file(dir.file("alone.zh.txt"), kZh);        // no partner
  test::write_file(dir.file("notes.txt"), "not a pair");  // ignored
}

TEST(Batch, PairsFilesByStem) {
  test::TempDir dir;
  fill(dir);
  const BatchPlan plan = plan_from_folder(dir.path());
  ASSERT_EQ(plan.pairs.size(), 4u);
  EXPECT_EQ(plan.pairs[0].name, "a");
  EXPECT_EQ(plan.pairs[1].name, "b");
  EXPECT_EQ(plan.pairs[2].name, "bad");
  EXPECT_EQ(plan.pairs[3].name, "c");
  ASSERT_EQ(plan.unpaired.size(), 1u);
  EXPECT_NE(plan.unpaired[0].find("alone.zh.txt"), std::string::npos);
}

// The names the UN's document system gives its downloads (A_RES_73_187-ZH.pdf), and other
// separators, pair too; a tag inside a word does not count.
TEST(Batch, PairsTheNamesDocumentSystemsGive) {
  test::TempDir dir;
  for (const char* name : {"A_RES_73_187-ZH.pdf", "A_RES_73_187-EN.pdf", "report_zh.docx",
                           "report_EN.docx", "garden.txt", "kitchen.txt", "x_en_final.txt"}) {
    test::write_file(dir.file(name), "x");
  }
  const BatchPlan plan = plan_from_folder(dir.path());
  ASSERT_EQ(plan.pairs.size(), 2u);
  EXPECT_EQ(plan.pairs[0].name, "A_RES_73_187");
  EXPECT_NE(plan.pairs[0].zh.find("A_RES_73_187-ZH.pdf"), std::string::npos);
  EXPECT_NE(plan.pairs[0].en.find("A_RES_73_187-EN.pdf"), std::string::npos);
  EXPECT_EQ(plan.pairs[1].name, "report");
  EXPECT_TRUE(plan.unpaired.empty());
}

TEST(Batch, ManifestPairs) {
  test::TempDir dir;
  fill(dir);
  test::write_file(dir.file("list.tsv"), "a.zh.txt\tb.en.md\n# comment\nc.zh.txt\tc.en.md\n");
  const BatchPlan plan = plan_from_manifest(dir.file("list.tsv"));
  ASSERT_EQ(plan.pairs.size(), 2u);
  EXPECT_EQ(plan.pairs[0].en, dir.file("b.en.md"));
  test::write_file(dir.file("bad.tsv"), "a.zh.txt b.en.md\n");
  EXPECT_THROW(plan_from_manifest(dir.file("bad.tsv")), InputError);
}

TEST(Batch, SameBytesWhateverTheJobsAndBadPairsSkipped) {
  test::TempDir in, out1, out2;
  fill(in);
  const BatchPlan plan = plan_from_folder(in.path());
  BatchOptions o;
  o.creation_date = "20311212T000000Z";
  o.jobs = 1;
  o.output_dir = out1.path();
  o.merged_tmx = out1.file("all.tmx");
  std::size_t calls = 0;
  o.progress = [&](std::size_t done, std::size_t total) {
    ++calls;
    EXPECT_LE(done, total);
  };
  const BatchResult r1 = align_batch(plan, o);
  EXPECT_EQ(calls, 4u);
  o.jobs = 2;
  o.output_dir = out2.path();
  o.merged_tmx = out2.file("all.tmx");
  const BatchResult r2 = align_batch(plan, o);
  EXPECT_EQ(r1.failed, 1u);
  EXPECT_EQ(r2.failed, 1u);
  ASSERT_EQ(r1.entries[2].name, "bad");
  EXPECT_NE(r1.entries[2].error.find("empty"), std::string::npos);
  EXPECT_EQ(out1.list(), out2.list());
  EXPECT_EQ(out1.list(), (std::vector<std::string>{"a.tmx", "all.tmx", "b.tmx", "c.tmx"}));
  for (const std::string& f : out1.list()) {
    EXPECT_EQ(test::read_file(out1.file(f)), test::read_file(out2.file(f))) << f;
  }
  EXPECT_EQ(r1.entries[0].beads, 2u);
  // The merged memory holds the units of all pairs that succeeded.
  const std::string merged = test::read_file(out1.file("all.tmx"));
  std::size_t units = 0;
  for (std::size_t p = merged.find("<tu>"); p != std::string::npos;
       p = merged.find("<tu>", p + 1)) {
    ++units;
  }
  EXPECT_EQ(units, 6u);
}

TEST(Batch, SharedModelWritesEveryPairAndSkipsBadOnes) {
  test::TempDir in, out;
  fill(in);
  const BatchPlan plan = plan_from_folder(in.path());
  BatchOptions o;
  o.creation_date = "20311212T000000Z";
  o.shared_model = true;
  o.output_dir = out.path();
  o.merged_tmx = out.file("all.tmx");
  std::size_t calls = 0;
  o.progress = [&](std::size_t, std::size_t) { ++calls; };
  const BatchResult r = align_batch(plan, o);
  EXPECT_EQ(calls, 4u);
  EXPECT_EQ(r.failed, 1u);
  EXPECT_NE(r.entries[2].error.find("empty"), std::string::npos);
  EXPECT_EQ(out.list(), (std::vector<std::string>{"a.tmx", "all.tmx", "b.tmx", "c.tmx"}));
  for (const std::size_t k : {0u, 1u, 3u}) {
    EXPECT_EQ(r.entries[k].beads, 2u) << k;  // each pair aligned on its own: 1. and 2.
    EXPECT_EQ(r.entries[k].zh_segments, 2u) << k;
  }
  // Line mode too: each line a segment, each pair one block.
  test::TempDir lines;
  o.segment.mode = text::ParagraphMode::kLine;
  o.output_dir = lines.path();
  o.merged_tmx.clear();
  const BatchResult by_line = align_batch(plan, o);
  EXPECT_EQ(by_line.failed, 1u);
  EXPECT_EQ(by_line.entries[0].zh_segments, 3u);  // two numbered lines and the blank between
  EXPECT_EQ(lines.list(), (std::vector<std::string>{"a.tmx", "b.tmx", "c.tmx"}));
}

TEST(Stream, OneJsonLinePerDocumentAndErrorsAsData) {
  nlohmann::json a = {{"id", "doc-1"}, {"zh", kZh}, {"en", kEn}};
  nlohmann::json b = {{"id", 7}, {"zh", kZh}, {"en", kEn}};
  std::istringstream in(a.dump() + "\nnot json\n" + b.dump() +
                        "\n{\"id\":\"x\",\"zh\":\"\",\"en\":\"y\"}\n");
  std::ostringstream out;
  const std::size_t failed = align_jsonl_stream(in, out, {}, {});
  EXPECT_EQ(failed, 2u);
  std::istringstream lines(out.str());
  std::vector<nlohmann::json> replies;
  for (std::string l; std::getline(lines, l);) replies.push_back(nlohmann::json::parse(l));
  ASSERT_EQ(replies.size(), 4u);
  EXPECT_EQ(replies[0]["id"], "doc-1");
  EXPECT_EQ(replies[0]["beads"].size(), 2u);
  EXPECT_EQ(replies[0]["beads"][1]["zh_label"], "2.");
  EXPECT_TRUE(replies[1].contains("error"));
  EXPECT_EQ(replies[2]["id"], 7);
  EXPECT_TRUE(replies[3].contains("error"));
}

}  // namespace
}  // namespace bitext::io
