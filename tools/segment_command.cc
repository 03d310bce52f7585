// bitext segment FILE: how the text stage sees a document, one paragraph per line.

#include <nlohmann/json.hpp>

#include <iostream>

#include "bitext/core/file_io.h"
#include "bitext/text/document.h"
#include "cli.h"
#include "commands.h"
#include "input_options.h"

namespace bitext::cli {

int run_segment(int argc, char** argv) {
  CLI::App app{
      "Show how a document is split: paragraphs with their kind, numbering label and "
      "level, text, sentences and footnote markers.",
      "bitext segment"};
  std::string input, output = "-", format;
  InputFlags flags;
  app.add_option("FILE", input, "document to segment ('-' for standard input)")->required();
  add_input_flags(app, flags);
  app.add_option("-o,--output", output, "output file ('-' for standard output)");
  app.add_option("--format", format, "jsonl (default) or text")
      ->check(CLI::IsMember({"jsonl", "text"}));
  if (auto code = parse(app, argc, argv)) return *code;

  return guard("segment", [&]() {
    const text::SegmentOptions options = to_segment_options(flags);
    const Document doc = text::load_document(input, options);
    if (doc.repairs > 0) {
      warn("segment", input + ": replaced " + std::to_string(doc.repairs) +
                          " ill-formed UTF-8 bytes with U+FFFD");
    }
    const std::string fmt = format_for(format, output, "jsonl");
    AtomicOutput out(output);
    std::ostream& os = out.stream();
    for (const Paragraph& p : doc.paragraphs) {
      if (fmt == "text") {
        os << p.index << '\t' << kind_name(p.kind) << '\t' << p.label.text << '\t' << p.label.number
           << '\t' << p.label.level << '\t' << p.text << '\n';
        continue;
      }
      nlohmann::json j;
      j["index"] = p.index;
      j["kind"] = kind_name(p.kind);
      j["label"] = p.label.text;
      j["number"] = p.label.number;
      j["style"] = label_style_name(p.label.style);
      j["level"] = p.label.level;
      j["line"] = p.line;
      j["span"] = {p.span.begin, p.span.end};
      j["text"] = p.text;
      auto sentences = nlohmann::json::array();
      for (const Segment& s : p.sentences) sentences.push_back(s.text);
      j["sentences"] = std::move(sentences);
      j["footnote_refs"] = p.footnote_refs;
      os << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    out.commit();
    return kOk;
  });
}

}  // namespace bitext::cli
