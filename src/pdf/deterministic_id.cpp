#include "pdf/deterministic_id.h"

#include <podofo/podofo.h>

#include <cctype>
#include <stdexcept>

#include "pdf/podofo_error.h"

namespace formwork {
namespace {

constexpr size_t kHexDigits = 32;

bool is_hex_run(const std::string& s, size_t pos) {
  if (pos + kHexDigits > s.size()) return false;
  for (size_t i = pos; i < pos + kHexDigits; ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

/// The /ID array PoDoFo writes into a trailer: "/ID[<hex32><hex32>]".
/// Returns the offset of the first digit, or npos.
size_t find_trailer_id(const std::string& pdf, size_t from_end = std::string::npos) {
  const std::string key = "/ID[<";
  const size_t at = pdf.rfind(key, from_end);
  if (at == std::string::npos) return at;
  const size_t first = at + key.size();
  const size_t second = first + kHexDigits + 2;  // after "><"
  if (!is_hex_run(pdf, first) || pdf.compare(first + kHexDigits, 2, "><") != 0 ||
      !is_hex_run(pdf, second) || pdf.compare(second + kHexDigits, 2, ">]") != 0) {
    return std::string::npos;
  }
  return first;
}

}  // namespace

void stamp_info(PoDoFo::PdfDocument& doc, const std::string& title) {
  PoDoFo::PdfInfo* info = doc.GetInfo();
  PoDoFo::PdfDictionary& dict = info->GetObject()->GetDictionary();
  dict.AddKey("CreationDate", PoDoFo::PdfString(kFixedPdfDate));
  dict.AddKey("ModDate", PoDoFo::PdfString(kFixedPdfDate));
  info->SetProducer(PoDoFo::PdfString("formwork"));
  info->SetCreator(PoDoFo::PdfString("formwork"));
  if (!title.empty()) {
    info->SetTitle(PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(title.c_str())));
  }
}

std::string content_digest_hex(std::string_view bytes) {
  try {
    PoDoFo::PdfVecObjects objects;
    objects.SetAutoDelete(true);  // else the objects (a copy of the whole file) leak
    PoDoFo::PdfObject* info = objects.CreateObject();
    info->GetDictionary().AddKey(
        "H", PoDoFo::PdfString(bytes.data(), static_cast<PoDoFo::pdf_long>(bytes.size()), true));
    PoDoFo::PdfObject trailer;
    trailer.GetDictionary().AddKey("Info", info->Reference());
    PoDoFo::PdfWriter writer(&objects, &trailer);
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    writer.Write(&device);
    const std::string out(buffer.GetBuffer(), device.GetLength());
    const size_t at = find_trailer_id(out);
    if (at == std::string::npos) throw std::runtime_error("PoDoFo wrote no file identifier");
    return out.substr(at, kHexDigits);
  } catch (const PoDoFo::PdfError& e) {
    throw_pdf_error("cannot hash PDF content", e);
  }
}

void replace_trailer_id(std::string& pdf) {
  const size_t first = find_trailer_id(pdf);
  if (first == std::string::npos) throw std::runtime_error("PDF has no trailer /ID to replace");
  const std::string digest = content_digest_hex(std::string_view(pdf).substr(0, first));
  pdf.replace(first, kHexDigits, digest);
  pdf.replace(first + kHexDigits + 2, kHexDigits, digest);
}

}  // namespace formwork
