// Document mode: a document's paragraphs aligned stream by stream (headers, main text,
// footnotes, page furniture), then the sentences inside each paragraph bead; and line mode on
// loaded documents. Built on the engine (engine.h).

#include <algorithm>
#include <iterator>
#include <memory>
#include <numeric>
#include <optional>

#include "bitext/align/aligner.h"
#include "bitext/align/engine.h"
#include "bitext/text/normalize.h"

namespace bitext::align {
namespace {

// Which stream a paragraph is aligned in: boilerplate, the main text (title, headings, body),
// footnotes, page furniture (running headers, page numbers: the two texts' pages break in
// different places, so these pair up only by chance). Streams align among themselves only.
int stream_of(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::kHeader:
      return 0;
    case ParagraphKind::kFootnote:
      return 2;
    case ParagraphKind::kPage:
      return 3;
    default:
      return 1;
  }
}
constexpr int kStreams = 4;

// The paragraphs of a document as segments, stream by stream (header, main, footnote), each
// stream in document order; `starts` receives where each stream begins (kStreams + 1 entries).
std::vector<Segment> paragraph_segments(const Document& doc, std::vector<std::size_t>& starts) {
  std::vector<Segment> out;
  starts.assign(kStreams + 1, 0);
  for (int stream = 0; stream < kStreams; ++stream) {
    starts[stream] = out.size();
    for (const Paragraph& p : doc.paragraphs) {
      if (stream_of(p.kind) == stream) out.push_back(paragraph_segment(p));
    }
  }
  starts[kStreams] = out.size();
  return out;
}

// The sentences of paragraph segments, in the same order; `first` receives the index of each
// paragraph's first sentence (one more entry at the end). A paragraph without sentences counts
// as one.
std::vector<Segment> sentence_segments(const Document& doc, const std::vector<Segment>& paragraphs,
                                       std::vector<std::size_t>& first) {
  std::vector<Segment> out;
  first.clear();
  for (const Segment& para : paragraphs) {
    first.push_back(out.size());
    const Paragraph& p = doc.paragraphs[para.paragraph];
    if (p.sentences.empty()) {
      out.push_back(para);
      continue;
    }
    for (std::size_t k = 0; k < p.sentences.size(); ++k) {
      Segment s = p.sentences[k];
      s.paragraph = p.index;
      s.kind = p.kind;
      s.label = k == 0 ? p.label : Label{};
      if (s.line == 0) s.line = p.line;
      out.push_back(std::move(s));
    }
  }
  first.push_back(out.size());
  return out;
}

// Puts the beads of a document alignment in the Chinese document's order. Streams are aligned
// one after the other (running headers and masthead lines, then the main text, then
// footnotes), so the closing "50th plenary meeting" of a resolution would otherwise come
// before its title. A bead keeps its segments (stream order); a bead without Chinese follows
// the bead before it in its stream.
void put_in_document_order(Alignment& a) {
  std::vector<std::size_t> key(a.beads.size(), 0);
  std::vector<std::optional<std::size_t>> last(kStreams);
  for (std::size_t k = 0; k < a.beads.size(); ++k) {
    const Bead& b = a.beads[k];
    const Segment& first = b.zh.empty() ? a.en[b.en.begin] : a.zh[b.zh.begin];
    std::optional<std::size_t>& previous = last[stream_of(first.kind)];
    if (!b.zh.empty()) {
      previous = first.paragraph;
    } else if (!previous) {
      // Nothing before it in its stream: it goes with the stream's next Chinese.
      for (std::size_t n = k + 1; n < a.beads.size(); ++n) {
        const Bead& next = a.beads[n];
        if (!next.zh.empty() && stream_of(a.zh[next.zh.begin].kind) == stream_of(first.kind)) {
          key[k] = a.zh[next.zh.begin].paragraph;
          break;
        }
      }
      continue;
    }
    key[k] = *previous;
  }
  std::vector<std::size_t> order(a.beads.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t x, std::size_t y) { return key[x] < key[y]; });
  std::vector<Bead> beads;
  beads.reserve(order.size());
  for (std::size_t k : order) beads.push_back(std::move(a.beads[k]));
  a.beads = std::move(beads);
}

}  // namespace

Segment paragraph_segment(const Paragraph& p) {
  Segment s;
  s.text = text::display_text(p.text);
  s.span = p.span;
  s.line = p.line;
  s.paragraph = p.index;
  s.kind = p.kind;
  s.label = p.label;
  s.key = p.key;
  return s;
}

AlignResult align_paragraphs_as_lines(const Document& zh, const Document& en,
                                      const AlignOptions& options) {
  auto segments = [](const Document& d) {
    std::vector<Segment> out;
    out.reserve(d.paragraphs.size());
    for (const Paragraph& p : d.paragraphs) out.push_back(paragraph_segment(p));
    return out;
  };
  AlignResult r = align_segments(segments(zh), segments(en), options);
  r.alignment.zh_name = zh.name;
  r.alignment.en_name = en.name;
  return r;
}

AlignResult align_documents(const Document& zh, const Document& en, const AlignOptions& options) {
  return std::move(align_documents_together({{&zh, &en}}, options).front());
}

namespace {

// Line mode for many pairs: each paragraph (one per line) is a segment, each pair one block.
std::vector<AlignResult> align_lines_together(const std::vector<DocumentPair>& pairs,
                                              const AlignOptions& options, const Method& method) {
  std::vector<Segment> zh_all, en_all;
  Groups groups;
  for (const DocumentPair& pair : pairs) {
    for (const Paragraph& p : pair.zh->paragraphs) zh_all.push_back(paragraph_segment(p));
    for (const Paragraph& p : pair.en->paragraphs) en_all.push_back(paragraph_segment(p));
    groups.close(zh_all.size(), en_all.size());
  }
  std::vector<AlignResult> results =
      align_segment_groups(std::move(zh_all), std::move(en_all), groups, options, method);
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    results[k].alignment.zh_name = pairs[k].zh->name;
    results[k].alignment.en_name = pairs[k].en->name;
  }
  return results;
}

}  // namespace

std::vector<AlignResult> align_documents_together(const std::vector<DocumentPair>& pairs,
                                                  const AlignOptions& options) {
  const std::unique_ptr<Method> method = make_method(options.method);
  const std::size_t n = pairs.size();
  std::vector<AlignResult> results(n);
  if (n == 0) return results;
  if (options.unit == AlignUnit::kLine) return align_lines_together(pairs, options, *method);
  // Paragraphs of every pair, stream by stream within each pair, pairs one after the other.
  std::vector<std::vector<Segment>> zh_paragraphs(n), en_paragraphs(n);
  std::vector<Segment> zh_all, en_all;
  Groups pair_groups;
  std::vector<std::size_t> group;
  std::vector<Block> blocks;
  for (std::size_t p = 0; p < n; ++p) {
    std::vector<std::size_t> zh_streams, en_streams;
    zh_paragraphs[p] = paragraph_segments(*pairs[p].zh, zh_streams);
    en_paragraphs[p] = paragraph_segments(*pairs[p].en, en_streams);
    const std::size_t z0 = zh_all.size(), e0 = en_all.size();
    for (int s = 0; s < kStreams; ++s) {
      blocks.push_back({{z0 + zh_streams[s], z0 + zh_streams[s + 1]},
                        {e0 + en_streams[s], e0 + en_streams[s + 1]}});
      group.push_back(p);
    }
    zh_all.insert(zh_all.end(), zh_paragraphs[p].begin(), zh_paragraphs[p].end());
    en_all.insert(en_all.end(), en_paragraphs[p].begin(), en_paragraphs[p].end());
    pair_groups.close(zh_all.size(), en_all.size());
  }
  Vocabulary zh_vocab, en_vocab;
  const std::unique_ptr<Dictionary> dictionary = load_dictionary(options, zh_vocab, en_vocab);
  // Paragraph level: one block per stream and pair, one model for all.
  AlignStats paragraph_stats;
  std::vector<AlignStats> judged;
  std::vector<std::vector<Bead>> paragraph_beads =
      align_blocks(zh_all, en_all, blocks, pair_groups, options, *method, zh_vocab, en_vocab,
                   dictionary.get(), paragraph_stats, group, &judged);
  for (std::size_t p = 0; p < n; ++p) {
    Alignment& a = results[p].alignment;
    a.zh_name = pairs[p].zh->name;
    a.en_name = pairs[p].en->name;
    results[p].stats = judged[p];
  }
  if (options.unit == AlignUnit::kParagraph) {
    for (std::size_t p = 0; p < n; ++p) {
      Alignment& a = results[p].alignment;
      a.unit = AlignUnit::kParagraph;
      a.beads = std::move(paragraph_beads[p]);
      a.zh = std::move(zh_paragraphs[p]);
      a.en = std::move(en_paragraphs[p]);
      finish(a, results[p].stats, options);
      put_in_document_order(a);
    }
    return results;
  }
  // Sentence level: every paragraph bead is a block; blocks share one sentence-level model.
  std::vector<std::vector<Segment>> zh_sentences(n), en_sentences(n);
  std::vector<Segment> zs_all, es_all;
  Groups sentence_groups;
  blocks.clear();
  group.clear();
  for (std::size_t p = 0; p < n; ++p) {
    std::vector<std::size_t> zh_first, en_first;
    zh_sentences[p] = sentence_segments(*pairs[p].zh, zh_paragraphs[p], zh_first);
    en_sentences[p] = sentence_segments(*pairs[p].en, en_paragraphs[p], en_first);
    const std::size_t z0 = zs_all.size(), e0 = es_all.size();
    for (const Bead& b : paragraph_beads[p]) {
      blocks.push_back({{z0 + zh_first[b.zh.begin], z0 + zh_first[b.zh.end]},
                        {e0 + en_first[b.en.begin], e0 + en_first[b.en.end]}});
      group.push_back(p);
    }
    zs_all.insert(zs_all.end(), zh_sentences[p].begin(), zh_sentences[p].end());
    es_all.insert(es_all.end(), en_sentences[p].begin(), en_sentences[p].end());
    sentence_groups.close(zs_all.size(), es_all.size());
  }
  AlignStats sentence_stats;
  std::vector<std::vector<Bead>> sentence_beads =
      align_blocks(zs_all, es_all, blocks, sentence_groups, options, *method, zh_vocab, en_vocab,
                   dictionary.get(), sentence_stats);
  for (std::size_t p = 0; p < n; ++p) {
    AlignResult& r = results[p];
    // The document-level judgement stays with the paragraphs: sentences left alone inside a
    // paragraph bead say little about whether the documents correspond.
    const AlignStats paragraph = r.stats;
    r.stats = sentence_stats;
    r.stats.null_fraction = paragraph.null_fraction;
    r.stats.total_length_ratio = paragraph.total_length_ratio;
    r.stats.reversal_gain = paragraph.reversal_gain;
    r.stats.reversal_length_gain = paragraph.reversal_length_gain;
    r.stats.reversal_segments = paragraph.reversal_segments;
    r.alignment.unit = AlignUnit::kSentence;
    r.alignment.beads = std::move(sentence_beads[p]);
    r.alignment.zh = std::move(zh_sentences[p]);
    r.alignment.en = std::move(en_sentences[p]);
    finish(r.alignment, r.stats, options);
    put_in_document_order(r.alignment);
  }
  return results;
}

}  // namespace bitext::align
