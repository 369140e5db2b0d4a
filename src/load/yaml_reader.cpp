#include "load/yaml_reader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

#include "load/data_file.hpp"
#include "raci/util/unicode.hpp"

namespace raci::detail {
namespace {

Location location_of(const YAML::Mark& mark) {
  if (mark.is_null()) return {};
  return {static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(mark.column + 1)};
}

class Forwarder final : public YAML::EventHandler {
 public:
  Forwarder(const std::string& origin, EventSink& sink) : origin_(origin), sink_(sink) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      fail(mark, "more than one YAML document (a data file holds exactly one)");
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check(mark, "?", anchor);
    sink_.scalar("", ScalarKind::null, location_of(mark));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    fail(mark, "YAML aliases are not supported (the data format has no anchors or aliases)");
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check(mark, tag, anchor);
    // yaml-cpp tags a plain scalar "?" and a quoted one "!".
    const ScalarKind kind = tag == "!" ? ScalarKind::quoted : ScalarKind::plain;
    if (!find_invalid_utf8(value)) {
      sink_.scalar(value, kind, location_of(mark));
      return;
    }
    sink_.scalar(repair_escapes(mark, value), kind, location_of(mark));
  }
  // yaml-cpp writes the escapes \N (U+0085) and \_ (U+00A0) as the bare bytes 0x85 and 0xA0,
  // which are not UTF-8; the text was valid before, so nothing else can be invalid here.
  std::string repair_escapes(const YAML::Mark& mark, const std::string& value) const {
    std::string out;
    std::size_t done = 0;
    while (const std::optional<std::size_t> bad =
               find_invalid_utf8(std::string_view(value).substr(done))) {
      const std::size_t at = done + *bad;
      const auto byte = static_cast<unsigned char>(value[at]);
      if (byte != 0x85 && byte != 0xa0) fail(mark, "invalid UTF-8 in an escaped string");
      out.append(value, done, at - done);
      out += '\xc2';
      out += value[at];
      done = at + 1;
    }
    return out + value.substr(done);
  }
  void check_collection(const YAML::Mark& mark, const std::string& tag,
                        YAML::anchor_t anchor) const {
    // yaml-cpp gives an untagged collection "?"; "!" is the non-specific tag written out.
    if (tag == "!") fail(mark, "YAML tags are not supported (found '!')");
    check(mark, tag, anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check_collection(mark, tag, anchor);
    enter(mark);
    sink_.begin_sequence(location_of(mark));
  }
  void OnSequenceEnd() override { leave(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check_collection(mark, tag, anchor);
    enter(mark);
    sink_.begin_map(location_of(mark));
  }
  void OnMapEnd() override { leave(); }

 private:
  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) const {
    throw DataError(origin_, location_of(mark), message);
  }
  void check(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) const {
    if (anchor != YAML::NullAnchor) {
      fail(mark, "YAML anchors are not supported (the data format has no anchors or aliases)");
    }
    if (tag != "?" && tag != "!") {
      fail(mark, fmt::format("YAML tags are not supported (found '{}')", escape_controls(tag)));
    }
  }
  void enter(const YAML::Mark& mark) {
    if (++depth_ > max_nesting) {
      fail(mark, std::string(too_deep));
    }
  }
  void leave() {
    --depth_;
    sink_.end_container();
  }

  const std::string& origin_;
  EventSink& sink_;
  int documents_ = 0;
  int depth_ = 0;
};

}  // namespace

void read_yaml(std::istream& input, const std::string& origin, EventSink& sink) {
  Forwarder forwarder(origin, sink);
  try {
    YAML::Parser parser(input);
    while (parser.HandleNextDocument(forwarder)) {
    }
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own text for this is a misleading "bad file".
    throw DataError(origin, location_of(e.mark), "nesting too deep for the YAML parser");
  } catch (const YAML::Exception& e) {
    std::string message = e.msg;
    // yaml-cpp's answer to a key over 1024 characters, which YAML allows only after "? ".
    if (message == YAML::ErrorMsg::MAP_VALUE && e.mark.column >= 1024)
      message += " (or a key longer than 1024 characters, which YAML allows only after '? ')";
    throw DataError(origin, location_of(e.mark), fmt::format("YAML syntax error: {}", message));
  }
}

}  // namespace raci::detail
