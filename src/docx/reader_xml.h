#pragma once
// The DOCX reader's XML helpers are the OOXML ones every package reader
// shares (ooxml/xml_read.h); the reader's files use them unqualified.
#include "ooxml/xml_read.h"

namespace formwork::docx_read {
using namespace formwork::ooxml;  // NOLINT(google-build-using-namespace)
}  // namespace formwork::docx_read
