#include "load/yaml_tree.hpp"

#include <fmt/format.h>

#include <istream>
#include <sstream>

#include "load/checked_file.hpp"
#include "load/data_file.hpp"
#include "load/flow_depth.hpp"
#include "load/yaml_reader.hpp"
#include "raci/load/loader.hpp"
#include "raci/util/text.hpp"

namespace raci::detail {
namespace {

class TreeBuilder final : public EventSink {
 public:
  explicit TreeBuilder(const std::string& origin) : origin_(origin) {}

  void begin_map(Location location) override { open(YamlNode::Kind::map, location); }
  void begin_sequence(Location location) override { open(YamlNode::Kind::sequence, location); }
  void end_container() override {
    YamlNode node = std::move(stack_.back());
    stack_.pop_back();
    place(std::move(node));
  }
  void scalar(std::string_view value, ScalarKind kind, Location location) override {
    YamlNode node;
    node.kind = kind == ScalarKind::null ? YamlNode::Kind::null : YamlNode::Kind::scalar;
    node.value = value;
    node.quoted = kind == ScalarKind::quoted;
    node.location = location;
    place(std::move(node));
  }

  YamlNode take() {
    if (!root_) throw DataError(origin_, {}, "the file holds no data");
    return std::move(*root_);
  }

 private:
  void open(YamlNode::Kind kind, Location location) {
    if (!stack_.empty() && stack_.back().kind == YamlNode::Kind::map && !pending_key_.back()) {
      throw DataError(origin_, location, "a mapping key must be a plain string");
    }
    YamlNode node;
    node.kind = kind;
    node.location = location;
    stack_.push_back(std::move(node));
    pending_key_.push_back(std::nullopt);
  }

  void place(YamlNode node) {
    if (node.kind == YamlNode::Kind::map || node.kind == YamlNode::Kind::sequence) {
      pending_key_.pop_back();
    }
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    YamlNode& parent = stack_.back();
    if (parent.kind == YamlNode::Kind::sequence) {
      parent.items.push_back(std::move(node));
      return;
    }
    std::optional<YamlNode>& key = pending_key_.back();
    if (!key) {
      if (node.kind != YamlNode::Kind::scalar) {
        throw DataError(origin_, node.location, "a mapping key must be a plain string");
      }
      for (const YamlNode& seen : parent.keys) {
        if (seen.value == node.value) {
          throw DataError(origin_, node.location,
                          fmt::format("duplicate key {} (first at {})", quote(node.value),
                                      line_column(seen.location)));
        }
      }
      key = std::move(node);
      return;
    }
    parent.keys.push_back(std::move(*key));
    parent.values.push_back(std::move(node));
    key.reset();
  }

  const std::string& origin_;
  std::vector<YamlNode> stack_;
  std::vector<std::optional<YamlNode>> pending_key_;  // per open container
  std::optional<YamlNode> root_;
};

}  // namespace

YamlNode read_yaml_tree(const std::string& path) {
  CheckedFileBuffer buffer(path, max_file_size);
  std::istream input(&buffer);
  TreeBuilder builder(path);
  try {
    read_yaml(input, path, builder);
  } catch (const DataError&) {
    if (buffer.error() && buffer.exhausted()) throw *buffer.error();
    throw;
  }
  if (buffer.error()) throw *buffer.error();
  if (!buffer.saw_content()) throw DataError(path, {}, "the file is empty");
  return builder.take();
}

YamlNode parse_yaml_tree(std::string_view text, const std::string& origin) {
  if (is_blank(text)) throw DataError(origin, {}, "the file is empty");
  check_encoding(text, origin);
  FlowDepth depth;
  for (char c : text) {
    if (!depth.feed(c)) throw DataError(origin, {}, std::string(too_deep));
  }
  std::istringstream input{std::string(text)};
  TreeBuilder builder(origin);
  read_yaml(input, origin, builder);
  return builder.take();
}

}  // namespace raci::detail
