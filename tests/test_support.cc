#include "test_support.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace bitext::test {

std::string shared_dir() {
  if (const char* env = std::getenv("BITEXT_SHARED"); env != nullptr && *env != '\0') return env;
  return BITEXT_SHARED_DIR;
}

std::string shared_path(const std::string& relative) { return shared_dir() + "/" + relative; }

bool shared_available() { return file_exists(shared_path("corpus/README.md")); }

bool shared_required() {
  const char* env = std::getenv("BITEXT_REQUIRE_SHARED");
  return env != nullptr && std::string(env) == "1";
}

std::string source_path(const std::string& relative) {
  return std::string(BITEXT_SOURCE_DIR) + "/" + relative;
}

std::string data_path(const std::string& relative) { return source_path("tests/data/" + relative); }

std::string cli_path() { return BITEXT_CLI; }

std::string python3() { return BITEXT_PYTHON3; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

void write_zip(const std::string& path,
               const std::vector<std::pair<std::string, std::string>>& parts) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("cannot create " + path);
  for (const auto& [name, bytes] : parts) {
    // libzip copies the data when the archive is closed: keep it alive until then.
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      if (source != nullptr) zip_source_free(source);
      zip_discard(archive);
      throw std::runtime_error("cannot add " + name + " to " + path);
    }
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    throw std::runtime_error("cannot write " + path);
  }
}

std::string docx_document(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
         "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
         body + "<w:sectPr/></w:body></w:document>";
}

namespace {

std::string pdf_string(const std::string& text) {
  std::string out = "(";
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

// UTF-8 to the hex string of its UTF-16 code units (BMP only), for Identity-H text.
std::string pdf_hex_utf16(const std::string& text) {
  std::string out = "<";
  char buffer[8];
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    unsigned c = b;
    std::size_t n = 1;
    if (b >= 0xE0) {
      c = b & 0x0F;
      n = 3;
    } else if (b >= 0xC0) {
      c = b & 0x1F;
      n = 2;
    }
    for (std::size_t k = 1; k < n && i + k < text.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    i += n;
    std::snprintf(buffer, sizeof buffer, "%04X", c & 0xFFFF);
    out += buffer;
  }
  return out + ">";
}

}  // namespace

void write_pdf(const std::string& path, const std::vector<std::vector<PdfLine>>& pages) {
  std::vector<std::string> objects;
  const auto add = [&](std::string object) {
    objects.push_back(std::move(object));
    return objects.size();
  };
  const auto stream = [](const std::string& data) {
    return "<< /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
  };
  const std::size_t latin =
      add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const std::size_t to_unicode = add(stream(
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry "
      "(Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 "
      "def 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> "
      "<0000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"));
  const std::size_t descriptor =
      add("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] "
          "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>");
  const std::size_t cid =
      add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry "
          "(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
          std::to_string(descriptor) + " 0 R /DW 1000 /CIDToGIDMap /Identity >>");
  const std::size_t han = add(
      "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [" +
      std::to_string(cid) + " 0 R] /ToUnicode " + std::to_string(to_unicode) + " 0 R >>");
  const std::size_t tree = add("");  // filled in below
  std::string kids;
  for (const std::vector<PdfLine>& lines : pages) {
    std::string content;
    for (const PdfLine& l : lines) {
      const bool ascii = std::all_of(l.text.begin(), l.text.end(),
                                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      content += "BT /" + std::string(ascii ? "F1" : "F2") + " 10 Tf " +
                 std::to_string(l.char_spacing) + " Tc " + std::to_string(l.x) + " " +
                 std::to_string(l.y) + " Td " +
                 (ascii ? pdf_string(l.text) : pdf_hex_utf16(l.text)) + " Tj ET\n";
    }
    const std::size_t contents = add(stream(content));
    kids += std::to_string(add("<< /Type /Page /Parent " + std::to_string(tree) +
                               " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " +
                               std::to_string(latin) + " 0 R /F2 " + std::to_string(han) +
                               " 0 R >> >> /Contents " + std::to_string(contents) + " 0 R >>")) +
            " 0 R ";
  }
  objects[tree - 1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  const std::size_t catalog = add("<< /Type /Catalog /Pages " + std::to_string(tree) + " 0 R >>");
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t k = 0; k < objects.size(); ++k) {
    offsets.push_back(out.size());
    out += std::to_string(k + 1) + " 0 obj\n" + objects[k] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  char entry[24];
  for (std::size_t offset : offsets) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    out += entry;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root " +
         std::to_string(catalog) + " 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  write_file(path, out);
}

bool file_exists(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "bitext-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::vector<std::string> TempDir::list() const {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(path_)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

RunResult run(const std::string& command_line, const std::string& stdin_data) {
  TempDir dir;
  const std::string in = dir.file("stdin"), out = dir.file("stdout"), err = dir.file("stderr");
  write_file(in, stdin_data);
  const std::string full =
      command_line + " <" + shell_quote(in) + " >" + shell_quote(out) + " 2>" + shell_quote(err);
  const int status = std::system(full.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

RunResult run_cli(const std::vector<std::string>& args, const std::string& stdin_data) {
  std::string line = shell_quote(cli_path());
  for (const std::string& a : args) line += " " + shell_quote(a);
  return run(line, stdin_data);
}

}  // namespace bitext::test
