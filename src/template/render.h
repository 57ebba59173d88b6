#pragma once
// The loaded template tree + one record → Document (private to the
// template module).
#include "model/document.h"
#include "model/value.h"
#include "template/template_node.h"

namespace formwork {

/// Renders `form` for `record`: title and sheet name from the <form>
/// attributes (which see the record only, not <set> variables), the page
/// setup, and every block. Throws TemplateError.
Document render_document(const TemplateNode& form, const Value& record);

}  // namespace formwork
