#pragma once
// A JSON pointer as a person reads it beside the pointer itself.
#include <nlohmann/json.hpp>
#include <string>

namespace formwork {

/// `pointer` followed, when it helps, by what a person sees in the form:
/// rows counted from 1 (pointers count from 0, RFC 6901 §4) and the
/// schema's `title` of the field when it differs from the key:
///   "/费用/0/金额"          → "/费用/0/金额 (费用 row 1)"
///   "/申报单位联系电话"      → "/申报单位联系电话 (联系电话)"
///   "/项目/2/名称"  + title → "/项目/2/名称 (项目 row 3, 项目名称)"
/// `schema` is the draft-07 schema document; "properties", "items",
/// "additionalProperties" and local "$ref"s ("#/definitions/…") are followed.
/// The root ("" or "/") is returned as "/". Throws nothing.
std::string pointer_label(const std::string& pointer, const nlohmann::json& schema);

}  // namespace formwork
