// Glossary quality against CC-CEDICT (ctest label "eval"): precision at 100 of the mined
// single-word pairs on aligned gold pairs of the Bible, the constitution and the news set.
//
// Judge (docs/terms.md): a pair counts when the English matches one of CEDICT's senses of the
// Chinese word, after normalisation: lower case; parenthesised notes, "to " and articles dropped;
// words stemmed with Snowball's English stemmer (forces -> forc <- force, named -> name), after
// a table of irregular forms (heard -> hear, brethren -> brother); words equal, or sharing a stem
// of at least 5 letters covering 80% of the shorter one (socialist ~ socialism); a sense of up
// to three words matches through any of its content words, and "X or Y" is two alternatives;
// CEDICT's "variant of X" senses are followed once. Only pairs CEDICT can judge are counted: the
// Chinese is a headword and the English occurs somewhere in CEDICT's senses (the Bible's
// "cubits" or "spake" occur nowhere in it). BITEXT_TERMS_DUMP=1 prints every judged pair with
// its verdict.

#include <gtest/gtest.h>
#include <libstemmer.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "bitext/terms/miner.h"
#include "test_support.h"

namespace bitext::terms {
namespace {

std::string gunzip(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return {};
  std::string out;
  char buffer[1 << 16];
  for (int n; (n = gzread(f, buffer, sizeof buffer)) > 0;) out.append(buffer, n);
  gzclose(f);
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string stem(std::string w) {
  static const std::map<std::string, std::string> kIrregular = {
      {"heard", "hear"},  {"sent", "send"},   {"brought", "bring"},  {"spake", "speak"},
      {"spoke", "speak"}, {"said", "say"},    {"went", "go"},        {"came", "come"},
      {"took", "take"},   {"gave", "give"},   {"made", "make"},      {"saw", "see"},
      {"found", "find"},  {"told", "tell"},   {"kept", "keep"},      {"left", "leave"},
      {"slew", "slay"},   {"slain", "slay"},  {"begat", "beget"},    {"born", "bear"},
      {"smote", "smite"}, {"ate", "eat"},     {"eaten", "eat"},      {"gone", "go"},
      {"given", "give"},  {"taken", "take"},  {"seen", "see"},       {"brethren", "brother"},
      {"men", "man"},     {"women", "woman"}, {"children", "child"}, {"oxen", "ox"},
      {"feet", "foot"},   {"teeth", "tooth"}};
  w = lower(w);
  if (auto it = kIrregular.find(w); it != kIrregular.end()) return it->second;
  static sb_stemmer* const english = sb_stemmer_new("english", "UTF_8");
  const sb_symbol* stemmed = sb_stemmer_stem(english, reinterpret_cast<const sb_symbol*>(w.data()),
                                             static_cast<int>(w.size()));
  return std::string(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(english));
}

bool same(const std::string& a, const std::string& b) {
  const std::string x = stem(a), y = stem(b);
  if (x == y) return true;
  std::size_t n = 0;
  while (n < x.size() && n < y.size() && x[n] == y[n]) ++n;
  return n >= 5 && n * 5 >= std::min(x.size(), y.size()) * 4;
}

std::string normalize(std::string s) {
  s = std::regex_replace(lower(s), std::regex("\\([^)]*\\)"), "");
  s = std::regex_replace(s, std::regex("^\\s*(to|a|an|the)\\s+"), "");
  return s;
}

class Cedict {
 public:
  explicit Cedict(const std::string& gz) {
    std::istringstream in(gunzip(gz));
    std::string line;
    const std::regex entry("^(\\S+) (\\S+) \\[[^\\]]*\\] /(.*)/\\s*$");
    std::smatch m;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#' || !std::regex_match(line, m, entry)) continue;
      std::stringstream senses(m[3].str());
      std::string sense;
      while (std::getline(senses, sense, '/')) {
        senses_[m[2].str()].push_back(sense);
        std::string word;
        for (char c : lower(sense) + " ") {
          if (std::isalpha(static_cast<unsigned char>(c))) {
            word += c;
          } else if (!word.empty()) {
            english_.insert(stem(word));
            word.clear();
          }
        }
      }
    }
  }
  bool empty() const { return senses_.empty(); }
  bool judgeable(const std::string& zh, const std::string& en) const {
    return senses_.count(zh) != 0 && english_.count(stem(normalize(en))) != 0;
  }
  bool correct(const std::string& zh, const std::string& en) const {
    const std::string e = normalize(en);
    std::vector<std::string> senses = senses_of(zh);
    static const std::regex variant("variant of [^|\\[]*\\|?([^\\[|\\s]+)\\[");
    for (const std::string& s : senses_of(zh)) {
      std::smatch m;
      if (std::regex_search(s, m, variant)) {
        for (const std::string& v : senses_of(m[1].str())) senses.push_back(v);
      }
    }
    static const std::set<std::string> kStop = {"of",  "a",   "the", "to", "sb",
                                                "sth", "one", "and", "or"};
    for (const std::string& s : senses) {
      std::stringstream parts(normalize(s));
      std::string part;
      while (std::getline(parts, part, ';')) {
        std::stringstream subparts(part);
        std::string sub;
        while (std::getline(subparts, sub, ',')) {
          // "joss or incense stick", "savory or appetizing": alternatives, judged one by one.
          std::istringstream ws(sub);
          std::vector<std::string> words;
          for (std::string w;;) {
            const bool more = static_cast<bool>(ws >> w);
            if (more && w != "or") {
              words.push_back(w);
              continue;
            }
            if (words.size() == 1 && same(words[0], e)) return true;
            if (words.size() > 1 && words.size() <= 3) {
              for (const std::string& x : words) {
                if (kStop.count(x) == 0 && same(x, e)) return true;
              }
            }
            words.clear();
            if (!more) break;
          }
        }
      }
    }
    return false;
  }

 private:
  std::vector<std::string> senses_of(const std::string& zh) const {
    auto it = senses_.find(zh);
    return it == senses_.end() ? std::vector<std::string>{} : it->second;
  }
  std::map<std::string, std::vector<std::string>> senses_;
  std::set<std::string> english_;
};

std::vector<SegmentPair> gold_pairs(const std::string& set) {
  const std::string dir = test::shared_path("eval/sets/" + set);
  auto lines = [](const std::string& path) {
    std::vector<std::string> out;
    std::istringstream in(test::read_file(path));
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
  };
  const auto zh = lines(dir + "/zh.txt"), en = lines(dir + "/en.txt");
  std::vector<SegmentPair> pairs;
  std::istringstream beads(test::read_file(dir + "/gold.beads"));
  for (std::string l; std::getline(beads, l);) {
    const auto mid = l.find("]:[");
    auto side = [](const std::string& s) {
      std::vector<std::size_t> v;
      std::stringstream items(s);
      for (std::string x; std::getline(items, x, ',');) {
        if (!x.empty()) v.push_back(std::stoul(x));
      }
      return v;
    };
    const auto z = side(l.substr(1, mid - 1));
    const auto e = side(l.substr(mid + 3, l.find(']', mid + 3) - mid - 3));
    if (z.empty() || e.empty()) continue;
    SegmentPair p;
    for (std::size_t i : z) p.zh += zh[i];
    for (std::size_t j : e) p.en += (p.en.empty() ? "" : " ") + en[j];
    p.loc = std::to_string(pairs.size() + 1);
    pairs.push_back(std::move(p));
  }
  return pairs;
}

struct SetFloor {
  const char* set;
  double floor;  // measured 2026-11-24: bible 0.80, constitution 0.86, ntrex-cn 0.89
};

class TermsEval : public ::testing::TestWithParam<SetFloor> {};

TEST_P(TermsEval, PrecisionAt100OfSingleWordPairs) {
  REQUIRE_SHARED();
  static const Cedict cedict(test::shared_path("corpus/cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz"));
  ASSERT_FALSE(cedict.empty());
  const TermsResult r = mine_terms(gold_pairs(GetParam().set), {});
  std::size_t judged = 0, correct = 0;
  for (const TermPair& t : r.terms) {
    if (judged == 100) break;
    if (t.en.find(' ') != std::string::npos || !cedict.judgeable(t.zh, t.en)) continue;
    ++judged;
    correct += cedict.correct(t.zh, t.en);
    if (std::getenv("BITEXT_TERMS_DUMP") != nullptr) {  // the judged pairs, for docs/terms.md
      std::printf("%3zu %s %s / %s (joint %zu)\n", judged,
                  cedict.correct(t.zh, t.en) ? "right" : "wrong", t.zh.c_str(), t.en.c_str(),
                  t.joint_frequency);
    }
  }
  ASSERT_EQ(judged, 100u);
  const double precision = correct / 100.0;
  std::printf("EVAL terms %-18s P@100 single-word pairs vs CC-CEDICT: %.2f (%zu term pairs)\n",
              GetParam().set, precision, r.terms.size());
  EXPECT_GE(precision, GetParam().floor);
}

INSTANTIATE_TEST_SUITE_P(GoldSets, TermsEval,
                         ::testing::Values(SetFloor{"bible-pentateuch", 0.76},
                                           SetFloor{"constitution", 0.82},
                                           SetFloor{"ntrex-cn", 0.86}),
                         [](const auto& info) {
                           std::string n = info.param.set;
                           for (char& c : n) c = c == '-' ? '_' : c;
                           return n;
                         });

}  // namespace
}  // namespace bitext::terms
