#include "template/control_flow.h"

#include <deque>
#include <string>

#include "template/render_guard.h"

namespace formwork {

namespace {

// Inner frames have no record of their own: names fall through to parents.
const Value kNoRecord;

std::string with_article(std::string_view type) {
  bool vowel = !type.empty() && std::string_view("aeiou").find(type[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(type);
}

void expand_each(const EachNode& n, const Scope& scope, const EmitFn& emit) {
  Value list = guarded(n.loc, [&] { return n.list.eval(scope); });
  if (!list.is_array()) {
    throw TemplateError("each: '" + n.list.source() + "' is " + with_article(list.type_name()) +
                            ", expected a list",
                        n.loc);
  }
  long long position = 0;
  for (const Value& item : list.as_array()) {
    Scope frame(kNoRecord, &scope);
    frame.bind(n.as, item);
    if (!n.index.empty()) frame.bind(n.index, Value(++position));
    expand(n.body, frame, emit);
  }
}

// The parameters are evaluated in the caller's scope, all before any is
// bound, so `<use a="{{b}}" b="{{a}}">` swaps rather than sees its own
// bindings; the body's <set>s stay inside the piece.
void expand_use(const UseNode& n, const Scope& scope, const EmitFn& emit) {
  Scope frame(kNoRecord, &scope);
  for (const Node& p : n.params) {
    const auto& set = std::get<SetNode>(p.v);
    frame.bind(set.name, guarded(set.loc, [&] { return set.value.render_value(scope); }));
  }
  expand(n.body, frame, emit);
}

}  // namespace

void expand(const Nodes& nodes, const Scope& scope, const EmitFn& emit) {
  std::deque<Scope> frames;  // one per <set>; a deque keeps their addresses stable
  const Scope* current = &scope;
  for (const Node& node : nodes) {
    if (const auto* set = std::get_if<SetNode>(&node.v)) {
      Value v = guarded(set->loc, [&] { return set->value.render_value(*current); });
      frames.emplace_back(kNoRecord, current);
      frames.back().bind(set->name, std::move(v));
      current = &frames.back();
    } else if (const auto* each = std::get_if<EachNode>(&node.v)) {
      expand_each(*each, *current, emit);
    } else if (const auto* cond = std::get_if<IfNode>(&node.v)) {
      bool yes = guarded(cond->loc, [&] { return cond->test.eval(*current).truthy(); });
      expand(yes ? cond->then_body : cond->else_body, *current, emit);
    } else if (const auto* use = std::get_if<UseNode>(&node.v)) {
      expand_use(*use, *current, emit);
    } else {
      emit(node, *current);
    }
  }
}

}  // namespace formwork
