#include "bitext/text/pdf.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

#include "bitext/core/error.h"

namespace bitext::text {
namespace {

// Poppler keeps global state (its error callback, font and CMap caches): one document at a
// time. Reading a PDF's text is not what a batch spends its time on.
std::mutex& poppler_mutex() {
  static std::mutex m;
  return m;
}

// Poppler reports every recoverable oddity of a file on stderr; a damaged file is reported by
// the document failing to open, which is what matters here.
void quiet_poppler() {
  static const bool once = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)once;
}

}  // namespace

bool is_pdf(std::string_view bytes) { return bytes.substr(0, 5) == "%PDF-"; }

std::string pdf_text(std::string_view bytes, const std::string& name) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    throw InputError(name, "a PDF over 2 GB: extract its text first (pdftotext -layout)");
  }
  const std::lock_guard<std::mutex> lock(poppler_mutex());
  quiet_poppler();
  const std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw InputError(name, "not a readable PDF (damaged or not a PDF)");
  if (doc->is_locked()) {
    throw InputError(name, "an encrypted PDF that needs a password: save an unlocked copy first");
  }
  std::string text;
  bool any = false;
  for (int k = 0; k < doc->pages(); ++k) {
    const std::unique_ptr<poppler::page> page(doc->create_page(k));
    if (!page) continue;
    const poppler::byte_array utf8 =
        page->text(page->page_rect(), poppler::page::physical_layout).to_utf8();
    const std::string page_text(utf8.begin(), utf8.end());
    any = any || page_text.find_first_not_of(" \t\r\n\f") != std::string::npos;
    text += page_text;
    // Poppler ends each page with a form feed, as pdftotext does; a page break is kept even when
    // a version does not.
    if (text.empty() || text.back() != '\f') text += '\f';
  }
  if (!any) {
    throw InputError(name,
                     "a PDF without a text layer (a scan?): it needs OCR before it can be aligned");
  }
  return text;
}

}  // namespace bitext::text
