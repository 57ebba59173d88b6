#include "template/nesting_limit.h"

#include <string>

namespace formwork {

void check_element_depth(pugi::xml_node root, const ParseContext& ctx) {
  // Depth-first in document order without recursion: down to the first
  // child element, else to the next sibling element of the node or of its
  // nearest ancestor that has one.
  auto first_element = [](pugi::xml_node n) {
    while (n && n.type() != pugi::node_element) n = n.next_sibling();
    return n;
  };
  int depth = 1;
  pugi::xml_node n = root;
  while (n) {
    if (depth > kMaxElementDepth) {
      throw TemplateError("elements nested more than " + std::to_string(kMaxElementDepth) +
                              " levels deep (the template nesting limit)",
                          ctx.at(n));
    }
    if (pugi::xml_node child = first_element(n.first_child())) {
      n = child;
      ++depth;
      continue;
    }
    while (n != root && !first_element(n.next_sibling())) {
      n = n.parent();
      --depth;
    }
    if (n == root) break;
    n = first_element(n.next_sibling());
  }
}

}  // namespace formwork
