// Planted-error evaluation of `check` on real aligned pairs (ctest label eval).
//
// Pairs come from ../shared/eval/sets/{constitution,ntrex-cn} (zh.txt, en.txt, gold.beads).
// With a fixed seed, errors of the kinds translators make are planted in pairs that the checks
// find clean beforehand (one error per pair): a number changed (digits or words, either side), a
// date changed, a glossary term's rendering dropped or replaced by a forbidden one, a paragraph
// dropped from one side, the source copied into the target, sentences dropped from one side, a
// paragraph label renumbered. A planted error is found when a finding of the check meant for it
// is on that pair. On the unmodified pairs, the number, date and symbol checks must raise at
// most one error-level finding per 1,000 pairs. Figures are printed and recorded in
// docs/check.md.

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bitext/check/check.h"
#include "bitext/check/dates.h"
#include "bitext/check/glossary_match.h"
#include "bitext/check/numbers.h"
#include "bitext/check/symbols.h"
#include "bitext/core/utf8.h"
#include "bitext/text/label.h"
#include "bitext/text/normalize.h"
#include "test_support.h"

namespace bitext::check {
namespace {

constexpr std::uint32_t kSeed = 20240611;

std::vector<std::string> lines(const std::string& path) {
  std::istringstream in(test::read_file(path));
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

std::vector<std::size_t> indices(const std::string& s) {
  std::vector<std::size_t> v;
  std::string digits;
  for (char c : s + ",") {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (!digits.empty()) {
      v.push_back(std::stoul(digits));
      digits.clear();
    }
  }
  return v;
}

// The pairs of a gold alignment: one per bead, loc = 1-based bead number.
CheckInput pairs(const std::string& set) {
  const std::string dir = test::shared_path("eval/sets/" + set);
  const auto zh = lines(dir + "/zh.txt");
  const auto en = lines(dir + "/en.txt");
  CheckInput input;
  input.file = set;
  std::size_t bead = 0;
  for (const std::string& line : lines(dir + "/gold.beads")) {
    const auto colon = line.find("]:[");
    if (colon == std::string::npos) continue;
    SegmentPair p;
    for (std::size_t i : indices(line.substr(0, colon))) p.zh += zh.at(i);
    bool first = true;
    for (std::size_t i : indices(line.substr(colon))) {
      p.en += (first ? "" : " ") + en.at(i);
      first = false;
    }
    p.loc = std::to_string(++bead);
    input.pairs.push_back(std::move(p));
  }
  return input;
}

std::vector<std::string> split_bar(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s + "|") {
    if (c == '|') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

std::vector<TermPair> approved_glossary() {
  std::vector<TermPair> out;
  for (const std::string& line : lines(test::data_path("check/eval_glossary.tsv"))) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::string cur;
    for (char c : line + "\t") {
      if (c == '\t') {
        cols.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    cols.resize(4);
    TermPair t;
    t.zh = cols[0];
    t.en = cols[1];
    t.alternatives = split_bar(cols[2]);
    t.forbidden = split_bar(cols[3]);
    out.push_back(t);
  }
  return out;
}

// Spells numbers with ICU RBNF, so that a planted change keeps the way the number was written.
class Speller {
 public:
  explicit Speller(const char* locale) {
    UErrorCode status = U_ZERO_ERROR;
    format_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(locale),
                                                           status);
  }
  std::string spell(std::int64_t v, const char* rule_set) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out;
    icu::FieldPosition pos;
    format_->format(v, icu::UnicodeString::fromUTF8(rule_set), out, pos, status);
    std::string s;
    out.toUTF8String(s);
    return s;
  }

 private:
  std::unique_ptr<icu::RuleBasedNumberFormat> format_;
};

// Mentions as the checks see them: labels, symbols and dates taken out before numbers.
struct Seen {
  std::vector<DateMention> dates;
  std::vector<NumberMention> numbers;
};

Seen see(const std::string& text) {
  Seen s;
  std::vector<Span> skip;
  const Label label = text::parse_label(text);
  if (!label.empty()) skip.push_back({0, label.length});
  for (const auto& sym : extract_symbols(text)) skip.push_back(sym.span);
  s.dates = extract_dates(text, skip);
  for (const auto& d : s.dates) skip.push_back(d.span);
  s.numbers = extract_numbers(text, skip);
  return s;
}

bool has_value(const Seen& s, double v) {
  for (const auto& n : s.numbers) {
    if (same_value(n.value, v) || (n.alt && same_value(*n.alt, v))) return true;
  }
  for (const auto& d : s.dates) {
    for (const Date& e : {d.start, d.end.value_or(Date{})}) {
      if ((e.year && same_value(e.year, v)) || (e.day && same_value(e.day, v))) return true;
    }
  }
  return false;
}

bool has_compatible_date(const Seen& s, const Date& d) {
  for (const auto& o : s.dates) {
    if (dates_compatible(d, o.start) || (o.end && dates_compatible(d, *o.end))) return true;
  }
  return false;
}

struct Plant {
  std::size_t input = 0;
  std::size_t pair = 0;
  std::string kind;   // what was planted
  std::string check;  // the check that must find it
  std::string what;   // before -> after, for the log
};

class Planter {
 public:
  Planter(std::vector<CheckInput>& inputs, const std::vector<TermPair>& glossary)
      : inputs_(inputs), glossary_(glossary), index_(glossary), rng_(kSeed), en_("en"), zh_("zh") {}

  std::size_t pick(std::size_t n) { return n == 0 ? 0 : rng_() % n; }

  // Changes a number of one side; false when the pair has none that can be changed cleanly.
  bool number(SegmentPair& p, bool english, std::string& what) {
    std::string& text = english ? p.en : p.zh;
    const Seen mine = see(text);
    const Seen other = see(english ? p.zh : p.en);
    std::vector<const NumberMention*> candidates;
    for (const auto& m : mine.numbers) {
      const bool kind_ok = m.kind == NumberKind::kCardinal || m.kind == NumberKind::kOrdinal ||
                           m.kind == NumberKind::kPercent;
      if (kind_ok && !m.weak && m.value >= 1 && m.value < 1e7 && has_value(other, m.value)) {
        candidates.push_back(&m);
      }
    }
    if (candidates.empty()) return false;
    const NumberMention& m = *candidates[pick(candidates.size())];
    std::string replacement;
    double new_value = 0;
    if (!m.spelled) {
      // A typo: one digit of the number changed.
      std::vector<std::size_t> digits;
      for (std::size_t k = m.span.begin; k < m.span.end; ++k) {
        if (text[k] >= '0' && text[k] <= '9') digits.push_back(k);
      }
      if (digits.empty()) return false;  // full-width digits: leave them
      const std::size_t at = digits[pick(digits.size())];
      const char old = text[at];
      char now = char('0' + (old - '0' + 1 + pick(8)) % 10);
      if (at == digits[0] && now == '0') now = old == '1' ? '2' : '1';
      replacement = text.substr(m.span.begin, m.span.size());
      replacement[at - m.span.begin] = now;
      auto found = extract_numbers(replacement);
      if (found.size() != 1) return false;
      new_value = found[0].value;
    } else {
      // A wrong number in words: the next one, spelled the same way.
      const std::int64_t v = static_cast<std::int64_t>(m.value) + 1 + std::int64_t(pick(3));
      if (m.value != double(static_cast<std::int64_t>(m.value))) return false;
      const bool ordinal = m.kind == NumberKind::kOrdinal;
      if (english) {
        replacement = en_.spell(v, ordinal ? "%spellout-ordinal" : "%spellout-cardinal");
        if (m.text[0] >= 'A' && m.text[0] <= 'Z') replacement[0] = char(replacement[0] - 32);
        if (m.kind == NumberKind::kPercent) replacement += " per cent";
      } else {
        replacement = (ordinal ? "第" : "") + zh_.spell(v, "%spellout-cardinal");
        if (m.kind == NumberKind::kPercent)
          replacement = "百分之" + zh_.spell(v, "%spellout-cardinal");
      }
      new_value = double(v);
    }
    if (has_value(other, new_value) || same_value(new_value, m.value)) return false;
    what = m.text + " -> " + replacement;
    text.replace(m.span.begin, m.span.size(), replacement);
    return true;
  }

  // Changes a date of one side: its day, else its year, else (English) its month.
  bool change_date(SegmentPair& p, bool english, std::string& what) {
    std::string& text = english ? p.en : p.zh;
    const Seen mine = see(text);
    const Seen other = see(english ? p.zh : p.en);
    std::vector<const DateMention*> candidates;
    for (const auto& d : mine.dates) {
      if (has_compatible_date(other, d.start)) candidates.push_back(&d);
    }
    if (candidates.empty()) return false;
    const DateMention& d = *candidates[pick(candidates.size())];
    std::string span = d.text;
    Date changed = d.start;
    auto replace_number = [&](int from, int to) {
      // The maximal ASCII digit run spelling `from` inside the span.
      const std::string f = std::to_string(from);
      for (std::size_t k = 0; k + f.size() <= span.size(); ++k) {
        const bool start = k == 0 || !(span[k - 1] >= '0' && span[k - 1] <= '9');
        const std::size_t e = k + f.size();
        const bool end = e == span.size() || !(span[e] >= '0' && span[e] <= '9');
        if (start && end && span.compare(k, f.size(), f) == 0) {
          span.replace(k, f.size(), std::to_string(to));
          return true;
        }
      }
      return false;
    };
    bool ok = false;
    if (d.start.day) {
      changed.day = d.start.day % 28 + 1 + int(pick(2));
      ok = changed.day != d.start.day && replace_number(d.start.day, changed.day);
    } else if (d.start.year) {
      changed.year = d.start.year + (pick(2) ? 1 : -1);
      ok = replace_number(d.start.year, changed.year);
    } else if (english && d.start.month) {
      static const char* kMonths[] = {"January",   "February", "March",    "April",
                                      "May",       "June",     "July",     "August",
                                      "September", "October",  "November", "December"};
      const std::string old = kMonths[d.start.month - 1];
      changed.month = d.start.month % 12 + 1;
      if (span.compare(0, old.size(), old) == 0) {
        span.replace(0, old.size(), kMonths[changed.month - 1]);
        ok = true;
      }
    }
    if (!ok || has_compatible_date(other, changed)) return false;
    what = d.text + " -> " + span;
    text.replace(d.span.begin, d.span.size(), span);
    return true;
  }

  // Drops every approved rendering of a glossary term found in the pair, or (forbidden = true)
  // puts a forbidden rendering in its place.
  bool term(SegmentPair& p, bool forbidden, std::string& what) {
    const auto hits = index_.find(text::match_key(p.zh));
    std::vector<std::size_t> terms;
    for (const auto& h : hits) {
      const TermPair& t = glossary_[h.term];
      if (forbidden && t.forbidden.empty()) continue;
      if (EnglishIndex(p.en).find(phrase_key(t.en))) terms.push_back(h.term);
    }
    if (terms.empty()) return false;
    const TermPair& t = glossary_[terms[pick(terms.size())]];
    std::vector<std::string> approved = t.alternatives;
    approved.insert(approved.begin(), t.en);
    std::string en = p.en;
    bool replaced = false;
    for (int guard = 0; guard < 20; ++guard) {
      bool any = false;
      for (const auto& a : approved) {
        if (auto m = EnglishIndex(en).find(phrase_key(a))) {
          const std::string with = forbidden && !replaced ? t.forbidden[0] : "";
          en.replace(m->span.begin, m->span.size(), with);
          replaced = replaced || !with.empty();
          any = true;
        }
      }
      if (!any) break;
    }
    what = t.zh + ": " + (forbidden ? "-> " + t.forbidden[0] : "rendering dropped");
    p.en = en;
    return true;
  }

  // Drops sentences from one side, the last ones, until at least half of its text is gone.
  static bool drop_sentences(SegmentPair& p, bool english, std::string& what) {
    std::string& text = english ? p.en : p.zh;
    std::vector<std::size_t> ends;  // byte offsets just past each sentence end
    for (std::size_t i = 0; i < text.size();) {
      const char32_t c = utf8::next(text, i);
      const bool end = english ? (c == '.' || c == '?' || c == '!') && i < text.size() &&
                                     text[i] == ' ' && i + 1 < text.size() &&
                                     std::isupper(static_cast<unsigned char>(text[i + 1]))
                               : (c == U'。' || c == U'！' || c == U'？') && i < text.size();
      if (end) ends.push_back(i);
    }
    if (ends.empty()) return false;
    // Keep the first sentences while they hold at most half of the text, or else the last ones.
    std::size_t keep = 0;
    for (std::size_t e : ends) {
      if (e * 2 > text.size()) break;
      keep = e;
    }
    const std::size_t size = text.size();
    if (keep > 0) {
      text.resize(keep);
    } else {
      std::size_t from = 0;
      for (std::size_t e : ends) {
        if ((size - e) * 2 <= size) {
          from = e;
          break;
        }
      }
      if (from == 0) return false;
      text = std::string(utf8::trim(text.substr(from)));
    }
    what = std::to_string(size - text.size()) + " of " + std::to_string(size) +
           " bytes dropped from the " + (english ? "English" : "Chinese");
    return true;
  }

  // Renumbers the English paragraph label: Article 12 -> Article 13, (2) -> (3).
  static bool renumber(SegmentPair& p, std::string& what) {
    const Label zl = text::parse_label(p.zh);
    const Label el = text::parse_label(p.en);
    if (zl.empty() || el.empty()) return false;
    const std::string& t = el.text;
    const std::size_t b = t.find_first_of("0123456789");
    if (b == std::string::npos) return false;
    std::size_t e = b;
    while (e < t.size() && t[e] >= '0' && t[e] <= '9') ++e;
    const std::string renumbered =
        t.substr(0, b) + std::to_string(std::stol(t.substr(b, e - b)) + 1) + t.substr(e);
    const std::size_t at = p.en.find(t);
    if (at == std::string::npos) return false;
    what = t + " -> " + renumbered;
    p.en.replace(at, t.size(), renumbered);
    return true;
  }

 private:
  std::vector<CheckInput>& inputs_;
  const std::vector<TermPair>& glossary_;
  GlossaryIndex index_;
  std::mt19937 rng_;
  Speller en_;
  Speller zh_;
};

// Findings per (input, loc), keyed by check id.
using Index = std::map<std::pair<std::size_t, std::string>, std::set<std::string>>;

Index index_of(const CheckResult& r, const std::vector<CheckInput>& inputs) {
  Index out;
  for (const auto& f : r.findings) {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      if (inputs[i].file == f.file) out[{i, f.loc}].insert(f.check);
    }
  }
  return out;
}

TEST(PlantedErrors, RecallAndFalseAlarms) {
  REQUIRE_SHARED();
  std::vector<CheckInput> clean = {pairs("constitution"), pairs("ntrex-cn")};
  const std::vector<TermPair> glossary = approved_glossary();
  ASSERT_GT(glossary.size(), 20u);
  std::size_t total_pairs = 0;
  for (const auto& in : clean) total_pairs += in.pairs.size();
  ASSERT_GT(total_pairs, 2000u);

  // --- false alarms on the unmodified pairs -----------------------------------------------
  CheckOptions all;
  all.report = Severity::kInfo;
  const CheckResult baseline = check(clean, glossary, all);
  std::map<std::string, std::map<Severity, std::size_t>> by_check;
  for (const auto& f : baseline.findings) ++by_check[f.check][f.severity];
  std::printf("Unmodified pairs: %zu\n", total_pairs);
  std::printf("%-20s %8s %8s %8s   per 1,000 pairs at error / at warning and above\n", "check",
              "error", "warning", "info");
  for (const auto& [check, sev] : by_check) {
    const auto get = [&](Severity s) { return sev.count(s) ? sev.at(s) : 0; };
    const std::size_t e = get(Severity::kError);
    const std::size_t w = get(Severity::kWarning);
    std::printf("%-20s %8zu %8zu %8zu   %.2f / %.2f\n", check.c_str(), e, w, get(Severity::kInfo),
                1000.0 * e / total_pairs, 1000.0 * (e + w) / total_pairs);
  }
  std::size_t meaning_errors = 0;
  for (const auto& f : baseline.findings) {
    if ((f.check == "number" || f.check == "date" || f.check == "symbol") &&
        f.severity >= Severity::kError) {
      ++meaning_errors;
      std::printf("  error on unmodified pair %s:%s: %s\n", f.file.c_str(), f.loc.c_str(),
                  f.message.c_str());
    }
  }
  const double false_alarm_rate = 1000.0 * meaning_errors / total_pairs;
  std::printf("number/date/symbol errors on unmodified pairs: %zu = %.2f per 1,000 pairs\n",
              meaning_errors, false_alarm_rate);
  EXPECT_LE(false_alarm_rate, 1.0);

  // --- planting ------------------------------------------------------------------------------
  const Index clean_index = index_of(baseline, clean);
  std::vector<CheckInput> planted = clean;
  Planter planter(planted, glossary);
  std::vector<Plant> plants;
  struct Kind {
    const char* name;
    const char* check;
    int weight;
  };
  const std::vector<Kind> kinds = {
      {"number-en", "number", 6},
      {"number-zh", "number", 6},
      {"date-en", "date", 4},
      {"date-zh", "date", 4},
      {"term-dropped", "term-missing", 5},
      {"term-forbidden", "term-forbidden", 2},
      {"paragraph-dropped", "untranslated", 2},
      {"source-copied", "untranslated", 1},
      {"sentences-dropped", "missing", 3},
      {"label-renumbered", "numbering", 2},
  };
  int weight_total = 0;
  for (const auto& k : kinds) weight_total += k.weight;
  std::mt19937 order(kSeed);
  std::map<std::string, std::size_t> count;
  for (std::size_t in = 0; in < planted.size(); ++in) {
    // About one pair in three gets an error, of the kind furthest below its share among those
    // the pair can take (a pair without numbers cannot take a changed number).
    std::vector<std::size_t> pairs(planted[in].pairs.size());
    for (std::size_t p = 0; p < pairs.size(); ++p) pairs[p] = p;
    std::shuffle(pairs.begin(), pairs.end(), order);
    for (std::size_t p : pairs) {
      if (order() % 3 != 0) continue;
      SegmentPair& pair = planted[in].pairs[p];
      if (utf8::trim(pair.zh).empty() || utf8::trim(pair.en).empty()) continue;
      std::vector<const Kind*> by_need;
      for (const auto& k : kinds) by_need.push_back(&k);
      std::stable_sort(by_need.begin(), by_need.end(), [&](const Kind* a, const Kind* b) {
        return double(count[a->name]) / a->weight < double(count[b->name]) / b->weight;
      });
      for (const Kind* kind : by_need) {
        if (count[kind->name] >= std::size_t(kind->weight) * 12) continue;  // its share is full
        // Only where the check meant for the error is silent beforehand.
        auto it = clean_index.find({in, pair.loc});
        if (it != clean_index.end() && it->second.count(kind->check)) continue;
        const std::string name = kind->name;
        SegmentPair copy = pair;
        std::string what;
        bool ok = false;
        if (name == "number-en") ok = planter.number(copy, true, what);
        if (name == "number-zh") ok = planter.number(copy, false, what);
        if (name == "date-en") ok = planter.change_date(copy, true, what);
        if (name == "date-zh") ok = planter.change_date(copy, false, what);
        if (name == "term-dropped") ok = planter.term(copy, false, what);
        if (name == "term-forbidden") ok = planter.term(copy, true, what);
        if (name == "paragraph-dropped") {
          (order() % 2 ? copy.en : copy.zh).clear();
          what = "one side emptied";
          ok = true;
        }
        if (name == "source-copied") {
          copy.en = copy.zh;
          what = "English replaced by the Chinese";
          ok = true;
        }
        if (name == "sentences-dropped") ok = Planter::drop_sentences(copy, order() % 2 == 0, what);
        if (name == "label-renumbered") ok = Planter::renumber(copy, what);
        if (!ok) continue;
        pair = copy;
        ++count[name];
        plants.push_back({in, p, name, kind->check, what});
        break;
      }
    }
  }
  ASSERT_GE(plants.size(), 200u);

  // --- recall --------------------------------------------------------------------------------
  CheckOptions defaults;  // reports warnings and errors, as the CLI does
  const Index found_default = index_of(check(planted, glossary, defaults), planted);
  CheckOptions errors_only;
  errors_only.report = Severity::kError;
  const Index found_error = index_of(check(planted, glossary, errors_only), planted);
  std::map<std::string, std::array<std::size_t, 3>> per_kind;  // planted, found, found as error
  std::size_t found = 0;
  std::size_t found_as_error = 0;
  for (const Plant& plant : plants) {
    const std::string& loc = planted[plant.input].pairs[plant.pair].loc;
    auto has = [&](const Index& index) {
      auto it = index.find({plant.input, loc});
      return it != index.end() && it->second.count(plant.check) > 0;
    };
    const bool hit = has(found_default);
    const bool hit_error = has(found_error);
    auto& row = per_kind[plant.kind];
    ++row[0];
    row[1] += hit;
    row[2] += hit_error;
    found += hit;
    found_as_error += hit_error;
    if (!hit_error) {
      std::printf("  %s %s at %s:%s (%s)\n", hit ? "warning only:" : "missed", plant.kind.c_str(),
                  planted[plant.input].file.c_str(), loc.c_str(), plant.what.c_str());
    }
  }
  std::printf("\nPlanted errors: %zu in %zu pairs (seed %u)\n", plants.size(), total_pairs, kSeed);
  std::printf("%-20s %-16s %8s %8s %8s %8s\n", "kind", "check", "planted", "found", "recall",
              "as error");
  for (const auto& k : kinds) {
    const auto& row = per_kind[k.name];
    if (row[0] == 0) continue;
    std::printf("%-20s %-16s %8zu %8zu %7.1f%% %7.1f%%\n", k.name, k.check, row[0], row[1],
                100.0 * row[1] / row[0], 100.0 * row[2] / row[0]);
  }
  const double recall = double(found) / plants.size();
  std::printf("%-37s %8zu %8zu %7.1f%% %7.1f%%\n", "all", plants.size(), found, 100.0 * recall,
              100.0 * found_as_error / plants.size());
  EXPECT_GE(recall, 0.98);
}

}  // namespace
}  // namespace bitext::check
