#pragma once

// What the readers of office documents share (.docx in docx.cc, .odt in odt.cc): the parts of
// a ZIP archive read into memory, XML names without their namespace prefix, a guard against
// nesting deep enough to exhaust the stack of a recursive walk, the text written a paragraph
// at a time with notes after the body, and list numbers as a level displays them. Internal to
// the text stage, but for `local` and `child`, which the io stage's TBX reader uses too.

#include <pugixml.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

struct zip;  // libzip's archive (zip_t)

namespace bitext::text::office {

constexpr int kMaxDepth = 200;  // elements nested deeper are refused (the walks are recursive)

// The element name without its namespace prefix: w:p -> p, text:list-item -> list-item.
std::string_view local(pugi::xml_node node);
// The first child of that local name, or an empty node.
pugi::xml_node child(pugi::xml_node node, std::string_view name);
// The value of the attribute of that local name, or empty.
std::string attribute(pugi::xml_node node, std::string_view name);
// A non-negative decimal of up to nine digits, else `fallback`.
int to_int(const std::string& s, int fallback);

// Where the parts of a document come from, and the file they are reported against.
class Parts {
 public:
  explicit Parts(std::string name) : name_(std::move(name)) {}
  virtual ~Parts() = default;
  Parts(const Parts&) = delete;
  Parts& operator=(const Parts&) = delete;

  // The bytes of a part, or nullopt when there is none of that name.
  virtual std::optional<std::string> part(const char* path) = 0;
  // Whether there is a part of that name (without reading it).
  virtual bool has(const char* path) const = 0;
  // Parses a part; InputError naming the part and the byte for malformed XML.
  void parse(const char* path, const std::string& bytes, pugi::xml_document& doc) const;
  const std::string& name() const { return name_; }

 private:
  std::string name_;
};

// The parts of a ZIP archive held in memory (not copied: `bytes` must outlive it). InputError
// for a damaged archive, or a part over 256 MB uncompressed.
class Archive : public Parts {
 public:
  Archive(std::string_view bytes, const std::string& name);
  ~Archive() override;
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  std::optional<std::string> part(const char* path) override;
  bool has(const char* path) const override;

 private:
  zip* archive_ = nullptr;
};

// Parts given by name (for fuzzing past the archive's checksums, and tests).
class PartMap : public Parts {
 public:
  PartMap(const std::map<std::string, std::string>& parts, const std::string& name)
      : Parts(name), parts_(parts) {}
  std::optional<std::string> part(const char* path) override;
  bool has(const char* path) const override { return parts_.count(path) != 0; }

 private:
  const std::map<std::string, std::string>& parts_;
};

// Counts the depth of a recursive walk while in scope; InputError past kMaxDepth.
class Deeper {
 public:
  Deeper(const Parts& parts, int& depth);
  ~Deeper() { --depth_; }
  Deeper(const Deeper&) = delete;
  Deeper& operator=(const Deeper&) = delete;

 private:
  int& depth_;
};

// The text of a document as the text stage reads it: paragraphs trimmed of white space at
// their ends, a blank line between them, empty ones left out.
class TextOut {
 public:
  void paragraph(std::string_view text);
  // A note after the body: its number in superscript, a space, its paragraphs joined by spaces.
  void note(std::size_t number, std::string_view text);
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// The text of a Word document (docx.cc) and of an OpenDocument text (odt.cc) from their parts.
// InputError when the parts are not such a document or it holds no text.
std::string docx_text_of(Parts& parts);
std::string odt_text_of(Parts& parts);

// A list number as a level displays it, in Word's format names (decimal, lowerLetter,
// upperRoman, chineseCounting, ideographTraditional, decimalEnclosedCircle,
// decimalFullWidth ...); decimal where the format has no form for the number.
std::string format_number(int n, const std::string& format);

}  // namespace bitext::text::office
