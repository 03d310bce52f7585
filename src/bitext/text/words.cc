#include "bitext/text/words.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "bitext/core/error.h"
#include "bitext/core/utf8.h"

namespace bitext::text {
namespace {

// One word break iterator per thread and locale: creating one loads rule data and is slow,
// and ICU break iterators must not be shared between threads.
icu::BreakIterator& thread_word_breaker(Lang lang) {
  thread_local std::unique_ptr<icu::BreakIterator> zh, en;
  std::unique_ptr<icu::BreakIterator>& slot = lang == Lang::kZh ? zh : en;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::BreakIterator::createWordInstance(
        lang == Lang::kZh ? icu::Locale::getChinese() : icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !slot) {
      throw ResourceError(std::string("ICU word break iterator unavailable: ") +
                          u_errorName(status));
    }
  }
  return *slot;
}

}  // namespace

std::vector<Word> words(std::string_view text, Lang lang) {
  std::vector<Word> words;
  if (text.empty()) return words;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw ResourceError("ICU cannot open text for word breaking");
  icu::BreakIterator& breaker = thread_word_breaker(lang);
  breaker.setText(ut, status);
  // With a UTF-8 UText, break positions are byte offsets into `text`.
  int32_t start = breaker.first();
  for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker.next()) {
    const int32_t status_tag = breaker.getRuleStatus();
    if (status_tag < UBRK_WORD_NUMBER) continue;  // UBRK_WORD_NONE: spaces and punctuation
    Word w;
    w.span = {static_cast<std::size_t>(start), static_cast<std::size_t>(end)};
    w.text = std::string(text.substr(w.span.begin, w.span.size()));
    w.is_number = status_tag >= UBRK_WORD_NUMBER && status_tag < UBRK_WORD_NUMBER_LIMIT;
    std::size_t i = 0;
    w.is_han = utf8::is_han(utf8::next(w.text, i));
    words.push_back(std::move(w));
  }
  utext_close(ut);
  return words;
}

}  // namespace bitext::text
