#pragma once

// Filters on the ranked term pairs that judge a pair by the pairs ranked beside it. Internal to
// the terms stage (mine_terms runs them after ranking).

#include <cstddef>
#include <string>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::terms {

// Letters of a rendering, lower-cased, without spaces or punctuation: containment on these
// tolerates plurals and derivations (social in socialism, congress in congresses).
std::string letters_of(const std::string& s);

// A clause-like term given one English word that leaves out the rendering of a better-ranked
// term inside it is a clause paired with one of its words (专家组的工作 / "work" beside 专家组 /
// "Expert Group"; 本公约另有规定外 / "offences"): dropped.
void drop_incomplete_renderings(std::vector<TermPair>& terms);

// A pair one side of which reaches over a term the other side leaves out: where it was found,
// the left-out term's counterpart stands beside the pair on the other side, not inside it.
// 私营部门和民间社会合作 / "private sector and civil society" (…合作 = "cooperation with the
// private sector and civil society", 合作 / cooperation being a pair of its own), 本国 /
// "national legislation" (本国立法, 立法 / legislation). `beads[k]` are the indices in `pairs` of
// beads holding both sides of terms[k] (its examples); the inner pairs are those found in at
// least as many beads. Dropped when more than half of a pair's beads say so.
void drop_overextended(std::vector<TermPair>& terms,
                       const std::vector<std::vector<std::size_t>>& beads,
                       const std::vector<SegmentPair>& pairs);

}  // namespace bitext::terms
