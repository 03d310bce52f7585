#include "bitext/text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/text/label.h"

namespace bitext::text {
namespace {

icu::BreakIterator& thread_sentence_breaker(Lang lang) {
  thread_local std::unique_ptr<icu::BreakIterator> zh, en;
  std::unique_ptr<icu::BreakIterator>& slot = lang == Lang::kZh ? zh : en;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::BreakIterator::createSentenceInstance(
        lang == Lang::kZh ? icu::Locale::getChinese() : icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !slot) {
      throw ResourceError(std::string("ICU sentence break iterator unavailable: ") +
                          u_errorName(status));
    }
  }
  return *slot;
}

// Abbreviations after which English text goes on (a break there is merged back). The first
// group never ends a sentence in UN texts; the second (months among them: "5 Oct. 2019") does
// only before a capital letter.
constexpr std::string_view kAlwaysAbbreviation[] = {
    "mr.",     "mrs.",  "ms.",   "dr.",   "prof.", "no.",  "nos.",    "para.", "paras.",
    "e.g.",    "i.e.",  "art.",  "arts.", "vol.",  "p.",   "pp.",     "vs.",   "cf.",
    "st.",     "op.",   "sect.", "chap.", "fig.",  "h.e.", "approx.", "ca.",   "incl.",
    "messrs.", "mmes.", "amb.",  "hon.",  "dept.", "govt."};
constexpr std::string_view kSometimesAbbreviation[] = {
    "u.n.", "etc.", "inc.", "ltd.", "rev.", "corr.", "add.", "co.",   "jr.",  "u.s.", "jan.",
    "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",  "sep.", "sept.", "oct.", "nov.", "dec."};

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// The last word of text (lower-cased ASCII), e.g. "para." from "... see para.".
std::string last_word(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && is_space_byte(text[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && !is_space_byte(text[begin - 1]) && text[begin - 1] != '(') --begin;
  std::string word(text.substr(begin, end - begin));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

template <std::size_t N>
bool one_of(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Whether a break between `before` and `after` should be undone.
bool merge_across(std::string_view before, std::string_view after, Lang lang) {
  // An ellipsis in brackets is a draft's placeholder ("on 28 [and ...] July", "meeting[s] [...]
  // on"), inside its sentence.
  const std::string_view trimmed = utf8::trim(before);
  for (std::string_view placeholder : {"...]", "\xE2\x80\xA6]", "...)", "\xE2\x80\xA6)"}) {
    if (trimmed.size() >= placeholder.size() &&
        trimmed.substr(trimmed.size() - placeholder.size()) == placeholder) {
      return true;
    }
  }
  const std::string word = last_word(before);
  if (word.empty() || word.back() != '.') return false;
  const std::size_t first = utf8::space_prefix(after);
  // In Chinese a full stop is "。": a Latin "." with text right after it is an initial or a
  // dotted name ("J.史密斯"), not the end of a sentence.
  if (lang == Lang::kZh && first == 0 && !after.empty()) return true;
  if (one_of(word, kAlwaysAbbreviation)) return true;
  const char next = first < after.size() ? after[first] : '\0';
  const bool continues = (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9');
  if (one_of(word, kSometimesAbbreviation)) return continues;
  // A single initial ("A. Smith") or a lower-case continuation after any dotted token.
  if (word.size() == 2 && word[0] >= 'a' && word[0] <= 'z') return true;
  return continues && word.find('.') != word.size() - 1;  // "U.S.A." + lower case
}

bool is_closing_after_stop(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == ')' || c == '"' ||
         c == '\'' || c == U'》' || c == U'】' || c == ']';
}

// Extra break positions after ；/; (and any closing quotes or brackets right after it).
void semicolon_breaks(std::string_view text, std::size_t from, std::vector<std::size_t>& breaks) {
  for (std::size_t i = from; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    if (c != U'；' && c != ';') continue;
    std::size_t j = i;
    while (j < text.size()) {
      std::size_t k = j;
      if (!is_closing_after_stop(utf8::next(text, k))) break;
      j = k;
    }
    // An English ";" splits only before white space ("&amp;" style entities stay whole).
    if (c == ';' && j < text.size() && !is_space_byte(text[j])) continue;
    // What is left is only the item's conjunction: it stays with the clause before it.
    if (is_list_conjunction(text.substr(j))) continue;
    breaks.push_back(j);
  }
}

}  // namespace

bool is_list_conjunction(std::string_view text) {
  static constexpr std::string_view kConjunctions[] = {"and", "or",   "and/or", "以及", "及",  "和",
                                                       "或",  "或者", "并",     "并且", "而且"};
  return one_of(utf8::trim(text), kConjunctions);
}

std::vector<Segment> split_sentences(std::string_view paragraph, Lang lang,
                                     const SentenceOptions& options) {
  std::vector<Segment> out;
  if (utf8::trim(paragraph).empty()) return out;
  const Label label = parse_label(paragraph);
  const std::size_t start = std::min(label.length, paragraph.size());

  std::vector<std::size_t> breaks;
  const std::string_view body = paragraph.substr(start);
  if (!body.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, body.data(), static_cast<int64_t>(body.size()), &status);
    if (U_FAILURE(status)) throw ResourceError("ICU cannot open text for sentence breaking");
    icu::BreakIterator& breaker =
        thread_sentence_breaker(lang == Lang::kZh ? Lang::kZh : Lang::kEn);
    breaker.setText(ut, status);
    for (int32_t b = breaker.next(); b != icu::BreakIterator::DONE; b = breaker.next()) {
      breaks.push_back(start + static_cast<std::size_t>(b));
    }
    utext_close(ut);
  }
  if (options.split_semicolons) semicolon_breaks(paragraph, start, breaks);
  breaks.push_back(paragraph.size());
  std::sort(breaks.begin(), breaks.end());
  breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());

  // Pieces between breaks, trimmed; abbreviation breaks undone; empty pieces dropped.
  std::size_t piece_begin = 0;
  for (std::size_t b : breaks) {
    if (b <= piece_begin) continue;
    const std::string_view piece = paragraph.substr(piece_begin, b - piece_begin);
    const std::string_view rest = paragraph.substr(b);
    if (b < paragraph.size() && merge_across(piece, rest, lang)) continue;
    const std::size_t lead = utf8::space_prefix(piece);
    const std::string_view trimmed = utf8::trim(piece);
    if (!trimmed.empty()) {
      Segment s;
      s.span = {piece_begin + lead, piece_begin + lead + trimmed.size()};
      s.text = std::string(trimmed);
      out.push_back(std::move(s));
    }
    piece_begin = b;
  }
  if (!out.empty()) out.front().label = label;
  return out;
}

}  // namespace bitext::text
