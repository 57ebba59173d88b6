#include "pdf/pdf_file.h"

#include <podofo/podofo.h>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/Pl_String.hh>

#include <cinttypes>
#include <cstdio>
#include <memory>
#include <stdexcept>

#include "pdf/podofo_error.h"

namespace formwork {
namespace {

using PoDoFo::PdfObject;
using PoDoFo::PdfReference;

// zlib's default level: level 9 gave larger font streams here (36,609 B
// against 36,726 B for one form) at about three times the time.
constexpr int kDeflateLevel = 6;

/// Serialises `obj` in PoDoFo's compact syntax.
std::string serialise(const PdfObject& obj) {
  try {
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    obj.WriteObject(&device, PoDoFo::ePdfWriteMode_Compact, nullptr);
    return std::string(buffer.GetBuffer(), device.GetLength());
  } catch (const PoDoFo::PdfError& e) {
    throw_pdf_error("cannot write PDF object", e);
  }
}

}  // namespace

std::string deflate(std::string_view bytes) {
  // qpdf's level is process-wide; set once, before the first stream.
  static const bool level_set = [] {
    Pl_Flate::setCompressionLevel(kDeflateLevel);
    return true;
  }();
  (void)level_set;
  std::string out;
  Pl_String sink("PDF stream", nullptr, out);
  Pl_Flate flate("FlateDecode", &sink, Pl_Flate::a_deflate);
  flate.write(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  flate.finish();
  return out;
}

PdfFile::PdfFile(PdfSink& sink) : sink_(sink) {
  // The second line's bytes above 127 mark the file as binary (§7.5.2).
  emit("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
}

PdfFile::~PdfFile() = default;

void PdfFile::emit(std::string_view bytes) {
  sink_.write(bytes);
  if (!digested_) md5_.update(bytes);
  offset_ += bytes.size();
}

uint32_t PdfFile::reserve() {
  offsets_.push_back(0);
  return static_cast<uint32_t>(offsets_.size());
}

void PdfFile::mark_written(uint32_t num) {
  if (num == 0 || num > offsets_.size() || offsets_[num - 1] != 0) {
    throw std::logic_error("PDF object " + std::to_string(num) + " not reserved or written twice");
  }
  offsets_[num - 1] = offset_;
}

void PdfFile::write(uint32_t num, const PoDoFo::PdfVariant& value) {
  mark_written(num);
  emit(serialise(PdfObject(PdfReference(num, 0), value)));
}

void PdfFile::write_stream_object(uint32_t num, const PoDoFo::PdfDictionary& dict,
                                  std::string_view data, bool deflated) {
  mark_written(num);
  // A stream needs an owning PdfVecObjects (it makes the PdfMemStream);
  // the object is taken out again once written.
  PoDoFo::PdfVecObjects owner;
  owner.SetAutoDelete(true);
  try {
    auto* obj = new PdfObject(PdfReference(num, 0), dict);
    owner.push_back(obj);
    if (deflated) {
      obj->GetDictionary().AddKey(PoDoFo::PdfName::KeyFilter, PoDoFo::PdfName("FlateDecode"));
    }
    PoDoFo::PdfMemoryInputStream input(data.data(), static_cast<PoDoFo::pdf_long>(data.size()));
    obj->GetStream()->SetRawData(&input, static_cast<PoDoFo::pdf_long>(data.size()));
    emit(serialise(*obj));
  } catch (const PoDoFo::PdfError& e) {
    throw_pdf_error("cannot write PDF stream", e);
  }
}

void PdfFile::write_deflated_stream(uint32_t num, const PoDoFo::PdfDictionary& dict,
                                    std::string_view data) {
  write_stream_object(num, dict, data, true);
}

void PdfFile::write_stream(uint32_t num, const PoDoFo::PdfDictionary& dict, std::string_view data,
                           bool compress) {
  if (compress) return write_stream_object(num, dict, deflate(data), true);
  write_stream_object(num, dict, data, false);
}

void PdfFile::finish(uint32_t root, uint32_t info) {
  const uint64_t xref = offset_;
  std::string table = "xref\n0 " + std::to_string(offsets_.size() + 1) + "\n0000000000 65535 f \n";
  char entry[32];
  for (size_t i = 0; i < offsets_.size(); ++i) {
    if (offsets_[i] == 0) {
      throw std::logic_error("PDF object " + std::to_string(i + 1) + " reserved, never written");
    }
    // Each entry is exactly 20 bytes, ending in space + LF (§7.5.4).
    std::snprintf(entry, sizeof entry, "%010" PRIu64 " 00000 n \n", offsets_[i]);
    table += entry;
  }
  emit(table);
  const std::string id = md5_.digest();
  digested_ = true;
  PdfObject trailer;
  PoDoFo::PdfDictionary& dict = trailer.GetDictionary();
  dict.AddKey("Size", static_cast<PoDoFo::pdf_int64>(offsets_.size() + 1));
  dict.AddKey("Root", PdfReference(root, 0));
  dict.AddKey("Info", PdfReference(info, 0));
  PoDoFo::PdfArray ids;
  ids.push_back(PoDoFo::PdfString(id.data(), static_cast<PoDoFo::pdf_long>(id.size()), true));
  ids.push_back(ids.front());
  dict.AddKey("ID", ids);
  emit("trailer\n" + serialise(trailer) + "startxref\n" + std::to_string(xref) + "\n%%EOF\n");
}

}  // namespace formwork
