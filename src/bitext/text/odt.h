#pragma once

// OpenDocument text (.odt: LibreOffice, OpenOffice, and what many OmegaT users keep their
// documents in) read as text, as docx.h reads Word files, and office_text for a document in a
// ZIP archive of either kind.
//
//   if (text::is_zip(bytes)) {
//     const text::OfficeText doc = text::office_text(bytes, "A_RES_74_173_C.odt");
//     ... doc.text, doc.format ("ODT") ...
//   }

#include <map>
#include <string>
#include <string_view>

namespace bitext::text {

// The text of an .odt (content.xml, with the list styles of styles.xml): paragraphs and
// headings in order, each on its own line with a blank line between paragraphs (text:line-break
// a line break, text:tab a tab, text:s its spaces, other white space collapsed as ODF says);
// table cells and text boxes as paragraphs of their own; list numbering written out as the
// label the list style displays ("1.", "(a)", "一、", "1.2", "①") followed by a space, a
// numbered heading's likewise (the outline style); a footnote or endnote as its number in
// superscript (¹), the notes after the body, each a paragraph opening with its number.
// Comments (office:annotation), deleted text kept by change tracking and index marks are left
// out. Throws InputError naming `name` for a damaged ZIP, one without content.xml, an
// OpenDocument file that is not text (a spreadsheet, a presentation), malformed XML (naming
// the part and byte), a part over 256 MB uncompressed, or a document without text.
std::string odt_text(std::string_view bytes, const std::string& name);

// The same from the parts by name ("content.xml", "styles.xml", "mimetype"), for fuzzing.
std::string odt_text_of_parts(const std::map<std::string, std::string>& parts,
                              const std::string& name);

// A document in a ZIP archive read as what it holds: a Word .docx (word/document.xml,
// docx_text) or an OpenDocument .odt (content.xml, odt_text); format "DOCX" or "ODT".
// InputError for a ZIP that is neither (an .xlsx, a .zip of files), and as those two.
struct OfficeText {
  std::string text;
  std::string format;
};
OfficeText office_text(std::string_view bytes, const std::string& name);

}  // namespace bitext::text
