#include "load/json_reader.hpp"

#include <fmt/format.h>

#include <iterator>
#include <nlohmann/json.hpp>

#include "load/data_file.hpp"

namespace raci::detail {
namespace {

// Where the parser is: how far it has read, and where the current line starts. JSON tokens
// never span lines, so a token that ends on this line starts on it too.
struct Cursor {
  const char* begin = nullptr;
  const char* current = nullptr;
  const char* line_start = nullptr;
  const char* previous_line_start = nullptr;
  std::uint32_t line = 1;
};

// A character iterator that keeps the Cursor up to date as nlohmann's lexer reads.
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* position, Cursor* cursor) : position_(position), cursor_(cursor) {}

  reference operator*() const { return *position_; }
  TrackingIterator& operator++() {
    if (*position_ == '\n') {
      ++cursor_->line;
      cursor_->previous_line_start = cursor_->line_start;
      cursor_->line_start = position_ + 1;
    }
    cursor_->current = ++position_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const TrackingIterator& a, const TrackingIterator& b) {
    return a.position_ == b.position_;
  }

 private:
  const char* position_;
  Cursor* cursor_;
};

using Json = nlohmann::json;

class Forwarder final : public nlohmann::json_sax<Json> {
 public:
  Forwarder(std::string_view text, const std::string& origin, EventSink& sink, Cursor& cursor)
      : text_(text), origin_(origin), sink_(sink), cursor_(cursor) {}

  bool null() override { return scalar("", ScalarKind::null, word_start()); }
  bool boolean(bool value) override {
    return scalar(value ? "true" : "false", ScalarKind::json_boolean, word_start());
  }
  bool number_integer(number_integer_t value) override {
    return scalar(std::to_string(value), ScalarKind::json_number, word_start());
  }
  bool number_unsigned(number_unsigned_t value) override {
    return scalar(std::to_string(value), ScalarKind::json_number, word_start());
  }
  bool number_float(number_float_t, const string_t& text) override {
    return scalar(text, ScalarKind::json_number, word_start());
  }
  bool string(string_t& value) override {
    return scalar(value, ScalarKind::quoted, string_start());
  }
  bool binary(binary_t&) override { return false; }  // JSON text has none
  bool key(string_t& value) override { return scalar(value, ScalarKind::quoted, string_start()); }
  bool start_object(std::size_t) override {
    enter();
    sink_.begin_map(last_char());
    return true;
  }
  bool end_object() override { return leave(); }
  bool start_array(std::size_t) override {
    enter();
    sink_.begin_sequence(last_char());
    return true;
  }
  bool end_array() override { return leave(); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& error) override {
    // nlohmann's text reads "[json.exception.parse_error.101] parse error at line 3, column
    // 5: syntax error while parsing ..."; keep what follows the place, which we give ourselves.
    std::string message = error.what();
    if (const auto at = message.find(": ", message.find("column")); at != std::string::npos) {
      message.erase(0, at + 2);
    }
    throw DataError(origin_, location_of(std::min(position, text_.size()) - (position > 0 ? 1 : 0)),
                    fmt::format("JSON syntax error: {}", message));
  }

 private:
  bool scalar(std::string_view value, ScalarKind kind, Location location) {
    sink_.scalar(value, kind, location);
    return true;
  }
  void enter() {
    if (++depth_ > max_nesting) {
      throw DataError(origin_, last_char(), std::string(too_deep));
    }
  }
  bool leave() {
    --depth_;
    sink_.end_container();
    return true;
  }

  std::size_t consumed() const { return static_cast<std::size_t>(cursor_.current - cursor_.begin); }
  // The lexer reads at most one character ahead, so a token starts on the current line or,
  // when that character was a newline, on the previous one.
  Location location_of(std::size_t offset) const {
    const auto line_start = static_cast<std::size_t>(cursor_.line_start - cursor_.begin);
    if (offset >= line_start) {
      return {cursor_.line, static_cast<std::uint32_t>(offset - line_start + 1)};
    }
    const auto previous = static_cast<std::size_t>(cursor_.previous_line_start - cursor_.begin);
    return {cursor_.line - 1, static_cast<std::uint32_t>(offset - previous + 1)};
  }
  // A structural character is the last one read.
  Location last_char() const { return location_of(consumed() - 1); }
  // A string ends with the last quote read; find the quote that opens it.
  Location string_start() const {
    std::size_t i = consumed() - 1;
    while (i > 0) {
      --i;
      if (text_[i] != '"') continue;
      std::size_t backslashes = 0;
      while (i > backslashes && text_[i - 1 - backslashes] == '\\')
        ++backslashes;
      if (backslashes % 2 == 0) break;
    }
    return location_of(i);
  }
  // Numbers and literals: the lexer may have read one character past the end.
  Location word_start() const {
    auto in_word = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
    };
    std::size_t end = consumed();
    while (end > 0 && !in_word(text_[end - 1]))
      --end;
    std::size_t start = end;
    while (start > 0 && in_word(text_[start - 1]))
      --start;
    return location_of(start);
  }

  std::string_view text_;
  const std::string& origin_;
  EventSink& sink_;
  Cursor& cursor_;
  int depth_ = 0;
};

}  // namespace

void read_json(std::string_view text, const std::string& origin, EventSink& sink) {
  Cursor cursor{text.data(), text.data(), text.data(), text.data(), 1};
  Forwarder forwarder(text, origin, sink, cursor);
  TrackingIterator first(text.data(), &cursor);
  TrackingIterator last(text.data() + text.size(), &cursor);
  Json::sax_parse(first, last, &forwarder);
}

}  // namespace raci::detail
