#pragma once

#include "load/data_file.hpp"

namespace raci::detail {

// How deep YAML flow collections ([ and {) nest, followed byte by byte, outside quoted
// scalars and comments. yaml-cpp's scanner reads a whole run of unclosed brackets ahead
// before its first event, at about 240 bytes of memory each (a 10 MB line of "{" would take
// gigabytes), so the loaders stop such input before yaml-cpp sees it.
class FlowDepth {
 public:
  // Takes the next byte; false when it opens a collection deeper than max_nesting.
  bool feed(char c);
  // Whether the bytes fed so far end inside a quoted scalar or a comment.
  bool in_quotes_or_comment() const { return state_ != State::plain; }

 private:
  enum class State { plain, single_quoted, double_quoted, escape, comment };
  State state_ = State::plain;
  char previous_ = '\n';
  int depth_ = 0;
  bool in_scalar_ = false;  // inside a plain scalar in block context
  bool indicator_ = false;  // the byte before was "-", "?" or ":" outside a scalar
  int column_ = 0;          // bytes since the last newline, up to 5
  int leading_dashes_ = 0;  // how many of them are "-" from the line's start
};

}  // namespace raci::detail
