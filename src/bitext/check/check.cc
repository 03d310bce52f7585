#include "bitext/check/check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <unordered_map>

#include "bitext/check/dates.h"
#include "bitext/check/glossary_match.h"
#include "bitext/check/numbers.h"
#include "bitext/check/scan.h"
#include "bitext/check/symbols.h"
#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/text/label.h"
#include "bitext/text/normalize.h"
#include "bitext/text/numerals.h"
#include "bitext/text/sentences.h"
#include "bitext/text/structure.h"

namespace bitext::check {
namespace {

std::size_t word_count(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool letter = c != ' ' && c != '-';
    words += letter && !in_word;
    in_word = letter;
  }
  return words;
}

constexpr const char* kTermMissing = "term-missing";
constexpr const char* kTermForbidden = "term-forbidden";
constexpr const char* kInconsistentSource = "inconsistent-source";
constexpr const char* kInconsistentTarget = "inconsistent-target";
constexpr const char* kNumber = "number";
constexpr const char* kDate = "date";
constexpr const char* kSymbol = "symbol";
constexpr const char* kNumbering = "numbering";
constexpr const char* kUntranslated = "untranslated";
constexpr const char* kMissing = "missing";
constexpr const char* kPunctuation = "punctuation";

// Typical log(en/zh) of length() and its spread for Chinese-English text, measured on the UN
// seed documents of ../shared/corpus (not on the evaluation sets); they only steady the estimate
// for inputs of a few pairs, each input's own pairs outweigh them from about 20 pairs on.
constexpr double kPriorLogRatio = -0.05;
constexpr double kPriorSpread = 0.25;
constexpr double kPriorWeight = 20;

std::string quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string format_value(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.6g", v);
  }
  return buf;
}

std::string describe(const NumberMention& m) {
  std::string s = quote(m.text);
  const std::string v = format_value(m.value);
  std::string shown = v;
  if (m.kind == NumberKind::kPercent) shown += "%";
  if (m.kind == NumberKind::kOrdinal) shown = "ordinal " + v;
  if (m.kind == NumberKind::kDecade) shown = "decade " + v;
  if (m.text != shown) s += " (" + shown + ")";
  return s;
}

// How a segment ends: its last punctuation mark, past closing quotes, brackets and footnote
// markers, as written (`text`) and as one of . ; , : ? ! (`cls`: Chinese full-width marks read
// as their English ones); cls 0 when it ends otherwise (a heading, a list item without a mark).
struct EndMark {
  char cls = 0;
  std::string text;
};

EndMark end_mark(std::string_view s) {
  static constexpr std::u32string_view kClosing = U"\"')]”’）」』】";
  static constexpr std::u32string_view kMarks = U".;,:?!。；，：？！";
  std::size_t end = s.size();
  while (end > 0) {
    std::size_t at = 0;
    const char32_t c = utf8::previous(s, end, at);
    if (utf8::is_space(c) || utf8::is_superscript_digit(c) ||
        kClosing.find(c) != std::u32string_view::npos) {
      end = at;
      continue;
    }
    const std::size_t k = kMarks.find(c);
    if (k == std::u32string_view::npos) return {};
    return {".;,:?!"[k % 6], std::string(s.substr(at, end - at))};
  }
  return {};
}

// Sentences in a text, counted by their final punctuation: 。！？ in Chinese; . ? ! followed by a
// capital in English, except after common abbreviations (Mr. Smith, U.S. Navy, No. 5).
std::size_t sentences(std::string_view s, bool english) {
  std::size_t count = 1;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const char32_t c = utf8::next(s, i);
    if (!english) {
      if ((c == U'。' || c == U'！' || c == U'？') && i < s.size()) ++count;
      continue;
    }
    if (c != '.' && c != '?' && c != '!') continue;
    std::size_t k = i;
    while (k < s.size() && (s[k] == '"' || s[k] == '\'' || s[k] == ')')) ++k;
    if (k + 1 >= s.size() || s[k] != ' ' || !std::isupper(static_cast<unsigned char>(s[k + 1]))) {
      continue;
    }
    if (c == '.') {
      // A paragraph's label ("3. Takes note", "74/173. Promoting", "(a). ") ends no sentence.
      const std::string_view before = s.substr(0, at);
      if (!before.empty() && before.size() <= 10 &&
          std::all_of(before.begin(), before.end(), [](char x) {
            return std::isalnum(static_cast<unsigned char>(x)) != 0 || x == '/' || x == '(' ||
                   x == ')';
          })) {
        continue;
      }
      std::size_t b = at;
      while (b > 0 && (std::isalpha(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '.')) --b;
      const std::string_view word = s.substr(b, at - b);
      static const char* kAbbreviations[] = {
          "Mr",  "Mrs", "Ms", "Dr", "St",  "Rev", "No", "Nos",  "Art",   "Gen",  "Sen", "Rep",
          "Gov", "Jr",  "Sr", "Co", "Inc", "Ltd", "vs", "para", "paras", "Prof", "Mt"};
      bool abbreviation = word.size() == 1 || word.find('.') != std::string_view::npos;
      for (const char* a : kAbbreviations) abbreviation = abbreviation || word == a;
      if (abbreviation) continue;
    }
    ++count;
  }
  return count;
}

// Where a finding goes: its pair, and an order among the findings of that pair.
struct Keyed {
  std::size_t input = 0;
  std::size_t pair = 0;
  int order = 0;
  Finding finding;
};

// Chinese characters count one; letters and digits a third (a Chinese character carries about
// as much as three letters); punctuation and spaces nothing.
double length(std::string_view s) {
  double han = 0;
  double other = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (utf8::is_han(c)) {
      ++han;
    } else if (c < 0x80 ? std::isalnum(static_cast<int>(c)) != 0 : (c >= 0xC0 && c < 0x2000)) {
      ++other;
    } else if (utf8::is_fullwidth_form(c) &&
               ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF5A))) {
      ++other;
    }
  }
  return han + other / 3.0;
}

bool has_han(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (utf8::is_han(utf8::next(s, i))) return true;
  }
  return false;
}

bool has_letter(std::string_view s) {
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) return true;
  }
  return has_han(s);
}

std::size_t latin_words(std::string_view s) {
  std::size_t words = 0;
  bool in = false;
  for (char c : s) {
    const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (letter && !in) ++words;
    in = letter;
  }
  return words;
}

// The text with its document symbols blanked: the letters of E/CN.15/2021/L.4/Rev.1 are no
// words to translate.
std::string outside_symbols(std::string_view s) {
  std::string out(s);
  for (const SymbolMention& m : extract_symbols(s)) {
    for (std::size_t k = m.span.begin; k < m.span.end && k < out.size(); ++k) out[k] = ' ';
  }
  return out;
}

// Spaces and punctuation, ASCII or CJK (closing quotes and the ellipsis included).
bool space_or_punctuation(char32_t c) {
  if (c < 0x80) return c == ' ' || std::ispunct(static_cast<int>(c));
  return utf8::is_cjk_punct(c) || c == U'”' || c == U'’' || c == U'…';
}

// Drops final punctuation and spaces.
void strip_final_punctuation(std::string& key) {
  std::size_t begin = 0;
  while (!key.empty() && space_or_punctuation(utf8::previous(key, key.size(), begin))) {
    key.resize(begin);
  }
}

// The key segments are grouped on for the inconsistency checks: match_key without the final
// punctuation and a list item's closing conjunction ("a secretary general, and"; "；以及"):
// the same item closes a list elsewhere with a full stop.
std::string segment_key(std::string key) {
  strip_final_punctuation(key);
  std::size_t tail = key.size(), begin = 0;  // the last word: after a space or punctuation
  while (tail > 0 && !space_or_punctuation(utf8::previous(key, tail, begin))) tail = begin;
  if (tail > 0 && text::is_list_conjunction(std::string_view(key).substr(tail))) {
    key.resize(tail);
    strip_final_punctuation(key);
  }
  return key;
}

// What the number, date and symbol checks need from one side of a pair.
struct Side {
  std::vector<SymbolMention> symbols;
  std::vector<DateMention> dates;
  std::vector<NumberMention> numbers;
};

Side analyze(const std::string& text, const Label& label, bool numbers, bool dates) {
  Side side;
  std::vector<Span> skip;
  if (!label.empty()) skip.push_back({0, label.length});
  side.symbols = extract_symbols(text);
  for (const auto& s : side.symbols) skip.push_back(s.span);
  if (!dates && !numbers) return side;
  const std::vector<detail::Cp> cps = detail::decode(text);
  side.dates = detail::extract_dates(text, cps, skip);
  for (const auto& d : side.dates) skip.push_back(d.span);
  if (numbers) side.numbers = detail::extract_numbers(text, cps, skip);
  return side;
}

std::vector<Date> ends(const DateMention& d) {
  std::vector<Date> out{d.start};
  if (d.end) out.push_back(*d.end);
  return out;
}

bool number_matched(const NumberMention& m, const Side& other) {
  for (const auto& o : other.numbers) {
    if (same_number(m, o)) return true;
  }
  // A number may be written as part of a date on the other side: 2019财年 / in 2019; 18日 /
  // 18 December.
  if (m.kind == NumberKind::kCardinal || m.kind == NumberKind::kOrdinal) {
    for (const auto& d : other.dates) {
      for (const Date& e : ends(d)) {
        if ((e.year && same_value(e.year, m.value)) || (e.day && same_value(e.day, m.value))) {
          return true;
        }
      }
    }
  }
  return false;
}

bool date_matched(const DateMention& d, const Side& other) {
  for (const Date& e : ends(d)) {
    bool found = false;
    for (const auto& o : other.dates) {
      for (const Date& f : ends(o)) found = found || dates_compatible(e, f);
    }
    // A year alone may be a plain number on the other side (2000 people / 2000年).
    if (!found && e.month == 0 && e.day == 0) {
      for (const auto& n : other.numbers) {
        found = found || (n.kind == NumberKind::kCardinal && same_value(n.value, e.year));
      }
    }
    if (!found) return false;
  }
  return true;
}

// Numeric value of a label for sequence checks: 12, (c) -> 3; nullopt when it has none.
std::optional<long> label_value(const Label& label) {
  const std::string& n = label.number;
  if (n.empty()) return std::nullopt;
  if (std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (n.size() > 6) return std::nullopt;
    return std::stol(n);
  }
  if (n.size() == 1 && std::isalpha(static_cast<unsigned char>(n[0]))) {
    return std::tolower(static_cast<unsigned char>(n[0])) - 'a' + 1;
  }
  return std::nullopt;
}

// Labels at the same position of both sides: what text::labels_correspond accepts, and any two
// labels with the same number (（一） in a Chinese law, (1) in its translation).
bool correspond(const Label& a, const Label& b) {
  if (text::labels_correspond(a, b)) return true;
  const auto va = label_value(a);
  const auto vb = label_value(b);
  return va && vb && *va == *vb;
}

// The shape of a label with its number taken out: "(#)", "#.", "第#条", "Article #".
std::string label_form(const Label& label) {
  std::string form = std::string(label_style_name(label.style)) + ":";
  const std::string& t = label.text;
  bool in_number = false;
  for (std::size_t i = 0; i < t.size();) {
    const std::size_t b = i;
    const char32_t c = utf8::next(t, i);
    const bool numeral =
        (c >= '0' && c <= '9') || text::is_chinese_numeral_char(c) ||
        (c >= 0xFF10 && c <= 0xFF19) ||
        ((label.style == LabelStyle::kLetter || label.style == LabelStyle::kRoman ||
          label.style == LabelStyle::kSection) &&
         std::isalpha(static_cast<int>(c < 0x80 ? c : 0)));
    if (numeral) {
      if (!in_number) form += '#';
      in_number = true;
    } else {
      form.append(t, b, i - b);
      in_number = false;
    }
  }
  return form;
}

class Checker {
 public:
  Checker(const std::vector<TermPair>& glossary, const CheckOptions& options)
      : glossary_(glossary), options_(options), index_(glossary) {
    for (std::size_t t = 0; t < glossary.size(); ++t) {
      Renderings r;
      for (std::size_t e : index_.entries(t)) {
        const TermPair& entry = glossary[e];
        auto add = [](std::vector<Rendering>& to, const std::string& text) {
          const std::string key = phrase_key(text);
          if (key.empty()) return;
          for (const auto& x : to) {
            if (x.key == key) return;
          }
          const auto self = EnglishIndex(text).find(key);
          to.push_back(
              {text, key, phrase_key(text, KeyForm::kDerivations), self ? self->surface : text});
        };
        add(r.approved, entry.en);
        for (const auto& a : entry.alternatives) add(r.approved, a);
        for (const auto& f : entry.forbidden) add(r.forbidden, f);
      }
      // A rendering both approved and forbidden (two entries disagreeing) counts as approved.
      r.forbidden.erase(std::remove_if(r.forbidden.begin(), r.forbidden.end(),
                                       [&](const Rendering& f) {
                                         for (const auto& a : r.approved) {
                                           if (a.key == f.key) return true;
                                         }
                                         return false;
                                       }),
                        r.forbidden.end());
      for (const Rendering& a : r.approved) {
        approved_by_key_[a.key].push_back(t);
        longest_rendering_ = std::max(longest_rendering_, word_count(a.text));
      }
      renderings_.push_back(std::move(r));
    }
  }

  // Findings quote these pairs (the same inputs as run() reads, before any blanking).
  void quote_pairs_of(const std::vector<CheckInput>* given) { shown_ = given; }

  CheckResult run(const std::vector<CheckInput>& inputs) {
    for (std::size_t in = 0; in < inputs.size(); ++in) {
      const CheckInput& input = inputs[in];
      numbering_ = {};
      lengths_.clear();
      ends_.clear();
      for (std::size_t p = 0; p < input.pairs.size(); ++p) check_pair(in, p, input);
      if (enabled(kMissing)) check_lengths(in, input);
      if (enabled(kPunctuation)) check_ends(in, input);
    }
    if (enabled(kInconsistentSource) || enabled(kInconsistentTarget)) inconsistencies(inputs);
    std::stable_sort(keyed_.begin(), keyed_.end(), [](const Keyed& a, const Keyed& b) {
      if (a.input != b.input) return a.input < b.input;
      if (a.pair != b.pair) return a.pair < b.pair;
      return a.order < b.order;
    });
    CheckResult result;
    for (auto& k : keyed_) {
      if (k.finding.severity < options_.report) continue;
      if (shown_ != nullptr) {  // quote the pair as given, not as read
        const SegmentPair& given = (*shown_)[k.input].pairs[k.pair];
        k.finding.zh = given.zh;
        k.finding.en = given.en;
      }
      ++result.counts[k.finding.check];
      result.findings.push_back(std::move(k.finding));
    }
    return result;
  }

 private:
  const std::vector<CheckInput>* shown_ = nullptr;
  struct Rendering {
    std::string text;
    std::string key;
    std::string derived_key;  // phrase_key(text, KeyForm::kDerivations)
    std::string surface;      // as EnglishIndex::find reports it where written as approved
  };
  struct Renderings {
    std::vector<Rendering> approved;
    std::vector<Rendering> forbidden;
  };
  struct PairRef {
    std::size_t input = 0;
    std::size_t pair = 0;
  };
  struct Usage {
    std::size_t count = 0;
    PairRef first;
    std::string en_span;
    std::string surface;  // as first written
  };
  struct SegmentKeys {
    std::string zh;
    std::string en;
    PairRef ref;
  };
  struct LengthObs {
    std::size_t pair = 0;
    double x = 0;              // log of the en/zh length ratio
    int sentence_balance = 0;  // English sentences minus Chinese sentences
  };
  struct EndObs {
    std::size_t pair = 0;
    EndMark zh, en;  // how each side ends
  };
  struct NumberingState {
    std::map<std::string, long> last[2];  // per side, per label form
  };

  bool enabled(const char* id) const { return options_.disabled.count(id) == 0; }

  Finding& emit(std::size_t in, std::size_t p, const CheckInput& input, const char* check,
                Severity severity, std::string message) {
    const SegmentPair& pair = input.pairs[p];
    Keyed k;
    k.input = in;
    k.pair = p;
    k.order = int(keyed_.size());
    Finding& f = k.finding;
    f.file = input.file.empty() ? pair.source : input.file;
    f.loc = pair.loc.empty() ? std::to_string(p + 1) : pair.loc;
    f.severity = severity;
    f.check = check;
    f.message = std::move(message);
    f.zh = pair.zh;
    f.en = pair.en;
    keyed_.push_back(std::move(k));
    return keyed_.back().finding;
  }

  void check_pair(std::size_t in, std::size_t p, const CheckInput& input) {
    const SegmentPair& pair = input.pairs[p];
    const std::string_view zh = utf8::trim(pair.zh);
    const std::string_view en = utf8::trim(pair.en);
    const bool zh_empty = zh.empty();
    const bool en_empty = en.empty();
    if (zh_empty && en_empty) return;

    const bool need_zh_key = enabled(kInconsistentSource) || enabled(kInconsistentTarget) ||
                             enabled(kUntranslated) || !index_.empty();
    const bool need_en_key =
        enabled(kInconsistentSource) || enabled(kInconsistentTarget) || enabled(kUntranslated);
    const std::string zh_key = need_zh_key && !zh_empty ? text::match_key(zh) : std::string();
    const std::string en_key = need_en_key && !en_empty ? text::match_key(en) : std::string();

    if (enabled(kUntranslated)) untranslated(in, p, input, zh, en, zh_key, en_key);
    if (zh_empty || en_empty) {
      // One side missing: nothing to compare; the pair is not a rendering of anything.
      return;
    }
    if (enabled(kMissing)) {
      const double lz = length(zh);
      const double le = length(en);
      if (std::max(lz, le) >= double(options_.length_min)) {
        lengths_.push_back({p, std::log((le + 2.0) / (lz + 2.0)),
                            int(sentences(en, true)) - int(sentences(zh, false))});
      }
    }
    if (enabled(kPunctuation)) {
      EndMark z = end_mark(zh), e = end_mark(en);
      if (z.cls != 0 && e.cls != 0) ends_.push_back({p, std::move(z), std::move(e)});
    }
    const Label zl = text::parse_label(pair.zh);
    const Label el = text::parse_label(pair.en);
    if (enabled(kNumbering)) numbering(in, p, input, zl, el);
    if (enabled(kNumber) || enabled(kDate) || enabled(kSymbol)) meaning(in, p, input, zl, el);
    if (!index_.empty() &&
        (enabled(kTermMissing) || enabled(kTermForbidden) || enabled(kInconsistentSource))) {
      terms(in, p, input, zh_key);
      if (enabled(kTermMissing)) terms_from_english(in, p, input, zh_key);
    }
    if (enabled(kInconsistentSource) || enabled(kInconsistentTarget)) {
      // An English segment differing only by a leading article ("The General Assembly," as a
      // sentence opener, "General Assembly" as a header) is the same rendering.
      std::string en_segment = segment_key(en_key);
      if (en_segment.rfind("the ", 0) == 0) en_segment.erase(0, 4);
      segments_.push_back({segment_key(zh_key), en_segment, {in, p}});
    }
  }

  void untranslated(std::size_t in, std::size_t p, const CheckInput& input, std::string_view zh,
                    std::string_view en, const std::string& zh_key, const std::string& en_key) {
    if (zh.empty() != en.empty()) {
      emit(in, p, input, kUntranslated, Severity::kError,
           en.empty() ? "the English side is empty: the Chinese has no translation"
                      : "the Chinese side is empty: the English has no translation");
      return;
    }
    if (!zh_key.empty() && zh_key == en_key &&
        (has_han(zh) || latin_words(outside_symbols(zh)) >= 3)) {
      Finding& f = emit(in, p, input, kUntranslated, Severity::kError,
                        "the English is the same as the Chinese");
      f.zh_span = std::string(zh);
      f.en_span = std::string(en);
      return;
    }
    // Chinese characters left in the English.
    std::size_t run = 0;
    std::size_t run_begin = 0;
    std::size_t best = 0;
    Span best_span;
    for (std::size_t i = 0; i < en.size();) {
      const std::size_t b = i;
      if (utf8::is_han(utf8::next(en, i))) {
        if (run == 0) run_begin = b;
        if (++run > best) {
          best = run;
          best_span = {run_begin, i};
        }
      } else {
        run = 0;
      }
    }
    if (best >= options_.han_run) {
      Finding& f =
          emit(in, p, input, kUntranslated, Severity::kError,
               "the English keeps " + std::to_string(best) + " Chinese characters in a row");
      f.en_span = std::string(en.substr(best_span.begin, best_span.size()));
      f.term = f.en_span;
      return;
    }
    // English words left in the Chinese: words joined by spaces and light punctuation only.
    std::size_t words = 0;
    std::size_t best_words = 0;
    Span words_span;
    std::size_t start = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < zh.size();) {
      const std::size_t b = i;
      const char32_t c = utf8::next(zh, i);
      const bool letter = c < 0x80 && std::isalpha(static_cast<int>(c));
      if (letter) {
        if (!in_word) {
          if (words == 0) start = b;
          ++words;
        }
        in_word = true;
        if (words > best_words) {
          best_words = words;
          words_span = {start, i};
        } else if (words == best_words) {
          words_span.end = i;
        }
        continue;
      }
      in_word = false;
      const bool joiner = c == ' ' || c == '-' || c == '\'' || c == ',' || c == '.' || c == ':' ||
                          c == 0x2019 || (c >= '0' && c <= '9');
      if (!joiner) words = 0;
    }
    if (best_words >= options_.latin_word_run) {
      Finding& f =
          emit(in, p, input, kUntranslated, Severity::kWarning,
               "the Chinese keeps " + std::to_string(best_words) + " English words in a row");
      f.zh_span = std::string(zh.substr(words_span.begin, words_span.size()));
    }
  }

  void numbering(std::size_t in, std::size_t p, const CheckInput& input, const Label& zl,
                 const Label& el) {
    if (!zl.empty() && !el.empty() && !correspond(zl, el)) {
      Finding& f = emit(in, p, input, kNumbering, Severity::kError,
                        "paragraph labels differ: " + quote(zl.text) + " in the Chinese, " +
                            quote(el.text) + " in the English");
      f.zh_span = zl.text;
      f.en_span = el.text;
      f.term = zl.text;
    } else if (zl.empty() != el.empty()) {
      const Label& l = zl.empty() ? el : zl;
      // Footnote markers and unnumbered headings are often labelled on one side only.
      if (l.style != LabelStyle::kFootnote) {
        Finding& f =
            emit(in, p, input, kNumbering, Severity::kWarning,
                 "label " + quote(l.text) + " in the " + (zl.empty() ? "English" : "Chinese") +
                     " has no counterpart in the " + (zl.empty() ? "Chinese" : "English"));
        (zl.empty() ? f.en_span : f.zh_span) = l.text;
        f.term = l.text;
      }
    }
    // Gaps in each side's sequence, unless the other side jumps the same way.
    long jump[2] = {0, 0};
    long from[2] = {0, 0};
    const Label* labels[2] = {&zl, &el};
    for (int s = 0; s < 2; ++s) {
      const Label& l = *labels[s];
      if (l.empty() || l.style == LabelStyle::kResolution || l.style == LabelStyle::kFootnote) {
        continue;
      }
      auto value = label_value(l);
      if (!value) continue;
      std::string form = label_form(l);
      // (i) after (h) is the letter i, not the Roman one.
      if (l.style == LabelStyle::kRoman && l.text.size() <= 4) {
        Label as_letter = l;
        as_letter.style = LabelStyle::kLetter;
        const std::string letter_form = label_form(as_letter);
        const char ch = static_cast<char>(
            std::tolower(static_cast<unsigned char>(l.text[l.text.find_first_of("ivxIVX")])));
        auto it = numbering_.last[s].find(letter_form);
        if (it != numbering_.last[s].end() && it->second + 1 == ch - 'a' + 1) {
          form = letter_form;
          value = ch - 'a' + 1;
        }
      }
      auto it = numbering_.last[s].find(form);
      if (it != numbering_.last[s].end() && *value > it->second + 1) {
        jump[s] = *value - it->second;
        from[s] = it->second;
      }
      numbering_.last[s][form] = *value;
    }
    for (int s = 0; s < 2; ++s) {
      if (jump[s] == 0) continue;
      const int o = 1 - s;
      const bool same =
          jump[o] == jump[s] && !labels[o]->empty() && correspond(*labels[s], *labels[o]);
      if (same) continue;
      Finding& f = emit(in, p, input, kNumbering, Severity::kWarning,
                        std::string("numbering jumps from ") + std::to_string(from[s]) + " to " +
                            std::to_string(from[s] + jump[s]) + " in the " +
                            (s == 0 ? "Chinese" : "English"));
      (s == 0 ? f.zh_span : f.en_span) = labels[s]->text;
      f.term = labels[s]->text;
    }
  }

  void meaning(std::size_t in, std::size_t p, const CheckInput& input, const Label& zl,
               const Label& el) {
    const SegmentPair& pair = input.pairs[p];
    const bool numbers = enabled(kNumber);
    const bool dates = enabled(kDate);
    const Side zs = analyze(pair.zh, zl, numbers, dates);
    const Side es = analyze(pair.en, el, numbers, dates);

    if (enabled(kSymbol)) {
      std::vector<const SymbolMention*> zu, eu;
      for (const auto& s : zs.symbols) {
        if (std::none_of(es.symbols.begin(), es.symbols.end(),
                         [&](const SymbolMention& o) { return same_symbol(s.symbol, o.symbol); })) {
          zu.push_back(&s);
        }
      }
      for (const auto& s : es.symbols) {
        if (std::none_of(zs.symbols.begin(), zs.symbols.end(),
                         [&](const SymbolMention& o) { return same_symbol(s.symbol, o.symbol); })) {
          eu.push_back(&s);
        }
      }
      for (std::size_t k = 0; k < std::max(zu.size(), eu.size()); ++k) {
        const SymbolMention* z = k < zu.size() ? zu[k] : nullptr;
        const SymbolMention* e = k < eu.size() ? eu[k] : nullptr;
        std::string message;
        if (z && e) {
          message = "document symbol differs: " + quote(z->text) + " in the Chinese, " +
                    quote(e->text) + " in the English";
        } else {
          message = "document symbol " + quote((z ? z : e)->text) + " in the " +
                    (z ? "Chinese" : "English") + " is missing from the " +
                    (z ? "English" : "Chinese");
        }
        Finding& f = emit(in, p, input, kSymbol, Severity::kError, message);
        if (z) f.zh_span = z->text;
        if (e) f.en_span = e->text;
        f.term = (z ? z : e)->symbol;
      }
    }
    // Unmatched dates and numbers of each side.
    std::vector<const DateMention*> zdu, edu;
    if (dates) {
      for (const auto& d : zs.dates) {
        if (!date_matched(d, es)) zdu.push_back(&d);
      }
      for (const auto& d : es.dates) {
        if (!date_matched(d, zs)) edu.push_back(&d);
      }
    }
    std::vector<const NumberMention*> zu, eu;
    if (numbers) {
      for (const auto& m : zs.numbers) {
        if (!m.tentative && !number_matched(m, es)) zu.push_back(&m);
      }
      for (const auto& m : es.numbers) {
        if (!m.tentative && !number_matched(m, zs)) eu.push_back(&m);
      }
    }
    // A bare four-digit number reads as a year; when the other side has an unmatched number
    // and no unmatched date, it was a number after all (Flight 6321 / 6321航班 changed to 1321).
    std::vector<NumberMention> converted;
    converted.reserve(zdu.size() + edu.size());
    auto convert = [&](std::vector<const DateMention*>& du, std::vector<const NumberMention*>& nu,
                       const std::vector<const DateMention*>& other_du,
                       const std::vector<const NumberMention*>& other_nu) {
      if (!numbers || !other_du.empty() ||
          std::none_of(other_nu.begin(), other_nu.end(),
                       [](const NumberMention* m) { return !m->weak; })) {
        return;
      }
      for (auto it = du.begin(); it != du.end();) {
        const DateMention& d = **it;
        const bool bare =
            !d.end && d.start.month == 0 && d.start.day == 0 &&
            std::all_of(d.text.begin(), d.text.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!bare) {
          ++it;
          continue;
        }
        NumberMention m;
        m.value = d.start.year;
        m.span = d.span;
        m.text = d.text;
        converted.push_back(m);
        nu.push_back(&converted.back());
        it = du.erase(it);
      }
    };
    convert(zdu, zu, edu, eu);
    convert(edu, eu, zdu, zu);

    if (dates) {
      for (std::size_t k = 0; k < std::max(zdu.size(), edu.size()); ++k) {
        const DateMention* z = k < zdu.size() ? zdu[k] : nullptr;
        const DateMention* e = k < edu.size() ? edu[k] : nullptr;
        auto show = [](const DateMention& d) {
          std::string s = quote(d.text) + " (" + format_date(d.start);
          if (d.end) s += " to " + format_date(*d.end);
          return s + ")";
        };
        Finding* f;
        if (z && e) {
          f = &emit(
              in, p, input, kDate, Severity::kError,
              "date differs: " + show(*z) + " in the Chinese, " + show(*e) + " in the English");
        } else {
          f = &emit(in, p, input, kDate, Severity::kWarning,
                    "date " + show(z ? *z : *e) + " in the " + (z ? "Chinese" : "English") +
                        " has no counterpart in the " + (z ? "English" : "Chinese"));
        }
        if (z) f->zh_span = z->text;
        if (e) f->en_span = e->text;
        f->term = format_date((z ? z : e)->start);
      }
    }
    if (numbers) {
      // Pair strong with strong first, so that 74 / 75 are reported together and a stray 一 or
      // "one" does not hide them.
      auto strong_first = [](const NumberMention* a, const NumberMention* b) {
        return !a->weak && b->weak;
      };
      std::stable_sort(zu.begin(), zu.end(), strong_first);
      std::stable_sort(eu.begin(), eu.end(), strong_first);
      // Two weak numbers of different kinds left over (有一次 "once" beside "the second half",
      // 一 beside "half") say nothing about each other: each is reported alone, as info. Of
      // one kind (一名 / "two men") they may be an error.
      const auto strong = [](const std::vector<const NumberMention*>& v) {
        return static_cast<std::size_t>(
            std::count_if(v.begin(), v.end(), [](const NumberMention* m) { return !m->weak; }));
      };
      const std::size_t paired = std::max(strong(zu), strong(eu));
      std::vector<std::pair<const NumberMention*, const NumberMention*>> rows;
      for (std::size_t k = 0; k < std::max(zu.size(), eu.size()); ++k) {
        const NumberMention* z = k < zu.size() ? zu[k] : nullptr;
        const NumberMention* e = k < eu.size() ? eu[k] : nullptr;
        if (k < paired || z == nullptr || e == nullptr || z->kind == e->kind) {
          rows.emplace_back(z, e);
        } else {
          rows.emplace_back(z, nullptr);
          rows.emplace_back(nullptr, e);
        }
      }
      for (const auto& [z, e] : rows) {
        Finding* f;
        if (z && e) {
          // Two quantities that differ are an error, unless one is weak (一位 / "a") or both are
          // small numbers in words (第四 / "three"): then the wording more likely just differs.
          const bool small_words = z->spelled && e->spelled && std::max(z->value, e->value) <= 10;
          const Severity sev =
              z->weak || e->weak || small_words ? Severity::kWarning : Severity::kError;
          f = &emit(in, p, input, kNumber, sev,
                    "number differs: " + describe(*z) + " in the Chinese, " + describe(*e) +
                        " in the English");
        } else {
          const NumberMention& m = z ? *z : *e;
          f = &emit(in, p, input, kNumber, m.weak ? Severity::kInfo : Severity::kWarning,
                    "number " + describe(m) + " in the " + (z ? "Chinese" : "English") +
                        " has no counterpart in the " + (z ? "English" : "Chinese"));
        }
        if (z) f->zh_span = z->text;
        if (e) f->en_span = e->text;
        f->term = format_value((z ? z : e)->value);
      }
    }
  }

  void terms(std::size_t in, std::size_t p, const CheckInput& input, const std::string& zh_key) {
    const SegmentPair& pair = input.pairs[p];
    const std::vector<TermHit> hits = index_.find(zh_key);
    if (hits.empty()) return;
    std::optional<EnglishIndex> en, derived_en;
    std::vector<std::size_t> seen;
    for (const TermHit& hit : hits) {
      if (std::find(seen.begin(), seen.end(), hit.term) != seen.end()) continue;
      seen.push_back(hit.term);
      const Renderings& r = renderings_[hit.term];
      const TermPair& term = glossary_[hit.term];
      if (!en) en.emplace(pair.en);
      std::optional<EnglishIndex::Match> approved;
      for (const auto& a : r.approved) {
        if ((approved = en->find(a.key))) break;
      }
      if (approved) use(hit.term, approved->surface, {in, p}, pair.en, approved->span);
      // The term as an adjective: 社会主义国家 "socialist State" uses the approved "socialism". It
      // counts as that rendering, not as another one.
      for (std::size_t k = 0; !approved && k < r.approved.size(); ++k) {
        if (!derived_en) derived_en.emplace(pair.en, KeyForm::kDerivations);
        if ((approved = derived_en->find(r.approved[k].derived_key))) {
          use(hit.term, r.approved[k].surface, {in, p}, pair.en, approved->span);
        }
      }
      for (const auto& fb : r.forbidden) {
        auto m = en->find(fb.key);
        if (!m) continue;
        use(hit.term, m->surface, {in, p}, pair.en, m->span);
        if (!enabled(kTermForbidden)) break;
        const std::string used(pair.en.substr(m->span.begin, m->span.size()));
        Finding& f =
            emit(in, p, input, kTermForbidden, Severity::kError,
                 quote(used) + " is a forbidden rendering of " + quote(term.zh) +
                     (r.approved.empty() ? std::string() : "; use " + quote(r.approved[0].text)));
        f.zh_span = term.zh;
        f.en_span = used;
        f.term = term.zh;
        break;
      }
      if (!approved && !r.approved.empty() && enabled(kTermMissing)) {
        std::string list;
        for (std::size_t k = 0; k < r.approved.size() && k < 4; ++k) {
          list += (k ? ", " : "") + quote(r.approved[k].text);
        }
        Finding& f =
            emit(in, p, input, kTermMissing, Severity::kError,
                 "glossary term " + quote(term.zh) + " is in the Chinese but " +
                     (r.approved.size() == 1 ? list + " is not" : "none of " + list + " is") +
                     " in the English");
        f.zh_span = term.zh;
        f.term = term.zh;
      }
    }
  }

  // The other direction, for translations from English (UN documents): an approved rendering is
  // in the English but its glossary term is not in the Chinese (网络犯罪 translated 计算机犯罪).
  void terms_from_english(std::size_t in, std::size_t p, const CheckInput& input,
                          const std::string& zh_key) {
    const SegmentPair& pair = input.pairs[p];
    const EnglishIndex en(pair.en);
    std::vector<std::size_t> present;
    for (const TermHit& hit : index_.find(zh_key)) present.push_back(hit.term);
    std::vector<std::pair<std::size_t, Span>> missing;
    en.for_each_phrase(longest_rendering_, [&](std::string_view key, Span span) {
      auto it = approved_by_key_.find(std::string(key));
      if (it == approved_by_key_.end()) return;
      // Inside a document symbol (UNODC/CCPCJ/EG.4/2020/1) a word is no rendering.
      if ((span.begin > 0 && pair.en[span.begin - 1] == '/') ||
          (span.end < pair.en.size() && pair.en[span.end] == '/')) {
        return;
      }
      for (std::size_t t : it->second) {
        if (std::find(present.begin(), present.end(), t) != present.end()) continue;
        // A longer glossary term found in the Chinese may contain this one (专家组 inside
        // 全面研究网络犯罪问题专家组): then the term is there.
        if (zh_key.find(text::match_key(glossary_[t].zh)) != std::string::npos) continue;
        bool already = false;
        for (const auto& m : missing) already |= m.first == t;
        if (!already) missing.push_back({t, span});
      }
    });
    for (const auto& [t, span] : missing) {
      const std::string used(pair.en.substr(span.begin, span.size()));
      Finding& f = emit(in, p, input, kTermMissing, Severity::kError,
                        quote(used) + " is in the English but its glossary term " +
                            quote(glossary_[t].zh) + " is not in the Chinese");
      f.en_span = used;
      f.term = glossary_[t].zh;
    }
  }

  void use(std::size_t term, const std::string& surface, PairRef ref, const std::string& en,
           Span span) {
    // A hyphen between two words is the same rendering as a space: "technical-assistance
    // needs" is "technical assistance" made a modifier. Written as one word (cybercrime against
    // cyber-crime or cyber crime) it is another spelling.
    std::string key = surface;
    std::replace(key.begin(), key.end(), '-', ' ');
    Usage& u = usage_[term][key];
    if (u.count++ == 0) {
      u.first = ref;
      u.en_span = en.substr(span.begin, span.size());
      u.surface = surface;
    }
  }

  // Pairs whose sides end with different marks (； / ".", 。 / ","): a sentence cut or joined
  // differently, a clause left out, a list item closed as a paragraph. A warning where this
  // input's pairs otherwise end alike (kEndAgreement of them or more, as a translation of a UN
  // document does), else info: news and verse splits end differently by style.
  void check_ends(std::size_t in, const CheckInput& input) {
    constexpr double kEndAgreement = 0.99;
    if (ends_.empty()) return;
    const auto alike = std::count_if(ends_.begin(), ends_.end(),
                                     [](const EndObs& o) { return o.zh.cls == o.en.cls; });
    const Severity severity = double(alike) >= kEndAgreement * double(ends_.size())
                                  ? Severity::kWarning
                                  : Severity::kInfo;
    for (const EndObs& o : ends_) {
      if (o.zh.cls == o.en.cls) continue;
      Finding& f = emit(in, o.pair, input, kPunctuation, severity,
                        "the sides end differently: " + quote(o.zh.text) + " in the Chinese, " +
                            quote(o.en.text) + " in the English");
      f.zh_span = o.zh.text;
      f.en_span = o.en.text;
    }
  }

  void check_lengths(std::size_t in, const CheckInput& input) {
    if (lengths_.empty()) return;
    std::vector<double> xs;
    for (const auto& o : lengths_) xs.push_back(o.x);
    auto median = [](std::vector<double> v) {
      std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
      return v[v.size() / 2];
    };
    const double n = double(xs.size());
    const double med = median(xs);
    std::vector<double> dev;
    for (double x : xs) dev.push_back(std::fabs(x - med));
    const double mad = 1.4826 * median(dev);
    // Shrink towards the prior for small inputs: a few pairs cannot say what is typical.
    const double center = (n * med + kPriorWeight * kPriorLogRatio) / (n + kPriorWeight);
    const double spread =
        std::max(0.05, (n * mad + kPriorWeight * kPriorSpread) / (n + kPriorWeight));
    const double threshold =
        std::max(options_.length_spread * spread, std::log(options_.length_factor));
    const double sentence_threshold = options_.length_spread_sentences * spread;
    for (const auto& o : lengths_) {
      const double d = o.x - center;
      // The side that looks short also has fewer sentences.
      const bool fewer = (d < 0 && o.sentence_balance < 0) || (d > 0 && o.sentence_balance > 0);
      if (std::fabs(d) <= threshold && !(fewer && std::fabs(d) > sentence_threshold)) continue;
      const double factor = std::exp(std::fabs(d));
      char buf[160];
      std::snprintf(buf, sizeof buf,
                    "the %s is %.1f times shorter than usual in this input: a sentence or "
                    "paragraph may be missing from it",
                    d < 0 ? "English" : "Chinese", factor);
      emit(in, o.pair, input, kMissing, Severity::kWarning, buf);
    }
  }

  void inconsistencies(const std::vector<CheckInput>& inputs) {
    auto pair_of = [&](PairRef r) -> const CheckInput& { return inputs[r.input]; };
    // Glossary terms rendered several ways.
    if (enabled(kInconsistentSource)) {
      for (const auto& [term, uses] : usage_) {
        if (uses.size() < 2) continue;
        std::string list;
        for (const auto& [key, u] : uses) {
          list +=
              (list.empty() ? "" : ", ") + quote(u.surface) + " (" + std::to_string(u.count) + ")";
        }
        for (const auto& [key, u] : uses) {
          Finding& f = emit(u.first.input, u.first.pair, pair_of(u.first), kInconsistentSource,
                            Severity::kWarning,
                            "glossary term " + quote(glossary_[term].zh) + " is rendered " +
                                std::to_string(uses.size()) + " ways across the inputs: " + list);
          f.zh_span = glossary_[term].zh;
          f.en_span = u.en_span;
          f.term = glossary_[term].zh;
        }
      }
    }
    // Segments: one source, several targets; one target, several sources.
    for (int direction = 0; direction < 2; ++direction) {
      const char* id = direction == 0 ? kInconsistentSource : kInconsistentTarget;
      if (!enabled(id)) continue;
      std::unordered_map<std::string, std::vector<std::size_t>> groups;
      for (std::size_t k = 0; k < segments_.size(); ++k) {
        const std::string& key = direction == 0 ? segments_[k].zh : segments_[k].en;
        if (key.empty() || !has_letter(key)) continue;
        groups[key].push_back(k);
      }
      for (const auto& [key, members] : groups) {
        if (members.size() < 2) continue;
        // Variants of the other side, by first appearance.
        std::vector<std::pair<std::string, std::vector<std::size_t>>> variants;
        for (std::size_t k : members) {
          const std::string& other = direction == 0 ? segments_[k].en : segments_[k].zh;
          auto it = std::find_if(variants.begin(), variants.end(),
                                 [&](const auto& v) { return v.first == other; });
          if (it == variants.end()) {
            variants.push_back({other, {k}});
          } else {
            it->second.push_back(k);
          }
        }
        if (variants.size() < 2) continue;
        for (std::size_t v = 0; v < variants.size(); ++v) {
          const SegmentKeys& first = segments_[variants[v].second[0]];
          const SegmentPair& pair = inputs[first.ref.input].pairs[first.ref.pair];
          const std::string message =
              std::string("the same ") + (direction == 0 ? "Chinese" : "English") + " text has " +
              std::to_string(variants.size()) + " different " +
              (direction == 0 ? "English renderings" : "Chinese sources") + " across the inputs; " +
              "this one (" + std::to_string(v + 1) + " of " + std::to_string(variants.size()) +
              ") is used " + std::to_string(variants[v].second.size()) + " time" +
              (variants[v].second.size() == 1 ? "" : "s");
          Finding& f = emit(first.ref.input, first.ref.pair, pair_of(first.ref), id,
                            Severity::kWarning, message);
          f.zh_span = std::string(utf8::trim(pair.zh));
          f.en_span = std::string(utf8::trim(pair.en));
          f.term = direction == 0 ? f.zh_span : f.en_span;
        }
      }
    }
  }

  const std::vector<TermPair>& glossary_;
  const CheckOptions& options_;
  GlossaryIndex index_;
  std::vector<Renderings> renderings_;
  // Approved renderings by phrase_key -> glossary terms, for the English-to-Chinese direction.
  std::unordered_map<std::string, std::vector<std::size_t>> approved_by_key_;
  std::size_t longest_rendering_ = 0;  // in words
  std::vector<Keyed> keyed_;
  std::map<std::size_t, std::map<std::string, Usage>> usage_;
  std::vector<SegmentKeys> segments_;
  std::vector<LengthObs> lengths_;
  std::vector<EndObs> ends_;
  NumberingState numbering_;
};

void validate(const CheckOptions& options) {
  for (const auto& id : options.disabled) {
    const auto& ids = check_ids();
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      std::string list;
      for (const auto& k : ids) list += (list.empty() ? "" : ", ") + k;
      throw ConfigError("unknown check id '" + id + "' (known: " + list + ")");
    }
  }
  if (options.han_run == 0) throw ConfigError("han_run must be at least 1");
  if (options.latin_word_run == 0) throw ConfigError("latin_word_run must be at least 1");
  if (!(options.length_factor > 1.0)) throw ConfigError("length_factor must be above 1");
  if (!(options.length_spread > 0.0) || !(options.length_spread_sentences > 0.0)) {
    throw ConfigError("length_spread and length_spread_sentences must be positive");
  }
}

}  // namespace

const std::vector<std::string>& check_ids() {
  static const std::vector<std::string> kIds = {
      kTermMissing, kTermForbidden, kInconsistentSource, kInconsistentTarget, kNumber,
      kDate,        kSymbol,        kNumbering,          kUntranslated,       kMissing,
      kPunctuation};
  return kIds;
}

namespace {

// Footnote markers in plain digits, as text copied from a PDF has them ("Organized Crime3 in
// cases", "《公约》3及其"), where the other version prints the same note as a superscript
// ("公约³") or in plain digits too: blanked on both sides (spaces, so that spans still hold)
// before the checks read them, which otherwise took them for numbers without a counterpart
// and missed "Crime" before the digit. A plain marker is blanked only when the other side has
// the same number as a superscript or as a plain marker. The pair so blanked, or nothing when
// there is nothing to blank.
std::optional<SegmentPair> blank_plain_markers(const SegmentPair& pair) {
  std::vector<text::PlainMarker> en_plain = text::plain_footnote_markers(pair.en);
  std::vector<text::PlainMarker> zh_plain = text::chinese_plain_footnote_markers(pair.zh);
  const std::vector<std::string> zh_super = text::footnote_markers(pair.zh);
  const std::vector<std::string> en_super = text::footnote_markers(pair.en);
  // Markers printed apart ("2013, 1 in which"): only where the Chinese has that superscript.
  const std::vector<text::PlainMarker> en_spaced =
      zh_super.empty() ? std::vector<text::PlainMarker>{} : text::spaced_footnote_markers(pair.en);
  const Label note = text::parse_label(pair.zh);
  const bool zh_note = note.style == LabelStyle::kFootnote;
  if (en_plain.empty() && en_spaced.empty() && !zh_note && (zh_plain.empty() || en_super.empty())) {
    return std::nullopt;
  }
  SegmentPair out = pair;
  bool blanked = false;
  auto blank = [&](std::string& text, Span span) {
    for (std::size_t k = span.begin; k < span.end; ++k) text[k] = ' ';
    blanked = true;
  };
  // A footnote's body: "¹ 《经济及社会理事会正式记录》" / "1 Official Records ...".
  if (zh_note && out.en.size() > note.number.size() &&
      out.en.compare(0, note.number.size(), note.number) == 0 &&
      out.en[note.number.size()] == ' ') {
    blank(out.en, {0, note.number.size()});
  }
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  // Each plain marker of one side pairs with one of the other side's, in order.
  auto take = [](std::vector<text::PlainMarker>& v, const std::string& number) {
    auto it = std::find_if(v.begin(), v.end(),
                           [&](const text::PlainMarker& m) { return m.number == number; });
    if (it == v.end()) return std::optional<Span>();
    const Span span = it->span;
    v.erase(it);
    return std::optional<Span>(span);
  };
  for (const text::PlainMarker& m : en_plain) {
    if (has(zh_super, m.number)) {
      blank(out.en, m.span);
    } else if (const std::optional<Span> z = take(zh_plain, m.number)) {
      blank(out.en, m.span);
      blank(out.zh, *z);
    }
  }
  for (const text::PlainMarker& m : zh_plain) {
    if (has(en_super, m.number)) blank(out.zh, m.span);
  }
  for (const text::PlainMarker& m : en_spaced) {
    if (has(zh_super, m.number)) blank(out.en, m.span);
  }
  if (!blanked) return std::nullopt;
  return out;
}

}  // namespace

CheckResult check(const std::vector<CheckInput>& inputs, const std::vector<TermPair>& glossary,
                  const CheckOptions& options) {
  validate(options);
  // The inputs are copied only when some pair needs blanking.
  std::optional<std::vector<CheckInput>> read;
  for (std::size_t in = 0; in < inputs.size(); ++in) {
    for (std::size_t p = 0; p < inputs[in].pairs.size(); ++p) {
      std::optional<SegmentPair> blanked = blank_plain_markers(inputs[in].pairs[p]);
      if (!blanked) continue;
      if (!read) read = inputs;
      (*read)[in].pairs[p] = std::move(*blanked);
    }
  }
  Checker checker(glossary, options);
  if (!read) return checker.run(inputs);
  checker.quote_pairs_of(&inputs);
  return checker.run(*read);
}

}  // namespace bitext::check
