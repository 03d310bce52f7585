// Evaluation against the gold sets in ../shared/eval/sets (ctest label "eval"): strict F1 from
// the official scorer must reach the recorded floors; every segment must be in exactly one bead;
// confident beads must be right. Figures are printed for docs/align.md.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <map>
#include <set>
#include <sstream>

#include "bitext/align/aligner.h"
#include "bitext/align/evaluate.h"
#include "bitext/core/utf8.h"
#include "bitext/text/document.h"
#include "bitext/text/label.h"
#include "test_support.h"

namespace bitext::align {
namespace {

struct SetFloor {
  const char* name;
  double floor;  // strict F1 the default method must reach
  // Strict F1 once the predicted beads inside one gold bead are joined (join_within_gold), as
  // Bertalign's Bible evaluation scores verse groups.
  double grouped_floor;
  // The gold beads are sentence pairs (not verse groups): a confident bead must then be
  // exactly a gold bead, not only inside one.
  bool sentence_gold;
};

// The CI floors are 0.90 / 0.85 / 0.995 / 0.93; measured (2026-11): 0.934 / 0.925 /
// 0.997 / 0.983. The floors here sit one point under the measurement, never under the issue's.
// Grouped, measured (2026-11-24): 0.9925 / 0.9822 / 1.0 / 0.9828, floors a point under.
constexpr SetFloor kSets[] = {{"bible-pentateuch", 0.92, 0.98, false},
                              {"bible-pentateuch-del5", 0.91, 0.97, false},
                              {"constitution", 0.995, 0.99, true},
                              {"ntrex-cn", 0.97, 0.97, true}};

std::vector<std::string> lines_of(const std::string& path) {
  std::istringstream in(test::read_file(path));
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<Segment> segments_of(const std::vector<std::string>& texts) {
  std::vector<Segment> out;
  for (const std::string& text : texts) {
    Segment s;
    s.text = text;
    s.label = text::parse_label(text);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Segment> read_lines(const std::string& path) { return segments_of(lines_of(path)); }

std::string format_beads(const std::vector<Bead>& beads) {
  std::ostringstream out;
  for (const Bead& b : beads) {
    out << '[';
    for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) out << (i > b.zh.begin ? "," : "") << i;
    out << "]:[";
    for (std::size_t j = b.en.begin; j < b.en.end; ++j) out << (j > b.en.begin ? "," : "") << j;
    out << "]:" << b.confidence << '\n';
  }
  return out.str();
}

std::string format_beads(const Alignment& a) { return format_beads(a.beads); }

using BeadKey = std::pair<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, std::size_t>>;

// The line indices of one side of a bead line ("3,4" of "[3,4]:[5]").
std::vector<std::size_t> indices(const std::string& side) {
  std::vector<std::size_t> out;
  std::istringstream items(side);
  for (std::string item; std::getline(items, item, ',');) {
    if (item.find_first_of("0123456789") != std::string::npos) out.push_back(std::stoul(item));
  }
  return out;
}

using GoldBead = std::pair<std::vector<std::size_t>, std::vector<std::size_t>>;  // zh, en lines

std::vector<GoldBead> gold_beads(const std::string& path) {
  std::vector<GoldBead> out;
  for (const std::string& line : lines_of(path)) {
    const auto mid = line.find("]:[");
    if (mid == std::string::npos) continue;
    out.emplace_back(indices(line.substr(1, mid - 1)),
                     indices(line.substr(mid + 3, line.find(']', mid + 3) - mid - 3)));
  }
  return out;
}

std::set<BeadKey> read_gold(const std::string& path) {
  auto range = [](const std::vector<std::size_t>& lines) {
    return lines.empty() ? std::make_pair<std::size_t, std::size_t>(0, 0)
                         : std::make_pair(*std::min_element(lines.begin(), lines.end()),
                                          *std::max_element(lines.begin(), lines.end()) + 1);
  };
  std::set<BeadKey> gold;
  for (const GoldBead& b : gold_beads(path)) gold.insert({range(b.first), range(b.second)});
  return gold;
}

double score_with_official_scorer(const std::string& set_dir, const std::string& beads) {
  test::TempDir dir;
  const std::string pred = dir.file("pred.beads");
  test::write_file(pred, beads);
  const test::RunResult r = test::run(
      test::shell_quote(test::python3()) + " " +
      test::shell_quote(test::shared_path("eval/score_beads.py")) + " " +
      test::shell_quote(set_dir + "/gold.beads") + " " + test::shell_quote(pred) + " --zh " +
      test::shell_quote(set_dir + "/zh.txt") + " --en " + test::shell_quote(set_dir + "/en.txt"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto at = r.out.rfind("F1 ");
  return at == std::string::npos ? 0.0 : std::stod(r.out.substr(at + 3));
}

// One set aligned with the defaults: strict F1 from the official scorer, and calibration, the
// share of confident (>= 0.9) non-null beads that are exactly a gold bead, and that are a gold
// bead or a finer split of one. Asserts that every segment is in exactly one bead.
struct Measured {
  double f1 = 0, exact_at_90 = 0, within_at_90 = 0, seconds = 0;
  // The same once the beads inside one gold bead are joined (join_within_gold).
  double grouped_f1 = 0, grouped_exact_at_90 = 0;
  Alignment alignment;
};

Measured measure(const std::string& dir, const char* name) {
  Measured out;
  std::vector<Segment> zh = read_lines(dir + "/zh.txt");
  std::vector<Segment> en = read_lines(dir + "/en.txt");
  const std::size_t n = zh.size(), m = en.size();
  const auto start = std::chrono::steady_clock::now();
  AlignResult r = align_segments(std::move(zh), std::move(en), {});
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::vector<int> zh_seen(n), en_seen(m);
  for (const Bead& b : r.alignment.beads) {
    for (std::size_t i = b.zh.begin; i < b.zh.end; ++i) ++zh_seen.at(i);
    for (std::size_t j = b.en.begin; j < b.en.end; ++j) ++en_seen.at(j);
  }
  for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(zh_seen[i], 1) << "zh line " << i;
  for (std::size_t j = 0; j < m; ++j) EXPECT_EQ(en_seen[j], 1) << "en line " << j;

  out.f1 = score_with_official_scorer(dir, format_beads(r.alignment));
  const std::set<BeadKey> gold = read_gold(dir + "/gold.beads");
  std::vector<Bead> gold_list;
  for (const BeadKey& g : gold) {
    Bead b;
    b.zh = {g.first.first, g.first.second};
    b.en = {g.second.first, g.second.second};
    gold_list.push_back(b);
  }
  const std::vector<Bead> joined = join_within_gold(gold_list, r.alignment.beads);
  out.grouped_f1 = score_with_official_scorer(dir, format_beads(joined));
  std::size_t joined_confident = 0, joined_right = 0;
  for (const Bead& b : joined) {
    if (b.zh.empty() || b.en.empty() || b.confidence < 0.9) continue;
    ++joined_confident;
    joined_right += gold.count({{b.zh.begin, b.zh.end}, {b.en.begin, b.en.end}});
  }
  out.grouped_exact_at_90 =
      joined_confident ? static_cast<double>(joined_right) / joined_confident : 0.0;
  std::size_t confident = 0, right = 0, consistent = 0;
  for (const Bead& b : r.alignment.beads) {
    if (b.zh.empty() || b.en.empty() || b.confidence < 0.9) continue;
    ++confident;
    if (gold.count({{b.zh.begin, b.zh.end}, {b.en.begin, b.en.end}})) ++right;
    for (const BeadKey& g : gold) {
      if (g.first.first <= b.zh.begin && b.zh.end <= g.first.second &&
          g.second.first <= b.en.begin && b.en.end <= g.second.second &&
          g.first.second > g.first.first) {
        ++consistent;
        break;
      }
    }
  }
  out.exact_at_90 = confident ? static_cast<double>(right) / confident : 0.0;
  out.within_at_90 = confident ? static_cast<double>(consistent) / confident : 0.0;
  std::printf(
      "EVAL %-34s strict F1 %.4f  conf>=0.9: %.1f%% of beads, %.1f%% exact, %.1f%% within "
      "a gold bead  grouped: F1 %.4f, conf>=0.9 %.1f%% exact  time %.2f s  score %.2f\n",
      name, out.f1, 100.0 * confident / r.alignment.beads.size(), 100 * out.exact_at_90,
      100 * out.within_at_90, out.grouped_f1, 100 * out.grouped_exact_at_90, out.seconds,
      r.alignment.document_score);
  out.alignment = std::move(r.alignment);
  return out;
}

// A gold set's lines, for the tests that derive sets from it.
struct SetLines {
  std::string dir;
  std::vector<std::string> zh, en;
};

SetLines set_lines(const char* set) {
  SetLines out;
  out.dir = test::shared_path(std::string("eval/sets/") + set);
  out.zh = lines_of(out.dir + "/zh.txt");
  out.en = lines_of(out.dir + "/en.txt");
  return out;
}

// A derived set (its two texts and gold beads, as files hold them), aligned and measured.
Measured measure_derived(const std::string& zh, const std::string& en, const std::string& gold,
                         const std::string& name) {
  test::TempDir tmp;
  test::write_file(tmp.file("zh.txt"), zh);
  test::write_file(tmp.file("en.txt"), en);
  test::write_file(tmp.file("gold.beads"), gold);
  return measure(tmp.path(), name.c_str());
}

// A set's name as a test name may spell it (bible-pentateuch -> bible_pentateuch).
std::string test_name(const char* set) {
  std::string name = set;
  for (char& c : name) c = c == '-' ? '_' : c;
  return name;
}

class AlignEval : public ::testing::TestWithParam<SetFloor> {};

TEST_P(AlignEval, ReachesTheFloorCoversEverySegmentAndIsCalibrated) {
  REQUIRE_SHARED();
  const Measured r =
      measure(test::shared_path(std::string("eval/sets/") + GetParam().name), GetParam().name);
  EXPECT_GE(r.f1, GetParam().floor);
  EXPECT_GE(r.grouped_f1, GetParam().grouped_floor);
  EXPECT_GE(r.grouped_exact_at_90, 0.95);
  EXPECT_GE(r.within_at_90, 0.95);
  if (GetParam().sentence_gold) {
    EXPECT_GE(r.exact_at_90, 0.95);
  }
  EXPECT_GT(r.alignment.document_score, 0.9);  // these are translations
  EXPECT_TRUE(r.alignment.warnings.empty());
}

INSTANTIATE_TEST_SUITE_P(GoldSets, AlignEval, ::testing::ValuesIn(kSets),
                         [](const auto& info) { return test_name(info.param.name); });

// The Bible gold groups lines by verse: where a verse has two sentences on each side, the gold
// bead is 2-2 although the sentences pair up one by one, and nothing in the text marks verse
// ends. Joining one side's lines per verse takes that ambiguity out of the gold (every bead is
// then 1-k, or k-1) and gives the shapes of texts whose translator split sentences differently
// (a literary set: 21% 1-2, 5.5% 1-3). Here strict F1 and exact calibration must hold.
struct DerivedSet {
  const char* set;
  bool join_chinese;  // else join the English
  double floor;       // measured (2026-11): 0.9997 / 0.9923 / 0.9891 / 0.9818
};

constexpr DerivedSet kDerived[] = {{"bible-pentateuch", true, 0.99},
                                   {"bible-pentateuch", false, 0.98},
                                   {"bible-pentateuch-del5", true, 0.979},
                                   {"bible-pentateuch-del5", false, 0.97}};

class AlignDerivedEval : public ::testing::TestWithParam<DerivedSet> {};

TEST_P(AlignDerivedEval, VerseGroupsOnOneSideAlignAndAreCalibrated) {
  REQUIRE_SHARED();
  const DerivedSet& p = GetParam();
  const auto [dir, zh, en] = set_lines(p.set);
  std::ostringstream zh_out, en_out, gold_out;
  std::size_t zh_next = 0, en_next = 0;
  for (const auto& [zi, ei] : gold_beads(dir + "/gold.beads")) {
    auto side = [](const std::vector<std::string>& text, const std::vector<std::size_t>& items,
                   bool join, const char* space, std::ostringstream& out, std::size_t& next) {
      std::string listed;
      if (join && !items.empty()) {
        for (std::size_t k = 0; k < items.size(); ++k) out << (k ? space : "") << text.at(items[k]);
        out << '\n';
        listed = std::to_string(next++);
      } else {
        for (std::size_t k : items) {
          out << text.at(k) << '\n';
          listed += (listed.empty() ? "" : ",") + std::to_string(next++);
        }
      }
      return listed;
    };
    const std::string z = side(zh, zi, p.join_chinese, "", zh_out, zh_next);
    const std::string e = side(en, ei, !p.join_chinese, " ", en_out, en_next);
    gold_out << '[' << z << "]:[" << e << "]\n";
  }
  const Measured r =
      measure_derived(zh_out.str(), en_out.str(), gold_out.str(),
                      std::string(p.set) + (p.join_chinese ? " zh-verses" : " en-verses"));
  EXPECT_GE(r.f1, p.floor);
  EXPECT_GE(r.exact_at_90, 0.95);
}

INSTANTIATE_TEST_SUITE_P(VerseGroups, AlignDerivedEval, ::testing::ValuesIn(kDerived),
                         [](const auto& info) {
                           return test_name(info.param.set) +
                                  (info.param.join_chinese ? "_zh_joined" : "_en_joined");
                         });

// Omissions in a sentence-level translation: a translator leaves a sentence out, or the
// original has one the copy at hand lacks. One side of every 20th gold bead is removed from the
// sentence-level sets (its other side's lines becoming beads alone in the gold): the Chinese,
// the English, or the one then the other. The beads around each gap must stay right and the
// confident ones exact. Deterministic (every 20th bead from the 7th), not sampled.
struct OmissionSet {
  const char* set;
  const char* omit;  // "zh", "en" or "both" (alternately)
  double floor;      // measured (2026-11-24), less a point
};

constexpr OmissionSet kOmissions[] = {{"constitution", "zh", 0.97},   {"constitution", "en", 0.97},
                                      {"constitution", "both", 0.97}, {"ntrex-cn", "zh", 0.96},
                                      {"ntrex-cn", "en", 0.96},       {"ntrex-cn", "both", 0.96}};

class AlignOmissionEval : public ::testing::TestWithParam<OmissionSet> {};

TEST_P(AlignOmissionEval, SentencesLeftOutStayAloneAndTheRestAligns) {
  REQUIRE_SHARED();
  const OmissionSet& p = GetParam();
  const auto [dir, zh, en] = set_lines(p.set);
  std::ostringstream zh_out, en_out, gold_out;
  std::vector<std::pair<bool, std::size_t>> orphans;  // (Chinese?, line) of the lines left alone
  const std::string omit = p.omit;
  std::size_t zh_next = 0, en_next = 0, paired = 0, omitted = 0;
  auto list = [](const std::vector<std::size_t>& items) {
    std::string out;
    for (std::size_t k : items) out += (out.empty() ? "" : ",") + std::to_string(k);
    return out;
  };
  for (const auto& [zi, ei] : gold_beads(dir + "/gold.beads")) {
    bool drop_zh = false, drop_en = false;
    if (!zi.empty() && !ei.empty() && paired++ % 20 == 7) {
      const bool zh_turn = omit == "zh" || (omit == "both" && (paired / 20) % 2 == 0);
      (zh_turn ? drop_zh : drop_en) = true;
      ++omitted;
    }
    std::vector<std::size_t> z, e;  // the bead's lines in the derived texts
    if (!drop_zh) {
      for (std::size_t k : zi) {
        zh_out << zh.at(k) << '\n';
        z.push_back(zh_next++);
      }
    }
    if (!drop_en) {
      for (std::size_t k : ei) {
        en_out << en.at(k) << '\n';
        e.push_back(en_next++);
      }
    }
    if (drop_zh || drop_en) {  // what remains has no counterpart: one bead alone per line
      for (std::size_t k : z) {
        gold_out << '[' << k << "]:[]\n";
        orphans.emplace_back(true, k);
      }
      for (std::size_t k : e) {
        gold_out << "[]:[" << k << "]\n";
        orphans.emplace_back(false, k);
      }
    } else {
      gold_out << '[' << list(z) << "]:[" << list(e) << "]\n";
    }
  }
  ASSERT_GT(omitted, 15u);
  const std::string name = std::string(p.set) + " omit " + p.omit;
  const Measured r = measure_derived(zh_out.str(), en_out.str(), gold_out.str(), name);
  EXPECT_GE(r.f1, p.floor);
  EXPECT_GE(r.exact_at_90, 0.95);
  // The lines whose counterpart was removed: how many the aligner leaves alone (flagged).
  std::set<std::pair<bool, std::size_t>> alone;
  for (const Bead& b : r.alignment.beads) {
    if (b.zh.size() + b.en.size() == 1) {
      alone.insert({!b.zh.empty(), b.zh.empty() ? b.en.begin : b.zh.begin});
    }
  }
  std::size_t found = 0;
  for (const auto& line : orphans) found += alone.count(line);
  std::printf("EVAL %-34s %zu of %zu lines without counterpart left alone\n", name.c_str(), found,
              orphans.size());
  EXPECT_GE(found * 10, orphans.size() * 7);
}

INSTANTIATE_TEST_SUITE_P(Omissions, AlignOmissionEval, ::testing::ValuesIn(kOmissions),
                         [](const auto& info) {
                           return test_name(info.param.set) + "_omit_" + info.param.omit;
                         });

// Calls visit(where, zh, en, next_en) for `parts` evenly spaced bead-aligned parts of each size
// (in beads) of three gold sets: the part's Chinese and English, and the English of the part
// that follows it (a mismatched pair of the same kind of text).
template <class Visit>
void for_each_gold_part(std::initializer_list<std::size_t> sizes, std::size_t parts,
                        Visit&& visit) {
  for (const char* set : {"bible-pentateuch", "ntrex-cn", "constitution"}) {
    const std::string dir = test::shared_path(std::string("eval/sets/") + set);
    const std::vector<std::string> zh = lines_of(dir + "/zh.txt"), en = lines_of(dir + "/en.txt");
    const std::vector<GoldBead> beads = gold_beads(dir + "/gold.beads");
    for (std::size_t size : sizes) {
      auto side = [&](const std::vector<std::string>& lines, std::size_t from, bool chinese) {
        std::vector<std::string> out;
        for (std::size_t b = from; b < from + size; ++b) {
          for (std::size_t k : chinese ? beads[b].first : beads[b].second) {
            out.push_back(lines.at(k));
          }
        }
        return segments_of(out);
      };
      for (std::size_t part = 1; part <= parts; ++part) {
        const std::size_t start = (beads.size() - 2 * size) * part / (parts + 1);
        const std::string where = std::string(set) + ", " + std::to_string(size) +
                                  " beads from bead " + std::to_string(start);
        visit(where, side(zh, start, true), side(en, start, false), side(en, start + size, false));
      }
    }
  }
}

// The document score on parts of the gold sets: a bead-aligned part of 70 or 150 beads is a
// translation, however little its lexicon can learn (news), and must not be warned about; the
// same Chinese with the English of the next part must be. Three parts per set and size, evenly
// spaced. Before the length-only reversal gain, 16 of 55 such translations were warned about
// (docs/align.md).
TEST(AlignEvalDocumentScore, PartsOfTranslationsPassAndMismatchedPartsAreWarnedAbout) {
  REQUIRE_SHARED();
  for_each_gold_part({70, 150}, 3,
                     [](const std::string& where, const std::vector<Segment>& zh,
                        const std::vector<Segment>& en, const std::vector<Segment>& next_en) {
                       const AlignResult good = align_segments(zh, en, {});
                       EXPECT_GE(good.alignment.document_score, 0.5)
                           << where << ": gains " << good.stats.reversal_gain << " / "
                           << good.stats.reversal_length_gain;
                       EXPECT_TRUE(good.alignment.warnings.empty()) << where;
                       const AlignResult bad = align_segments(zh, next_en, {});
                       EXPECT_LT(bad.alignment.document_score, 0.25)
                           << where << " (English of the next part): gains "
                           << bad.stats.reversal_gain << " / " << bad.stats.reversal_length_gain;
                       EXPECT_FALSE(bad.alignment.warnings.empty()) << where;
                     });
}

// Short texts (20-99 segments: a resolution, a news article) take the reversal test too, with a
// lower floor (docs/align.md). Parts of 12 and 25 beads, eight per set and size, evenly spaced:
// few translations are warned about and few mismatched parts pass. Measured (2026-11-23): 0 of
// 48 translations warned about, 5 of 48 mismatched parts passed; when the unaligned share
// judged these alone, 0 and 45.
TEST(AlignEvalDocumentScore, ShortPartsAreJudgedToo) {
  REQUIRE_SHARED();
  std::size_t translations = 0, warned = 0, mismatched = 0, passed = 0;
  for_each_gold_part({12, 25}, 8,
                     [&](const std::string&, const std::vector<Segment>& zh,
                         const std::vector<Segment>& en, const std::vector<Segment>& next_en) {
                       ++translations;
                       warned += !align_segments(zh, en, {}).alignment.warnings.empty();
                       ++mismatched;
                       passed += align_segments(zh, next_en, {}).alignment.warnings.empty();
                     });
  std::printf(
      "EVAL document score, parts of 12 and 25 beads: %zu of %zu translations warned "
      "about, %zu of %zu mismatched parts passed\n",
      warned, translations, passed, mismatched);
  EXPECT_LE(warned * 10, translations);  // at most 10%
  EXPECT_LE(passed * 5, mismatched);     // at most 20%
}

// A part of a text against the whole of the other: a translator with the Chinese of a few
// articles and the English of the whole constitution, or the reverse. Parts of 10, 40 and 100
// gold beads, five of each size evenly spaced, each direction; precision and recall of the paired
// beads against the gold beads of the part. Measured (2026-11-24): F1 0.989 (Chinese part) and
// 0.984 (English part); 0.944 and 0.908 before the aligner learned that what a text lacks it
// lacks in stretches (docs/align.md). Floors one point under.
TEST(AlignEvalExcerpts, APartAgainstTheWholeTextPairsWhereItBelongs) {
  REQUIRE_SHARED();
  const std::string dir = test::shared_path("eval/sets/constitution");
  const std::vector<std::string> zh = lines_of(dir + "/zh.txt"), en = lines_of(dir + "/en.txt");
  const std::vector<GoldBead> gold = gold_beads(dir + "/gold.beads");
  for (const bool chinese_part : {true, false}) {
    std::size_t found = 0, right = 0, wanted = 0;
    for (const std::size_t size : {10, 40, 100}) {
      for (std::size_t part = 1; part <= 5; ++part) {
        const std::size_t from = (gold.size() - size) * part / 6;
        std::set<BeadKey> expected;
        std::size_t first = std::numeric_limits<std::size_t>::max(), last = 0;
        for (std::size_t b = from; b < from + size; ++b) {
          const auto& lines = chinese_part ? gold[b].first : gold[b].second;
          for (std::size_t k : lines) {
            first = std::min(first, k);
            last = std::max(last, k);
          }
          if (gold[b].first.empty() || gold[b].second.empty()) continue;
          const auto [zl, zh_last] =
              std::minmax_element(gold[b].first.begin(), gold[b].first.end());
          const auto [el, en_last] =
              std::minmax_element(gold[b].second.begin(), gold[b].second.end());
          expected.insert({{*zl, *zh_last + 1}, {*el, *en_last + 1}});
        }
        const auto& whole = chinese_part ? zh : en;
        const std::vector<std::string> cut(whole.begin() + static_cast<std::ptrdiff_t>(first),
                                           whole.begin() + static_cast<std::ptrdiff_t>(last + 1));
        const AlignResult r = chinese_part ? align_segments(segments_of(cut), segments_of(en), {})
                                           : align_segments(segments_of(zh), segments_of(cut), {});
        const std::size_t zh_offset = chinese_part ? first : 0,
                          en_offset = chinese_part ? 0 : first;
        for (const Bead& b : r.alignment.beads) {
          if (b.zh.empty() || b.en.empty()) continue;
          ++found;
          right += expected.count({{b.zh.begin + zh_offset, b.zh.end + zh_offset},
                                   {b.en.begin + en_offset, b.en.end + en_offset}});
        }
        wanted += expected.size();
      }
    }
    const double precision = found ? static_cast<double>(right) / found : 0.0;
    const double recall = wanted ? static_cast<double>(right) / wanted : 0.0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    std::printf("EVAL constitution, %s part against the whole %s: P %.3f R %.3f F1 %.3f\n",
                chinese_part ? "Chinese" : "English", chinese_part ? "English" : "Chinese",
                precision, recall, f1);
    EXPECT_GE(f1, chinese_part ? 0.98 : 0.97);
  }
}

// The constitution's Chinese and English paragraphs, split from the interleaved file.
std::pair<std::vector<std::string>, std::vector<std::string>> constitution_paragraphs() {
  std::istringstream in(test::read_file(
      test::shared_path("corpus/constitution/constitution-2018.zh-en.interleaved.md")));
  std::vector<std::string> zh, en;
  for (std::string line; std::getline(in, line);) {
    if (utf8::trim(line).empty()) continue;
    (utf8::looks_chinese(line) ? zh : en).push_back(line);
  }
  return {zh, en};
}

std::string joined_paragraphs(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const std::string& p : paragraphs) text += p + "\n\n";
  return text;
}

// Document mode on the constitution: every article finds its article.
TEST(AlignDocumentsEval, ConstitutionArticlesPairUp) {
  REQUIRE_SHARED();
  const auto [zh, en] = constitution_paragraphs();
  const Document dz = text::segment_text(joined_paragraphs(zh), "constitution.zh", {});
  const Document de = text::segment_text(joined_paragraphs(en), "constitution.en", {});
  for (AlignUnit unit : {AlignUnit::kParagraph, AlignUnit::kSentence}) {
    AlignOptions options;
    options.unit = unit;
    const AlignResult r = align_documents(dz, de, options);
    std::set<std::string> articles;
    std::size_t disagreeing = 0;
    for (const Bead& b : r.alignment.beads) {
      if (b.zh.empty() || b.en.empty()) continue;
      const Label& lz = r.alignment.zh[b.zh.begin].label;
      const Label& le = r.alignment.en[b.en.begin].label;
      if (lz.style != LabelStyle::kArticle && le.style != LabelStyle::kArticle) continue;
      if (text::labels_correspond(lz, le)) {
        articles.insert(lz.number);
      } else {
        ++disagreeing;
      }
    }
    EXPECT_EQ(articles.size(), 143u) << align_unit_name(unit);
    EXPECT_EQ(disagreeing, 0u) << align_unit_name(unit);
    EXPECT_TRUE(r.alignment.warnings.empty());
  }
}

// The constitution's Chinese against English laid out like it — the same chapter and article
// labels, in the same order — but saying something else: each paragraph's text after its label
// replaced by one to three verses of the English Bible. Every label finds its label, yet the pair
// is no translation and must be warned about (document score 0.98 and no warning while labels
// counted in the reversal test, gaining 1.7 nats per segment; now 0.00, gaining 0.03).
TEST(AlignDocumentsEval, UnrelatedTextLaidOutLikeTheConstitutionIsWarnedAbout) {
  REQUIRE_SHARED();
  const auto [zh, en] = constitution_paragraphs();
  const std::vector<std::string> verses =
      lines_of(test::shared_path("eval/sets/bible-pentateuch/en.txt"));
  std::vector<std::string> other;
  std::size_t next = 1000;
  for (std::size_t k = 0; k < en.size(); ++k) {
    const Label label = text::parse_label(en[k]);
    std::string p = label.empty() ? "" : en[k].substr(0, label.length);
    for (std::size_t v = 0; v < 1 + k % 3; ++v) p += (v > 0 ? " " : "") + verses.at(next++);
    other.push_back(p);
  }
  const Document dz = text::segment_text(joined_paragraphs(zh), "constitution.zh", {});
  const Document de = text::segment_text(joined_paragraphs(other), "other.en", {});
  const AlignResult r = align_documents(dz, de, {});
  EXPECT_LT(r.alignment.document_score, 0.25)
      << "gains " << r.stats.reversal_gain << " / " << r.stats.reversal_length_gain;
  EXPECT_FALSE(r.alignment.warnings.empty());
  for (const Bead& b : r.alignment.beads) EXPECT_TRUE(b.flagged);
}

// ntrex-cn concatenates 123 news documents of 4-40 lines (docs.tsv). Aligned one by one, as a
// translator aligns an article, each document has its own small model: the test of short
// inputs. Measured (2026-11-24): 0.961 (0.951 before Latin words of the Chinese were cognates
// of the English; 0.940 before the lexicon weight was estimated per pair; 0.944 with lengths and
// anchors only).
std::vector<DocumentRange> read_documents(const std::string& path) {
  std::vector<DocumentRange> documents;
  std::istringstream rows(test::read_file(path));
  std::string row;
  std::getline(rows, row);  // header
  while (std::getline(rows, row)) {
    std::istringstream fields(row);
    std::string id;
    DocumentRange d;
    EXPECT_TRUE(fields >> id >> d.zh.begin >> d.zh.end >> d.en.begin >> d.en.end) << row;
    documents.push_back(d);
  }
  return documents;
}

TEST(AlignEvalByDocument, NtrexDocumentsAlignedOneByOne) {
  REQUIRE_SHARED();
  const std::string dir = test::shared_path("eval/sets/ntrex-cn");
  const std::vector<DocumentRange> documents = read_documents(dir + "/docs.tsv");
  ASSERT_GT(documents.size(), 100u);
  const AlignResult r = align_segments_by_document(read_lines(dir + "/zh.txt"),
                                                   read_lines(dir + "/en.txt"), documents, {});
  const double f1 = score_with_official_scorer(dir, format_beads(r.alignment));
  // Short inputs must not make the confidences boast: confident beads are still right.
  const std::set<BeadKey> gold = read_gold(dir + "/gold.beads");
  std::size_t confident = 0, right = 0;
  for (const Bead& b : r.alignment.beads) {
    if (b.zh.empty() || b.en.empty() || b.confidence < 0.9) continue;
    ++confident;
    right += gold.count({{b.zh.begin, b.zh.end}, {b.en.begin, b.en.end}});
  }
  const double exact_at_90 = confident ? static_cast<double>(right) / confident : 0.0;
  std::printf(
      "EVAL ntrex-cn, %zu documents one by one: strict F1 %.4f  conf>=0.9: %zu beads, "
      "%.1f%% exact\n",
      documents.size(), f1, confident, 100 * exact_at_90);
  EXPECT_GE(f1, 0.95);
  EXPECT_GE(exact_at_90, 0.95);
}

// The same 123 articles as document pairs, the way `align --batch` reads them (each line a
// paragraph), aligned paragraph by paragraph: each with its own model, and all with one model
// shared across the batch (--shared-model). Measured (2026-11-24): 0.958 and 0.983.
TEST(AlignEvalByDocument, NtrexArticlesShareOneModel) {
  REQUIRE_SHARED();
  const std::string dir = test::shared_path("eval/sets/ntrex-cn");
  const std::vector<DocumentRange> ranges = read_documents(dir + "/docs.tsv");
  std::istringstream zh_in(test::read_file(dir + "/zh.txt")),
      en_in(test::read_file(dir + "/en.txt"));
  std::vector<std::string> zh_lines, en_lines;
  for (std::string l; std::getline(zh_in, l);) zh_lines.push_back(l);
  for (std::string l; std::getline(en_in, l);) en_lines.push_back(l);
  auto text_of = [](const std::vector<std::string>& lines, IndexRange r) {
    std::string t;
    for (std::size_t k = r.begin; k < r.end; ++k) t += lines[k] + "\n";
    return t;
  };
  std::vector<Document> zh_docs, en_docs;
  text::SegmentOptions segment;
  segment.sentences = false;
  segment.keys = false;
  for (const DocumentRange& d : ranges) {
    segment.lang = Lang::kZh;
    zh_docs.push_back(text::segment_text(text_of(zh_lines, d.zh), "zh", segment));
    segment.lang = Lang::kEn;
    en_docs.push_back(text::segment_text(text_of(en_lines, d.en), "en", segment));
    // Each line is one paragraph, in order (no header or footnote moved to its own stream).
    ASSERT_EQ(zh_docs.back().paragraphs.size(), d.zh.size());
    ASSERT_EQ(en_docs.back().paragraphs.size(), d.en.size());
  }
  AlignOptions options;
  options.unit = AlignUnit::kParagraph;
  std::vector<DocumentPair> pairs;
  for (std::size_t k = 0; k < ranges.size(); ++k) pairs.push_back({&zh_docs[k], &en_docs[k]});
  auto score = [&](const std::vector<AlignResult>& results) {
    Alignment all;
    for (std::size_t k = 0; k < results.size(); ++k) {
      for (Bead b : results[k].alignment.beads) {
        b.zh = {b.zh.begin + ranges[k].zh.begin, b.zh.end + ranges[k].zh.begin};
        b.en = {b.en.begin + ranges[k].en.begin, b.en.end + ranges[k].en.begin};
        all.beads.push_back(b);
      }
    }
    return score_with_official_scorer(dir, format_beads(all));
  };
  std::vector<AlignResult> alone;
  for (const DocumentPair& p : pairs) alone.push_back(align_documents(*p.zh, *p.en, options));
  const double f1_alone = score(alone);
  const double f1_shared = score(align_documents_together(pairs, options));
  // Line mode (`--batch --unit line --shared-model`): each line one segment, each pair a block.
  options.unit = AlignUnit::kLine;
  const double f1_lines = score(align_documents_together(pairs, options));
  std::printf(
      "EVAL ntrex-cn, 123 articles as documents: strict F1 %.4f each alone, %.4f with "
      "one shared model, %.4f in line mode\n",
      f1_alone, f1_shared, f1_lines);
  EXPECT_GE(f1_shared, 0.97);
  EXPECT_GT(f1_shared, f1_alone);
  EXPECT_GE(f1_lines, 0.97);
}

}  // namespace
}  // namespace bitext::align
