#include "import/html_table.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

namespace raci::detail {
namespace {

// The whole text of a <sup> when it is a number, else empty.
std::string sup_number(const GumboNode* node) {
  if (node->v.element.children.length != 1) return {};
  const auto* child = static_cast<const GumboNode*>(node->v.element.children.data[0]);
  if (child->type != GUMBO_NODE_TEXT) return {};
  const std::string text = child->v.text.text;
  if (text.empty() || text.size() > 10 || !std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return {};
  return text;
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
      return true;
    default:
      return false;
  }
}

// A cell's text as Markdown, appended to `out`. An explicit stack, not recursion: nesting as
// deep as the document wants costs no C++ stack.
void append_text(const GumboNode* cell, std::string& out) {
  std::vector<std::pair<const GumboNode*, unsigned>> stack{{cell, 0}};
  while (!stack.empty()) {
    const GumboNode* node = stack.back().first;
    const unsigned next = stack.back().second++;
    if (next >= node->v.element.children.length) {
      if (node != cell && is_block(node->v.element.tag)) out += ' ';
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(node->v.element.children.data[next]);
    switch (child->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        for (const char* c = child->v.text.text; *c != '\0'; ++c) {
          // Markdown's markup characters are text here; strip_markup takes the escapes away.
          if (*c == '\\' || *c == '*' || *c == '_' || *c == '[' || *c == '<') out += '\\';
          if (c[0] == '\xC2' && c[1] == '\xA0') {  // a no-break space
            out += ' ';
            ++c;
            continue;
          }
          out += *c;
        }
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        if (child->v.element.tag == GUMBO_TAG_BR) {
          out += ' ';
        } else if (child->v.element.tag == GUMBO_TAG_SUP && !sup_number(child).empty()) {
          out += " (";
          out += sup_number(child);
          out += ')';
        } else {
          if (is_block(child->v.element.tag)) out += ' ';
          stack.emplace_back(child, 0);
        }
        break;
      default:
        break;  // comments and the like are no text
    }
  }
}

GumboOptions parse_options() {
  GumboOptions options = kGumboDefaultOptions;
  options.tab_stop = 1;    // columns count characters, a tab one
  options.max_errors = 0;  // the document's HTML errors are not ours to report
  return options;
}

struct OutputDeleter {
  void operator()(GumboOutput* output) const {
    const GumboOptions options = parse_options();
    gumbo_destroy_output(&options, output);
  }
};

}  // namespace

std::vector<HtmlRow> read_html_table(std::string_view html, std::uint32_t first_line) {
  const GumboOptions options = parse_options();
  const std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&options, html.data(), html.size()));
  // The first <table>, found breadth-first under the root.
  std::vector<const GumboNode*> queue{output->root};
  const GumboNode* table = nullptr;
  for (std::size_t i = 0; i < queue.size() && !table; ++i) {
    const GumboNode* node = queue[i];
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    if (node->v.element.tag == GUMBO_TAG_TABLE) {
      table = node;
      break;
    }
    for (unsigned c = 0; c < node->v.element.children.length; ++c)
      queue.push_back(static_cast<const GumboNode*>(node->v.element.children.data[c]));
  }
  std::vector<HtmlRow> rows;
  if (!table) return rows;
  // Its rows: under <thead>, <tbody>, <tfoot> or itself, never in a nested table.
  std::vector<const GumboNode*> sections{table};
  for (unsigned c = 0; c < table->v.element.children.length; ++c) {
    const auto* child = static_cast<const GumboNode*>(table->v.element.children.data[c]);
    if (child->type == GUMBO_NODE_ELEMENT &&
        (child->v.element.tag == GUMBO_TAG_THEAD || child->v.element.tag == GUMBO_TAG_TBODY ||
         child->v.element.tag == GUMBO_TAG_TFOOT)) {
      sections.push_back(child);
    }
  }
  // Gumbo puts the rows of a table without <tbody> in one it makes; keep document order.
  std::vector<const GumboNode*> trs;
  for (const GumboNode* section : sections) {
    for (unsigned c = 0; c < section->v.element.children.length; ++c) {
      const auto* child = static_cast<const GumboNode*>(section->v.element.children.data[c]);
      if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_TR)
        trs.push_back(child);
    }
  }
  std::stable_sort(trs.begin(), trs.end(), [](const GumboNode* a, const GumboNode* b) {
    return a->v.element.start_pos.offset < b->v.element.start_pos.offset;
  });
  for (const GumboNode* tr : trs) {
    HtmlRow& row = rows.emplace_back();
    row.line = first_line + tr->v.element.start_pos.line - 1;
    for (unsigned c = 0; c < tr->v.element.children.length; ++c) {
      const auto* cell = static_cast<const GumboNode*>(tr->v.element.children.data[c]);
      if (cell->type != GUMBO_NODE_ELEMENT ||
          (cell->v.element.tag != GUMBO_TAG_TD && cell->v.element.tag != GUMBO_TAG_TH))
        continue;
      RawCell raw{{}, cell->v.element.start_pos.column};
      append_text(cell, raw.text);
      row.cells.push_back(std::move(raw));
    }
  }
  return rows;
}

}  // namespace raci::detail
