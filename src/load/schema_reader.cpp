#include "load/schema_reader.hpp"

#include <fmt/format.h>

#include <charconv>
#include <limits>

#include "raci/analysis/suggest.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci::detail {
namespace {

constexpr int supported_format = 1;

}  // namespace

SchemaReader::SchemaReader(std::string origin) : origin_(origin), builder_(std::move(origin)) {}

const std::vector<SchemaReader::KeySpec>& SchemaReader::keys_of(Node node) {
  using T = Type;
  using N = Node;
  using R = SchemaReader;
  using V = std::string_view;
  using L = Location;
  static const std::vector<KeySpec> root{
      {"format", T::integer, N::root, true, nullptr,
       [](R& r, int v, L l) {
         if (v != supported_format) {
           r.fail(l, fmt::format("unsupported format {} (this version of raci reads format {})", v,
                                 supported_format));
         }
       }},
      {"title", T::string, N::root, true, [](R& r, V v, L l) { r.builder_.set_title(v, l); }},
      {"provider", T::string, N::root, false,
       [](R& r, V v, L l) { r.builder_.set_provider(v, l); }},
      {"source", T::string, N::root, false, [](R& r, V v, L l) { r.builder_.set_source(v, l); }},
      {"description", T::string, N::root, false,
       [](R& r, V v, L l) { r.builder_.set_description(v, l); }},
      {"roles", T::map, N::legend, true},
      {"parties", T::sequence, N::party_list, true},
      {"footnotes", T::sequence, N::footnote_list, false},
      {"sections", T::sequence, N::section_list, true},
      {"glossary", T::sequence, N::glossary_list, false},
      {"languages", T::sequence, N::languages, false},
  };
  static const std::vector<KeySpec> legend_entry{
      {"name", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_role_name(r.legend_role_, v, l); }},
      {"description", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_role_description(r.legend_role_, v, l); }},
  };
  static const std::vector<KeySpec> party{
      {"id", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_party_id(r.party_, v, l); }},
      {"name", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_party_name(r.party_, v, l); }},
      {"aliases", T::sequence, N::aliases, false},
  };
  static const std::vector<KeySpec> footnote{
      {"number", T::integer, N::root, true, nullptr,
       [](R& r, int v, L l) { r.builder_.set_footnote_number(r.footnote_, v, l); }},
      {"text", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_footnote_text(r.footnote_, v, l); }},
  };
  static const std::vector<KeySpec> section{
      {"id", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_section_id(r.current_section(), v, l); }},
      {"title", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_section_title(r.current_section(), v, l); }},
      {"description", T::string, N::root, false,
       [](R& r, V v, L) { r.builder_.set_section_description(r.current_section(), v); }},
      {"phase", T::string, N::root, false,
       [](R& r, V v, L l) {
         const std::optional<Phase> phase = phase_from_name(v);
         if (!phase) {
           r.fail(l, fmt::format("unknown phase {} (expected onboarding, run or exit)", quote(v)));
         }
         r.builder_.set_section_phase(r.current_section(), *phase);
       }},
      {"notes", T::sequence, N::section_note_list, false},
      {"activities", T::sequence, N::activity_list, false},
      {"sections", T::sequence, N::section_list, false},
  };
  static const std::vector<KeySpec> section_note{
      {"text", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_section_note_text(r.section_note_, v, l); }},
  };
  static const std::vector<KeySpec> activity{
      {"id", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_activity_id(r.activity_, v, l); }},
      {"text", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_activity_text(r.activity_, v, l); }},
      {"note", T::string, N::root, false,
       [](R& r, V v, L l) { r.builder_.set_activity_note(r.activity_, v, l); }},
      {"roles", T::map, N::roles, true},
      {"cell_notes", T::map, N::cell_notes, false},
      {"footnotes", T::sequence, N::citations, false},
  };
  static const std::vector<KeySpec> glossary_entry{
      {"term", T::string, N::root, true,
       [](R& r, V v, L l) { r.builder_.set_glossary_term(r.glossary_entry_, v, l); }},
      {"same", T::sequence, N::glossary_same, true},
      {"lang", T::string, N::root, false,
       [](R& r, V v, L l) { r.builder_.set_glossary_language(r.glossary_entry_, v, l); }},
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
    case Node::section_note:
      return section_note;
    case Node::activity:
      return activity;
    case Node::glossary_entry:
      return glossary_entry;
    default:
      return none;
  }
}

std::optional<MatrixBuilder::Text> SchemaReader::translatable(Node node, std::string_view key) {
  using X = MatrixBuilder::Text;
  switch (node) {
    case Node::root:
      if (key == "title") return X::title;
      if (key == "source") return X::source;
      if (key == "description") return X::description;
      break;
    case Node::legend_entry:
      if (key == "name") return X::role_name;
      if (key == "description") return X::role_description;
      break;
    case Node::party:
      if (key == "name") return X::party_name;
      break;
    case Node::footnote:
      if (key == "text") return X::footnote_text;
      break;
    case Node::section:
      if (key == "title") return X::section_title;
      if (key == "description") return X::section_description;
      break;
    case Node::section_note:
      if (key == "text") return X::section_note;
      break;
    case Node::activity:
      if (key == "text") return X::activity_text;
      break;
    default:
      break;
  }
  return std::nullopt;
}

std::size_t SchemaReader::translated_index(Node node) const {
  switch (node) {
    case Node::legend_entry:
      return static_cast<std::size_t>(legend_role_);
    case Node::party:
      return party_;
    case Node::footnote:
      return footnote_;
    case Node::section:
      return current_section();
    case Node::section_note:
      return section_note_;
    case Node::activity:
      return activity_;
    default:
      return 0;
  }
}

// `text_fr`, `title_de`, `name_pt-BR`: a translatable key, `_`, a language tag.
bool SchemaReader::take_translation_key(Frame& frame, std::string_view key, Location location) {
  const std::size_t underscore = key.rfind('_');
  if (underscore == std::string_view::npos) return false;
  const std::optional<MatrixBuilder::Text> text =
      translatable(frame.node, key.substr(0, underscore));
  if (!text) return false;
  const std::string_view language = key.substr(underscore + 1);
  if (!MatrixBuilder::is_language_tag(language)) {
    fail(location, fmt::format("invalid language tag {} in the key {} (expected a BCP 47 tag such "
                               "as 'fr', 'de' or 'pt-BR' after '_')",
                               quote(language), quote(key)));
  }
  const auto [first, added] = frame.free_keys_seen.emplace(key, location);
  if (!added) {
    fail(location,
         fmt::format("duplicate key {} (first at {})", quote(key), line_column(first->second)));
  }
  frame.key_index = translation_key;
  frame.translated = *text;
  frame.language.assign(language);
  return true;
}

std::string_view SchemaReader::describe(Node node) {
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
    case Node::section_note:
      return "a section note";
    case Node::activity:
      return "an activity";
    case Node::roles:
      return "an activity's roles";
    case Node::cell_notes:
      return "an activity's cell notes";
    case Node::glossary_entry:
      return "a glossary entry";
    default:
      return "a list";
  }
}

namespace {

std::string_view type_name(bool is_map, bool is_sequence, ScalarKind kind) {
  if (is_map) return "a mapping";
  if (is_sequence) return "a sequence";
  if (kind == ScalarKind::json_number) return "a number";
  if (kind == ScalarKind::json_boolean) return "a boolean";
  return kind == ScalarKind::null ? "null" : "a scalar";
}

std::string_view expected_name(int type) {
  static constexpr std::string_view names[] = {"a string", "an integer", "a mapping", "a sequence"};
  return names[type];
}

}  // namespace

void SchemaReader::fail(Location location, const std::string& message) const {
  throw DataError(origin_, location, message);
}

SchemaReader::ExpectedValue SchemaReader::expected_value() const {
  const Frame& frame = stack_.back();
  if (frame.is_map) {
    if (frame.node == Node::legend) return {Type::map, Node::legend_entry};
    if (frame.node == Node::roles || frame.node == Node::cell_notes ||
        frame.key_index == translation_key) {
      return {Type::string, Node::root};
    }
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
    case Node::section_note_list:
      return {Type::map, Node::section_note};
    case Node::activity_list:
      return {Type::map, Node::activity};
    case Node::citations:
      return {Type::integer, Node::root};
    case Node::glossary_list:
      return {Type::map, Node::glossary_entry};
    default:
      return {Type::string, Node::root};
  }
}

// Built only for messages: "'title'" or "each item of 'parties'".
std::string SchemaReader::value_name() const {
  const Frame& frame = stack_.back();
  return frame.is_map ? quote(frame.key) : fmt::format("each item of {}", quote(frame.name));
}

void SchemaReader::begin_map(Location location) {
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

void SchemaReader::begin_sequence(Location location) {
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

void SchemaReader::open(Node node, bool is_map, Location location, std::string name) {
  Frame frame;
  frame.node = node;
  frame.is_map = is_map;
  frame.location = location;
  frame.name = std::move(name);
  switch (node) {
    case Node::section: {
      const std::size_t parent = open_sections_.empty() ? no_section : open_sections_.back();
      open_sections_.push_back(builder_.add_section(parent, location));
      break;
    }
    case Node::activity:
      activity_ = builder_.add_activity(current_section(), location);
      break;
    case Node::party:
      party_ = builder_.add_party(location);
      break;
    case Node::footnote:
      footnote_ = builder_.add_footnote(location);
      break;
    case Node::section_note:
      section_note_ = builder_.add_section_note(current_section(), location);
      break;
    case Node::glossary_entry:
      glossary_entry_ = builder_.add_glossary_entry(location);
      break;
    case Node::legend_entry:
      legend_role_ = *role_from_letter(stack_.back().key[0]);
      break;
    default:
      break;
  }
  stack_.push_back(std::move(frame));
}

void SchemaReader::take_key(Frame& frame, std::string_view key, ScalarKind kind,
                            Location location) {
  if (kind == ScalarKind::null) fail(location, "a mapping key must not be empty");
  frame.key.assign(key);
  frame.key_location = location;
  frame.expecting_key = false;

  if (frame.node == Node::legend || frame.node == Node::roles || frame.node == Node::cell_notes) {
    const auto [first, added] = frame.free_keys_seen.emplace(key, location);
    if (!added) {
      fail(location,
           fmt::format("duplicate key {} (first at {})", quote(key), line_column(first->second)));
    }
    if (frame.node == Node::legend && (key.size() != 1 || !role_from_letter(key[0]))) {
      fail(location, fmt::format("unknown role {} in the legend (expected R, A, C, I or "
                                 "another uppercase letter, such as S)",
                                 quote(key)));
    }
    return;
  }

  const std::vector<KeySpec>& specs = keys_of(frame.node);
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].name != key) continue;
    if (frame.seen[i].line != 0) {
      fail(location,
           fmt::format("duplicate key {} (first at {})", quote(key), line_column(frame.seen[i])));
    }
    frame.seen[i] = location;
    frame.key_index = static_cast<int>(i);
    return;
  }
  if (take_translation_key(frame, key, location)) return;
  const std::size_t underscore = key.rfind('_');
  if (underscore != std::string_view::npos) {
    const std::string_view base = key.substr(0, underscore);
    for (const KeySpec& spec : specs) {
      if (spec.name == base) {
        fail(location, fmt::format("{} in {} has no translations (unknown key {})", quote(base),
                                   describe(frame.node), quote(key)));
      }
    }
  }
  std::vector<std::string> names;
  for (const KeySpec& spec : specs) {
    names.emplace_back(spec.name);
    // `titel_de` is closest to `title_de`.
    if (underscore != std::string_view::npos && translatable(frame.node, spec.name))
      names.push_back(std::string(spec.name) + std::string(key.substr(underscore)));
  }
  fail(location, fmt::format("unknown key {} in {}{}", quote(key), describe(frame.node),
                             did_you_mean(key, names)));
}

void SchemaReader::scalar(std::string_view value, ScalarKind kind, Location location) {
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
  take_value(frame, value, kind, location);
  value_done();
}

void SchemaReader::take_value(const Frame& frame, std::string_view value, ScalarKind kind,
                              Location location) {
  // JSON types its values: a number or a boolean is no string (a list item has no key).
  if ((kind == ScalarKind::json_number || kind == ScalarKind::json_boolean) &&
      expected_value().type != Type::integer) {
    fail(location,
         fmt::format("{} must be a string, not {}", value_name(), type_name(false, false, kind)));
  }
  switch (frame.node) {
    case Node::roles:
      builder_.set_roles(activity_, frame.key, parse_letters(value, location), frame.key_location);
      return;
    case Node::cell_notes:
      builder_.set_cell_note(activity_, frame.key, value, frame.key_location);
      return;
    case Node::aliases:
      builder_.add_party_alias(party_, value, location);
      return;
    case Node::citations:
      builder_.add_citation(activity_, parse_integer(value, kind, location), location);
      return;
    case Node::glossary_same:
      builder_.add_glossary_equivalent(glossary_entry_, value, location);
      return;
    case Node::languages:
      builder_.add_language(value, location);
      return;
    default:
      break;
  }
  if (frame.key_index == translation_key) {
    builder_.set_translation(frame.translated, translated_index(frame.node), frame.language, value,
                             location);
    return;
  }
  const KeySpec& spec = keys_of(frame.node)[static_cast<std::size_t>(frame.key_index)];
  if (spec.type == Type::integer) {
    spec.set_integer(*this, parse_integer(value, kind, location), location);
  } else {
    spec.set_string(*this, value, location);
  }
}

int SchemaReader::parse_integer(std::string_view value, ScalarKind kind, Location location) const {
  const bool digits = !value.empty() && value.find_first_not_of("0123456789") == value.npos;
  const bool numeric = kind == ScalarKind::plain || kind == ScalarKind::json_number;
  if (!numeric || !digits) {
    fail(location, fmt::format("{} must be a whole number, not {}", value_name(),
                               numeric                            ? quote(value)
                               : kind == ScalarKind::json_boolean ? "a boolean"
                                                                  : "a quoted string"));
  }
  int number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || number < 1) {
    fail(location, fmt::format("{} must be between 1 and {}, not {}", value_name(),
                               std::numeric_limits<int>::max(), escape_controls(value)));
  }
  return number;
}

RoleSet SchemaReader::parse_letters(std::string_view letters, Location location) const {
  // Before the legend has ended, any letter is read; the builder checks it at the end.
  const RoleSet defined = builder_.legend_roles();
  const RoleLetters read = read_role_letters(letters, defined, LetterCase::upper, Repeats::refused);
  if (!read.ok()) {
    const char letter = letters[read.error_at];
    if (read.repeated) {
      fail(location, fmt::format("role letter '{}' repeated in {}", letter, quote(letters)));
    }
    fail(location,
         fmt::format(
             "invalid role letter {} in {} (expected {})", quote(std::string_view(&letter, 1)),
             quote(letters),
             list_letters(defined == RoleSet::any_letter() ? RoleSet::core() : defined, "or")));
  }
  return read.roles;
}

void SchemaReader::value_done() {
  if (!stack_.empty() && stack_.back().is_map) stack_.back().expecting_key = true;
}

void SchemaReader::end_container() {
  const Frame frame = std::move(stack_.back());
  stack_.pop_back();
  close(frame);
  value_done();
}

void SchemaReader::close(const Frame& frame) {
  const std::vector<KeySpec>& specs = keys_of(frame.node);
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].required && frame.seen[i].line == 0) {
      fail(frame.location,
           fmt::format("missing required key '{}' in {}", specs[i].name, describe(frame.node)));
    }
  }
  switch (frame.node) {
    case Node::legend:
      builder_.end_legend(frame.location);
      break;
    case Node::party_list:
      builder_.end_parties(frame.location);
      break;
    case Node::footnote_list:
      builder_.end_footnotes();
      break;
    case Node::section:
      open_sections_.pop_back();
      break;
    default:
      break;
  }
}

Matrix SchemaReader::finish() {
  if (!root_seen_) fail({}, "the file holds no data");
  return builder_.finish();
}

}  // namespace raci::detail
