#include "bitext/io/language.h"

#include "bitext/core/error.h"

namespace bitext::io {

std::string chinese_tag(const text::TraditionalSample& sample, std::string_view declared) {
  if (!declared.empty()) return std::string(declared);
  return sample.traditional() ? "zh-TW" : "zh-CN";
}

std::string chinese_tag(const std::vector<Segment>& segments, std::string_view declared) {
  text::TraditionalSample sample;
  if (declared.empty()) {
    for (const Segment& s : segments) sample.add(s.text);
  }
  return chinese_tag(sample, declared);
}

namespace {

// xsd:language, which xml:lang must match: subtags of 1-8 letters or digits joined by '-', the
// first letters only.
bool well_formed_tag(std::string_view tag) {
  std::size_t subtag = 0, length = 0;
  for (const char c : tag) {
    if (c == '-') {
      if (length == 0) return false;
      ++subtag;
      length = 0;
      continue;
    }
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    if (!letter && !(digit && subtag > 0)) return false;
    if (++length > 8) return false;
  }
  return length > 0;
}

}  // namespace

void check_chinese_tag(std::string_view tag) {
  if (tag.empty()) return;
  if (!well_formed_tag(tag) || parse_lang(tag) != Lang::kZh) {
    throw ConfigError("'" + std::string(tag) +
                      "' is not a Chinese language tag (zh-CN, zh-TW, zh-HK, zh-Hant ...)");
  }
}

}  // namespace bitext::io
