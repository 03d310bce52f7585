#pragma once

#include <string_view>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::text {

struct SentenceOptions {
  bool split_semicolons = true;  // also end sentences at ； and ; (UN clauses), both languages
};

// Sentences of one paragraph: ICU sentence break plus Chinese rules (。！？； with closing quotes
// and brackets kept on the sentence they close) and English abbreviation suppression (No., Mr.,
// e.g., i.e., para., U.N., etc.). A numbering label opening the paragraph stays with the first
// sentence. Spans are byte offsets into `paragraph`; the sentences cover all its non-space text.
//
//   auto s = split_sentences("1. Welcomes the report. Notes para. 3 of it.", Lang::kEn);
//   // {"1. Welcomes the report.", "Notes para. 3 of it."}
std::vector<Segment> split_sentences(std::string_view paragraph, Lang lang,
                                     const SentenceOptions& options = {});

// Whether `text` (trimmed) is only the conjunction that closes a list item ("...; and",
// "……；以及"): and, or, and/or, 以及, 及, 和, 或, 或者, 并, 并且, 而且.
bool is_list_conjunction(std::string_view text);

}  // namespace bitext::text
