#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "load/events.hpp"
#include "raci/model/matrix.hpp"

namespace raci::detail {

// Builds a Matrix from parse events, checking the data format as the events arrive: the
// schema (keys, types, duplicates) as a stack of frames, then cross-references in finish().
// Nothing but the Matrix itself grows with the file, so large files load in bounded memory.
class MatrixBuilder final : public EventSink {
 public:
  explicit MatrixBuilder(std::string origin);

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
    activity_list,
    activity,
    roles,
    citations,
  };
  enum class Type : std::uint8_t { string, integer, map, sequence };

  struct KeySpec {
    std::string_view name;
    Type type;
    Node child;  // for maps and sequences: what they hold
    bool required;
  };

  static constexpr std::size_t max_keys = 10;

  struct Frame {
    Node node = Node::root;
    bool is_map = false;
    Location location;
    std::string name;  // the key this container is the value of, for messages
    // Maps: the key whose value comes next (none while a key is expected).
    bool expecting_key = true;
    std::string key;
    Location key_location;
    int key_index = -1;                     // into the node's KeySpec table; -1 for free keys
    std::array<Location, max_keys> seen{};  // where each schema key was met
    std::vector<std::pair<std::string, Location>> free_keys_seen;
  };

  struct ExpectedValue {
    Type type;
    Node child;
  };

  struct PendingRole {
    std::size_t activity;
    std::string party;
    Location location;
    RoleSet roles;
  };

  struct PendingCitation {
    std::size_t activity;
    int number;
    Location location;
  };

  static const std::vector<KeySpec>& keys_of(Node node);
  static std::string_view describe(Node node);

  ExpectedValue expected_value() const;
  std::string value_name() const;
  void open(Node node, bool is_map, Location location, std::string name);
  void take_key(Frame& frame, std::string_view key, ScalarKind kind, Location location);
  void take_string(const Frame& frame, std::string_view value, Location location);
  void take_integer(const Frame& frame, int value, Location location);
  void close(const Frame& frame);
  void value_done();

  [[noreturn]] void fail(Location location, const std::string& message) const;
  int parse_integer(std::string_view value, ScalarKind kind, Location location) const;
  RoleSet parse_letters(std::string_view letters, Location location) const;
  void check_id(std::string_view id, Location location) const;
  void check_text(std::string_view text, std::string_view key, Location location) const;
  std::size_t current_section() const;
  void index_parties();
  void assign_roles(std::size_t activity, const std::string& party, Location location,
                    RoleSet roles);
  void index_footnotes();
  void check_citation(int number, Location location) const;

  std::string origin_;
  Matrix matrix_;
  std::vector<Frame> stack_;
  bool root_seen_ = false;
  std::vector<std::size_t> open_sections_;
  std::array<bool, 4> legend_defined_{};
  std::size_t legend_entry_ = 0;
  std::vector<PendingRole> pending_roles_;
  std::vector<PendingCitation> pending_citations_;
  std::vector<Location> party_locations_;
  std::unordered_map<std::string, std::size_t> party_by_id_;
  bool parties_known_ = false;
  std::unordered_map<int, std::size_t> footnote_by_number_;
  bool footnotes_known_ = false;
};

}  // namespace raci::detail
