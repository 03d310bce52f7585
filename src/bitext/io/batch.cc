#include "bitext/io/batch.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <sstream>

#include "bitext/core/error.h"
#include "bitext/core/file_io.h"
#include "bitext/core/parallel.h"
#include "bitext/core/utf8.h"
#include "bitext/io/pairs.h"
#include "bitext/io/tmx.h"
#include "bitext/io/xml_text.h"

namespace bitext::io {
namespace fs = std::filesystem;
namespace {

// The stem and language of a file named for one version of a pair: a language tag zh or en (any
// case) after a '.', '-' or '_' and before the extension or the end: "X.zh.txt", "X.zh",
// "A_RES_73_187-EN.pdf" (the UN's document system), "report_zh.docx" -> ("X", zh) ...; nullopt
// for other names. The last such tag counts.
std::optional<std::pair<std::string, Lang>> stem_of(const std::string& file) {
  std::string lower = file;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t at = lower.size(); at-- > 1;) {
    const char separator = lower[at - 1];
    if (separator != '.' && separator != '-' && separator != '_') continue;
    const std::string tag = lower.substr(at, 2);
    if (tag != "zh" && tag != "en") continue;
    const std::size_t after = at + 2;
    if (after != lower.size() && lower[after] != '.') continue;
    if (at - 1 == 0) return std::nullopt;  // ".zh.txt": no stem
    return std::make_pair(file.substr(0, at - 1), tag == "zh" ? Lang::kZh : Lang::kEn);
  }
  return std::nullopt;
}

// Both documents of a pair, read as the batch options say.
struct LoadedPair {
  Document zh, en;
};
LoadedPair load_pair(const BatchPair& pair, const BatchOptions& options) {
  text::SegmentOptions segment = options.segment;
  segment.keys = false;
  segment.lang = Lang::kZh;
  Document zh = text::load_document(pair.zh, segment);
  segment.lang = Lang::kEn;
  return {std::move(zh), text::load_document(pair.en, segment)};
}

Alignment align_pair(const BatchPair& pair, const BatchOptions& options, unsigned threads) {
  const auto [zh, en] = load_pair(pair, options);
  align::AlignOptions align = options.align;
  align.threads = threads;
  align::AlignResult r;
  if (options.segment.mode == text::ParagraphMode::kLine) {
    r = align::align_paragraphs_as_lines(zh, en, align);
  } else {
    r = align::align_documents(zh, en, align);
  }
  return std::move(r.alignment);
}

}  // namespace

BatchPlan plan_from_folder(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw InputError(dir, "not a folder");
  std::map<std::string, std::map<Lang, std::vector<std::string>>> stems;
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file()) files.push_back(entry.path().filename().string());
  }
  if (ec) throw InputError(dir, "cannot list the folder: " + ec.message());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    if (auto s = stem_of(f)) stems[s->first][s->second].push_back(f);
  }
  BatchPlan plan;
  for (auto& [stem, sides] : stems) {
    auto& zh = sides[Lang::kZh];
    auto& en = sides[Lang::kEn];
    if (!zh.empty() && !en.empty()) {
      plan.pairs.push_back(
          {stem, (fs::path(dir) / zh.front()).string(), (fs::path(dir) / en.front()).string()});
      zh.erase(zh.begin());
      en.erase(en.begin());
    }
    for (const auto* rest : {&zh, &en}) {
      for (const std::string& f : *rest) plan.unpaired.push_back((fs::path(dir) / f).string());
    }
  }
  return plan;
}

BatchPlan plan_from_manifest(const std::string& manifest) {
  std::istringstream in(read_file_bytes(manifest));
  const fs::path base = fs::path(manifest).parent_path();
  BatchPlan plan;
  std::map<std::string, int> seen;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (utf8::trim(line).empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) {
      throw InputError(manifest, "expected zh_path<TAB>en_path", {n});
    }
    auto resolve = [&](std::string p) {
      p = std::string(utf8::trim(p));
      return fs::path(p).is_absolute() ? p : (base / p).string();
    };
    BatchPair pair;
    pair.zh = resolve(line.substr(0, tab));
    pair.en = resolve(line.substr(tab + 1));
    const std::string file = fs::path(pair.zh).filename().string();
    auto stem = stem_of(file);
    pair.name = stem ? stem->first : fs::path(file).stem().string();
    if (int& count = seen[pair.name]; count++ > 0) pair.name += "-" + std::to_string(count);
    plan.pairs.push_back(std::move(pair));
  }
  return plan;
}

BatchResult align_batch(const BatchPlan& plan, const BatchOptions& options) {
  if (!is_alignment_format(options.format)) {
    throw ConfigError("unknown output format '" + options.format + "'");
  }
  std::error_code ec;
  fs::create_directories(options.output_dir, ec);
  if (ec || !fs::is_directory(options.output_dir)) {
    throw ResourceError(options.output_dir + ": cannot write: cannot create the folder");
  }
  TmxOptions tmx;
  tmx.srclang = options.srclang;
  tmx.zh_tag = options.zh_tag;
  tmx.creation_date = options.creation_date.empty() ? tmx_timestamp() : options.creation_date;

  BatchResult result;
  result.unpaired = plan.unpaired;
  result.entries.resize(plan.pairs.size());
  std::vector<std::unique_ptr<Alignment>> kept(options.merged_tmx.empty() ? 0 : plan.pairs.size());
  const unsigned jobs = resolve_threads(options.jobs);
  // One pair per job; a job aligns with one thread when several jobs run.
  const unsigned inner = jobs > 1 ? 1 : options.align.threads;
  std::mutex progress_mutex;
  std::size_t done = 0;
  // Writes pair k's output and fills its entry.
  auto record = [&](std::size_t k, Alignment a) {
    const BatchPair& pair = plan.pairs[k];
    BatchEntry& entry = result.entries[k];
    const std::string output =
        (fs::path(options.output_dir) / (pair.name + "." + options.format)).string();
    AtomicOutput out(output);
    write_alignment_as(a, options.format, out.stream(), tmx);
    out.commit();
    entry.output = output;
    entry.zh_segments = a.zh.size();
    entry.en_segments = a.en.size();
    entry.beads = a.beads.size();
    double confidence = 0;
    for (const Bead& b : a.beads) {
      entry.flagged += b.flagged;
      entry.unaligned += b.zh.empty() || b.en.empty();
      confidence += b.confidence;
    }
    entry.mean_confidence = a.beads.empty() ? 0 : confidence / a.beads.size();
    entry.document_score = a.document_score;
    entry.warnings = a.warnings;
    if (!kept.empty()) kept[k] = std::make_unique<Alignment>(std::move(a));
  };
  // Runs one step for pair k; an error fails that pair only.
  auto guarded = [&](std::size_t k, const std::function<void()>& step) {
    try {
      step();
    } catch (const Error& e) {
      result.entries[k].error = e.what();
    } catch (const std::exception& e) {
      result.entries[k].error = plan.pairs[k].zh + ": " + e.what();
    }
  };
  auto report = [&]() {
    if (options.progress) {
      std::lock_guard<std::mutex> lock(progress_mutex);
      options.progress(++done, plan.pairs.size());
    }
  };
  for (std::size_t k = 0; k < plan.pairs.size(); ++k) result.entries[k].name = plan.pairs[k].name;
  if (options.shared_model) {
    // Load every pair (in parallel), align all with one model, then write.
    std::vector<std::unique_ptr<LoadedPair>> docs(plan.pairs.size());
    parallel_for(plan.pairs.size(), 1, jobs, [&](std::size_t begin, std::size_t end) {
      for (std::size_t k = begin; k < end; ++k) {
        guarded(k, [&]() {
          docs[k] = std::make_unique<LoadedPair>(load_pair(plan.pairs[k], options));
        });
      }
    });
    std::vector<align::DocumentPair> loaded;
    std::vector<std::size_t> index;
    for (std::size_t k = 0; k < plan.pairs.size(); ++k) {
      if (docs[k]) {
        loaded.push_back({&docs[k]->zh, &docs[k]->en});
        index.push_back(k);
      } else {
        report();
      }
    }
    align::AlignOptions align = options.align;
    if (options.segment.mode == text::ParagraphMode::kLine) align.unit = AlignUnit::kLine;
    std::vector<align::AlignResult> aligned = align::align_documents_together(loaded, align);
    for (std::size_t x = 0; x < index.size(); ++x) {
      guarded(index[x], [&]() { record(index[x], std::move(aligned[x].alignment)); });
      report();
    }
  } else {
    parallel_for(plan.pairs.size(), 1, jobs, [&](std::size_t begin, std::size_t end) {
      for (std::size_t k = begin; k < end; ++k) {
        guarded(k, [&]() { record(k, align_pair(plan.pairs[k], options, inner)); });
        report();
      }
    });
  }
  for (const BatchEntry& e : result.entries) result.failed += !e.error.empty();
  if (!options.merged_tmx.empty()) {
    std::vector<const Alignment*> all;
    for (const auto& a : kept) {
      if (a) all.push_back(a.get());
    }
    AtomicOutput out(options.merged_tmx);
    write_tmx(all, out.stream(), tmx);
    out.commit();
  }
  return result;
}

std::size_t align_jsonl_stream(std::istream& in, std::ostream& out,
                               const text::SegmentOptions& segment,
                               const align::AlignOptions& align) {
  std::size_t failed = 0;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (utf8::trim(line).empty()) continue;
    nlohmann::json reply;
    nlohmann::json id = number;
    try {
      nlohmann::json doc;
      try {
        doc = nlohmann::json::parse(line);
      } catch (const nlohmann::json::exception& e) {
        throw InputError("-", std::string("not JSON: ") + e.what(), {number});
      }
      if (!doc.is_object() || !doc.contains("zh") || !doc.contains("en") ||
          !doc["zh"].is_string() || !doc["en"].is_string()) {
        throw InputError("-", "expected {\"id\": ..., \"zh\": \"...\", \"en\": \"...\"}", {number});
      }
      if (doc.contains("id")) id = doc["id"];
      const std::string name = id.is_string() ? id.get<std::string>() : id.dump();
      auto load = [&](const char* side, Lang lang) {
        std::string text = doc[side].get<std::string>();
        if (utf8::trim(text).empty())
          throw InputError(name, std::string("empty ") + side + " document");
        if (const auto bad = utf8::find_invalid(text); bad != std::string::npos) {
          throw InputError(name, std::string("ill-formed UTF-8 in ") + side, {0, bad});
        }
        text::SegmentOptions o = segment;
        o.lang = lang;
        o.keys = false;
        return text::segment_text(std::move(text), name + "." + side, o);
      };
      const align::AlignResult r =
          align::align_documents(load("zh", Lang::kZh), load("en", Lang::kEn), align);
      const Alignment& a = r.alignment;
      reply["id"] = id;
      reply["document_score"] = std::round(a.document_score * 1000) / 1000;
      reply["warnings"] = a.warnings;
      auto beads = nlohmann::json::array();
      for (const Bead& b : a.beads) {
        beads.push_back({{"zh", a.zh_text(b)},
                         {"en", a.en_text(b)},
                         {"zh_label", b.zh.empty() ? "" : a.zh[b.zh.begin].label.text},
                         {"en_label", b.en.empty() ? "" : a.en[b.en.begin].label.text},
                         {"type", Alignment::shape(b)},
                         {"confidence", std::round(b.confidence * 10000) / 10000},
                         {"flagged", b.flagged}});
      }
      reply["beads"] = std::move(beads);
    } catch (const Error& e) {
      ++failed;
      reply = {{"id", id}, {"error", e.what()}};
    }
    out << reply.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    out.flush();
  }
  return failed;
}

}  // namespace bitext::io
