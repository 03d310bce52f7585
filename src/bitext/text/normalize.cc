#include "bitext/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"
#include "bitext/text/label.h"

namespace bitext::text {
namespace {

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || n == nullptr) {
    throw ResourceError(std::string("ICU NFKC_Casefold data unavailable: ") + u_errorName(status));
  }
  return *n;
}

const icu::Normalizer2& nfkc_only() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || n == nullptr) {
    throw ResourceError(std::string("ICU NFKC data unavailable: ") + u_errorName(status));
  }
  return *n;
}

std::unique_ptr<icu::Transliterator> hant_hans_transliterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !t) {
    throw ResourceError(std::string("ICU Hant-Hans transliterator unavailable: ") +
                        u_errorName(status));
  }
  return t;
}

// The characters the Hant-Hans transliterator changes, computed once and shared (a frozen set
// is safe to read from any thread): text with none of them (nearly all Simplified text) skips
// the slow transliteration, and is_traditional needs no transliterator at all. The rules'
// source set holds thousands of characters that Simplified text uses too; only those really
// changed are kept.
const icu::UnicodeSet& traditional_characters() {
  static const icu::UnicodeSet set = [] {
    const std::unique_ptr<icu::Transliterator> t = hant_hans_transliterator();
    icu::UnicodeSet candidates, changed_set;
    t->getSourceSet(candidates);
    for (int32_t r = 0; r < candidates.getRangeCount(); ++r) {
      for (UChar32 c = candidates.getRangeStart(r); c <= candidates.getRangeEnd(r); ++c) {
        icu::UnicodeString one(c);
        icu::UnicodeString changed(one);
        t->transliterate(changed);
        if (changed != one) changed_set.add(c);
      }
    }
    changed_set.freeze();
    return changed_set;
  }();
  return set;
}

// The transliterator and the characters it changes. One instance per thread: ICU
// transliterators are not safe to share between threads.
struct HantHans {
  std::unique_ptr<icu::Transliterator> transliterator = hant_hans_transliterator();
  const icu::UnicodeSet& sources = traditional_characters();
};

HantHans& thread_hant_hans() {
  thread_local HantHans instance;
  return instance;
}

bool has_traditional(const icu::UnicodeString& s, const icu::UnicodeSet& sources) {
  return sources.span(s.getBuffer(), s.length(), USET_SPAN_NOT_CONTAINED) <
         static_cast<int32_t>(s.length());
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Collapses white space runs to one ASCII space and trims.
std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII fast path
      ++i;
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out += ' ';
      pending_space = false;
      out += static_cast<char>(b);
      continue;
    }
    const std::size_t start = i;
    const char32_t c = utf8::next(s, i);
    if (utf8::is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

// Han characters spaced out one by one (欢 迎 秘 书 长: a PDF's letter-spaced title or justified
// line, where the text layer has a space for each gap) joined again: a run of three or more
// single Han characters each followed by one space and another. Chinese puts no space between
// its words, so such a run is never text; two are left alone ("大 会" may be two words).
// Whether some space has a Han character on either side: without one, nothing to join.
bool han_space_han(const std::string& text) {
  for (std::size_t p = text.find(' '); p != std::string::npos; p = text.find(' ', p + 1)) {
    if (p == 0 || p + 1 >= text.size()) continue;
    std::size_t before = 0, j = p + 1;
    if (utf8::is_han(utf8::previous(text, p, before)) && utf8::is_han(utf8::next(text, j))) {
      return true;
    }
  }
  return false;
}

std::string unspaced_han(const std::string& text) {
  if (!han_space_han(text)) return text;
  struct Piece {
    std::size_t begin, end;  // bytes of one code point
    bool han;
  };
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    const char32_t c = utf8::next(text, i);
    pieces.push_back({begin, i, utf8::is_han(c)});
  }
  std::vector<bool> drop(pieces.size(), false);  // spaces to leave out
  const auto space = [&](std::size_t k) {
    return k < pieces.size() && pieces[k].end - pieces[k].begin == 1 &&
           text[pieces[k].begin] == ' ';
  };
  for (std::size_t k = 0; k < pieces.size();) {
    // A run: Han, then (space, Han)* with each Han standing alone (no Han right before it).
    if (!pieces[k].han || (k > 0 && pieces[k - 1].han)) {
      ++k;
      continue;
    }
    std::size_t end = k, count = 1;
    while (space(end + 1) && end + 2 < pieces.size() && pieces[end + 2].han &&
           !(end + 3 < pieces.size() && pieces[end + 3].han)) {
      end += 2;
      ++count;
    }
    if (count >= 3) {
      for (std::size_t j = k + 1; j < end; j += 2) drop[j] = true;
      // And the space between the run and Han text beside it (秘 书 长 的报告).
      if (space(end + 1) && end + 2 < pieces.size() && pieces[end + 2].han) drop[end + 1] = true;
      if (k >= 2 && space(k - 1) && pieces[k - 2].han) drop[k - 1] = true;
    }
    k = end + 1;
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    if (!drop[k]) out.append(text, pieces[k].begin, pieces[k].end - pieces[k].begin);
  }
  return out;
}

}  // namespace

std::string to_simplified(std::string_view text) {
  HantHans& hh = thread_hant_hans();
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (!has_traditional(s, hh.sources)) return std::string(text);
  hh.transliterator->transliterate(s);
  return to_utf8(s);
}

bool is_traditional(std::string_view text) {
  const icu::UnicodeSet& sources = traditional_characters();
  std::size_t han = 0, traditional = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    if (!utf8::is_han(c)) continue;
    ++han;
    traditional += sources.contains(static_cast<UChar32>(c)) ? 1 : 0;
  }
  return traditional > 0 && 10 * traditional >= han;
}

std::string single_spaced(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != ' ' && c != '\t') {
      out += c;
      continue;
    }
    if (out.empty() || out.back() != ' ') out += ' ';
  }
  return out;
}

std::string display_text(std::string_view text) {
  if (const std::size_t bullet = list_bullet_length(text);
      bullet > 0 && text.find_first_not_of(" \t", bullet) != std::string_view::npos) {
    text.remove_prefix(text.find_first_not_of(" \t", bullet));
  }
  return unspaced_han(single_spaced(text));
}

std::string nfkc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString out = nfkc_only().normalize(s, status);
  if (U_FAILURE(status)) return std::string(text);
  return to_utf8(out);
}

std::string match_key(std::string_view text) {
  // Ideographic spaces go first: NFKC would turn them into ASCII spaces.
  std::string no_ideographic(text);
  for (std::size_t at = no_ideographic.find("\xE3\x80\x80"); at != std::string::npos;
       at = no_ideographic.find("\xE3\x80\x80", at)) {
    no_ideographic.erase(at, 3);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(no_ideographic.data(), static_cast<int32_t>(no_ideographic.size())));
  icu::UnicodeString folded = nfkc_casefold().normalize(s, status);
  if (U_FAILURE(status)) folded = s;
  HantHans& hh = thread_hant_hans();
  if (has_traditional(folded, hh.sources)) hh.transliterator->transliterate(folded);
  return collapse_space(to_utf8(folded));
}

}  // namespace bitext::text
