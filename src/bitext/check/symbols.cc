#include "bitext/check/symbols.h"

#include "bitext/check/scan.h"

namespace bitext::check {
namespace {

using detail::Cp;

bool is_symbol_char(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '/';
}
bool is_alnum(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> parts;
  std::size_t b = 0;
  for (std::size_t k = 0; k <= s.size(); ++k) {
    if (k == s.size() || s[k] == '/') {
      parts.push_back(s.substr(b, k - b));
      b = k + 1;
    }
  }
  return parts;
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool is_symbol(const std::string& s) {
  const auto parts = split(s);
  if (parts.size() < 2) return false;
  for (const auto& p : parts) {
    if (p.empty()) return false;
  }
  bool digit = false;
  for (char c : s) digit = digit || (c >= '0' && c <= '9');
  if (!digit) return false;       // AIDS/HIV, and/or
  if (s == "24/7") return false;  // round the clock, not resolution 24/7
  if (all_digits(parts[0])) {
    if (parts.size() > 3) return false;
    for (const auto& p : parts) {
      if (!all_digits(p)) return false;
    }
    if (parts.size() == 2 && parts[0].size() == 1 && parts[1].size() == 1) return false;
    if (parts.size() == 2 && parts[1].size() > 4) return false;
    if (parts.size() == 3) {  // 18/12/2019, 12/18/2019: dates, not symbols
      const bool year_last = parts[2].size() == 4;
      const bool small = parts[0].size() <= 2 && parts[1].size() <= 2;
      if (year_last && small) return false;
    }
    return true;
  }
  // Letters first: capitals only in the first part (A, E, S, ST, UNODC).
  for (char c : parts[0]) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) return false;
  }
  return parts[0][0] >= 'A' && parts[0][0] <= 'Z';
}

std::string upper(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = char(c - 32);
  }
  return out;
}

}  // namespace

std::vector<SymbolMention> extract_symbols(std::string_view text) {
  std::vector<SymbolMention> out;
  // Quick exit: no slash (ASCII or full-width) means no symbol.
  if (text.find('/') == std::string_view::npos &&
      text.find("\xEF\xBC\x8F") == std::string_view::npos) {
    return out;
  }
  const std::vector<Cp> cps = detail::decode(text);
  std::size_t i = 0;
  while (i < cps.size()) {
    if (!is_alnum(cps[i].c) || (i > 0 && is_symbol_char(cps[i - 1].c))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::string s;
    while (j < cps.size() && is_symbol_char(cps[j].c)) s += char(cps[j++].c);
    // Trailing punctuation belongs to the sentence: "resolution 74/173." "A/74/400-".
    std::size_t e = j;
    while (!s.empty() && (s.back() == '.' || s.back() == '-' || s.back() == '/')) {
      s.pop_back();
      --e;
    }
    if (is_symbol(s)) {
      SymbolMention m;
      m.symbol = upper(s);
      m.span = detail::span_of(cps, i, e);
      m.text = std::string(text.substr(m.span.begin, m.span.size()));
      out.push_back(std::move(m));
    }
    i = j > i ? j : i + 1;
  }
  return out;
}

bool same_symbol(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const std::string_view& longer = a.size() > b.size() ? a : b;
  const std::string_view& shorter = a.size() > b.size() ? b : a;
  if (shorter.find('/') == std::string_view::npos) return false;
  return longer.size() > shorter.size() &&
         longer.substr(longer.size() - shorter.size()) == shorter &&
         longer[longer.size() - shorter.size() - 1] == '/';
}

}  // namespace bitext::check
