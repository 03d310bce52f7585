#pragma once

// PDF files read as text, laid out as `pdftotext -layout` prints them (Poppler's physical layout:
// columns kept apart by spaces, a form feed after each page), which the text stage reads: page
// furniture, the masthead in columns, footnotes under their rule.
//
//   if (text::is_pdf(bytes)) std::string text = text::pdf_text(bytes, "A_RES_73_187_C.pdf");

#include <string>
#include <string_view>

namespace bitext::text {

// Whether the bytes are a PDF file ("%PDF-" at the start).
bool is_pdf(std::string_view bytes);

// The text of every page, in order. Throws InputError naming `name` for a PDF Poppler cannot
// open (damaged), an encrypted one that needs a password, one over 2 GB, and one without a text
// layer (a scan: it needs OCR first).
std::string pdf_text(std::string_view bytes, const std::string& name);

}  // namespace bitext::text
