// ICU's rule-based number formatter as an oracle: every number it spells out in English or
// Chinese must read back to the same value. (ICU's RBNF parse is not used for extraction: it
// reads one known span at a time and is slow, about 0.3 ms per English parse, 1.5 ms lenient,
// against a few microseconds for a whole sentence here.)

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <vector>

#include "bitext/check/numbers.h"

namespace bitext::check {
namespace {

class Speller {
 public:
  Speller(const char* locale, const char* rule_set) {
    UErrorCode status = U_ZERO_ERROR;
    format_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(locale),
                                                           status);
    ok_ = U_SUCCESS(status);
    if (ok_) {
      format_->setDefaultRuleSet(icu::UnicodeString::fromUTF8(rule_set), status);
      ok_ = U_SUCCESS(status);
    }
  }
  bool ok() const { return ok_; }
  std::string spell(int64_t value) const {
    icu::UnicodeString out;
    format_->format(value, out);
    std::string s;
    out.toUTF8String(s);
    return s;
  }

 private:
  std::unique_ptr<icu::RuleBasedNumberFormat> format_;
  bool ok_ = false;
};

std::vector<int64_t> samples() {
  std::vector<int64_t> v;
  for (int64_t k = 1; k <= 1200; ++k) v.push_back(k);
  for (int64_t k = 1201; k < 100000; k += 997) v.push_back(k);
  for (int64_t k : {100000LL, 120000LL, 1000000LL, 1234567LL, 30000000LL, 120000000LL, 999999999LL,
                    1200000000LL}) {
    v.push_back(k);
  }
  return v;
}

// The one number found in `text`, which must cover [begin, end) of it.
void expect_reads(const std::string& text, std::size_t begin, std::size_t end, double value,
                  NumberKind kind) {
  const auto found = extract_numbers(text);
  ASSERT_EQ(found.size(), 1u) << text;
  EXPECT_EQ(found[0].value, value) << text;
  EXPECT_EQ(found[0].kind, kind) << text;
  EXPECT_EQ(found[0].span.begin, begin) << text;
  EXPECT_EQ(found[0].span.end, end) << text;
}

TEST(SpelloutOracle, EnglishCardinals) {
  Speller spell("en", "%spellout-cardinal");
  ASSERT_TRUE(spell.ok());
  for (int64_t v : samples()) {
    const std::string words = spell.spell(v);
    expect_reads(words + " items", 0, words.size(), double(v), NumberKind::kCardinal);
  }
}

TEST(SpelloutOracle, EnglishOrdinals) {
  Speller spell("en", "%spellout-ordinal");
  ASSERT_TRUE(spell.ok());
  for (int64_t v : samples()) {
    if (v > 100000) break;
    const std::string words = spell.spell(v);
    expect_reads("the " + words + " session", 4, 4 + words.size(), double(v), NumberKind::kOrdinal);
  }
}

TEST(SpelloutOracle, ChineseCardinals) {
  Speller spell("zh", "%spellout-cardinal");
  ASSERT_TRUE(spell.ok());
  for (int64_t v : samples()) {
    const std::string words = spell.spell(v);
    expect_reads("共" + words + "个", 3, 3 + words.size(), double(v), NumberKind::kCardinal);
  }
}

TEST(SpelloutOracle, ChineseOrdinals) {
  Speller spell("zh", "%spellout-cardinal");
  ASSERT_TRUE(spell.ok());
  for (int64_t v : samples()) {
    if (v > 100000) break;
    const std::string words = "第" + spell.spell(v);
    expect_reads(words + "届会议", 0, words.size(), double(v), NumberKind::kOrdinal);
  }
}

TEST(SpelloutOracle, ChineseYears) {
  Speller spell("zh", "%spellout-numbering-year");
  ASSERT_TRUE(spell.ok());
  for (int64_t v = 1000; v <= 2999; v += 7) {
    const std::string words = spell.spell(v);
    expect_reads(words + "年", 0, words.size(), double(v), NumberKind::kCardinal);
  }
}

}  // namespace
}  // namespace bitext::check
