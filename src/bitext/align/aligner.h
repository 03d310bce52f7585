#pragma once

// The aligner: pairs Chinese segments with their English originals. Documents are aligned
// paragraph by paragraph (numbering labels, kinds, lengths, cognates), then sentence by sentence
// inside each paragraph bead; pre-split inputs (one segment per line) are aligned directly.
//
//   AlignOptions options;                       // method "lexical", sentence beads
//   AlignResult r = align_documents(load_document("a.zh.txt"), load_document("a.en.txt"), options);
//   for (const Bead& b : r.alignment.beads) ... r.alignment.zh_text(b) ...

#include <string>
#include <vector>

#include "bitext/align/method.h"
#include "bitext/core/types.h"

namespace bitext::align {

struct AlignOptions {
  // Bead scoring method (make_method, method_names()): "lexical" = length model + anchors + IBM-1
  // lexicon learned from the input (default); "length" = length model + anchors only; "gale-church"
  // = the classic character-length cost with fixed priors (a baseline).
  std::string method = "lexical";
  AlignUnit unit = AlignUnit::kSentence;  // documents: paragraph or sentence beads
  double flag_below = 0.5;                // beads with confidence below this are flagged for review
  std::string dictionary;       // optional bilingual dictionary: CC-CEDICT or TSV "zh<TAB>en"
  float han_weight = 3.0f;      // a Han character counts as this many Latin characters of length
  float lexical_lambda = 0.5f;  // weight of IBM-1 against the unigram background when not estimated
  // Estimate that weight per document pair and direction from held-out beads (the cross-fitted
  // folds): a lexicon learned from a few sentences is trusted less than one learned from many.
  bool estimate_lambda = true;
  double temperature = 1.0;                // softens posteriors into calibrated confidences
  std::size_t max_training_beads = 40000;  // lexicon training sample bound (memory/time)
  bool anchors = true;    // use numbering labels, kinds and cognates (off: ablation only)
  bool cross_fit = true;  // score each segment with a lexicon not trained on it (off: ablation)
  unsigned threads = 0;   // threads for lexicon training and scoring; 0 = all cores.
                          // The result does not depend on it.
  double unrelated_below = 0.25;  // document score under which the pair is called unrelated
};

struct AlignStats {
  double log_length_ratio = 0;    // estimated mean of log(en length / zh length)
  double total_length_ratio = 1;  // English / Chinese length of the whole input, same units
  double length_spread_a = 0;     // variance of the log ratio = a + b / length
  double length_spread_b = 0;
  std::size_t band_cells = 0;      // DP cells evaluated in the last pass
  std::size_t training_beads = 0;  // beads the lexicon was trained on
  float lambda_en = 0,
        lambda_zh = 0;  // estimated lexicon weights (last training), 0 = not estimated
  // Evidence that the two sides translate each other, from the final pass: the held-out
  // lexical log-likelihood ratio per token of the non-null beads (near or below 0 for unrelated
  // texts), and the share of segments left in 1-0/0-1 beads.
  double lexical_per_token = 0;
  double null_fraction = 0;
  // Best alignment score minus the best with the English in reverse order, nats per segment
  // (on up to 600 segments): near 0 for unrelated texts; NaN under 20 segments (too short to
  // tell). The same with lengths and anchors only (no lexicon): smaller, but no lexicon learned
  // from the text itself can inflate it. Labels and paragraph kinds count in neither: they line
  // up two texts numbered alike whatever they say.
  double reversal_gain = 0;
  double reversal_length_gain = 0;
  std::size_t reversal_segments = 0;  // segments of the sample the two were measured on
};

struct AlignResult {
  Alignment alignment;
  AlignStats stats;
};

// Aligns two lists of segments as they are (line mode: segment k is line k).
AlignResult align_segments(std::vector<Segment> zh, std::vector<Segment> en,
                           const AlignOptions& options = {});

// Where one document of a concatenation lies on each side (line ranges).
struct DocumentRange {
  IndexRange zh;
  IndexRange en;
};

// Line mode on files that concatenate documents whose boundaries are known: each document is
// aligned on its own (its own length model, priors and lexicon, as a short document is), and
// the beads are returned in one alignment over all segments. The ranges must tile both sides in
// order (ConfigError otherwise); stats are those of the largest document.
AlignResult align_segments_by_document(std::vector<Segment> zh, std::vector<Segment> en,
                                       const std::vector<DocumentRange>& documents,
                                       const AlignOptions& options = {});

// Line mode on two loaded documents: each paragraph (one per line with ParagraphMode::kLine)
// is one segment; the alignment carries the documents' names.
AlignResult align_paragraphs_as_lines(const Document& zh, const Document& en,
                                      const AlignOptions& options = {});

// The segment standing for a whole paragraph.
Segment paragraph_segment(const Paragraph& p);

// Aligns two segmented documents: headers, footnotes and the main text (title, headings, body)
// are aligned as separate streams; with unit kSentence each paragraph bead is then aligned
// sentence by sentence. Beads come out in the order of the Chinese document.
AlignResult align_documents(const Document& zh, const Document& en,
                            const AlignOptions& options = {});

// A Chinese document and its English original.
struct DocumentPair {
  const Document* zh = nullptr;
  const Document* en = nullptr;
};

// Aligns many document pairs as align_documents does each, with one model learned from all of
// them: no bead crosses from one pair to another, each result has its own document score and
// warnings, but the length model, the shape priors and the lexicon are estimated on the whole
// batch — what short documents need (a lexicon learned from one article of a dozen sentences
// is weak). Holds every pair in memory. align_documents is this with one pair. With unit kLine,
// each paragraph (one per line, ParagraphMode::kLine) is one segment and each pair one block,
// as align_paragraphs_as_lines does for one pair.
std::vector<AlignResult> align_documents_together(const std::vector<DocumentPair>& pairs,
                                                  const AlignOptions& options = {});

}  // namespace bitext::align
