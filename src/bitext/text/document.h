#pragma once

#include <string>

#include "bitext/core/types.h"
#include "bitext/text/decode.h"
#include "bitext/text/sentences.h"

namespace bitext::text {

enum class ParagraphMode {
  kAuto,       // blank-line separated if the file has blank lines between paragraphs, else lines
  kBlankLine,  // paragraphs separated by blank lines; hard-wrapped lines joined
  kLine,       // one segment per line, every line kept (empty lines too), nothing joined;
               // labels at line starts are still parsed, kinds are all body
};

struct SegmentOptions {
  Lang lang = Lang::kUnknown;  // kUnknown: detect from the text (Han vs Latin letters)
  ParagraphMode mode = ParagraphMode::kAuto;
  bool sentences = true;  // fill Paragraph::sentences
  bool keys = true;       // fill Paragraph::key and Segment::key (text::match_key)
  SentenceOptions sentence;
  DecodeOptions decode;
};

// Splits decoded text into paragraphs: joins hard-wrapped lines (English with a space, Chinese
// with none, also across page breaks), strips ideographic indentation, reduces markdown links
// [65/230](#) to their text, finds labels and their nesting levels, kinds (title, heading,
// header/boilerplate, footnote, body), footnote markers, sentences and keys.
//
//   Document d = segment_text(decoded.text, "a.zh.txt", {});
//   for (const Paragraph& p : d.paragraphs) ...
Document segment_text(std::string text, const std::string& name,
                      const SegmentOptions& options = {});

// read_file_bytes + decode + segment_text. Throws InputError for unreadable or undecodable files.
Document load_document(const std::string& path, const SegmentOptions& options = {});

}  // namespace bitext::text
