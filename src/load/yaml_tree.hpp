#pragma once

#include <memory>
#include <string>
#include <vector>

#include "load/events.hpp"
#include "raci/util/error.hpp"

namespace raci::detail {

// A small YAML document held whole, for files that are read once and walked with precise
// messages (an owners file), unlike matrices, which stream. Built from the same checked
// bytes and the same event reader as the data files, so the same refusals hold (anchors,
// tags, NUL bytes, invalid UTF-8, deep nesting), and duplicate keys are refused here.
struct YamlNode {
  enum class Kind { map, sequence, scalar, null };
  Kind kind = Kind::null;
  std::string value;  // a scalar's text
  bool quoted = false;
  Location location;
  // A map's keys (scalars) and their values, side by side: a vector of pairs of this very
  // type is more than clang accepts of a type still being defined.
  std::vector<YamlNode> keys;
  std::vector<YamlNode> values;
  std::vector<YamlNode> items;  // a sequence's items
};

// The document in the file at `path` (size-limited as data files are). Throws DataError.
YamlNode read_yaml_tree(const std::string& path);

// The same from text, `origin` naming it in messages.
YamlNode parse_yaml_tree(std::string_view text, const std::string& origin);

}  // namespace raci::detail
