#pragma once

// Term candidates of one segment: Chinese word n-grams and English token n-grams that neither
// start nor end on a function word, never cross punctuation, digits or script changes.
// Internal to the terms stage.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bitext::terms {

using WordId = std::uint32_t;

// Interned words of one language, thread-safe only for reading.
class Lexicon {
 public:
  WordId id(std::string_view word);
  const std::string& word(WordId id) const { return words_[id]; }
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_map<std::string, WordId> ids_;
  std::vector<std::string> words_;
};

// The words of a segment, and where runs of words end (at punctuation, digits, another script):
// n-grams never cross a run boundary. Produced in parallel, interned afterwards.
struct SplitSegment {
  std::vector<std::string> words;
  std::vector<std::uint32_t> run_ends;  // exclusive end index of each run, ascending
  // Chinese only: indices of words right after a number written in digits (12 月, 94 个), where
  // a single character is a unit or measure word, not the start of a term.
  std::vector<std::uint32_t> after_number;
  // English only: indices of words where a capital says nothing about the term: words that
  // open a sentence or a list item (after . ! ? ; : or a closing bracket, after a label's
  // number, or first in the text), and every word of a title in Title Case.
  std::vector<std::uint32_t> sentence_initial;
};

// Chinese words (ICU dictionary segmentation, Traditional mapped to Simplified), Han runs only.
SplitSegment split_chinese(std::string_view text);

// English words as written (the variant key folds case, hyphens and plurals).
SplitSegment split_english(std::string_view text);

// The Chinese term as written in `original`: candidates are found on Simplified text, so a term
// may stand there in Traditional characters (网络犯罪 written 網絡犯罪). The term itself when it
// is not found.
std::string as_written(std::string_view term, std::string_view original);

// Whether a Chinese word may open or close a term (的, 和, 在, 对 ... may not).
bool chinese_boundary_ok(std::string_view word);
// Whether a single-character function word may still open an unknown word that the dictionary
// segmentation split into characters: 以 in 以扫 (Esau), 所 in 所罗门, 但 in 但以理; a particle
// (的, 了, 和, 在, 是 ...) may not.
bool chinese_name_opener_ok(std::string_view word);

// Whether a Chinese word may stand in a term of several words: not the particles, adverbs,
// modals and markers that belong to a clause (了, 被, 由, 就, 是, 已经, 应当, 说, 请 …):
// 专家组审议了题 and 讨论由以下专题讨论主讲人 are pieces of sentences, where 预防犯罪和刑事司法
// and 合法的权利和利益 are terms.
bool chinese_inner_ok(std::string_view word);

// Whether a Chinese word may end a term: not the ordinal prefix 第, which opens terms (第三方,
// 第一委员会) but ends none (第 1 条, 决议第 …).
bool chinese_closer_ok(std::string_view word);

// Whether a Chinese word may open a term of several words: not 地, which after an adjective is
// the adverb suffix (有效地, 赞赏地注意到: "-ly") and so never opens one, while alone or at a
// term's end it is the noun land, earth (那地, 埃及地 / the land of Egypt).
bool chinese_opener_ok(std::string_view word);
// ASCII letters lowered, other bytes kept (English words and keys).
std::string ascii_lower(std::string_view word);

// Whether an English word may open or close a term (the, of, and, to ... may not).
bool english_boundary_ok(std::string_view word);

// Whether an English word may stand inside a term: content words, and the prepositions,
// articles and conjunctions of names ("Office on Drugs and Crime"); not verbs, auxiliaries or
// pronouns ("state shall develop", "Congress is out of session").
bool english_inner_ok(std::string_view word);

// Whether the word opens resolution paragraphs (Recalling, Noting with concern, Requests,
// Encourages, Invites, Urges … — the preambular and operative verbs of UN resolutions). Where
// it opens a sentence or list item it is a term of one word at most: "Encourages Member States"
// and "Requests the Secretary-General" are a verb and its object, not terms.
bool english_paragraph_verb(std::string_view word);

// Whether the word reads as a verb in the past, written in lower case (considered, adopted,
// decided; not need, hundred): after a capitalized word it is the predicate of a body's name
// ("the Expert Group considered agenda item 2", "the General Assembly decided"), so a term
// stops before it.
bool english_past_verb(std::string_view word);

// Whether the word is a possessive (People's): it does not end a term.
bool english_possessive(std::string_view word);

// The grouping key of an English word: lower-cased, hyphens removed, plural folded
// (programmes -> programme, activities -> activity). Joined without spaces for n-grams, so
// cyber-crime, cyber crime and cybercrime meet.
std::string english_variant_key(std::string_view word);

// Number of code points.
std::size_t chars(std::string_view s);

// Two terms linked crosswise to a coordination: `zh` joins two conjuncts with 和, 及 or 与 and
// `en` with "and" (初步结论和建议 / preliminary conclusions and recommendations); `zh_left`
// ends the first Chinese conjunct and `zh_right` opens the second (结论, 建议); their English
// renderings now (lower case) are `en_of_left` and `en_of_right`. True when `en_of_left` opens
// the second English conjunct and `en_of_right` ends the first (结论 / recommendations, 建议 /
// conclusions): crosswise, where Chinese and English mostly coordinate in the same order. A
// plural ending does not count (conclusion / conclusions).
bool crosses_coordination(std::string_view zh, std::string_view en, std::string_view zh_left,
                          std::string_view zh_right, std::string_view en_of_left,
                          std::string_view en_of_right);

}  // namespace bitext::terms
