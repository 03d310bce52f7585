#pragma once

// Consistency checks over bilingual pairs, by meaning: glossary terms, one source rendered
// several ways, numbers, dates, document symbols, paragraph numbering, untranslated text and
// omissions. The job Xbench or CheckMate do, with Chinese numbers and dates understood.
//
//   CheckResult r = check({{"a.tsv", pairs}}, glossary);
//   for (const Finding& f : r.findings) ...  // f.file, f.loc, f.severity, f.check, f.message
//
// Check ids (each can be disabled through CheckOptions::disabled):
//   term-missing          error    a glossary term is in the Chinese, none of its approved
//                                  renderings in the English
//   term-forbidden        error    a rendering the glossary forbids is in the English
//   inconsistent-source   warning  one Chinese segment (or glossary term) rendered in several
//                                  ways across all pairs of all inputs
//   inconsistent-target   warning  one English segment with several Chinese sources
//   number                error    a number differs between the sides (74 vs 75);
//                         warning  a number on one side only (digits or above ten), or two
//                                  small spelled numbers that differ (三 vs four);
//                         info     a small spelled number on one side only (一位 "a"), also
//                                  beside one of another kind (有一次 / "second half")
//   date                  error    a date differs (2019年12月18日 vs 19 December 2019);
//                         warning  a date on one side only
//   symbol                error    a document symbol on one side only
//   numbering             error    the paragraph labels of a pair differ (7. vs 6.);
//                         warning  a label on one side only, or a gap in one side's sequence
//   untranslated          error    a side is empty, the target equals the source, or English
//                                  keeps a run of Chinese characters;
//                         warning  Chinese keeps a long run of English words
//   missing               warning  the sides' lengths are far out of this input's usual
//                                  proportion: a sentence or paragraph may be missing
//   punctuation           warning  the sides end with different marks (； / ".", 。 / ",")
//                                  where 99% of this input's pairs end alike; info elsewhere
//
// "Source" is the Chinese side, "target" the English side, whatever the translation direction.
// Memory: holds the pairs' matching keys for the inconsistency checks (about the size of the
// input).

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::check {

struct CheckOptions {
  std::set<std::string> disabled;        // check ids to skip; unknown ids are a ConfigError
  Severity report = Severity::kWarning;  // findings below this severity are left out
  std::size_t han_run = 4;               // untranslated: Han characters in a row in English
  std::size_t latin_word_run = 8;        // untranslated: English words in a row in Chinese
  // missing: a pair is flagged when log(en/zh length ratio) is further from the input's typical
  // value than both of the first two thresholds, or than the third when the shorter side also
  // has fewer sentences (an omitted sentence leaves both traces).
  double length_spread = 3.0;            // missing: robust standard deviations
  double length_factor = 1.5;            // missing: and at least this ratio (x or /) off
  double length_spread_sentences = 2.0;  // missing: deviations when sentences are fewer too
  std::size_t length_min = 12;  // missing: skip pairs whose longer side is shorter than this
                                // (in Chinese characters; three Latin characters count one)
};

// One input: its name for the findings, and its pairs in order.
struct CheckInput {
  std::string file;                // reported as Finding::file
  std::vector<SegmentPair> pairs;  // Finding::loc is the pair's loc, or its 1-based index
};

struct CheckResult {
  std::vector<Finding> findings;              // in input order, then pair order
  std::map<std::string, std::size_t> counts;  // findings per check id (reported ones only)
};

// Runs every enabled check over all pairs of all inputs. Throws ConfigError for an unknown id
// in options.disabled or a nonsensical threshold; everything about the pairs is a finding.
//
//   CheckOptions o;
//   o.disabled = {"inconsistent-target"};
//   CheckResult r = check(inputs, glossary, o);
CheckResult check(const std::vector<CheckInput>& inputs, const std::vector<TermPair>& glossary,
                  const CheckOptions& options = {});

// The check ids, in report order: for --help and for validating --disable.
const std::vector<std::string>& check_ids();

}  // namespace bitext::check
