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

}  // namespace bitext::text
