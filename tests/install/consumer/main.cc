// Aligns two tiny documents with the installed library and prints the bead count.
#include <iostream>

#include "bitext/align/aligner.h"
#include "bitext/text/document.h"
#include "bitext/version.h"

int main() {
  const bitext::Document zh =
      bitext::text::segment_text("1. 欢迎专家组的工作。\n\n2. 请秘书长提交报告。\n", "zh", {});
  const bitext::Document en = bitext::text::segment_text(
      "1. Welcomes the work of the Expert Group.\n\n2. Requests the Secretary-General to report.\n",
      "en", {});
  const auto r = bitext::align::align_documents(zh, en, {});
  std::cout << "bitext " << BITEXT_VERSION << " beads " << r.alignment.beads.size() << "\n";
  return r.alignment.beads.size() == 2 ? 0 : 1;
}
