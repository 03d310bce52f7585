#include "bitext/align/features.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <unordered_set>

#include "bitext/core/utf8.h"
#include "bitext/text/normalize.h"
#include "bitext/text/numerals.h"
#include "bitext/text/pinyin.h"
#include "bitext/text/structure.h"

namespace bitext::align {

TokenId Vocabulary::add(std::string_view token) {
  auto it = ids_.find(std::string(token));
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<TokenId>(tokens_.size());
  tokens_.emplace_back(token);
  ids_.emplace(tokens_.back(), id);
  return id;
}

TokenId Vocabulary::find(std::string_view token) const {
  auto it = ids_.find(std::string(token));
  return it == ids_.end() ? kUnknown : it->second;
}

float length_of(std::string_view text, Lang lang, float han_weight) {
  float length = 0;
  bool after_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    const bool space = utf8::is_space(c);
    if (utf8::is_han(c) || (utf8::is_cjk_punct(c) && !space)) {
      length += han_weight;
    } else if (c >= 0x3040 && c <= 0x30FF) {  // kana
      length += han_weight;
    } else if (!space || (lang == Lang::kEn && !after_space)) {
      // A run of spaces is one word gap in English, however wide the layout made it
      // ("United Nations          A/RES/74/247"); Chinese does not space its words.
      length += 1;
    }
    after_space = space;
  }
  return length;
}

namespace {

bool is_word_char(char32_t c) {
  return utf8::is_ascii_alpha(c) || utf8::is_ascii_digit(c) ||
         (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
}

char32_t fold_width(char32_t c) { return utf8::is_fullwidth_form(c) ? c - 0xFF01 + 0x21 : c; }

char32_t lower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

std::string_view after_spaces(std::string_view s) {
  const std::size_t k = s.find_first_not_of(' ');
  return k == std::string_view::npos ? std::string_view() : s.substr(k);
}

// Whether `rest` starts with the lower-case ASCII `word` in any case, as a whole word.
bool starts_with_word(std::string_view rest, std::string_view word) {
  if (rest.size() < word.size()) return false;
  for (std::size_t q = 0; q < word.size(); ++q) {
    if (std::tolower(static_cast<unsigned char>(rest[q])) != word[q]) return false;
  }
  return rest.size() == word.size() ||
         !utf8::is_ascii_alpha(static_cast<unsigned char>(rest[word.size()]));
}

// "5.30" before "p.m." (or "a.m.", "10.05am"): a time, which the Chinese writes 5时30分 or
// 5点30分, two numbers. `word` is the digit word as the cognates hold it (lower case), `rest`
// the text after it. The length of the H.MM part, or 0 when it is no time.
std::size_t clock_time(const std::string& word, std::string_view rest) {
  const std::size_t dot = word.find('.');
  if (dot == std::string::npos || dot == 0 || dot > 2 || word.size() < dot + 3) return 0;
  for (std::size_t q = 0; q < dot + 3; ++q) {
    if (q != dot && !utf8::is_ascii_digit(static_cast<unsigned char>(word[q]))) return 0;
  }
  const std::string_view glued = std::string_view(word).substr(dot + 3);
  if (glued == "am" || glued == "pm") return dot + 3;
  if (!glued.empty()) return 0;
  for (std::string_view suffix : {"a.m.", "p.m.", "am", "pm"}) {
    if (starts_with_word(after_spaces(rest), suffix)) return dot + 3;
  }
  return 0;
}

// A number followed by its scale word: 1100万, 1.25 亿, 2万亿 (Chinese); 120 million, 1.2
// billion, 3 thousand, 2bn (English). Its value in plain digits ("11000000"), so that the two
// ways of writing it meet (1100万 and 11 million); empty when `word` (the digit word as the
// cognates hold it) is no plain number or no scale word follows it in `rest`.
std::string scaled_number(const std::string& word, std::string_view rest, Lang lang) {
  std::string_view digits = word;
  double scale = 0;
  if (lang == Lang::kEn && digits.size() > 2 && digits.substr(digits.size() - 2) == "bn") {
    digits.remove_suffix(2);
    scale = 1e9;
  }
  if (digits.empty() || digits.size() > 15 || digits.front() == '.' || digits.back() == '.' ||
      std::count(digits.begin(), digits.end(), '.') > 1 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) {
        return c == '.' || utf8::is_ascii_digit(static_cast<unsigned char>(c));
      })) {
    return {};
  }
  if (scale == 0) {
    rest = after_spaces(rest);
    if (lang == Lang::kZh) {
      for (const auto& [unit, value] :
           {std::pair<std::string_view, double>{"万亿", 1e12}, {"亿", 1e8}, {"万", 1e4}}) {
        if (scale == 0 && rest.substr(0, unit.size()) == unit) scale = value;
      }
    } else {
      static constexpr std::pair<std::string_view, double> kScales[] = {
          {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
      for (const auto& [name, value] : kScales) {
        if (starts_with_word(rest, name)) scale = value;
      }
    }
  }
  if (scale == 0) return {};
  const double value = std::round(std::stod(std::string(digits)) * scale);
  if (!(value < 1e18)) return {};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.0f", value);
  return buffer;
}

// The number of a month named in full (lower case): "december" -> 12; 0 for other words.
int month_number(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  for (int k = 0; k < 12; ++k) {
    if (word == kMonths[k]) return k + 1;
  }
  return 0;
}

}  // namespace

SideFeatures extract_features(const std::vector<Segment>& segments, Lang lang, Vocabulary& vocab,
                              float han_weight) {
  SideFeatures side;
  side.lang = lang;
  side.segments.reserve(segments.size());
  text::TraditionalSample sample;
  if (lang == Lang::kZh) {
    for (const Segment& segment : segments) sample.add(segment.text);
  }
  const bool traditional = sample.traditional();
  std::string word;
  for (const Segment& segment : segments) {
    SegmentFeatures f;
    f.length = length_of(segment.text, lang, han_weight);
    f.label = segment.label;
    f.kind = segment.kind;
    if (segment.kind == ParagraphKind::kHeader) {
      f.masthead = static_cast<unsigned char>(text::masthead_field(segment.text));
    }
    // A text in Traditional characters is read as Simplified: the lexicon then meets a
    // dictionary's Simplified entries (CC-CEDICT's second column) and the other documents of a
    // batch. Only such a text: the mapping also folds a few characters Simplified text uses
    // (份, 俱, 跤), which a Simplified text keeps.
    const std::string simplified = traditional ? text::to_simplified(segment.text) : std::string();
    const std::string_view text =
        traditional ? std::string_view(simplified) : std::string_view(segment.text);
    // Skip the label itself: its number is matched through Label, not as a cognate.
    std::size_t i = segment.label.empty() ? 0 : std::min(segment.label.length, text.size());
    // UN Chinese writes thousands with spaces (5 000 美元): read as the English 5,000 is.
    const std::vector<std::size_t> thousands =
        lang == Lang::kZh ? text::thousands_spaces(text) : std::vector<std::size_t>();
    bool word_has_digit = false;
    std::size_t word_start = 0, word_end = 0;
    std::size_t number_end = std::string_view::npos;  // where the last digit word ended
    auto only_spaces = [&](std::size_t from, std::size_t to) {
      return from <= to &&
             text.substr(from, to - from).find_first_not_of(' ') == std::string_view::npos;
    };
    auto flush = [&]() {
      if (word.empty()) return;
      const std::string_view rest = text.substr(word_end);
      if (const std::size_t n = word_has_digit && lang == Lang::kEn ? clock_time(word, rest) : 0;
          n > 0) {
        const std::size_t dot = word.find('.');
        f.cognates.push_back(word.substr(0, dot));  // 5.30 p.m.: 5 and 30, as 5时30分 gives
        f.cognates.push_back(word.substr(dot + 1, n - dot - 1));
      } else if (word_has_digit) {
        std::string scaled = scaled_number(word, rest, lang);
        f.cognates.push_back(scaled.empty() ? word : std::move(scaled));
        number_end = word_end;
      } else if (lang == Lang::kEn) {
        f.tokens.push_back(vocab.add(word));
        // 18 December 2019, December 18: the month's number, as 12月 gives.
        const std::string_view next = after_spaces(rest);
        const bool number_before =
            number_end != std::string_view::npos && only_spaces(number_end, word_start);
        const bool number_after = next.size() < rest.size() && !next.empty() &&
                                  utf8::is_ascii_digit(static_cast<unsigned char>(next.front()));
        if (const int month = month_number(word); month > 0 && (number_before || number_after)) {
          f.cognates.push_back(std::to_string(month));
        }
      } else if (word.size() > 1) {
        f.cognates.push_back(word);  // a Latin word inside Chinese text: UNODC, COVID
        f.tokens.push_back(vocab.add(word));
      }
      word.clear();
      word_has_digit = false;
    };
    while (i < text.size()) {
      const std::size_t at = i;
      const char32_t raw = utf8::next(text, i);
      const char32_t c = fold_width(raw);
      if (word_has_digit && std::binary_search(thousands.begin(), thousands.end(), at)) continue;
      if (utf8::is_han(c)) {
        flush();
        if (lang == Lang::kZh) f.tokens.push_back(vocab.add(utf8::encode(c)));
        continue;
      }
      // A footnote marker in superscript (²) is a number of its own, as a PDF's text prints it
      // in plain digits ("International Security, 2") or glued ("session,1").
      if (utf8::is_superscript_digit(c)) {
        flush();
        std::string marker(1, static_cast<char>('0' + utf8::superscript_digit_value(c)));
        for (std::size_t j = i; j < text.size();) {
          const std::size_t before = j;
          const char32_t d = utf8::next(text, j);
          if (!utf8::is_superscript_digit(d)) {
            j = before;
            break;
          }
          marker += static_cast<char>('0' + utf8::superscript_digit_value(d));
          i = j;
        }
        f.cognates.push_back(std::move(marker));
        continue;
      }
      if (is_word_char(c) ||
          (!word.empty() && word_has_digit && (c == '.' || c == ',' || c == '/') &&
           i < text.size() && utf8::is_ascii_digit(static_cast<unsigned char>(text[i])))) {
        // Digits keep their inner . , / (1.2, 3,000, 65/230); commas are dropped so that
        // 3,000 and 3000 meet.
        if (word.empty()) word_start = at;
        if (c != ',') utf8::append(word, lower(c));
        word_end = i;
        word_has_digit |= utf8::is_ascii_digit(c);
        continue;
      }
      if (c == '\'' || c == 0x2019) {  // keep "state's" as "state" + drop the clitic
        flush();
        continue;
      }
      flush();
    }
    flush();
    std::vector<TokenId> sorted = f.tokens;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t k = 0; k < sorted.size();) {
      std::size_t e = k;
      while (e < sorted.size() && sorted[e] == sorted[k]) ++e;
      f.bag.push_back({sorted[k], static_cast<std::uint32_t>(e - k)});
      k = e;
    }
    side.segments.push_back(std::move(f));
  }
  return side;
}

namespace {

constexpr std::size_t kMinNameLetters = 4;  // two syllables at least: "lima", not "li"

// Runs of capitalised ASCII words (Xi Jinping, Lin Daiyu, Beijing), each run's spellings in
// lower case: every word and every two neighbours joined, of kMinNameLetters letters or more.
std::vector<std::vector<std::string>> english_name_runs(
    std::string_view text, const std::unordered_set<std::string>& lower_case) {
  std::vector<std::vector<std::string>> runs;
  std::vector<std::string> words;
  auto close = [&]() {
    std::vector<std::string> spellings;
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (words[k].size() >= kMinNameLetters) spellings.push_back(words[k]);
      if (k + 1 < words.size()) spellings.push_back(words[k] + words[k + 1]);
    }
    if (!spellings.empty()) runs.push_back(std::move(spellings));
    words.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!utf8::is_ascii_alpha(c)) {
      // A single space continues a run of names; anything else ends it.
      if (c != ' ' || i + 1 >= text.size() || !(text[i + 1] >= 'A' && text[i + 1] <= 'Z')) close();
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && utf8::is_ascii_alpha(static_cast<unsigned char>(text[j]))) ++j;
    bool name = text[i] >= 'A' && text[i] <= 'Z' && j - i >= 2;
    for (std::size_t k = i + 1; k < j && name; ++k) name = text[k] >= 'a' && text[k] <= 'z';
    std::string w(text.substr(i, j - i));
    w[0] = static_cast<char>(w[0] - 'A' + 'a');
    if (name && lower_case.count(w) == 0) {
      words.push_back(std::move(w));
    } else {
      close();
    }
    i = j;
  }
  close();
  return runs;
}

// The pinyin of every run of 2-4 consecutive Han characters, with `keep` deciding which stay.
template <class Keep>
std::vector<std::string> chinese_name_pinyin(std::string_view text, Keep&& keep) {
  std::vector<std::string> out;
  std::vector<std::string_view> syllables;
  auto close = [&]() {
    for (std::size_t s = 0; s < syllables.size(); ++s) {
      std::string joined(syllables[s]);
      for (std::size_t e = s + 1; e < syllables.size() && e < s + 4; ++e) {
        joined += syllables[e];
        if (joined.size() >= kMinNameLetters && keep(joined)) out.push_back(joined);
      }
    }
    syllables.clear();
  };
  // Characters that transliterations do not use: particles, pronouns, common verbs (吃了 is
  // no "Chile", 我们 no "Women").
  static constexpr std::u32string_view kNotInNames =
      U"了的是在和不也有我你他她们这那就都吃说很会要能去来着过得地之与及或而把被让给对从向于";
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    const std::string_view p =
        kNotInNames.find(c) == std::u32string_view::npos ? text::pinyin(c) : std::string_view();
    if (p.empty()) {
      close();
    } else {
      syllables.push_back(p);
    }
  }
  close();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

NameFeatures find_names(const std::vector<Segment>& zh_segments,
                        const std::vector<Segment>& en_segments) {
  NameFeatures names;
  names.zh.resize(zh_segments.size());
  names.en.resize(en_segments.size());
  // Words the English also writes in lower case are ordinary words capitalised at a sentence
  // start (Women, Take, Like), not names, however their letters read as pinyin (我们, 他可).
  std::unordered_set<std::string> lower_case;
  for (const Segment& s : en_segments) {
    const std::string_view text = s.text;
    for (std::size_t i = 0; i < text.size();) {
      std::size_t j = i;
      while (j < text.size() && utf8::is_ascii_alpha(static_cast<unsigned char>(text[j]))) ++j;
      if (j > i && text[i] >= 'a' && text[i] <= 'z') lower_case.emplace(text.substr(i, j - i));
      i = j > i ? j : i + 1;
    }
  }
  std::unordered_set<std::string> spelled;
  for (std::size_t j = 0; j < en_segments.size(); ++j) {
    names.en[j] = english_name_runs(en_segments[j].text, lower_case);
    for (const auto& run : names.en[j]) spelled.insert(run.begin(), run.end());
  }
  if (spelled.empty()) return names;  // no English name, so every run list is empty
  std::unordered_set<std::string> found;
  for (std::size_t i = 0; i < zh_segments.size(); ++i) {
    names.zh[i] = chinese_name_pinyin(zh_segments[i].text,
                                      [&](const std::string& s) { return spelled.count(s) != 0; });
    found.insert(names.zh[i].begin(), names.zh[i].end());
  }
  for (auto& runs : names.en) {
    for (auto& run : runs) {
      run.erase(std::remove_if(run.begin(), run.end(),
                               [&](const std::string& s) { return found.count(s) == 0; }),
                run.end());
    }
    runs.erase(std::remove_if(runs.begin(), runs.end(),
                              [](const std::vector<std::string>& run) { return run.empty(); }),
               runs.end());
  }
  return names;
}

void attach_names(NameFeatures names, SideFeatures& zh, SideFeatures& en) {
  for (std::size_t i = 0; i < names.zh.size() && i < zh.segments.size(); ++i) {
    zh.segments[i].name_pinyin = std::move(names.zh[i]);
  }
  for (std::size_t j = 0; j < names.en.size() && j < en.segments.size(); ++j) {
    en.segments[j].names = std::move(names.en[j]);
  }
}

void link_latin_cognates(SideFeatures& zh, SideFeatures& en, const Vocabulary& en_vocab) {
  auto latin_word = [](const std::string& c) {
    return std::none_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  std::unordered_set<std::string> latin;
  for (SegmentFeatures& f : zh.segments) {
    // Once each per segment, as on the English side.
    std::unordered_set<std::string> seen;
    f.cognates.erase(std::remove_if(f.cognates.begin(), f.cognates.end(),
                                    [&](const std::string& c) {
                                      return latin_word(c) && !seen.insert(c).second;
                                    }),
                     f.cognates.end());
    latin.insert(seen.begin(), seen.end());
  }
  if (latin.empty()) return;
  for (SegmentFeatures& f : en.segments) {
    for (const TokenCount& t : f.bag) {
      if (latin.count(en_vocab.token(t.token)) != 0) f.cognates.push_back(en_vocab.token(t.token));
    }
  }
}

}  // namespace bitext::align
