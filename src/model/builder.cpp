#include "raci/model/builder.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <unordered_map>

#include "raci/analysis/suggest.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"
#include "raci/util/words.hpp"

namespace raci {
namespace {

constexpr std::size_t max_section_depth = 16;

std::uint64_t citation_key(std::size_t activity, int number) {
  return (static_cast<std::uint64_t>(activity) << 32) | static_cast<std::uint32_t>(number);
}

// A producer that adds a part after saying its list was complete has a bug, not bad data.
void require(bool condition, const char* what) {
  if (!condition) throw std::logic_error(fmt::format("MatrixBuilder: {}", what));
}

}  // namespace

MatrixBuilder::MatrixBuilder(std::string origin) : origin_(std::move(origin)) {
  matrix_.origin_ = origin_;
  matrix_.name_ = std::filesystem::path(origin_).stem().string();
  for (Role role : all_roles)
    legend_entry(role);
}

RoleInfo& MatrixBuilder::legend_entry(Role role) {
  for (RoleInfo& info : matrix_.legend_) {
    if (info.role == role) return info;
  }
  require(!legend_ended_, "a role added after end_legend()");
  matrix_.legend_.emplace_back().role = role;
  matrix_.roles_.insert(role);
  legend_named_.push_back(false);
  return matrix_.legend_.back();
}

void MatrixBuilder::check_letters(RoleSet roles, Location where) const {
  const RoleSet undefined = roles.without(matrix_.roles_);
  if (undefined.empty()) return;
  fail(where, fmt::format("invalid role letter '{}' (expected {})", undefined.letters().front(),
                          list_letters(matrix_.roles_, "or")));
}

bool MatrixBuilder::is_valid_id(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char previous = 0;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

void MatrixBuilder::fail(Location where, const std::string& message) const {
  throw DataError(origin_, where, message);
}

void MatrixBuilder::check_id(std::string_view id, Location where) const {
  if (!is_valid_id(id)) {
    fail(where, fmt::format("invalid id {} (an id is lowercase letters and digits in words "
                            "joined by single hyphens, like 'backup-capacity')",
                            quote(id)));
  }
}

void MatrixBuilder::check_text(std::string_view text, std::string_view key, Location where) const {
  if (is_blank(text)) fail(where, fmt::format("'{}' must not be empty", key));
}

void MatrixBuilder::set_title(std::string_view text, Location where) {
  check_text(text, "title", where);
  matrix_.title_ = text;
}

void MatrixBuilder::set_provider(std::string_view text, Location where) {
  check_text(text, "provider", where);
  matrix_.provider_ = text;
}

void MatrixBuilder::set_source(std::string_view text, Location where) {
  check_text(text, "source", where);
  matrix_.source_ = text;
}

void MatrixBuilder::set_description(std::string_view text, Location where) {
  check_text(text, "description", where);
  matrix_.description_ = text;
}

void MatrixBuilder::set_role_name(Role role, std::string_view name, Location where) {
  check_text(name, "name", where);
  RoleInfo& info = legend_entry(role);
  info.name = name;
  legend_named_[static_cast<std::size_t>(&info - matrix_.legend_.data())] = true;
}

void MatrixBuilder::set_role_description(Role role, std::string_view description, Location where) {
  check_text(description, "description", where);
  legend_entry(role).description = description;
}

void MatrixBuilder::end_legend(Location where) {
  for (std::size_t i = 0; i < matrix_.legend_.size(); ++i) {
    if (!legend_named_[i]) {
      fail(where, fmt::format("the legend lacks role '{}'", role_letter(matrix_.legend_[i].role)));
    }
  }
  legend_ended_ = true;
  for (const PendingLetters& pending : pending_letters_)
    check_letters(pending.roles, pending.location);
  pending_letters_ = {};
}

std::size_t MatrixBuilder::add_party(Location where) {
  require(!parties_ended_, "a party added after end_parties()");
  matrix_.parties_.emplace_back();
  party_locations_.push_back(where);
  return matrix_.parties_.size() - 1;
}

void MatrixBuilder::set_party_id(std::size_t party, std::string_view id, Location where) {
  check_id(id, where);
  matrix_.parties_.at(party).id = id;
}

void MatrixBuilder::check_visible(std::string_view text, std::string_view what,
                                  Location where) const {
  for (std::size_t i = 0; i < text.size();) {
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                         static_cast<utf8proc_ssize_t>(text.size() - i), &codepoint);
    if (length <= 0) return;  // the readers have refused invalid UTF-8 already
    if (is_zero_width(static_cast<char32_t>(codepoint))) {
      fail(where, fmt::format("{} {} holds an invisible character U+{:04X}; names must show all "
                              "they hold",
                              what, quote(text), static_cast<std::uint32_t>(codepoint)));
    }
    i += static_cast<std::size_t>(length);
  }
}

void MatrixBuilder::set_party_name(std::size_t party, std::string_view name, Location where) {
  check_text(name, "name", where);
  check_visible(name, "party name", where);
  matrix_.parties_.at(party).name = name;
}

void MatrixBuilder::add_party_alias(std::size_t party, std::string_view alias, Location where) {
  check_text(alias, "aliases", where);
  check_visible(alias, "party alias", where);
  matrix_.parties_.at(party).aliases.emplace_back(alias);
}

void MatrixBuilder::end_parties(Location where) {
  if (parties_ended_) return;
  if (matrix_.parties_.empty()) fail(where, "'parties' must name at least one party");
  // Ids must be unique, and no name or alias may stand for two parties.
  std::unordered_map<std::string, std::size_t> party_by_name;
  // Names that differ only by look-alike letters, hidden characters or spaces.
  // Two keys: the case folded, and the case kept with the Latin look-alikes (unicode.hpp).
  using ByLook = std::unordered_map<std::string, std::pair<std::size_t, std::string>>;
  ByLook party_by_skeleton, party_by_case_skeleton;
  for (std::size_t i = 0; i < matrix_.parties_.size(); ++i) {
    const Party& party = matrix_.parties_[i];
    if (party.id.empty()) fail(party_locations_[i], "a party has no id");
    if (party.name.empty())
      fail(party_locations_[i], fmt::format("party {} has no name", quote(party.id)));
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
      for (auto [looks, key] : {std::pair{&party_by_skeleton, skeleton(name)},
                                std::pair{&party_by_case_skeleton, case_skeleton(name)}}) {
        const auto [look, added] = looks->emplace(std::move(key), std::pair{i, name});
        if (added || look->second.first == i) continue;
        const std::size_t other = look->second.first;
        fail(party_locations_[i],
             fmt::format("party {} uses the name {}, which looks like {} of party {} (at {}); "
                         "names must differ by more than look-alike letters or spaces",
                         quote(party.id), quote(name), quote(look->second.second),
                         quote(matrix_.parties_[other].id), line_column(party_locations_[other])));
      }
    }
  }
  parties_ended_ = true;
  // Activities added before the parties were complete get their roles now.
  for (Activity& activity : matrix_.activities_)
    activity.roles.resize(matrix_.parties_.size());
  for (const PendingRole& pending : pending_roles_) {
    assign_roles(pending.activity, pending.party, pending.location, pending.roles);
  }
  pending_roles_ = {};
  for (const PendingCellNote& pending : pending_cell_notes_)
    assign_cell_note(pending);
  pending_cell_notes_ = {};
}

std::size_t MatrixBuilder::add_footnote(Location where) {
  require(!footnotes_ended_, "a footnote added after end_footnotes()");
  matrix_.footnotes_.emplace_back().location = where;
  return matrix_.footnotes_.size() - 1;
}

void MatrixBuilder::set_footnote_number(std::size_t footnote, int number, Location where) {
  if (number < 1) fail(where, fmt::format("footnote numbers start at 1, not {}", number));
  matrix_.footnotes_.at(footnote).number = number;
}

void MatrixBuilder::set_footnote_text(std::size_t footnote, std::string_view text, Location where) {
  check_text(text, "text", where);
  matrix_.footnotes_.at(footnote).text = text;
}

void MatrixBuilder::end_footnotes() {
  if (footnotes_ended_) return;
  for (std::size_t i = 0; i < matrix_.footnotes_.size(); ++i) {
    const Footnote& footnote = matrix_.footnotes_[i];
    if (footnote.number == 0) fail(footnote.location, "a footnote has no number");
    if (footnote.text.empty()) {
      fail(footnote.location, fmt::format("footnote {} has no text", footnote.number));
    }
    const auto [it, inserted] = footnote_by_number_.emplace(footnote.number, i);
    if (!inserted) {
      fail(footnote.location,
           fmt::format("duplicate footnote number {} (first at {})", footnote.number,
                       line_column(matrix_.footnotes_[it->second].location)));
    }
  }
  footnotes_ended_ = true;
  for (const PendingCitation& citation : pending_citations_)
    check_citation(citation.number, citation.location);
  pending_citations_ = {};
}

std::size_t MatrixBuilder::add_section(std::size_t parent, Location where) {
  const std::size_t depth = parent == no_section ? 0 : matrix_.sections_.at(parent).depth + 1;
  if (depth >= max_section_depth) {
    fail(where, fmt::format("sections nest too deep (more than {} levels)", max_section_depth));
  }
  const std::size_t index = matrix_.sections_.size();
  Section& section = matrix_.sections_.emplace_back();
  section.parent = parent;
  section.depth = depth;
  section.location = where;
  if (parent != no_section) matrix_.sections_[parent].subsections.push_back(index);
  return index;
}

void MatrixBuilder::set_section_id(std::size_t section, std::string_view id, Location where) {
  check_id(id, where);
  const auto [it, inserted] = matrix_.section_by_id_.emplace(std::string(id), section);
  if (!inserted) {
    fail(where, fmt::format("duplicate section id {} (first at {})", quote(id),
                            line_column(matrix_.sections_[it->second].location)));
  }
  matrix_.sections_.at(section).id = id;
}

void MatrixBuilder::set_section_title(std::size_t section, std::string_view title, Location where) {
  check_text(title, "title", where);
  matrix_.sections_.at(section).title = title;
}

void MatrixBuilder::set_section_description(std::size_t section, std::string_view description) {
  matrix_.sections_.at(section).description = description;
}

std::size_t MatrixBuilder::add_section_note(std::size_t section, Location where) {
  const std::size_t index = matrix_.section_notes_.size();
  SectionNote& note = matrix_.section_notes_.emplace_back();
  note.section = section;
  note.location = where;
  matrix_.sections_.at(section).notes.push_back(index);
  return index;
}

void MatrixBuilder::set_section_note_text(std::size_t note, std::string_view text, Location where) {
  check_text(text, "text", where);
  matrix_.section_notes_.at(note).text = text;
}

void MatrixBuilder::set_section_phase(std::size_t section, Phase phase) {
  matrix_.sections_.at(section).phase = phase;
}

void MatrixBuilder::reserve_activities(std::size_t count) {
  matrix_.activities_.reserve(count);
  matrix_.text_translations_.reserve(count);
  matrix_.activity_by_id_.reserve(count);
}

std::size_t MatrixBuilder::add_activity(std::size_t section, Location where) {
  const std::size_t index = matrix_.activities_.size();
  Activity& activity = matrix_.activities_.emplace_back();
  matrix_.text_translations_.emplace_back();
  activity.section = section;
  activity.location = where;
  if (parties_ended_) activity.roles.resize(matrix_.parties_.size());
  matrix_.sections_.at(section).activities.push_back(index);
  return index;
}

void MatrixBuilder::set_activity_id(std::size_t activity, std::string_view id, Location where) {
  check_id(id, where);
  const auto [it, inserted] = matrix_.activity_by_id_.emplace(std::string(id), activity);
  if (!inserted) {
    fail(where, fmt::format("duplicate activity id {} (first at {})", quote(id),
                            line_column(matrix_.activities_[it->second].location)));
  }
  matrix_.activities_.at(activity).id = id;
}

void MatrixBuilder::set_activity_text(std::size_t activity, std::string_view text, Location where) {
  check_text(text, "text", where);
  matrix_.activities_.at(activity).text = text;
}

void MatrixBuilder::set_activity_note(std::size_t activity, std::string_view note, Location where) {
  check_text(note, "note", where);
  matrix_.activities_.at(activity).note = note;
}

void MatrixBuilder::set_roles(std::size_t activity, std::string_view party, RoleSet roles,
                              Location where) {
  if (legend_ended_) {
    check_letters(roles, where);
  } else {
    pending_letters_.push_back({roles, where});
  }
  if (parties_ended_) {
    assign_roles(activity, party, where, roles);
  } else {
    pending_roles_.push_back({activity, std::string(party), where, roles});
  }
}

void MatrixBuilder::set_roles(std::size_t activity, std::size_t party, RoleSet roles) {
  require(parties_ended_, "roles set by party index before end_parties()");
  if (legend_ended_) {
    check_letters(roles, matrix_.activities_.at(activity).location);
  } else {
    pending_letters_.push_back({roles, matrix_.activities_.at(activity).location});
  }
  matrix_.activities_.at(activity).roles.at(party) = roles;
}

void MatrixBuilder::assign_roles(std::size_t activity, std::string_view party, Location where,
                                 RoleSet roles) {
  const auto it = party_by_id_.find(std::string(party));
  if (it == party_by_id_.end()) {
    std::vector<std::string> ids;
    for (const Party& p : matrix_.parties_)
      ids.push_back(p.id);
    fail(where, fmt::format("unknown party {} (known parties: {}){}", quote(party),
                            escape_controls(fmt::format("{}", fmt::join(ids, ", "))),
                            did_you_mean(party, ids)));
  }
  matrix_.activities_.at(activity).roles[it->second] = roles;
}

void MatrixBuilder::set_cell_note(std::size_t activity, std::string_view party,
                                  std::string_view note, Location where) {
  check_text(note, "cell_notes", where);
  PendingCellNote pending{activity, std::string(party), std::string(note), where};
  if (parties_ended_) {
    assign_cell_note(pending);
  } else {
    pending_cell_notes_.push_back(std::move(pending));
  }
}

void MatrixBuilder::assign_cell_note(const PendingCellNote& note) {
  const auto it = party_by_id_.find(note.party);
  if (it == party_by_id_.end()) {
    std::vector<std::string> ids;
    for (const Party& p : matrix_.parties_)
      ids.push_back(p.id);
    fail(note.location, fmt::format("unknown party {} (known parties: {}){}", quote(note.party),
                                    escape_controls(fmt::format("{}", fmt::join(ids, ", "))),
                                    did_you_mean(note.party, ids)));
  }
  std::vector<std::string>& notes = matrix_.activities_.at(note.activity).cell_notes;
  notes.resize(matrix_.parties_.size());
  notes[it->second] = note.note;
}

void MatrixBuilder::add_citation(std::size_t activity, int number, Location where) {
  if (!citations_.insert(citation_key(activity, number)).second) {
    fail(where, fmt::format("footnote {} is cited twice", number));
  }
  matrix_.activities_.at(activity).footnotes.push_back(number);
  if (footnotes_ended_) {
    check_citation(number, where);
  } else {
    pending_citations_.push_back({number, where});
  }
}

void MatrixBuilder::check_citation(int number, Location where) const {
  if (!footnote_by_number_.contains(number)) {
    fail(where, fmt::format("footnote {} is not defined", number));
  }
}

// What a producer may have left out; the readers' own checks (required keys) come first.
void MatrixBuilder::check_phrase(std::string_view phrase, std::string_view key,
                                 Location where) const {
  // An ASCII letter or digit is a word already; only other text needs splitting to tell.
  const bool ascii_word = std::any_of(phrase.begin(), phrase.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
  if (!ascii_word && split_words(phrase).empty()) {
    fail(where, fmt::format("{} {} has no word to search for", key, quote(phrase)));
  }
}

std::size_t MatrixBuilder::add_glossary_entry(Location where) {
  matrix_.glossary_.push_back({});
  matrix_.glossary_.back().location = where;
  return matrix_.glossary_.size() - 1;
}

void MatrixBuilder::set_glossary_term(std::size_t entry, std::string_view term, Location where) {
  check_phrase(term, "glossary term", where);
  matrix_.glossary_.at(entry).term = term;
}

void MatrixBuilder::add_glossary_equivalent(std::size_t entry, std::string_view phrase,
                                            Location where) {
  check_phrase(phrase, "glossary equivalent", where);
  matrix_.glossary_.at(entry).same.emplace_back(phrase);
}

void MatrixBuilder::set_glossary_language(std::size_t entry, std::string_view language,
                                          Location where) {
  // BCP 47's shape: a primary subtag of 2 to 8 letters, then subtags of letters and digits.
  bool ok = true;
  std::size_t part = 0;
  std::size_t length = 0;
  for (char c : language) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == '-') {
      ok = ok && length >= (part == 0 ? 2 : 1);
      ++part;
      length = 0;
    } else {
      ok = ok && (letter || (part > 0 && c >= '0' && c <= '9'));
      ++length;
    }
    ok = ok && length <= 8;
  }
  ok = ok && length >= (part == 0 ? 2 : 1);
  if (!ok) {
    fail(where, fmt::format("invalid language tag {} (a BCP 47 tag such as 'en' or 'fr-CA')",
                            quote(language)));
  }
  matrix_.glossary_.at(entry).language = language;
}

void MatrixBuilder::check_complete() const {
  if (matrix_.title_.empty()) fail({}, "the matrix has no title");
  for (const Section& section : matrix_.sections_) {
    if (section.id.empty()) fail(section.location, "a section has no id");
    if (section.title.empty()) {
      fail(section.location, fmt::format("section {} has no title", quote(section.id)));
    }
  }
  for (const SectionNote& note : matrix_.section_notes_) {
    if (note.text.empty()) fail(note.location, "a section note has no text");
  }
  for (const Activity& activity : matrix_.activities_) {
    if (activity.id.empty()) fail(activity.location, "an activity has no id");
    if (activity.text.empty()) {
      fail(activity.location, fmt::format("activity {} has no text", quote(activity.id)));
    }
  }
  std::unordered_map<std::string, Location> terms;
  for (const GlossaryEntry& entry : matrix_.glossary_) {
    if (entry.term.empty()) fail(entry.location, "a glossary entry has no term");
    if (entry.same.empty()) {
      fail(entry.location, fmt::format("glossary term {} has no equivalent", quote(entry.term)));
    }
    const auto [first, added] =
        terms.emplace(fold(entry.term) + '/' + fold(entry.language), entry.location);
    if (!added) {
      fail(entry.location,
           fmt::format("duplicate glossary term {}{} (first at {})", quote(entry.term),
                       entry.language.empty() ? "" : " for " + entry.language,
                       line_column(first->second)));
    }
  }
}

bool MatrixBuilder::is_language_tag(std::string_view tag) {
  const std::size_t dash = tag.find('-');
  const std::string_view language = tag.substr(0, dash);
  if (language.size() < 2 || language.size() > 3) return false;
  for (char c : language) {
    if (c < 'a' || c > 'z') return false;
  }
  if (dash == std::string_view::npos) return true;
  std::string_view rest = tag.substr(dash + 1);
  while (true) {
    const std::size_t next = rest.find('-');
    const std::string_view subtag = rest.substr(0, next);
    if (subtag.size() < 2 || subtag.size() > 8) return false;
    for (char c : subtag) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!ok) return false;
    }
    if (next == std::string_view::npos) return true;
    rest = rest.substr(next + 1);
  }
}

void MatrixBuilder::add_language(std::string_view language, Location where) {
  if (!is_language_tag(language)) {
    fail(where, fmt::format("invalid language tag {} (expected a BCP 47 tag such as 'en', 'fr' "
                            "or 'pt-BR')",
                            quote(language)));
  }
  for (std::size_t i = 0; i < matrix_.languages_.size(); ++i) {
    if (matrix_.languages_[i] == language) {
      fail(where, fmt::format("language {} listed twice (first at {})", quote(language),
                              line_column(language_locations_[i])));
    }
  }
  matrix_.languages_.emplace_back(language);
  language_locations_.push_back(where);
}

Translations& MatrixBuilder::translations_of(Text text, std::size_t index) {
  switch (text) {
    case Text::title:
      return matrix_.title_translations_;
    case Text::source:
      return matrix_.source_translations_;
    case Text::description:
      return matrix_.description_translations_;
    case Text::role_name:
    case Text::role_description: {
      require(index < role_count, "a role translation for no letter");
      RoleInfo& info = legend_entry(static_cast<Role>(index));
      return text == Text::role_name ? info.name_translations : info.description_translations;
    }
    case Text::party_name:
      return matrix_.parties_.at(index).name_translations;
    case Text::footnote_text:
      return matrix_.footnotes_.at(index).text_translations;
    case Text::section_title:
      return matrix_.sections_.at(index).title_translations;
    case Text::section_description:
      return matrix_.sections_.at(index).description_translations;
    case Text::section_note:
      return matrix_.section_notes_.at(index).text_translations;
    case Text::activity_text:
      break;
  }
  return matrix_.text_translations_.at(index);
}

void MatrixBuilder::defer_text_translations(std::function<void(std::vector<Translations>&)> fill) {
  matrix_.pending_text_translations_ = std::move(fill);
}

void MatrixBuilder::set_translation(Text text, std::size_t index, std::string_view language,
                                    std::string_view translation, Location where) {
  // A declared language other than the original is a valid tag whose use needs no later
  // check (settle_languages): the built-in tables' case, hundreds of texts at start-up.
  const std::vector<std::string>& languages = matrix_.languages_;
  const bool declared = !languages.empty() && std::find(languages.begin() + 1, languages.end(),
                                                        language) != languages.end();
  if (!declared && !is_language_tag(language)) {
    fail(where, fmt::format("invalid language tag {} (expected a BCP 47 tag such as 'en', 'fr' "
                            "or 'pt-BR')",
                            quote(language)));
  }
  if (is_blank(translation)) {
    fail(where, fmt::format("the {} translation must not be empty", quote(language)));
  }
  Translations& translations = translations_of(text, index);
  if (find_translation(translations, language)) {
    fail(where, fmt::format("a second {} translation of the same text", quote(language)));
  }
  if (translations.empty() && !languages.empty()) translations.reserve(languages.size() - 1);
  translations.push_back({std::string(language), std::string(translation)});
  translated_ = true;
  if (declared) return;
  const bool seen = std::any_of(translations_seen_.begin(), translations_seen_.end(),
                                [&](const TranslationSeen& t) { return t.language == language; });
  if (!seen) translations_seen_.push_back({std::string(language), where});
}

// Checks the languages the translations use against the declared ones (or declares them),
// then puts every text's translations in the order of the languages.
void MatrixBuilder::settle_languages() {
  const bool declared = !matrix_.languages_.empty();
  if (!declared) matrix_.languages_.emplace_back("en");
  const std::string original = matrix_.languages_.front();  // a copy: languages_ grows below
  for (const TranslationSeen& seen : translations_seen_) {
    if (seen.language == original) {
      fail(seen.location,
           fmt::format("{} is the original language, whose texts have no language suffix{}",
                       quote(original), declared ? "" : " (without 'languages', it is 'en')"));
    }
    const auto& languages = matrix_.languages_;
    if (std::find(languages.begin(), languages.end(), seen.language) != languages.end()) continue;
    if (declared) {
      fail(seen.location, fmt::format("language {} is not among 'languages' ({})",
                                      quote(seen.language), fmt::join(languages, ", ")));
    }
    matrix_.languages_.push_back(seen.language);
  }
  if (!translated_) return;
  // Each text's translations in the order of `languages`. They mostly come in that order
  // already (the built-in tables always do), so a check comes before any sort; a few
  // languages are ranked by a scan, more through a map, so that many stay linear.
  const std::vector<std::string>& languages = matrix_.languages_;
  std::unordered_map<std::string_view, std::size_t> ranks;
  constexpr std::size_t scanned = 8;
  if (languages.size() > scanned) {
    for (std::size_t i = 0; i < languages.size(); ++i)
      ranks.emplace(languages[i], i);
  }
  const auto rank = [&](std::string_view language) {
    if (languages.size() > scanned) return ranks.at(language);
    return static_cast<std::size_t>(std::find(languages.begin(), languages.end(), language) -
                                    languages.begin());
  };
  // In order when each language comes after the previous one in `languages`: with a few
  // languages, one walk of both lists; with more, by rank.
  const auto in_order = [&](const Translations& translations) {
    if (languages.size() > scanned) {
      return std::is_sorted(translations.begin(), translations.end(),
                            [&](const Translation& a, const Translation& b) {
                              return ranks.at(a.language) < ranks.at(b.language);
                            });
    }
    auto next = languages.begin();
    for (const Translation& t : translations) {
      next = std::find(next, languages.end(), t.language);
      if (next == languages.end()) return false;
      ++next;
    }
    return true;
  };
  const auto sort = [&](Translations& translations) {
    const auto before = [&](const Translation& a, const Translation& b) {
      return rank(a.language) < rank(b.language);
    };
    if (!in_order(translations)) std::sort(translations.begin(), translations.end(), before);
  };
  for (Translations* t : {&matrix_.title_translations_, &matrix_.source_translations_,
                          &matrix_.description_translations_})
    sort(*t);
  for (RoleInfo& info : matrix_.legend_) {
    sort(info.name_translations);
    sort(info.description_translations);
  }
  for (Party& party : matrix_.parties_)
    sort(party.name_translations);
  for (Footnote& footnote : matrix_.footnotes_)
    sort(footnote.text_translations);
  for (Section& section : matrix_.sections_) {
    sort(section.title_translations);
    sort(section.description_translations);
  }
  for (SectionNote& note : matrix_.section_notes_)
    sort(note.text_translations);
  for (Translations& translations : matrix_.text_translations_)
    sort(translations);
}

Matrix MatrixBuilder::finish() {
  if (!legend_ended_) end_legend();
  end_parties();
  end_footnotes();
  check_complete();
  settle_languages();
  matrix_.citing_.resize(matrix_.footnotes_.size());
  for (std::size_t a = 0; a < matrix_.activities_.size(); ++a) {
    for (int number : matrix_.activities_[a].footnotes)
      matrix_.citing_[footnote_by_number_.at(number)].push_back(a);
  }
  matrix_.footnote_by_number_ = std::move(footnote_by_number_);
  // A section without a phase of its own takes its parent's; parents come first.
  for (Section& section : matrix_.sections_) {
    if (!section.phase && section.parent != no_section) {
      section.phase = matrix_.sections_[section.parent].phase;
    }
  }
  return std::move(matrix_);
}

}  // namespace raci
