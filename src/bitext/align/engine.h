#pragma once

// The aligner's engine, internal to the align stage: features, the passes over blocks of
// segments and the judgement of a finished alignment. aligner.cc implements it and line mode;
// documents.cc builds document mode (streams, paragraphs, then sentences) on it.

#include <cstddef>
#include <memory>
#include <vector>

#include "bitext/align/aligner.h"
#include "bitext/align/dictionary.h"
#include "bitext/align/features.h"
#include "bitext/align/method.h"
#include "bitext/core/types.h"

namespace bitext::align {

// A stretch of both sides that no bead crosses.
struct Block {
  IndexRange zh;
  IndexRange en;
};

// Segments cut into consecutive groups: group g is zh [zh_start[g], zh_start[g+1]) and en
// likewise (one more entry than groups on each side).
struct Groups {
  std::vector<std::size_t> zh_start{0};
  std::vector<std::size_t> en_start{0};
  std::size_t size() const { return zh_start.size() - 1; }
  // The segments of group g.
  Block block(std::size_t g) const {
    return {{zh_start[g], zh_start[g + 1]}, {en_start[g], en_start[g + 1]}};
  }
  // Ends the current group where the two sides now end.
  void close(std::size_t zh_end, std::size_t en_end) {
    zh_start.push_back(zh_end);
    en_start.push_back(en_end);
  }
};

// The --dict dictionary, its tokens entered in the vocabularies first; null without one.
std::unique_ptr<Dictionary> load_dictionary(const AlignOptions& options, Vocabulary& zh_vocab,
                                            Vocabulary& en_vocab);

// Aligns the blocks (in order, tiling the groups) with one model learned from all of them, and
// returns the beads group by group, their indices local to the group. `stats` receives the
// model's figures; with `block_group` (the group of each block) `per_group` receives each
// group's own judgement (reversal test, unaligned share).
std::vector<std::vector<Bead>> align_blocks(const std::vector<Segment>& zh,
                                            const std::vector<Segment>& en,
                                            const std::vector<Block>& blocks, const Groups& groups,
                                            const AlignOptions& options, const Method& method,
                                            Vocabulary& zh_vocab, Vocabulary& en_vocab,
                                            const Dictionary* dictionary, AlignStats& stats,
                                            const std::vector<std::size_t>& block_group = {},
                                            std::vector<AlignStats>* per_group = nullptr);

// Line mode over groups, each group one block, one model for all: one finished result per
// group, with its own segments, beads and judgement.
std::vector<AlignResult> align_segment_groups(std::vector<Segment> zh, std::vector<Segment> en,
                                              const Groups& groups, const AlignOptions& options,
                                              const Method& method);

// Completes an alignment from its stats: document score, warnings, confidences capped when
// the texts are unrelated, review flags.
void finish(Alignment& alignment, const AlignStats& stats, const AlignOptions& options);

}  // namespace bitext::align
