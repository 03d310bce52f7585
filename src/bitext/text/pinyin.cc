#include "bitext/text/pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <unordered_map>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"

namespace bitext::text {

const std::string& pinyin(char32_t c) {
  static const std::string kNone;
  if (!utf8::is_han(c)) return kNone;
  // One transliterator (ICU's are not safe to share between threads: used under the lock) and
  // the readings found so far, for all threads: a document aligned on a fresh thread does not
  // pay for them again. Map nodes never move, so a returned reference stays valid.
  static std::mutex mutex;
  static std::unordered_map<char32_t, std::string> readings;
  static std::unique_ptr<icu::Transliterator> transliterator;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = readings.find(c);
  if (it != readings.end()) return it->second;
  if (!transliterator) {
    UErrorCode status = U_ZERO_ERROR;
    transliterator.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                                             UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !transliterator) {
      transliterator.reset();
      throw ResourceError(std::string("ICU Han-Latin transliterator unavailable: ") +
                          u_errorName(status));
    }
  }
  icu::UnicodeString s(static_cast<UChar32>(c));
  transliterator->transliterate(s);
  std::string utf8, letters;
  s.toUTF8String(utf8);
  for (char ch : utf8) {
    if (ch >= 'a' && ch <= 'z') letters += ch;
  }
  return readings.emplace(c, std::move(letters)).first->second;
}

}  // namespace bitext::text
