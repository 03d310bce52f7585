#include "input_options.h"

namespace bitext::cli {

void add_input_flags(CLI::App& app, InputFlags& flags) {
  app.add_option("--lang", flags.lang, "language of the document: zh, en or auto (default)")
      ->check(CLI::IsMember({"zh", "en", "auto"}));
  app.add_option("--mode", flags.mode,
                 "paragraphs: auto (default), blank (blank-line separated, wrapped lines "
                 "joined) or line (one segment per line)")
      ->check(CLI::IsMember({"auto", "blank", "line"}));
  app.add_option("--encoding", flags.encoding,
                 "source encoding (GB18030, Big5, UTF-16LE ...); default: detected");
  app.add_flag("--repair", flags.repair,
               "replace ill-formed UTF-8 bytes by U+FFFD instead of failing");
}

text::SegmentOptions to_segment_options(const InputFlags& flags) {
  text::SegmentOptions options;
  if (flags.lang == "zh") options.lang = Lang::kZh;
  if (flags.lang == "en") options.lang = Lang::kEn;
  if (flags.mode == "blank") options.mode = text::ParagraphMode::kBlankLine;
  if (flags.mode == "line") options.mode = text::ParagraphMode::kLine;
  options.decode.encoding = flags.encoding;
  options.decode.repair = flags.repair;
  return options;
}

}  // namespace bitext::cli
