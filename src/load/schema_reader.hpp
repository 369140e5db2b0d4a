#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "load/events.hpp"
#include "raci/model/builder.hpp"

namespace raci::detail {

// The data format's schema (docs/data-format.md) over parse events, whatever the syntax:
// which keys each mapping holds, their types, required and duplicate keys. It turns the
// events into MatrixBuilder calls, which check the rules of the data itself. Nothing but the
// Matrix grows with the file, so large files load in bounded memory.
class SchemaReader final : public EventSink {
 public:
  explicit SchemaReader(std::string origin);

  void begin_map(Location location) override;
  void begin_sequence(Location location) override;
  void end_container() override;
  void scalar(std::string_view value, ScalarKind kind, Location location) override;

  // Checks what can only be checked once everything is read. Throws DataError.
  Matrix finish();

 private:
  enum class Node : std::uint8_t {
    root,
    legend,
    legend_entry,
    party_list,
    party,
    aliases,
    footnote_list,
    footnote,
    section_list,
    section,
    section_note_list,
    section_note,
    activity_list,
    activity,
    roles,
    cell_notes,
    citations,
    glossary_list,
    glossary_entry,
    glossary_same,
    languages,
  };
  enum class Type : std::uint8_t { string, integer, map, sequence };

  using StringSetter = void (*)(SchemaReader&, std::string_view, Location);
  using IntegerSetter = void (*)(SchemaReader&, int, Location);

  // One key of the schema: written once, with its type and what its value sets.
  struct KeySpec {
    std::string_view name;
    Type type;
    Node child;  // for maps and sequences: what they hold
    bool required;
    StringSetter set_string = nullptr;
    IntegerSetter set_integer = nullptr;
  };

  static constexpr std::size_t max_keys = 12;
  // key_index of a translated text's key (`text_fr`): not in the key table.
  static constexpr int translation_key = -2;

  struct Frame {
    Node node = Node::root;
    bool is_map = false;
    Location location;
    std::string name;  // the key this container is the value of, for messages
    // Maps: the key whose value comes next (none while a key is expected).
    bool expecting_key = true;
    std::string key;
    Location key_location;
    int key_index = -1;  // into the node's KeySpec table; -1 for free keys, translation_key
    MatrixBuilder::Text translated = MatrixBuilder::Text::title;  // for a translation_key
    std::string language;                                         // the same
    std::array<Location, max_keys> seen{};                        // where each schema key was met
    std::unordered_map<std::string, Location> free_keys_seen;
  };

  struct ExpectedValue {
    Type type;
    Node child;
  };

  static const std::vector<KeySpec>& keys_of(Node node);
  static std::string_view describe(Node node);
  // Which text a key names when it may be translated (`text` of an activity), or nothing.
  static std::optional<MatrixBuilder::Text> translatable(Node node, std::string_view key);
  std::size_t translated_index(Node node) const;
  bool take_translation_key(Frame& frame, std::string_view key, Location location);

  ExpectedValue expected_value() const;
  std::string value_name() const;
  void open(Node node, bool is_map, Location location, std::string name);
  void take_key(Frame& frame, std::string_view key, ScalarKind kind, Location location);
  void take_value(const Frame& frame, std::string_view value, ScalarKind kind, Location location);
  void close(const Frame& frame);
  void value_done();

  [[noreturn]] void fail(Location location, const std::string& message) const;
  int parse_integer(std::string_view value, ScalarKind kind, Location location) const;
  RoleSet parse_letters(std::string_view letters, Location location) const;
  std::size_t current_section() const { return open_sections_.back(); }

  std::string origin_;
  MatrixBuilder builder_;
  std::vector<Frame> stack_;
  bool root_seen_ = false;
  std::vector<std::size_t> open_sections_;
  Role legend_role_ = Role::responsible;
  std::size_t party_ = 0;
  std::size_t footnote_ = 0;
  std::size_t section_note_ = 0;
  std::size_t activity_ = 0;
  std::size_t glossary_entry_ = 0;
};

}  // namespace raci::detail
