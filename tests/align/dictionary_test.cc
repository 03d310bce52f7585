#include "bitext/align/dictionary.h"

#include <gtest/gtest.h>

#include "bitext/core/error.h"
#include "test_support.h"

namespace bitext::align {
namespace {

TEST(Dictionary, ReadsCedictAndTsv) {
  test::TempDir dir;
  const std::string cedict = dir.File("mini.u8");
  test::WriteFile(cedict,
                  "# CC-CEDICT\n"
                  "網絡 网络 [wang3 luo4] /network/(computing) Internet/\n"
                  "犯罪 犯罪 [fan4 zui4] /to commit a crime/crime/offense/\n"
                  "個 个 [ge4] /CL:個|个[ge4]/individual/\n");
  Vocabulary zh, en;
  const Dictionary d = Dictionary::Load(cedict, zh, en);
  // network, Internet, commit a crime, crime, offense, individual (the CL: sense is dropped)
  EXPECT_EQ(d.entries().size(), 6u);
  EXPECT_NE(zh.Find("网"), Vocabulary::kUnknown);  // simplified headword, by character
  EXPECT_NE(en.Find("crime"), Vocabulary::kUnknown);
  EXPECT_EQ(en.Find("to"), Vocabulary::kUnknown);  // "to commit" loses its infinitive marker

  const std::string tsv = dir.File("glossary.tsv");
  test::WriteFile(tsv,
                  "zh-CN\ten\n网络犯罪\tcybercrime|cyber-crime\n技术援助\ttechnical assistance\n");
  Vocabulary zh2, en2;
  EXPECT_EQ(Dictionary::Load(tsv, zh2, en2).entries().size(), 3u);
}

TEST(Dictionary, RejectsOtherFormatsNamingTheLine) {
  test::TempDir dir;
  const std::string bad = dir.File("bad.txt");
  test::WriteFile(bad, "this is not a dictionary\n");
  Vocabulary zh, en;
  try {
    Dictionary::Load(bad, zh, en);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.line(), 1u);
  }
  EXPECT_THROW(Dictionary::Load(dir.File("missing.txt"), zh, en), InputError);
}

}  // namespace
}  // namespace bitext::align
