#include "bitext/align/dictionary.h"

#include <gtest/gtest.h>

#include "bitext/core/error.h"
#include "test_support.h"

namespace bitext::align {
namespace {

TEST(Dictionary, ReadsCedictAndTsv) {
  test::TempDir dir;
  const std::string cedict = dir.file("mini.u8");
  test::write_file(cedict,
                   "# CC-CEDICT\n"
                   "網絡 网络 [wang3 luo4] /network/(computing) Internet/\n"
                   "犯罪 犯罪 [fan4 zui4] /to commit a crime/crime/offense/\n"
                   "個 个 [ge4] /CL:個|个[ge4]/individual/\n");
  Vocabulary zh, en;
  const Dictionary d = Dictionary::load(cedict, zh, en);
  // network, Internet, commit a crime, crime, offense, individual (the CL: sense is dropped)
  EXPECT_EQ(d.entries().size(), 6u);
  EXPECT_NE(zh.find("网"), Vocabulary::kUnknown);  // simplified headword, by character
  EXPECT_NE(en.find("crime"), Vocabulary::kUnknown);
  EXPECT_EQ(en.find("to"), Vocabulary::kUnknown);  // "to commit" loses its infinitive marker

  const std::string tsv = dir.file("glossary.tsv");
  test::write_file(tsv,
                   "zh-CN\ten\n网络犯罪\tcybercrime|cyber-crime\n技术援助\ttechnical assistance\n");
  Vocabulary zh2, en2;
  EXPECT_EQ(Dictionary::load(tsv, zh2, en2).entries().size(), 3u);
}

TEST(Dictionary, RejectsOtherFormatsNamingTheLine) {
  test::TempDir dir;
  const std::string bad = dir.file("bad.txt");
  test::write_file(bad, "this is not a dictionary\n");
  Vocabulary zh, en;
  try {
    Dictionary::load(bad, zh, en);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 1u);
  }
  EXPECT_THROW(Dictionary::load(dir.file("missing.txt"), zh, en), InputError);
}

}  // namespace
}  // namespace bitext::align
