#pragma once

// TMX 1.4b: the translation-memory exchange format CAT tools (OmegaT, Trados, memoQ) read.
//
//   io::TmxOptions options;                      // srclang en: UN originals are English
//   io::TmxWriteResult r = io::write_tmx(alignment, out.stream(), options);
//   io::PairsFile tm = io::read_tmx("memory.tmx");

#include <iosfwd>
#include <string>
#include <vector>

#include "bitext/core/types.h"

namespace bitext::io {

struct TmxOptions {
  Lang srclang = Lang::kEn;   // source language of the TM (English: the original of UN texts)
  std::string creation_date;  // YYYYMMDDThhmmssZ; empty = SOURCE_DATE_EPOCH if set, else now
  std::string tool_version;   // creationtoolversion; empty = this library's version
  std::string zh_tag;         // xml:lang of the Chinese tuv (and srclang when zh); empty =
                              // "zh-TW" for Traditional text, else "zh-CN" (io::chinese_tag)
};

struct TmxWriteResult {
  std::size_t units = 0;                // tu elements written
  std::size_t unaligned = 0;            // segments in 1-0/0-1 beads (a TU needs both languages)
  std::size_t unaligned_furniture = 0;  // of those, page furniture and boilerplate
  std::size_t page_furniture = 0;       // segments of beads pairing page furniture only, left out
  std::size_t removed_chars = 0;        // characters XML 1.0 forbids, dropped
};

// One tu per non-null bead (except beads of page furniture only: two paginations' running
// headers and page numbers paired by position), with props x-zh-file, x-en-file, x-label, x-bead
// (e.g. "2-1"), x-confidence and, for flagged beads, x-flagged; the srclang tuv first; no empty
// seg.
TmxWriteResult write_tmx(const Alignment& alignment, std::ostream& out,
                         const TmxOptions& options = {});

// Several alignments in one TMX (a batch's merged memory), in the order given.
TmxWriteResult write_tmx(const std::vector<const Alignment*>& alignments, std::ostream& out,
                         const TmxOptions& options = {});

// One tu per pair with both sides non-empty (props x-label, x-confidence, x-source).
TmxWriteResult write_tmx(const std::vector<SegmentPair>& pairs, AlignUnit unit, std::ostream& out,
                         const TmxOptions& options = {});

// Pairs read from a file with their origin, and what was skipped on the way.
struct PairsFile {
  std::string name;
  std::vector<SegmentPair> pairs;
  std::vector<std::string> warnings;  // e.g. "memory.tmx: tu 12 has no zh-CN tuv, skipped"
};

// Reads any TMX 1.4 file: tuv languages matched on their primary subtag (zh, zh-CN, ZH-Hans ...
// are Chinese), inline codes (bpt, ept, ph, it, ut) dropped and hi/sub text kept. loc is the
// 1-based tu number. The whole file is loaded (pugixml): fine up to a few hundred megabytes.
// Throws InputError naming the file and line: not XML, not a tmx root, no header srclang.
PairsFile read_tmx(const std::string& path);
PairsFile parse_tmx(const std::string& bytes, const std::string& name);

}  // namespace bitext::io
