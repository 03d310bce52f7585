#include "bitext/text/docx.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "bitext/core/error.h"
#include "bitext/text/decode.h"
#include "bitext/text/document.h"
#include "decode_error.h"
#include "test_support.h"

namespace bitext::text {
namespace {

const char* const kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string run(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

// A paragraph, in list num_id at level ilvl when num_id is given.
std::string para(const std::string& runs, const std::string& num_id = "", int ilvl = 0) {
  const std::string ppr = num_id.empty()
                              ? ""
                              : "<w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) +
                                    "\"/><w:numId w:val=\"" + num_id + "\"/></w:numPr></w:pPr>";
  return "<w:p>" + ppr + runs + "</w:p>";
}

std::string level(int ilvl, const std::string& format, const std::string& text,
                  const std::string& extra = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" +
         format + "\"/><w:lvlText w:val=\"" + text + "\"/>" + extra + "</w:lvl>";
}

// The text of a .docx made of these parts (document.xml from `body`).
std::string text_of(const std::string& body,
                    std::vector<std::pair<std::string, std::string>> parts = {}) {
  test::TempDir dir;
  parts.emplace_back("word/document.xml", test::docx_document(body));
  test::write_zip(dir.file("d.docx"), parts);
  return docx_text(test::read_file(dir.file("d.docx")), "d.docx");
}

TEST(Docx, ParagraphsRunsTabsBreaksTablesAndTextBoxes) {
  const std::string body =
      para(run("Distr.: ") + run("General") + "<w:r><w:br/></w:r>" + run("20 December 2031")) +
      para("<w:r><w:tab/></w:r>" + run("1.") + "<w:r><w:tab/></w:r>" + run("Welcomes the") +
           "<w:del><w:r><w:delText>deleted </w:delText></w:r></w:del>" +
           "<w:ins><w:r><w:t xml:space=\"preserve\"> inserted</w:t></w:r></w:ins>" + run(" e") +
           "<w:r><w:noBreakHyphen/></w:r>" + run("mail;")) +
      para(
          "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE "
          "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
          run("7") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") +
      para("") + para(run("   ")) + "<w:tbl><w:tr><w:tc>" + para(run("cell one")) +
      "</w:tc><w:tc>" + para(run("cell two")) + "</w:tc></w:tr></w:tbl>" +
      para(run("anchor") + "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>" +
           para(run("in the box")) +
           "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>" +
           para(run("in the box")) + "</w:txbxContent></w:pict></mc:Fallback>" +
           "</mc:AlternateContent></w:r>");
  EXPECT_EQ(docx_text_of_parts({{"word/document.xml", test::docx_document(body)}}, "d.docx"),
            text_of(body));
  EXPECT_EQ(text_of(body),
            "Distr.: General\n20 December 2031\n\n1.\tWelcomes the inserted e-mail;\n\n7\n\n"
            "cell one\n\ncell two\n\nanchor\n\nin the box");
}

TEST(Docx, AutomaticNumberingIsWrittenOut) {
  const std::string numbering =
      std::string("<w:numbering ") + kW + "><w:abstractNum w:abstractNumId=\"0\">" +
      level(0, "decimal", "%1.") + level(1, "lowerLetter", "(%2)") +
      level(2, "lowerRoman", "(%3)") + "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\">" +
      level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）") +
      "</w:abstractNum><w:abstractNum w:abstractNumId=\"2\">" +
      level(0, "chineseCountingThousand", "第%1条", "<w:pStyle w:val=\"Article\"/>") +
      "</w:abstractNum><w:abstractNum w:abstractNumId=\"3\">" + level(0, "bullet", "\xEF\x82\xB7") +
      "</w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
      "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"3\"/></w:num>"
      "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
      "<w:startOverride w:val=\"10\"/></w:lvlOverride></w:num></w:numbering>";
  const std::string styles = std::string("<w:styles ") + kW +
                             "><w:style w:type=\"paragraph\" w:styleId=\"Article\"><w:pPr>"
                             "<w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr></w:style>"
                             "<w:style w:type=\"paragraph\" w:styleId=\"Article2\"><w:basedOn "
                             "w:val=\"Article\"/></w:style></w:styles>";
  const auto styled = [](const std::string& style, const std::string& text) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + run(text) + "</w:p>";
  };
  const std::string body =
      para(run("Welcomes"), "1") + para(run("Requests"), "1") + para(run("drafting"), "1", 1) +
      para(run("training"), "1", 1) + para(run("data"), "1", 2) + para(run("more data"), "1", 2) +
      para(run("Invites"), "1") + para(run("collection"), "1", 1) + para(run("总纲"), "2") +
      para(run("一项"), "2", 1) + para(run("国家机构"), "2") + styled("Article", "国家的一切权力") +
      styled("Article2", "全国人民代表大会") + para(run("a bullet"), "4") +
      para(run("numbering off"), "0") + para(run("Decides"), "5") + para(run("Invites again"), "5");
  EXPECT_EQ(text_of(body, {{"word/numbering.xml", numbering}, {"word/styles.xml", styles}}),
            "1. Welcomes\n\n2. Requests\n\n(a) drafting\n\n(b) training\n\n(i) data\n\n"
            "(ii) more data\n\n3. Invites\n\n(a) collection\n\n一、 总纲\n\n（一） 一项\n\n"
            "二、 国家机构\n\n第一条 国家的一切权力\n\n第二条 全国人民代表大会\n\na bullet\n\n"
            "numbering off\n\n10. Decides\n\n11. Invites again");
}

TEST(Docx, NotesFollowTheBodyNumberedByFirstReference) {
  const std::string footnotes =
      std::string("<w:footnotes ") + kW +
      "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
      "</w:footnote><w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>" +
      run(" A/74/130.") + "</w:p></w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/>" +
      "</w:r>" + run(" Official Records,") + "</w:p><w:p>" + run("Supplement No. 10.") +
      "</w:p></w:footnote></w:footnotes>";
  const std::string body =
      para(run("session,") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>") +
      para(run("purposes,") + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" + run(" and")) +
      para(run("again") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>");
  EXPECT_EQ(text_of(body, {{"word/footnotes.xml", footnotes}}),
            "session,¹\n\npurposes,² and\n\nagain¹\n\n¹ Official Records, Supplement No. "
            "10.\n\n² A/74/130.");
}

// Numbers a format cannot write (letters past zz, Roman past 3999) come out in decimal, and an
// absurd start costs no memory.
TEST(Docx, NumbersBeyondAFormatAreDecimal) {
  const std::string numbering =
      std::string("<w:numbering ") + kW + "><w:abstractNum w:abstractNumId=\"0\">" +
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"999999999\"/><w:numFmt w:val=\"lowerLetter\"/>"
      "<w:lvlText w:val=\"%1)\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"4000\"/>"
      "<w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
  EXPECT_EQ(
      text_of(para(run("x"), "1") + para(run("y"), "1", 1), {{"word/numbering.xml", numbering}}),
      "999999999) x\n\n999999999.4000 y");
}

// A .docx reads like its text: labels, the masthead and footnotes are recognised.
TEST(Docx, LoadsAsADocument) {
  test::TempDir dir;
  const std::string footnotes = std::string("<w:footnotes ") + kW +
                                "><w:footnote w:id=\"1\"><w:p>" + run("A/74/130.") +
                                "</w:p></w:footnote></w:footnotes>";
  test::write_zip(
      dir.file("r.docx"),
      {{"word/document.xml",
        test::docx_document(para(run("1. Welcomes the report of the Secretary-General;") +
                                 "<w:r><w:footnoteReference w:id=\"1\"/></w:r>") +
                            para(run("2. Requests the Secretary-General to report.")))},
       {"word/footnotes.xml", footnotes}});
  const Document d = load_document(dir.file("r.docx"), {});
  EXPECT_EQ(d.encoding, "DOCX");
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.paragraphs[0].label.number, "1");
  EXPECT_EQ(d.paragraphs[1].label.number, "2");
  EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kFootnote);
}

// The message of docx_text's InputError, empty when it reads the bytes.
std::string docx_error(const std::string& bytes) {
  try {
    docx_text(bytes, "in.docx");
  } catch (const InputError& e) {
    return e.what();
  }
  return {};
}

TEST(Docx, BadFilesFailNamingTheFile) {
  test::TempDir dir;
  const auto error_of = [](const std::string& bytes) { return decode_error(bytes, "in.docx"); };
  test::write_zip(dir.file("other.zip"), {{"xl/workbook.xml", "<workbook/>"}});
  EXPECT_NE(error_of(test::read_file(dir.file("other.zip"))).find("neither a Word .docx"),
            std::string::npos);
  EXPECT_NE(docx_error(test::read_file(dir.file("other.zip"))).find("not a Word .docx"),
            std::string::npos);
  test::write_zip(dir.file("bad.docx"), {{"word/document.xml", "<w:document><w:body>"}});
  EXPECT_NE(error_of(test::read_file(dir.file("bad.docx"))).find("word/document.xml: malformed"),
            std::string::npos);
  test::write_zip(dir.file("empty.docx"), {{"word/document.xml", test::docx_document("")}});
  EXPECT_NE(error_of(test::read_file(dir.file("empty.docx"))).find("without text"),
            std::string::npos);
  // Cut short: the archive's directory is missing.
  const std::string good = test::read_file(dir.file("empty.docx"));
  EXPECT_NE(error_of(good.substr(0, good.size() / 2)).find("damaged ZIP"), std::string::npos);
  EXPECT_NE(error_of(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)).find("(.doc)"),
            std::string::npos);
  EXPECT_NE(error_of("{\\rtf1\\ansi Hello}").find("RTF"), std::string::npos);
  // Bad bytes inside the XML: refused, or replaced under --repair.
  test::write_zip(dir.file("utf8.docx"),
                  {{"word/document.xml", test::docx_document(para(run("bad \xFF byte")))}});
  EXPECT_NE(error_of(test::read_file(dir.file("utf8.docx"))).find("ill-formed UTF-8"),
            std::string::npos);
  DecodeOptions repair;
  repair.repair = true;
  const Decoded repaired = decode(test::read_file(dir.file("utf8.docx")), "utf8.docx", repair);
  EXPECT_EQ(repaired.text, "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(repaired.repairs, 1u);
  // Nesting that would exhaust the stack of the recursive walk.
  std::string deep;
  for (int k = 0; k < 100000; ++k) deep += "<w:r>";
  deep += "<w:t>deep</w:t>";
  for (int k = 0; k < 100000; ++k) deep += "</w:r>";
  test::write_zip(dir.file("deep.docx"), {{"word/document.xml", test::docx_document(para(deep))}});
  EXPECT_NE(error_of(test::read_file(dir.file("deep.docx"))).find("nested over"),
            std::string::npos);
}

}  // namespace
}  // namespace bitext::text
