// Build tool: writes the pinyin table of text/pinyin.cc from ICU's Han-Latin transliteration, so
// that the library looks readings up instead of compiling ICU's Han-Latin rules at run time
// (about 0.15 s). Usage: gen_pinyin > pinyin_table.inc

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <memory>
#include <string>

int main() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> transliterator(
      icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !transliterator) {
    std::fprintf(stderr, "gen_pinyin: ICU Han-Latin transliterator unavailable: %s\n",
                 u_errorName(status));
    return 1;
  }
  // CJK Unified Ideographs Extension A and the main block: the characters of names in
  // Simplified and Traditional text.
  constexpr UChar32 kFirst = 0x3400, kLast = 0x9FFF;
  std::printf(
      "// Generated at build time by gen_pinyin from ICU's Han-Latin transliteration: toneless\n"
      "// lower-case pinyin of U+%04X..U+%04X (empty where ICU gives none). Do not edit.\n",
      static_cast<unsigned>(kFirst), static_cast<unsigned>(kLast));
  std::printf("constexpr char32_t kPinyinFirst = 0x%04X;\n", static_cast<unsigned>(kFirst));
  std::printf("constexpr const char* kPinyin[] = {\n");
  for (UChar32 c = kFirst; c <= kLast; ++c) {
    icu::UnicodeString s(c);
    transliterator->transliterate(s);
    std::string utf8, letters;
    s.toUTF8String(utf8);
    for (char ch : utf8) {
      if (ch >= 'a' && ch <= 'z') letters += ch;
    }
    // Untransliterated characters come back as themselves: no letters, no reading.
    std::printf("\"%s\",%s", letters.c_str(), (c - kFirst) % 16 == 15 ? "\n" : "");
  }
  std::printf("};\n");
  return 0;
}
