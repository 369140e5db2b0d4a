#include "raci/render/json_writer.hpp"

#include <string>

#include "raci/util/unicode.hpp"

namespace raci {
namespace {

constexpr std::size_t indent_width = 2;

}  // namespace

std::string dump_json(const Json& value, JsonLayout layout) {
  const int indent = layout == JsonLayout::indented ? static_cast<int>(indent_width) : -1;
  return escape_hidden_in_json(value.dump(indent, ' ', false, Json::error_handler_t::replace));
}

JsonWriter::JsonWriter(Sink sink, JsonLayout layout) : sink_(std::move(sink)), layout_(layout) {}

void JsonWriter::newline_and_indent(std::size_t depth) {
  if (layout_ == JsonLayout::compact) return;
  std::string text(1 + depth * indent_width, ' ');
  text[0] = '\n';
  sink_(text);
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (members_.empty()) return;
  if (members_.back()++ > 0) sink_(",");
  newline_and_indent(members_.size());
}

void JsonWriter::begin_object() {
  before_value();
  sink_("{");
  members_.push_back(0);
}

void JsonWriter::begin_array() {
  before_value();
  sink_("[");
  members_.push_back(0);
}

void JsonWriter::end_object() {
  const std::size_t count = members_.back();
  members_.pop_back();
  if (count > 0) newline_and_indent(members_.size());
  sink_("}");
}

void JsonWriter::end_array() {
  const std::size_t count = members_.back();
  members_.pop_back();
  if (count > 0) newline_and_indent(members_.size());
  sink_("]");
}

void JsonWriter::key(std::string_view name) {
  before_value();
  std::string text = dump_json(Json(std::string(name)), layout_);
  text += layout_ == JsonLayout::indented ? ": " : ":";
  sink_(text);
  after_key_ = true;
}

void JsonWriter::value(const Json& value) {
  before_value();
  std::string text = dump_json(value, layout_);
  if (layout_ == JsonLayout::indented && !members_.empty()) {
    // dump() indents from column 0; JSON strings hold no raw newline, so every newline in
    // the text starts a line of the value that needs the current depth added.
    const std::string indent(members_.size() * indent_width, ' ');
    std::string shifted;
    shifted.reserve(text.size());
    for (char c : text) {
      shifted += c;
      if (c == '\n') shifted += indent;
    }
    text = std::move(shifted);
  }
  sink_(text);
}

}  // namespace raci
