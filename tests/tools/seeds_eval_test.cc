// The whole job on real UN documents: the user's four Chinese seeds — resolutions 74/173 and
// 73/187, the Ad Hoc Committee's revised draft resolution and the Expert Group's 2020 draft report
// (read from ../shared/corpus/seeds) with English counterparts we wrote (corpus/seeds-en: laid out
// as the UN's English documents are, masthead and footnote places their own). Aligned, checked and
// mined as a translator would, through the CLI.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace bitext {
namespace {

using test::run_cli;

struct Seed {
  const char* name;
  int numbered;                              // operative or report paragraphs 1. .. numbered.
  int segments;                              // Chinese paragraphs
  std::map<std::string, std::string> terms;  // expected in its glossary
};

const Seed kSeeds[] = {
    {"a-res-74-173",
     14,
     41,
     {{"网络犯罪", "cybercrime"},
      {"会员国", "Member States"},
      {"技术援助", "technical assistance"},
      {"能力建设", "capacity-building"},
      {"联合国毒品和犯罪问题办公室", "United Nations Office on Drugs and Crime"},
      {"预防犯罪和刑事司法委员会", "Commission on Crime Prevention and Criminal Justice"}}},
    {"a-res-73-187",
     3,
     30,
     {{"信息和通信技术", "information and communications technologies"},
      {"网络犯罪", "cybercrime"},
      {"不限成员名额政府间专家组", "open-ended intergovernmental expert group"},
      {"预防犯罪和刑事司法委员会", "Commission on Crime Prevention and Criminal Justice"}}},
    {"a-ac291-25-rev1",
     11,
     28,
     {{"网络犯罪", "cybercrime"},
      {"特设委员会", "Ad Hoc Committee"},
      {"公约缔约国会议", "Conference of the States Parties to the Convention"},
      {"纽约", "New York"}}},
    {"eg4-2020-draft-report",
     25,
     78,
     {{"专家组", "Expert Group"},
      {"网络犯罪", "cybercrime"},
      {"会员国", "Member States"},
      {"国际合作", "international cooperation"}}},
};

std::string zh_path(const Seed& s) {
  return test::shared_path(std::string("corpus/seeds/") + s.name + ".zh.txt");
}
std::string en_path(const Seed& s) {
  return test::source_path(std::string("corpus/seeds-en/") + s.name + ".en.txt");
}

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

// Chinese chapter numbers and their Roman counterparts; every other label is written alike.
bool same_label(const std::string& zh, const std::string& en) {
  static const std::map<std::string, std::string> kChapters = {
      {"一.", "I."}, {"二.", "II."}, {"三.", "III."}, {"四.", "IV."}, {"五.", "V."}};
  const auto it = kChapters.find(zh);
  return it != kChapters.end() ? it->second == en : zh == en;
}

class SeedsEval : public ::testing::TestWithParam<Seed> {};

// Every labelled paragraph (1., 74/173., (a), A., 一./I., ¹) pairs with the paragraph of the
// same label, every Chinese paragraph is in one bead, nothing is flagged, the document is judged
// a translation.
TEST_P(SeedsEval, PairsLabelByLabel) {
  REQUIRE_SHARED();
  const Seed& s = GetParam();
  const auto r = run_cli({"align", zh_path(s), en_path(s), "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto score_at = r.err.find("document score ");
  ASSERT_NE(score_at, std::string::npos) << r.err;
  EXPECT_GE(std::stod(r.err.substr(score_at + 15)), 0.9) << r.err;
  std::size_t flagged = 0, zh_segments = 0, labelled = 0;
  std::map<std::string, int> numbered;
  for (const auto& bead : json_lines(r.out)) {
    flagged += bead["flagged"].get<bool>() ? 1 : 0;
    zh_segments += bead["zh"].size();
    const std::string zl = bead["zh_label"].get<std::string>();
    const std::string el = bead["en_label"].get<std::string>();
    if (zl.empty()) continue;
    ++labelled;
    EXPECT_TRUE(same_label(zl, el)) << zl << " paired with " << el << ": " << bead.dump();
    ++numbered[zl];
  }
  EXPECT_EQ(flagged, 0u);
  EXPECT_EQ(zh_segments, static_cast<std::size_t>(s.segments));
  for (int k = 1; k <= s.numbered; ++k) EXPECT_GE(numbered[std::to_string(k) + "."], 1) << k;
  EXPECT_GE(labelled, static_cast<std::size_t>(s.numbered + 3));
}

// Faithful translations: no number, date or symbol finding, nothing at error level.
TEST_P(SeedsEval, NoFalseAlarms) {
  REQUIRE_SHARED();
  const Seed& s = GetParam();
  const auto r = run_cli({"check", "--zh", zh_path(s), "--en", en_path(s), "--format", "jsonl"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  for (const auto& f : json_lines(r.out)) {
    const std::string check = f["check"].get<std::string>();
    EXPECT_NE(f["severity"].get<std::string>(), "error") << f.dump();
    EXPECT_TRUE(check != "number" && check != "date" && check != "symbol") << f.dump();
  }
}

// The terms a translator of the document needs, from this one document.
TEST_P(SeedsEval, Glossary) {
  REQUIRE_SHARED();
  const Seed& s = GetParam();
  const auto r = run_cli({"terms", "--zh", zh_path(s), "--en", en_path(s), "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, std::string> glossary;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const auto tab2 = line.find('\t', tab + 1);
    glossary[line.substr(0, tab)] = line.substr(tab + 1, tab2 - tab - 1);
  }
  for (const auto& [zh, en] : s.terms) EXPECT_EQ(glossary[zh], en) << zh;
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedsEval, ::testing::ValuesIn(kSeeds), [](const auto& info) {
  std::string name = info.param.name;
  for (char& c : name) c = c == '-' ? '_' : c;
  return name;
});

}  // namespace
}  // namespace bitext
