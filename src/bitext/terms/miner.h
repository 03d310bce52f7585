#pragma once

// Glossary mining: from aligned pairs to ranked term pairs with evidence.
//
//   terms::TermsOptions options;            // min_freq 2
//   terms::TermsResult r = terms::mine_terms(pairs, options);
//   for (const TermPair& t : r.terms) ... t.zh, t.en, t.score, t.joint_frequency ...

#include <functional>
#include <string>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::terms {

struct TermsOptions {
  std::size_t top = 0;       // keep the best N pairs (0 = all)
  std::size_t min_freq = 2;  // a term pair must occur together in at least this many beads
  // Longest terms: 16 characters / 8 words, so that 全国人民代表大会常务委员会 (13) and
  // "United Nations Office on Drugs and Crime" (7) fit.
  std::size_t max_zh_chars = 16;      // longest Chinese term, in characters
  std::size_t max_en_words = 8;       // longest English term, in words
  double min_dice = 0.3;              // weakest association kept (Dice of the pair's bead counts)
  std::size_t sample_per_term = 300;  // bead occurrences read to choose a term's English
  std::size_t lexicon_pairs = 50000;  // pairs the word-alignment table is trained on, at most
  // Optional bilingual dictionary (CC-CEDICT or TSV zh<TAB>en, as the aligner's --dict): its
  // senses join the word-alignment table's training, so that small inputs, where terms that
  // always stand together cannot be told apart by counts, pair words as a dictionary does.
  std::string dictionary;
  // Pairs with a side longer than this many words are left out (counted in TermsStats): a whole
  // document given as one pair says nothing about which words translate which, and its
  // co-occurrences grow with the square of its length. Align documents first.
  std::size_t max_pair_words = 1000;
  // fastText: "off" (default: on the gold sets its variants were mostly wrong and the feature
  // did not raise precision, docs/terms.md); "cluster" adds English spelling variants found by
  // subword vectors trained on the input; "feature" also weights pairs by cross-lingual vector
  // similarity (orthogonal Procrustes map fitted on the first linking).
  std::string fasttext = "off";
  std::string model_dir;                // models (<dir>/en.bin, zh.bin) used when the input is too
                                        // small to train on (fewer than min_train_pairs pairs)
  std::size_t min_train_pairs = 300;    // fewer pairs: load models from model_dir instead
  std::size_t max_train_pairs = 20000;  // the vectors are trained on at most this many pairs
  std::string save_models;              // when set, the trained models are saved in this folder
  unsigned threads = 0;                 // 0 = all cores; the result does not depend on it
  // Progress: stage name, done, total. Called from the calling thread.
  std::function<void(const std::string&, std::size_t, std::size_t)> progress;
};

struct TermsStats {
  std::size_t pairs = 0;               // input pairs read
  std::size_t zh_candidates = 0;       // Chinese candidates kept after frequency and termhood
  std::size_t en_candidates = 0;       // English candidates kept after frequency
  std::size_t variant_groups = 0;      // English terms given alternative spellings
  std::size_t fasttext_variants = 0;   // of those alternatives, found by fastText clustering
  std::string vectors;                 // "trained", "loaded", or "none"
  std::size_t long_pairs = 0;          // pairs left out: a side over TermsOptions::max_pair_words
  std::size_t dictionary_entries = 0;  // dictionary senses the word-alignment table learned from
};

struct TermsResult {
  std::vector<TermPair> terms;  // best first
  TermsStats stats;
};

// Mines term pairs: Chinese word n-grams with C-value termhood, English n-grams bounded by stop
// words with variants grouped, paired by bead co-occurrence (Dice) refined by an IBM Model 1
// table trained on the pairs, one English term per Chinese term by competitive linking.
// Ranked by log-likelihood ratio of the pair's bead counts. Throws InputError for no pairs.
TermsResult mine_terms(const std::vector<SegmentPair>& pairs, const TermsOptions& options = {});

}  // namespace bitext::terms
