#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace raci {

// Where streamed output goes: the render functions call it with each piece of text, in
// order, as soon as the piece is ready (a JSON value, a CSV record, a table row). The text
// is only valid during the call.
using Sink = std::function<void(std::string_view)>;

// A sink that appends to `text`, for callers that want the whole output as one string.
inline Sink append_to(std::string& text) {
  return [&text](std::string_view piece) { text.append(piece); };
}

}  // namespace raci
