#pragma once
// A PDF file written object by object (PDF 32000-1 §7.5): PoDoFo serialises
// each object as soon as it is complete, and only object offsets stay in
// memory until the cross-reference table is written.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/md5.h"

namespace PoDoFo {
class PdfDictionary;
class PdfVariant;
}  // namespace PoDoFo

namespace formwork {

/// Where the bytes of a PDF go, in order.
class PdfSink {
 public:
  virtual ~PdfSink() = default;
  /// Appends `bytes`. Throws IoError when they cannot be written.
  virtual void write(std::string_view bytes) = 0;
};

/// A sink collecting the file in memory.
class StringSink : public PdfSink {
 public:
  void write(std::string_view bytes) override { bytes_.append(bytes); }
  std::string take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

/// zlib-format deflate (RFC 1950) through libqpdf's Pl_Flate (zlib, level
/// 6): the FlateDecode filter (PDF 32000-1 §7.4.4) of every stream formwork
/// writes. Thread-safe. Throws std::runtime_error from qpdf on failure.
std::string deflate(std::string_view bytes);

/// Writes one PDF file to a sink: the header at construction, objects in
/// any order by the numbers reserve() handed out, and the cross-reference
/// table and trailer at finish(). PoDoFo 0.9.8's own writers (PdfWriter,
/// and PdfImmediateWriter behind PdfStreamedDocument) keep every object
/// that is not a stream in memory until the file is closed — for a merged
/// print file of 100,000 records, a million page, outline and resource
/// dictionaries — so objects are serialised here one at a time with
/// PdfObject::WriteObject and then dropped. The file identifier (/ID,
/// §14.4) is the MD5 of every byte before the trailer, so the same
/// content always gives the same file.
class PdfFile {
 public:
  /// Writes the header (%PDF-1.4 and a binary comment line) to `sink`,
  /// which must outlive the file.
  explicit PdfFile(PdfSink& sink);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  /// A new object number (1, 2, …) for an object written later.
  uint32_t reserve();
  /// Writes object `num` (reserved, not yet written) holding `value`.
  /// Throws std::logic_error for a number not reserved or written twice.
  void write(uint32_t num, const PoDoFo::PdfVariant& value);
  /// Writes object `num` as a stream: `dict` and `data`, deflated here
  /// (/Filter /FlateDecode) when `compress`, else as is.
  void write_stream(uint32_t num, const PoDoFo::PdfDictionary& dict, std::string_view data,
                    bool compress = true);
  /// Writes object `num` as a stream whose `data` is already deflated
  /// (deflate()); /Filter /FlateDecode is added to `dict`.
  void write_deflated_stream(uint32_t num, const PoDoFo::PdfDictionary& dict,
                             std::string_view data);
  /// Writes the cross-reference table and the trailer naming `root` (the
  /// catalog) and `info`. Throws std::logic_error when a reserved object
  /// was never written.
  void finish(uint32_t root, uint32_t info);
  /// Bytes written so far.
  uint64_t size() const { return offset_; }

 private:
  void emit(std::string_view bytes);
  void write_stream_object(uint32_t num, const PoDoFo::PdfDictionary& dict, std::string_view data,
                           bool deflated);
  void mark_written(uint32_t num);

  PdfSink& sink_;
  Md5 md5_;
  uint64_t offset_ = 0;
  bool digested_ = false;          // the /ID covers everything before the trailer
  std::vector<uint64_t> offsets_;  // by object number − 1; 0 = reserved, not written
};

}  // namespace formwork
