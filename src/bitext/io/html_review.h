#pragma once

// The review page of an alignment: one self-contained HTML file (no network), zh | en side by
// side with labels and confidence, 1-0/0-1 and low-confidence beads highlighted, a filter to show
// only flagged beads, keyboard navigation between them (n / p, or j / k), and an alignment map
// (inline SVG) where each bead is a mark that links to its row.
//
//   AtomicOutput out("review.html");
//   io::write_review_html(alignment, out.stream(), {});

#include <iosfwd>
#include <string>

#include "bitext/core/types.h"

namespace bitext::io {

struct ReviewOptions {
  std::string title;                 // page title; default from the file names
  std::size_t max_map_marks = 4000;  // the map keeps every flagged bead and thins the others
                                     // evenly above this many
  std::string zh_tag;  // lang of the Chinese cells; empty = zh-TW for Traditional text, else zh-CN
};

void write_review_html(const Alignment& alignment, std::ostream& out, const ReviewOptions& options);

}  // namespace bitext::io
