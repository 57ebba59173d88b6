#include "pdf/pdf_join.h"

#include <unistd.h>

#include <cstdio>
#include <map>
#include <memory>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>

#include "util/atomic_file.h"
#include "util/errors.h"

namespace formwork {

namespace {

using QOH = QPDFObjectHandle;

/// A bookmark of the joined file: its title and the page (in `out`) it
/// opens.
struct Bookmark {
  std::string title;
  QOH page;
};

/// Opens a part; a file qpdf can read only by repairing it is refused.
std::unique_ptr<QPDF> open_part(const std::string& path) {
  auto pdf = std::make_unique<QPDF>();
  pdf->setSuppressWarnings(true);
  try {
    pdf->processFile(path.c_str());
    pdf->getAllPages();  // walks the page tree, where damage shows
  } catch (const QPDFExc& e) {
    throw DataError("cannot join " + path + ": not a readable PDF (" + e.getMessageDetail() + ")");
  } catch (const std::runtime_error& e) {
    throw IoError("cannot join " + path + ": " + e.what());
  }
  if (pdf->anyWarnings()) {
    throw DataError("cannot join " + path +
                    ": the PDF is damaged (qpdf had to repair it); render this shard again");
  }
  return pdf;
}

/// The part's top-level bookmarks as (page index in the part, title).
std::vector<std::pair<size_t, std::string>> part_bookmarks(QPDF& part) {
  std::map<QPDFObjGen, size_t> index;
  const auto& pages = part.getAllPages();
  for (size_t i = 0; i < pages.size(); ++i) index[pages[i].getObjGen()] = i;
  std::vector<std::pair<size_t, std::string>> marks;
  QPDFOutlineDocumentHelper outlines(part);
  for (auto& item : outlines.getTopLevelOutlines()) {
    QOH dest = item.getDestPage();
    auto it = dest.isNull() ? index.end() : index.find(dest.getObjGen());
    if (it != index.end()) marks.emplace_back(it->second, item.getTitle());
  }
  return marks;
}

/// The outline dictionary of `out` holding `marks` as a flat list
/// (PDF 32000-1 §12.3.3, Table 152/153), each opening its page at /Fit.
QOH make_outline(QPDF& out, const std::vector<Bookmark>& marks) {
  QOH root = out.makeIndirectObject(QOH::newDictionary());
  root.replaceKey("/Type", QOH::newName("/Outlines"));
  std::vector<QOH> items;
  for (const auto& m : marks) {
    QOH item = out.makeIndirectObject(QOH::newDictionary());
    item.replaceKey("/Title", QOH::newUnicodeString(m.title));
    item.replaceKey("/Parent", root);
    item.replaceKey("/Dest", QOH::newArray({m.page, QOH::newName("/Fit")}));
    if (!items.empty()) {
      item.replaceKey("/Prev", items.back());
      items.back().replaceKey("/Next", item);
    }
    items.push_back(item);
  }
  root.replaceKey("/First", items.front());
  root.replaceKey("/Last", items.back());
  root.replaceKey("/Count", QOH::newInteger(static_cast<long long>(items.size())));
  return root;
}

void write_joined(QPDF& out, const std::string& out_path) {
  AtomicOutput file(out_path);
  const int fd = ::dup(file.fd());
  FILE* stream = fd >= 0 ? ::fdopen(fd, "wb") : nullptr;
  if (!stream) {
    if (fd >= 0) ::close(fd);
    throw IoError("cannot write " + out_path);
  }
  try {
    QPDFWriter writer(out);
    writer.setOutputFile(out_path.c_str(), stream, /*close_file=*/true);
    writer.setDeterministicID(true);
    writer.write();
  } catch (const std::runtime_error& e) {
    throw IoError("cannot write " + out_path + ": " + e.what());
  }
  file.commit();
}

}  // namespace

JoinResult join_pdfs(const std::string& out_path, const std::vector<std::string>& parts) {
  if (parts.empty()) throw UsageError("nothing to join: give the shards' PDF files");
  // The parts stay open until the joined file is written: qpdf copies a
  // foreign page's objects lazily, at write time.
  std::vector<std::unique_ptr<QPDF>> inputs;
  QPDF out;
  out.emptyPDF();
  QPDFPageDocumentHelper out_pages(out);
  std::vector<Bookmark> marks;
  for (const auto& path : parts) {
    inputs.push_back(open_part(path));
    QPDF& part = *inputs.back();
    const size_t first = out.getAllPages().size();
    for (auto& page : QPDFPageDocumentHelper(part).getAllPages()) out_pages.addPage(page, false);
    const auto& joined = out.getAllPages();
    for (auto& [i, title] : part_bookmarks(part)) marks.push_back({title, joined[first + i]});
  }
  QOH info = inputs.front()->getTrailer().getKey("/Info");
  if (info.isIndirect()) out.getTrailer().replaceKey("/Info", out.copyForeignObject(info));
  if (!marks.empty()) {
    out.getRoot().replaceKey("/Outlines", make_outline(out, marks));
    out.getRoot().replaceKey("/PageMode", QOH::newName("/UseOutlines"));
  }
  write_joined(out, out_path);
  return {out.getAllPages().size(), marks.size()};
}

}  // namespace formwork
