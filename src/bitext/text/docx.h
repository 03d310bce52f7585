#pragma once

// Word documents (.docx, Office Open XML) read as text, so that a translator can give the files
// as they come: the text stage then finds labels, headings, footnotes and sentences in it as
// in a text file.
//
//   if (text::is_zip(bytes)) std::string text = text::docx_text(bytes, "A_RES_74_173_C.docx");

#include <map>
#include <string>
#include <string_view>

namespace bitext::text {

// Whether the bytes are a ZIP container (local file header "PK\3\4"): .docx, .odt, .xlsx ...
bool is_zip(std::string_view bytes);

// The text of a .docx: the body's paragraphs in order, each on its own line with a blank line
// between paragraphs (a line break inside a paragraph stays a line break, a tab a tab); table
// cells and text boxes as paragraphs of their own; automatic list numbering written out as the
// label Word displays ("1.", "(a)", "一、", "第一条", "①") followed by a space; a footnote or
// endnote reference as its number in superscript (¹), and the notes after the body, each a
// paragraph opening with its number ("¹ See ..."). Deleted revisions, field codes, headers and
// footers are left out. Throws InputError naming `name` for a ZIP that is damaged or holds no
// word/document.xml (an .odt, an .xlsx), malformed XML (naming the part and byte), or a part
// over 256 MB uncompressed.
std::string docx_text(std::string_view bytes, const std::string& name);

// The same from the XML parts, by name ("word/document.xml", "word/numbering.xml",
// "word/styles.xml", "word/footnotes.xml", "word/endnotes.xml"): what docx_text does once the
// archive is open, for fuzzing the XML reading past the archive's checksums.
std::string docx_text_of_parts(const std::map<std::string, std::string>& parts,
                               const std::string& name);

}  // namespace bitext::text
