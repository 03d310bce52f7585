#include "bitext/check/scan.h"

#include "bitext/core/utf8.h"

namespace bitext::check::detail {

std::vector<Cp> decode(std::string_view text) {
  std::vector<Cp> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t begin = i;
    char32_t c = utf8::next(text, i);
    if (c >= 0xFF01 && c <= 0xFF5E) c = c - 0xFF01 + 0x21;
    if (c == 0x3000) c = ' ';
    out.push_back({c, begin, i});
  }
  return out;
}

bool is_blank(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || (c >= 0x2000 && c <= 0x200B);
}

bool is_dash(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
         c == 0x2212 || c == 0xFE63 || c == '~' || c == 0x301C;
}

bool at(const std::vector<Cp>& cps, std::size_t i, std::u32string_view word, bool ignore_case) {
  if (i + word.size() > cps.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char32_t a = ignore_case ? lower(cps[i + k].c) : cps[i + k].c;
    const char32_t b = ignore_case ? lower(word[k]) : word[k];
    if (a != b) return false;
  }
  return true;
}

std::size_t skip_blanks(const std::vector<Cp>& cps, std::size_t i) {
  while (i < cps.size() && is_blank(cps[i].c)) ++i;
  return i;
}

std::size_t back_blanks(const std::vector<Cp>& cps, std::size_t i) {
  while (i > 0 && is_blank(cps[i - 1].c)) --i;
  return i;
}

std::size_t word_end(const std::vector<Cp>& cps, std::size_t i) {
  while (i < cps.size() && is_latin(cps[i].c)) ++i;
  return i;
}

std::string lower_word(const std::vector<Cp>& cps, std::size_t b, std::size_t e) {
  std::string out;
  out.reserve(e - b);
  for (std::size_t k = b; k < e; ++k) utf8::append(out, lower(cps[k].c));
  return out;
}

std::vector<bool> blocked(const std::vector<Cp>& cps, const std::vector<Span>& spans) {
  std::vector<bool> out(cps.size(), false);
  if (spans.empty()) return out;
  for (std::size_t k = 0; k < cps.size(); ++k) {
    for (const Span& s : spans) {
      if (cps[k].begin >= s.begin && cps[k].end <= s.end) {
        out[k] = true;
        break;
      }
    }
  }
  return out;
}

}  // namespace bitext::check::detail
