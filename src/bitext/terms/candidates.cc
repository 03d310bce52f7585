#include "bitext/terms/candidates.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_set>
#include <utility>
#include <vector>

#include "bitext/core/utf8.h"
#include "bitext/text/normalize.h"
#include "bitext/text/words.h"

namespace bitext::terms {
namespace {

// Chinese function words that may sit inside a term (预防犯罪和刑事司法委员会) but never at its
// edge.
const std::unordered_set<std::string>& chinese_function_words() {
  static const std::unordered_set<std::string> words = {
      "的",   "得",   "了",   "着",   "过",   "和",     "与",   "及",   "以及", "或",   "或者",
      "并",   "并且", "而",   "且",   "在",   "对",     "对于", "为",   "以",   "于",   "将",
      "把",   "被",   "从",   "向",   "由",   "就",     "也",   "都",   "又",   "还",   "其",
      "之",   "是",   "等",   "这",   "那",   "这些",   "那些", "该",   "此",   "各",   "每",
      "所",   "有",   "没有", "很",   "更",   "最",     "已",   "已经", "应",   "应当", "可",
      "可以", "能",   "能够", "要",   "他",   "她",     "它",   "他们", "我",   "我们", "你",
      "你们", "们",   "说",   "一个", "个",   "中",     "上",   "下",   "内",   "时",   "后",
      "前",   "包括", "关于", "根据", "通过", "按照",   "除",   "如",   "因",   "因为", "所以",
      "但",   "但是", "如果", "则",   "即",   "就是",   "凡",   "乃",   "啊",   "吗",   "呢",
      "吧",   "给",   "使",   "让",   "叫",   "到",     "去",   "来",   "当",   "自",   "同",
      "跟",   "比",   "或是", "以便", "以期", "以及其", "方面", "情况", "有关", "相关", "进行",
      "作出", "予以", "加以", "其他", "其它", "一切",   "所有", "一些", "这个", "那个", "之间",
      "之后", "之前", "以上", "以下", "以来", "等等",   "一",   "二",   "两",   "至",   "直至",
      "截至"};
  return words;
}

const std::unordered_set<std::string>& english_stop_words() {
  static const std::unordered_set<std::string> words = {
      "the",     "a",       "an",     "of",      "and",     "or",      "in",        "on",
      "at",      "to",      "for",    "by",      "with",    "from",    "as",        "that",
      "which",   "who",     "whom",   "whose",   "this",    "these",   "those",     "it",
      "its",     "is",      "are",    "was",     "were",    "be",      "been",      "being",
      "has",     "have",    "had",    "not",     "no",      "nor",     "but",       "if",
      "then",    "than",    "such",   "so",      "into",    "upon",    "unto",      "shall",
      "will",    "would",   "should", "may",     "might",   "can",     "could",     "must",
      "also",    "all",     "any",    "each",    "every",   "other",   "their",     "his",
      "her",     "him",     "he",     "she",     "they",    "them",    "we",        "our",
      "you",     "your",    "i",      "me",      "my",      "there",   "here",      "thereof",
      "therein", "thou",    "thee",   "thy",     "ye",      "said",    "saying",    "did",
      "do",      "does",    "done",   "very",    "more",    "most",    "including", "inter",
      "alia",    "both",    "either", "neither", "own",     "same",    "when",      "where",
      "while",   "what",    "how",    "why",     "whether", "because", "out",       "up",
      "down",    "over",    "under",  "about",   "after",   "before",  "between",   "through",
      "during",  "without", "within", "against", "among",   "per",     "via",       "thus",
      "hath",    "shalt",   "wilt",   "art"};
  return words;
}

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The middle dots Chinese writes between the parts of a foreign name: · ・ •. Inside a name,
// never at a term's edge.
bool is_name_dot(std::string_view gap) {
  return gap == "\xC2\xB7" || gap == "\xE3\x83\xBB" || gap == "\xE2\x80\xA2";
}

void close_run(SplitSegment& s) {
  if (s.run_ends.empty() ? !s.words.empty() : s.run_ends.back() < s.words.size()) {
    s.run_ends.push_back(static_cast<std::uint32_t>(s.words.size()));
  }
}

}  // namespace

std::string ascii_lower(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

WordId Lexicon::id(std::string_view word) {
  auto it = ids_.find(std::string(word));
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<WordId>(words_.size());
  words_.emplace_back(word);
  ids_.emplace(words_.back(), id);
  return id;
}

std::size_t chars(std::string_view s) { return utf8::length(s); }

bool chinese_boundary_ok(std::string_view word) {
  return chinese_function_words().count(std::string(word)) == 0 && !is_name_dot(word);
}

bool chinese_name_opener_ok(std::string_view word) {
  static const std::unordered_set<std::string> particles = {
      "的", "地", "得", "了", "着", "过", "和", "与", "及", "或", "并", "而", "且", "在",
      "对", "是", "把", "被", "将", "就", "也", "都", "又", "还", "这", "那", "该", "此",
      "每", "很", "更", "最", "已", "吗", "呢", "吧", "啊", "们", "个", "之", "等", "中"};
  return particles.count(std::string(word)) == 0 && !is_name_dot(word);
}

bool chinese_closer_ok(std::string_view word) { return word != "第"; }

bool chinese_opener_ok(std::string_view word) { return word != "地"; }

bool chinese_inner_ok(std::string_view word) {
  static const std::unordered_set<std::string> clause_words = {
      "了",   "着", "过", "被", "把",   "由",   "就",   "也",   "都",   "又",
      "还",   "是", "吗", "呢", "吧",   "啊",   "说",   "已经", "应当", "可以",
      "能够", "请", "曾", "正", "在于", "必须", "不得", "应该"};
  return clause_words.count(std::string(word)) == 0;
}

bool english_boundary_ok(std::string_view word) {
  const std::string lower = ascii_lower(word);
  return english_stop_words().count(lower) == 0 && !(lower.size() == 1 && lower != "i");
}

bool english_paragraph_verb(std::string_view word) {
  // The opening words of preambular and operative paragraphs (United Nations Editorial Manual).
  static const std::unordered_set<std::string> verbs = {
      "acknowledging", "affirming",   "alarmed",    "appreciating", "aware",       "bearing",
      "believing",     "cognizant",   "concerned",  "conscious",    "considering", "convinced",
      "deeply",        "deploring",   "desiring",   "determined",   "emphasizing", "encouraged",
      "expressing",    "fully",       "guided",     "having",       "mindful",     "noting",
      "observing",     "reaffirming", "realizing",  "recalling",    "recognizing", "regretting",
      "reiterating",   "seeking",     "stressing",  "taking",       "underlining", "underscoring",
      "welcoming",     "accepts",     "adopts",     "affirms",      "appeals",     "approves",
      "authorizes",    "calls",       "commends",   "condemns",     "confirms",    "decides",
      "declares",      "deplores",    "designates", "determines",   "emphasizes",  "encourages",
      "endorses",      "expresses",   "invites",    "notes",        "proclaims",   "reaffirms",
      "recommends",    "recognizes",  "regrets",    "reiterates",   "reminds",     "renews",
      "requests",      "resolves",    "stresses",   "strongly",     "supports",    "takes",
      "underlines",    "urges",       "welcomes"};
  const std::string lower = ascii_lower(word);
  return verbs.count(lower) != 0;
}

bool english_inner_ok(std::string_view word) {
  const std::string lower = ascii_lower(word);
  if (english_stop_words().count(lower) == 0) return true;
  static const std::unordered_set<std::string> linking = {
      "of", "and", "or",   "on",      "for",   "in",      "the",     "to",
      "at", "by",  "with", "against", "under", "between", "from",    "a",
      "an", "as",  "into", "upon",    "over",  "within",  "without", "per"};
  return linking.count(lower) != 0;
}

bool english_past_verb(std::string_view word) {
  if (word.size() < 5 || word.substr(word.size() - 2) != "ed" || word[0] < 'a' || word[0] > 'z') {
    return false;
  }
  return word.substr(word.size() - 3) != "eed" && word != "hundred" && word != "kindred";
}

bool english_possessive(std::string_view word) {
  return (word.size() > 2 && word.substr(word.size() - 2) == "'s") ||
         (word.size() > 4 && word.substr(word.size() - 4) == "\xE2\x80\x99s");
}

std::string english_variant_key(std::string_view word) {
  // Possessives fold into the noun: People's, People’s -> people.
  for (std::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
    if (word.size() > possessive.size() &&
        word.compare(word.size() - possessive.size(), possessive.size(), possessive) == 0) {
      word.remove_suffix(possessive.size());
      break;
    }
  }
  std::string k;
  k.reserve(word.size());
  for (char c : word) {
    if (c == '-' || c == '\'' || (static_cast<unsigned char>(c) & 0x80) != 0) continue;
    k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const auto ends = [&](std::string_view suffix) {
    return k.size() > suffix.size() &&
           k.compare(k.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  // Words in -s that are not the plural of the word without it (news is not new, economics not
  // economic, arms not arm): their own key.
  static const std::unordered_set<std::string> kNotPlurals = {
      "news", "means", "arms", "customs", "goods", "economics", "politics", "physics", "ethics"};
  if (kNotPlurals.count(k) != 0) return k;
  if (k.size() > 4 && ends("ies")) {
    k.replace(k.size() - 3, 3, "y");
  } else if (k.size() > 4 && (ends("sses") || ends("shes") || ends("ches") || ends("xes"))) {
    k.resize(k.size() - 2);
  } else if (k.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    k.pop_back();
  }
  return k;
}

std::string as_written(std::string_view term, std::string_view original) {
  if (term.empty() || original.find(term) != std::string_view::npos) return std::string(term);
  const std::size_t length = utf8::length(term);
  std::vector<std::size_t> starts;  // byte offset of each code point, and the end
  for (std::size_t i = 0; i < original.size();) {
    starts.push_back(i);
    utf8::next(original, i);
  }
  starts.push_back(original.size());
  for (std::size_t k = 0; k + length < starts.size(); ++k) {
    const std::string_view window = original.substr(starts[k], starts[k + length] - starts[k]);
    if (text::to_simplified(window) == term) return std::string(window);
  }
  return std::string(term);
}

SplitSegment split_chinese(std::string_view text) {
  const std::string simplified = text::to_simplified(text);
  SplitSegment out;
  std::size_t last_end = 0;
  bool number_before = false;  // the last word was a number, with at most spaces since
  std::size_t latin_end = std::string::npos;  // where the last Latin word ended
  bool last_han = false;                      // the last word was Han
  for (const text::Word& w : text::words(simplified, Lang::kZh)) {
    // A gap (punctuation, space) or a non-Han word ends the current run.
    const std::string_view gap_text =
        std::string_view(simplified)
            .substr(last_end, w.span.begin > last_end ? w.span.begin - last_end : 0);
    const bool gap = w.span.begin != last_end;
    if (gap_text.find_first_not_of(' ') != std::string_view::npos) number_before = false;
    last_end = w.span.end;
    // The dot between the parts of a transliterated name (唐纳德·特朗普, 安东尼奥·古特雷斯)
    // joins them: it stays in the run as a word that neither opens nor closes a term.
    const bool name_dot = w.is_han && last_han && is_name_dot(gap_text);
    if (name_dot) {
      out.words.emplace_back(gap_text);
    } else if (gap) {
      close_run(out);
    }
    last_han = w.is_han;
    if (!w.is_han) {
      close_run(out);
      // A number glued to a Latin word (COVID-19, G20, H5N1) is part of a name, not a quantity: the
      // character after it may open a term (COVID-19大流行).
      const bool named = latin_end != std::string::npos &&
                         (w.span.begin == latin_end ||
                          (w.span.begin == latin_end + 1 && simplified[latin_end] == '-'));
      const bool letters = std::any_of(w.text.begin(), w.text.end(), [](char c) {
        return utf8::is_ascii_alpha(static_cast<unsigned char>(c));
      });  // G20, H5N1
      number_before = w.is_number && !named && !letters;
      latin_end = w.is_number ? std::string::npos : w.span.end;
      continue;
    }
    latin_end = std::string::npos;
    if (number_before) out.after_number.push_back(static_cast<std::uint32_t>(out.words.size()));
    number_before = false;
    out.words.push_back(w.text);
  }
  close_run(out);
  return out;
}

SplitSegment split_english(std::string_view text) {
  SplitSegment out;
  std::size_t i = 0;
  bool opens = true;  // the next word opens a sentence or a list item
  while (i < text.size()) {
    const char c = text[i];
    if (is_word_byte(c)) {
      std::size_t j = i;
      bool digit = false;
      for (;;) {
        if (j < text.size() && is_word_byte(text[j])) {
          digit |= text[j] >= '0' && text[j] <= '9';
          ++j;
        } else if (j + 1 < text.size() && (text[j] == '-' || text[j] == '\'') &&
                   is_word_byte(text[j + 1])) {
          ++j;
        } else if (text.compare(j, 3, "\xE2\x80\x99") == 0 && j + 3 < text.size() &&
                   is_word_byte(text[j + 3])) {  // People’s
          j += 3;
        } else {
          break;
        }
      }
      const std::string_view word = text.substr(i, j - i);
      if (digit) {
        close_run(out);  // numbers are not term words, and terms do not run across them
        // A label opening the segment ("Article 105 Local people's governments ..."): the
        // word after its number opens the text.
        if (out.words.size() == 1) opens = true;
      } else {
        if (opens) out.sentence_initial.push_back(static_cast<std::uint32_t>(out.words.size()));
        out.words.emplace_back(word);
        opens = false;
      }
      i = j;
      continue;
    }
    if (c != ' ' && c != '\t') close_run(out);  // punctuation and non-ASCII end a run
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ')') opens = true;
    std::size_t step = i;
    utf8::next(text, step);
    i = step;
  }
  close_run(out);
  // A title in Title Case ("Local People's Congresses and Local People's Governments at
  // Various Levels"): its capitals say nothing either. It does not end in punctuation (a
  // sentence or a list of names does), and most of its words of four letters or more, at least
  // three, start with a capital.
  const std::size_t last = text.find_last_not_of(" \t\r\n");
  if (last == std::string_view::npos ||
      std::string_view(".,;:!?").find(text[last]) != std::string_view::npos) {
    return out;
  }
  std::size_t long_words = 0, capitalised = 0;
  for (const std::string& w : out.words) {
    if (w.size() < 4) continue;
    ++long_words;
    capitalised += w[0] >= 'A' && w[0] <= 'Z';
  }
  if (capitalised >= 3 && 5 * capitalised >= 4 * long_words) {
    out.sentence_initial.resize(out.words.size());
    std::iota(out.sentence_initial.begin(), out.sentence_initial.end(), 0u);
  }
  return out;
}

bool crosses_coordination(std::string_view zh, std::string_view en, std::string_view zh_left,
                          std::string_view zh_right, std::string_view en_of_left,
                          std::string_view en_of_right) {
  const std::size_t e_and = en.find(" and ");
  if (e_and == std::string_view::npos || zh_left.empty() || zh_right.empty()) return false;
  const std::string_view e_first = en.substr(0, e_and), e_second = en.substr(e_and + 5);
  const std::string_view last = e_first.substr(e_first.rfind(' ') + 1);
  const std::string_view opening = e_second.substr(0, e_second.find(' '));
  // Equal, or equal but for a plural ending.
  const auto same = [](std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);
    return a == b || (a.size() == b.size() + 1 && a.back() == 's' && a.substr(0, b.size()) == b);
  };
  if (!same(en_of_left, opening) || !same(en_of_right, last)) return false;
  for (std::string_view conjunction : {"和", "及", "与"}) {
    const std::size_t at = zh.find(conjunction);
    if (at == std::string_view::npos) continue;
    const std::string_view first = zh.substr(0, at), second = zh.substr(at + conjunction.size());
    if (first.size() >= zh_left.size() && first.substr(first.size() - zh_left.size()) == zh_left &&
        second.substr(0, zh_right.size()) == zh_right) {
      return true;
    }
  }
  return false;
}

}  // namespace bitext::terms
