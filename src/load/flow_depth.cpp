#include "load/flow_depth.hpp"

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
  // Only the first four bytes of a line matter ("--- "); the count stops at five.
  if (c == '\n') {
    column_ = 0;
    leading_dashes_ = 0;
  } else if (column_ < 5) {
    ++column_;
    if (c == '-' && leading_dashes_ == column_ - 1) ++leading_dashes_;
  }
  switch (state_) {
    case State::comment:
      if (c != '\n') return true;
      state_ = State::plain;  // and the newline ends the line's plain scalar, as below
      break;
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
  // "-", "?" and ":" are indicators when a blank follows; otherwise ("---[[", "-x") they
  // start a plain scalar, in which brackets are text.
  if (indicator_ && !is_blank(c) && depth_ == 0) in_scalar_ = true;
  indicator_ = false;
  if (c == '\n') {
    in_scalar_ = false;
  } else if ((c == ' ' || c == '\t') && leading_dashes_ == 3 && column_ == 4) {
    in_scalar_ = false;  // "--- ": a document starts, and a collection may follow
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
    return ++depth_ <= max_nesting;
  } else if ((c == ']' || c == '}') && depth_ > 0) {
    --depth_;
    if (depth_ == 0) in_scalar_ = true;
  } else if (depth_ == 0 && !in_scalar_ && (c == '-' || c == '?' || c == ':')) {
    indicator_ = true;
  } else if (depth_ == 0) {
    in_scalar_ = true;
  }
  return true;
}

}  // namespace raci::detail
