#include "bitext/core/utf8.h"

namespace bitext::utf8 {
namespace {

// Length of the well-formed sequence starting at s[i], or 0 when it is ill-formed.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 == 0xE0) {
    need = 2, lo = 0xA0;
  } else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) {
    need = 2;
  } else if (b0 == 0xED) {
    need = 2, hi = 0x9F;  // no surrogates
  } else if (b0 == 0xF0) {
    need = 3, lo = 0x90;
  } else if (b0 >= 0xF1 && b0 <= 0xF3) {
    need = 3;
  } else if (b0 == 0xF4) {
    need = 3, hi = 0x8F;
  } else {
    return 0;
  }
  if (i + need >= s.size()) return 0;  // truncated at the end
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  if (b1 < lo || b1 > hi) return 0;
  for (std::size_t k = 2; k <= need; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if (b < 0x80 || b > 0xBF) return 0;
  }
  return need + 1;
}

}  // namespace

char32_t next(std::string_view s, std::size_t& i) {
  const std::size_t n = sequence_length(s, i);
  if (n == 0) {
    ++i;
    return kReplacement;
  }
  const auto b0 = static_cast<unsigned char>(s[i]);
  char32_t c;
  switch (n) {
    case 1:
      c = b0;
      break;
    case 2:
      c = ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      break;
    case 3:
      c = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
          (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      break;
    default:
      c = ((b0 & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
          ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) |
          (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
      break;
  }
  i += n;
  return c;
}

char32_t previous(std::string_view s, std::size_t end, std::size_t& begin) {
  begin = end - 1;
  while (begin > 0 && end - begin < 4 && (static_cast<unsigned char>(s[begin]) & 0xC0) == 0x80) {
    --begin;
  }
  std::size_t i = begin;
  return next(s, i);
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    if (c >= 0xD800 && c <= 0xDFFF) c = kReplacement;
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c <= 0x10FFFF) {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    append(out, kReplacement);
  }
}

std::string encode(char32_t c) {
  std::string out;
  append(out, c);
  return out;
}

std::size_t find_invalid(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = sequence_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) next(s, i);
  return n;
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

bool is_cjk_punct(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F && c != 0x3007) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFE30 && c <= 0xFE4F) || c == 0x2014 ||
         c == 0x2026 || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x00B7 ||
         c == 0x2022;
}

bool is_fullwidth_form(char32_t c) { return c >= 0xFF01 && c <= 0xFF5E; }

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int superscript_digit_value(char32_t c) {
  switch (c) {
    case 0x2070:
      return 0;
    case 0x00B9:
      return 1;
    case 0x00B2:
      return 2;
    case 0x00B3:
      return 3;
    default:
      if (c >= 0x2074 && c <= 0x2079) return static_cast<int>(c - 0x2070);
      return -1;
  }
}

bool is_superscript_digit(char32_t c) { return superscript_digit_value(c) >= 0; }

std::string superscript_digits(std::string_view digits) {
  static constexpr char32_t kDigits[] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074,
                                         0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
  std::string out;
  for (const char c : digits) {
    if (c >= '0' && c <= '9') {
      append(out, kDigits[c - '0']);
    } else {
      out += c;
    }
  }
  return out;
}

std::size_t space_prefix(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    if (!is_space(next(s, j))) break;
    i = j;
  }
  return i;
}

std::string_view trim(std::string_view s) {
  s.remove_prefix(space_prefix(s));
  // Step back over trailing white space code point by code point (only the end is read).
  std::size_t end = s.size();
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 && end - start < 4) {
      --start;
    }
    std::size_t i = start;
    const char32_t c = next(s, i);
    if (i != end || !is_space(c)) break;
    end = start;
  }
  return s.substr(0, end);
}

bool looks_chinese(std::string_view s) {
  std::size_t han = 0, latin = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = next(s, i);
    if (is_han(c)) {
      ++han;
    } else if (is_ascii_alpha(c)) {
      ++latin;
    }
  }
  return han > 0 && han * 3 >= latin;
}

}  // namespace bitext::utf8
