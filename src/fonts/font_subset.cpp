#include "fonts/font_subset.h"

#include <hb-subset.h>

#include <memory>
#include <stdexcept>

#include "fonts/hb_face.h"

namespace formwork {
namespace {

template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
  void operator()(T* p) const { Destroy(p); }
};
using InputPtr =
    std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;
using PlanPtr =
    std::unique_ptr<hb_subset_plan_t, HbDeleter<hb_subset_plan_t, hb_subset_plan_destroy>>;
using FacePtr = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using BlobPtr = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;

}  // namespace

FontSubset subset_font(const HbFace& face, const std::vector<uint32_t>& gids) {
  InputPtr input(hb_subset_input_create_or_fail());
  if (!input) throw std::runtime_error("hb-subset: out of memory");
  hb_set_t* glyphs = hb_subset_input_glyph_set(input.get());
  for (uint32_t gid : gids) hb_set_add(glyphs, gid);
  // The default unicode set and drop list name tables the source face
  // does not have; nothing else to drop.
  hb_set_clear(hb_subset_input_unicode_set(input.get()));
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  PlanPtr plan(hb_subset_plan_create_or_fail(face.subset_source(), input.get()));
  if (!plan) throw std::runtime_error("hb-subset cannot subset font '" + face.id() + "'");
  FacePtr subset(hb_subset_plan_execute_or_fail(plan.get()));
  if (!subset) throw std::runtime_error("hb-subset cannot subset font '" + face.id() + "'");
  FontSubset out;
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
  out.new_gid_of.reserve(gids.size());
  for (uint32_t gid : gids) {
    const hb_codepoint_t mapped = hb_map_get(old_to_new, gid);
    out.new_gid_of.push_back(mapped == HB_MAP_VALUE_INVALID ? 0 : mapped);
  }
  BlobPtr blob(hb_face_reference_blob(subset.get()));
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob.get(), &len);
  out.program.assign(data, len);
  return out;
}

}  // namespace formwork
