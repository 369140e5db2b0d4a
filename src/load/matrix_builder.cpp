#include "load/matrix_builder.hpp"

#include <fmt/format.h>

#include <charconv>
#include <limits>
#include <unordered_map>

#include "raci/analysis/suggest.hpp"
#include "raci/util/unicode.hpp"

namespace raci::detail {
namespace {

constexpr int supported_format = 1;
constexpr std::size_t max_section_depth = 16;

std::string quote(std::string_view text) {
  return fmt::format("'{}'", escape_controls(text));
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string at(Location location) {
  return fmt::format("{}:{}", location.line, location.column);
}

bool is_kebab_case(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char previous = 0;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

}  // namespace

MatrixBuilder::MatrixBuilder(std::string origin) : origin_(std::move(origin)) {
  matrix_.origin_ = origin_;
}

const std::vector<MatrixBuilder::KeySpec>& MatrixBuilder::keys_of(Node node) {
  using T = Type;
  using N = Node;
  static const std::vector<KeySpec> root{
      {"format", T::integer, N::root, true},
      {"title", T::string, N::root, true},
      {"provider", T::string, N::root, false},
      {"source", T::string, N::root, false},
      {"description", T::string, N::root, false},
      {"roles", T::map, N::legend, true},
      {"parties", T::sequence, N::party_list, true},
      {"footnotes", T::sequence, N::footnote_list, false},
      {"sections", T::sequence, N::section_list, true},
  };
  static const std::vector<KeySpec> legend_entry{
      {"name", T::string, N::root, true},
      {"description", T::string, N::root, true},
  };
  static const std::vector<KeySpec> party{
      {"id", T::string, N::root, true},
      {"name", T::string, N::root, true},
      {"aliases", T::sequence, N::aliases, false},
  };
  static const std::vector<KeySpec> footnote{
      {"number", T::integer, N::root, true},
      {"text", T::string, N::root, true},
  };
  static const std::vector<KeySpec> section{
      {"id", T::string, N::root, true},
      {"title", T::string, N::root, true},
      {"description", T::string, N::root, false},
      {"phase", T::string, N::root, false},
      {"activities", T::sequence, N::activity_list, false},
      {"sections", T::sequence, N::section_list, false},
  };
  static const std::vector<KeySpec> activity{
      {"id", T::string, N::root, true},       {"text", T::string, N::root, true},
      {"text_fr", T::string, N::root, false}, {"note", T::string, N::root, false},
      {"roles", T::map, N::roles, true},      {"footnotes", T::sequence, N::citations, false},
  };
  static const std::vector<KeySpec> none;
  switch (node) {
    case Node::root:
      return root;
    case Node::legend_entry:
      return legend_entry;
    case Node::party:
      return party;
    case Node::footnote:
      return footnote;
    case Node::section:
      return section;
    case Node::activity:
      return activity;
    default:
      return none;
  }
}

std::string_view MatrixBuilder::describe(Node node) {
  switch (node) {
    case Node::root:
      return "the matrix";
    case Node::legend:
      return "the legend ('roles')";
    case Node::legend_entry:
      return "a legend entry";
    case Node::party:
      return "a party";
    case Node::footnote:
      return "a footnote";
    case Node::section:
      return "a section";
    case Node::activity:
      return "an activity";
    case Node::roles:
      return "an activity's roles";
    default:
      return "a list";
  }
}

namespace {

std::string_view type_name(bool is_map, bool is_sequence, ScalarKind kind) {
  if (is_map) return "a mapping";
  if (is_sequence) return "a sequence";
  return kind == ScalarKind::null ? "null" : "a scalar";
}

std::string_view expected_name(int type) {
  static constexpr std::string_view names[] = {"a string", "an integer", "a mapping", "a sequence"};
  return names[type];
}

}  // namespace

void MatrixBuilder::fail(Location location, const std::string& message) const {
  throw DataError(origin_, location, message);
}

MatrixBuilder::ExpectedValue MatrixBuilder::expected_value() const {
  const Frame& frame = stack_.back();
  if (frame.is_map) {
    if (frame.node == Node::legend) return {Type::map, Node::legend_entry};
    if (frame.node == Node::roles) return {Type::string, Node::root};
    const KeySpec& spec = keys_of(frame.node)[static_cast<std::size_t>(frame.key_index)];
    return {spec.type, spec.child};
  }
  switch (frame.node) {
    case Node::party_list:
      return {Type::map, Node::party};
    case Node::footnote_list:
      return {Type::map, Node::footnote};
    case Node::section_list:
      return {Type::map, Node::section};
    case Node::activity_list:
      return {Type::map, Node::activity};
    case Node::citations:
      return {Type::integer, Node::root};
    default:
      return {Type::string, Node::root};
  }
}

// Built only for messages: "'title'" or "each item of 'parties'".
std::string MatrixBuilder::value_name() const {
  const Frame& frame = stack_.back();
  return frame.is_map ? quote(frame.key) : fmt::format("each item of {}", quote(frame.name));
}

void MatrixBuilder::begin_map(Location location) {
  if (stack_.empty()) {
    root_seen_ = true;
    open(Node::root, true, location, "");
    return;
  }
  if (stack_.back().is_map && stack_.back().expecting_key) {
    fail(location, "a mapping key must be a plain string, not a mapping");
  }
  const ExpectedValue expected = expected_value();
  if (expected.type != Type::map) {
    fail(location, fmt::format("{} must be {}, not a mapping", value_name(),
                               expected_name(static_cast<int>(expected.type))));
  }
  open(expected.child, true, location, stack_.back().is_map ? stack_.back().key : "");
}

void MatrixBuilder::begin_sequence(Location location) {
  if (stack_.empty()) fail(location, "the top level must be a mapping, not a sequence");
  if (stack_.back().is_map && stack_.back().expecting_key) {
    fail(location, "a mapping key must be a plain string, not a sequence");
  }
  const ExpectedValue expected = expected_value();
  if (expected.type != Type::sequence) {
    fail(location, fmt::format("{} must be {}, not a sequence", value_name(),
                               expected_name(static_cast<int>(expected.type))));
  }
  open(expected.child, false, location, stack_.back().key);
}

void MatrixBuilder::open(Node node, bool is_map, Location location, std::string name) {
  Frame frame;
  frame.node = node;
  frame.is_map = is_map;
  frame.location = location;
  frame.name = std::move(name);
  switch (node) {
    case Node::section: {
      const std::size_t parent = open_sections_.empty() ? no_section : open_sections_.back();
      const std::size_t depth = open_sections_.size();
      if (depth >= max_section_depth) {
        fail(location,
             fmt::format("sections nest too deep (more than {} levels)", max_section_depth));
      }
      const std::size_t index = matrix_.sections_.size();
      Section& section = matrix_.sections_.emplace_back();
      section.parent = parent;
      section.depth = depth;
      section.location = location;
      if (parent != no_section) matrix_.sections_[parent].subsections.push_back(index);
      open_sections_.push_back(index);
      break;
    }
    case Node::activity: {
      const std::size_t index = matrix_.activities_.size();
      Activity& activity = matrix_.activities_.emplace_back();
      activity.section = current_section();
      activity.location = location;
      if (parties_known_) activity.roles.resize(matrix_.parties_.size());
      matrix_.sections_[activity.section].activities.push_back(index);
      break;
    }
    case Node::party:
      matrix_.parties_.emplace_back();
      party_locations_.push_back(location);
      break;
    case Node::footnote:
      matrix_.footnotes_.emplace_back().location = location;
      break;
    case Node::legend_entry:
      legend_entry_ = static_cast<std::size_t>(*role_from_letter(stack_.back().key[0]));
      legend_defined_[legend_entry_] = true;
      matrix_.legend_[legend_entry_].role = all_roles[legend_entry_];
      break;
    default:
      break;
  }
  stack_.push_back(std::move(frame));
}

std::size_t MatrixBuilder::current_section() const {
  return open_sections_.back();
}

void MatrixBuilder::take_key(Frame& frame, std::string_view key, ScalarKind kind,
                             Location location) {
  if (kind == ScalarKind::null) fail(location, "a mapping key must not be empty");
  frame.key.assign(key);
  frame.key_location = location;
  frame.expecting_key = false;

  if (frame.node == Node::legend || frame.node == Node::roles) {
    for (const auto& [seen, where] : frame.free_keys_seen) {
      if (seen == key) {
        fail(location, fmt::format("duplicate key {} (first at {})", quote(key), at(where)));
      }
    }
    frame.free_keys_seen.emplace_back(key, location);
    if (frame.node == Node::legend && (key.size() != 1 || !role_from_letter(key[0]))) {
      fail(location,
           fmt::format("unknown role {} in the legend (expected R, A, C or I)", quote(key)));
    }
    return;
  }

  const std::vector<KeySpec>& specs = keys_of(frame.node);
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].name != key) continue;
    if (frame.seen[i].line != 0) {
      fail(location, fmt::format("duplicate key {} (first at {})", quote(key), at(frame.seen[i])));
    }
    frame.seen[i] = location;
    frame.key_index = static_cast<int>(i);
    return;
  }
  std::vector<std::string> names;
  for (const KeySpec& spec : specs)
    names.emplace_back(spec.name);
  fail(location, fmt::format("unknown key {} in {}{}", quote(key), describe(frame.node),
                             did_you_mean(key, names)));
}

void MatrixBuilder::scalar(std::string_view value, ScalarKind kind, Location location) {
  if (stack_.empty()) fail(location, "the top level must be a mapping, not a scalar");
  Frame& frame = stack_.back();
  if (frame.is_map && frame.expecting_key) {
    take_key(frame, value, kind, location);
    return;
  }
  const ExpectedValue expected = expected_value();
  if (expected.type == Type::map || expected.type == Type::sequence || kind == ScalarKind::null) {
    fail(location, fmt::format("{} must be {}, not {}", value_name(),
                               expected_name(static_cast<int>(expected.type)),
                               type_name(false, false, kind)));
  }
  if (expected.type == Type::integer) {
    take_integer(frame, parse_integer(value, kind, location), location);
  } else {
    take_string(frame, value, location);
  }
  value_done();
}

int MatrixBuilder::parse_integer(std::string_view value, ScalarKind kind, Location location) const {
  const bool digits = !value.empty() && value.find_first_not_of("0123456789") == value.npos;
  if (kind != ScalarKind::plain || !digits) {
    fail(location, fmt::format("{} must be a whole number, not {}", value_name(),
                               kind == ScalarKind::plain ? quote(value) : "a quoted string"));
  }
  int number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || number < 1) {
    fail(location, fmt::format("{} must be between 1 and {}, not {}", value_name(),
                               std::numeric_limits<int>::max(), escape_controls(value)));
  }
  return number;
}

RoleSet MatrixBuilder::parse_letters(std::string_view letters, Location location) const {
  RoleSet roles;
  for (char letter : letters) {
    const std::optional<Role> role = role_from_letter(letter);
    if (!role) {
      fail(location, fmt::format("invalid role letter {} in {} (expected R, A, C or I)",
                                 quote(std::string_view(&letter, 1)), quote(letters)));
    }
    if (roles.contains(*role)) {
      fail(location, fmt::format("role letter '{}' repeated in {}", letter, quote(letters)));
    }
    roles.insert(*role);
  }
  return roles;
}

void MatrixBuilder::check_id(std::string_view id, Location location) const {
  if (!is_kebab_case(id)) {
    fail(location, fmt::format("invalid id {} (an id is lowercase letters and digits in words "
                               "joined by single hyphens, like 'backup-capacity')",
                               quote(id)));
  }
}

void MatrixBuilder::check_text(std::string_view text, std::string_view key,
                               Location location) const {
  if (is_blank(text)) fail(location, fmt::format("'{}' must not be empty", key));
}

void MatrixBuilder::take_string(const Frame& frame, std::string_view value, Location location) {
  const std::string_view key = frame.is_map ? std::string_view(frame.key) : "";
  switch (frame.node) {
    case Node::root:
      check_text(value, key, location);
      if (key == "title") matrix_.title_ = value;
      if (key == "provider") matrix_.provider_ = value;
      if (key == "source") matrix_.source_ = value;
      if (key == "description") matrix_.description_ = value;
      break;
    case Node::legend_entry:
      check_text(value, key, location);
      if (key == "name") matrix_.legend_[legend_entry_].name = value;
      if (key == "description") matrix_.legend_[legend_entry_].description = value;
      break;
    case Node::party: {
      Party& party = matrix_.parties_.back();
      if (key == "id") {
        check_id(value, location);
        party.id = value;
      } else {
        check_text(value, key, location);
        party.name = value;
      }
      break;
    }
    case Node::aliases:
      check_text(value, "aliases", location);
      matrix_.parties_.back().aliases.emplace_back(value);
      break;
    case Node::footnote:
      check_text(value, key, location);
      matrix_.footnotes_.back().text = value;
      break;
    case Node::section: {
      Section& section = matrix_.sections_[current_section()];
      if (key == "id") {
        check_id(value, location);
        const auto [it, inserted] =
            matrix_.section_by_id_.emplace(std::string(value), current_section());
        if (!inserted) {
          fail(location, fmt::format("duplicate section id {} (first at {})", quote(value),
                                     at(matrix_.sections_[it->second].location)));
        }
        section.id = value;
      } else if (key == "phase") {
        const std::optional<Phase> phase = phase_from_name(value);
        if (!phase) {
          fail(location,
               fmt::format("unknown phase {} (expected onboarding, run or exit)", quote(value)));
        }
        section.phase = phase;
      } else {
        if (key == "title") check_text(value, key, location);
        (key == "title" ? section.title : section.description) = value;
      }
      break;
    }
    case Node::activity: {
      Activity& activity = matrix_.activities_.back();
      if (key == "id") {
        check_id(value, location);
        const std::size_t index = matrix_.activities_.size() - 1;
        const auto [it, inserted] = matrix_.activity_by_id_.emplace(std::string(value), index);
        if (!inserted) {
          fail(location, fmt::format("duplicate activity id {} (first at {})", quote(value),
                                     at(matrix_.activities_[it->second].location)));
        }
        activity.id = value;
      } else {
        check_text(value, key, location);
        (key == "text" ? activity.text : key == "note" ? activity.note : activity.text_fr) = value;
      }
      break;
    }
    case Node::roles:
      if (parties_known_) {
        assign_roles(matrix_.activities_.size() - 1, frame.key, frame.key_location,
                     parse_letters(value, location));
      } else {
        pending_roles_.push_back({matrix_.activities_.size() - 1, std::string(frame.key),
                                  frame.key_location, parse_letters(value, location)});
      }
      break;
    default:
      break;
  }
}

void MatrixBuilder::take_integer(const Frame& frame, int value, Location location) {
  if (frame.node == Node::root) {
    if (value != supported_format) {
      fail(location, fmt::format("unsupported format {} (this version of raci reads format {})",
                                 value, supported_format));
    }
  } else if (frame.node == Node::footnote) {
    matrix_.footnotes_.back().number = value;
  } else if (frame.node == Node::citations) {
    std::vector<int>& cited = matrix_.activities_.back().footnotes;
    for (int number : cited) {
      if (number == value) fail(location, fmt::format("footnote {} is cited twice", value));
    }
    cited.push_back(value);
    if (footnotes_known_) {
      check_citation(value, location);
    } else {
      pending_citations_.push_back({matrix_.activities_.size() - 1, value, location});
    }
  }
}

void MatrixBuilder::value_done() {
  if (!stack_.empty() && stack_.back().is_map) stack_.back().expecting_key = true;
}

void MatrixBuilder::end_container() {
  const Frame frame = std::move(stack_.back());
  stack_.pop_back();
  close(frame);
  value_done();
}

void MatrixBuilder::close(const Frame& frame) {
  const std::vector<KeySpec>& specs = keys_of(frame.node);
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].required && frame.seen[i].line == 0) {
      fail(frame.location,
           fmt::format("missing required key '{}' in {}", specs[i].name, describe(frame.node)));
    }
  }
  switch (frame.node) {
    case Node::legend:
      for (Role role : all_roles) {
        if (!legend_defined_[static_cast<std::size_t>(role)]) {
          fail(frame.location, fmt::format("the legend lacks role '{}'", role_letter(role)));
        }
      }
      break;
    case Node::party_list:
      if (matrix_.parties_.empty()) fail(frame.location, "'parties' must name at least one party");
      index_parties();
      break;
    case Node::footnote_list:
      index_footnotes();
      break;
    case Node::section:
      open_sections_.pop_back();
      break;
    default:
      break;
  }
}

void MatrixBuilder::index_parties() {
  // Ids must be unique, and no name or alias may stand for two parties.
  std::unordered_map<std::string, std::size_t> party_by_name;
  for (std::size_t i = 0; i < matrix_.parties_.size(); ++i) {
    const Party& party = matrix_.parties_[i];
    if (!party_by_id_.emplace(party.id, i).second) {
      fail(party_locations_[i], fmt::format("duplicate party id {}", quote(party.id)));
    }
    std::vector<std::string> names{party.id, party.name};
    names.insert(names.end(), party.aliases.begin(), party.aliases.end());
    for (const std::string& name : names) {
      const auto [it, inserted] = party_by_name.emplace(fold(name), i);
      if (!inserted && it->second != i) {
        fail(party_locations_[i],
             fmt::format("party {} uses the name {}, already used by party {}", quote(party.id),
                         quote(name), quote(matrix_.parties_[it->second].id)));
      }
    }
  }
  parties_known_ = true;
  // Activities read before the parties get their roles now.
  for (Activity& activity : matrix_.activities_)
    activity.roles.resize(matrix_.parties_.size());
  for (const PendingRole& pending : pending_roles_) {
    assign_roles(pending.activity, pending.party, pending.location, pending.roles);
  }
  pending_roles_ = {};
}

void MatrixBuilder::assign_roles(std::size_t activity, const std::string& party, Location location,
                                 RoleSet roles) {
  const auto it = party_by_id_.find(party);
  if (it == party_by_id_.end()) {
    std::vector<std::string> ids;
    for (const Party& p : matrix_.parties_)
      ids.push_back(p.id);
    fail(location, fmt::format("unknown party {} (known parties: {}){}", quote(party),
                               escape_controls(fmt::format("{}", fmt::join(ids, ", "))),
                               did_you_mean(party, ids)));
  }
  matrix_.activities_[activity].roles[it->second] = roles;
}

void MatrixBuilder::index_footnotes() {
  for (std::size_t i = 0; i < matrix_.footnotes_.size(); ++i) {
    const Footnote& footnote = matrix_.footnotes_[i];
    const auto [it, inserted] = footnote_by_number_.emplace(footnote.number, i);
    if (!inserted) {
      fail(footnote.location,
           fmt::format("duplicate footnote number {} (first at {})", footnote.number,
                       at(matrix_.footnotes_[it->second].location)));
    }
  }
  footnotes_known_ = true;
  for (const PendingCitation& citation : pending_citations_) {
    check_citation(citation.number, citation.location);
  }
  pending_citations_ = {};
}

void MatrixBuilder::check_citation(int number, Location location) const {
  if (!footnote_by_number_.contains(number)) {
    fail(location, fmt::format("footnote {} is not defined", number));
  }
}

Matrix MatrixBuilder::finish() {
  if (!root_seen_) fail({}, "the file holds no data");
  // Without a 'footnotes' key, every citation is of an undefined footnote.
  if (!footnotes_known_) index_footnotes();

  // A section without a phase of its own takes its parent's; parents come first.
  for (Section& section : matrix_.sections_) {
    if (!section.phase && section.parent != no_section) {
      section.phase = matrix_.sections_[section.parent].phase;
    }
  }
  return std::move(matrix_);
}

}  // namespace raci::detail
