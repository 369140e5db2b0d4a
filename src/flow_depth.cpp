#include "flow_depth.hpp"

#include <string_view>

namespace raci::detail {
namespace {

// A quote opens a quoted scalar only where a scalar can start ("client's" is plain text).
bool starts_scalar(char previous) {
  return std::string_view(" \t\r\n[{,:-?").find(previous) != std::string_view::npos;
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
  if (c == '#' && (previous == ' ' || previous == '\t' || previous == '\n')) {
    state_ = State::comment;
  } else if (c == '"' && starts_scalar(previous)) {
    state_ = State::double_quoted;
  } else if (c == '\'' && (starts_scalar(previous) || previous == '\'')) {
    state_ = State::single_quoted;  // '' inside a single-quoted scalar is a quote
  } else if (c == '[' || c == '{') {
    return ++depth_ <= max_depth;
  } else if ((c == ']' || c == '}') && depth_ > 0) {
    --depth_;
  }
  return true;
}

}  // namespace raci::detail
