#include "flow_depth.hpp"

#include <string_view>

namespace raci::detail {
namespace {

// A quote opens a quoted scalar only where a scalar can start ("client's" is plain text).
bool starts_scalar(char previous) {
  return std::string_view(" \t\r\n[{,:-?").find(previous) != std::string_view::npos;
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

bool FlowDepth::feed(char c) {
  const char previous = previous_;
  previous_ = c;
  switch (state_) {
    case State::comment:
      if (c == '\n') state_ = State::plain;
      return true;
    case State::double_quoted:
      if (c == '\\') state_ = State::escape;
      if (c == '"') state_ = State::plain;
      return true;
    case State::escape:
      state_ = State::double_quoted;
      return true;
    case State::single_quoted:
      if (c == '\'') state_ = State::plain;
      return true;
    case State::plain:
      break;
  }
  if (c == '\n') {
    in_scalar_ = false;
  } else if (c == ' ' || c == '\t') {
    // ": " ends a key and "- " starts an entry: what follows may open a collection.
    if (previous == ':' || (previous == '-' && !in_scalar_)) in_scalar_ = false;
  } else if (c == '#' && is_blank(previous)) {
    state_ = State::comment;
  } else if (c == '"' && starts_scalar(previous)) {
    state_ = State::double_quoted;
  } else if (c == '\'' && (starts_scalar(previous) || previous == '\'')) {
    state_ = State::single_quoted;  // '' inside a single-quoted scalar is a quote
  } else if ((c == '[' || c == '{') && (depth_ > 0 || !in_scalar_)) {
    // In block context a bracket inside a plain scalar ("see [1]") is text.
    return ++depth_ <= max_depth;
  } else if ((c == ']' || c == '}') && depth_ > 0) {
    --depth_;
    if (depth_ == 0) in_scalar_ = true;
  } else if (depth_ == 0 && c != '-' && c != '?' && c != ':') {
    in_scalar_ = true;
  }
  return true;
}

}  // namespace raci::detail
