#include "raci/analysis/query.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "raci/analysis/suggest.hpp"
#include "raci/model/builder.hpp"
#include "raci/util/error.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

std::size_t resolve_party(const Matrix& matrix, const std::string& name) {
  if (const std::optional<std::size_t> party = matrix.find_party(name)) return *party;
  std::vector<std::string> known;
  std::vector<std::string> words;
  for (const Party& party : matrix.parties()) {
    std::string entry = party.id;
    words.push_back(party.id);
    if (!party.aliases.empty()) entry += fmt::format(" ({})", fmt::join(party.aliases, ", "));
    words.insert(words.end(), party.aliases.begin(), party.aliases.end());
    known.push_back(entry);
  }
  throw UsageError(fmt::format("unknown party '{}' (known parties: {}){}", escape_controls(name),
                               fmt::join(known, ", "), did_you_mean(fold(name), words)));
}

// The sections whose id is `wanted`, or else whose title contains it, with their subsections.
std::vector<bool> resolve_sections(const Matrix& matrix, const std::string& wanted) {
  const std::vector<Section>& sections = matrix.sections();
  std::vector<bool> chosen(sections.size(), false);
  bool any = false;
  if (const Section* section = matrix.find_section(wanted)) {
    chosen[static_cast<std::size_t>(section - sections.data())] = true;
    any = true;
  } else {
    const std::string needle = fold(wanted);
    for (std::size_t i = 0; i < sections.size(); ++i) {
      if (fold(sections[i].title).find(needle) != std::string::npos) chosen[i] = any = true;
    }
  }
  if (!any) {
    std::vector<std::string> ids;
    for (const Section& section : sections)
      ids.push_back(section.id);
    throw UsageError(fmt::format("no section matches '{}' (see 'raci sections'){}",
                                 escape_controls(wanted), did_you_mean(wanted, ids)));
  }
  // Parents come before their subsections, so one pass carries the choice down.
  for (std::size_t i = 0; i < sections.size(); ++i) {
    if (sections[i].parent != no_section && chosen[sections[i].parent]) chosen[i] = true;
  }
  return chosen;
}

}  // namespace

RoleSet parse_role_letters(const std::string& letters) {
  const RoleLetters read = read_role_letters(letters, LetterCase::any, Repeats::allowed);
  if (!read.ok()) {
    throw UsageError(fmt::format("invalid role letters '{}' (use R, A, C and I, e.g. --role RA)",
                                 escape_controls(letters)));
  }
  if (read.roles.empty()) throw UsageError("--role needs at least one of R, A, C, I");
  return read.roles;
}

Filter::Filter(const Matrix& matrix, const FilterSpec& spec, std::shared_ptr<WordStems> stems)
    : matrix_(matrix) {
  if (!spec.party.empty()) is_party_.assign(matrix.parties().size(), false);
  for (const std::string& name : spec.party) {
    const std::size_t party = resolve_party(matrix, name);
    if (!is_party_[party]) parties_.push_back(party);
    is_party_[party] = true;
  }
  for (const std::string& letters : spec.roles)
    roles_.push_back(parse_role_letters(letters));
  if (spec.only && parties_.empty()) throw UsageError("--only needs --party (whose duties alone?)");
  only_ = spec.only;
  for (const std::string& wanted : spec.section) {
    std::vector<bool> chosen = resolve_sections(matrix, wanted);
    if (in_sections_.empty()) {
      in_sections_ = std::move(chosen);
      continue;
    }
    for (std::size_t s = 0; s < chosen.size(); ++s) {
      if (chosen[s]) in_sections_[s] = true;
    }
  }
  for (const std::string& keyword : spec.keyword) {
    if (split_words(keyword).empty()) continue;
    if (!stems) stems = std::make_shared<WordStems>(matrix);
    searches_.push_back(std::make_shared<const Search>(matrix, keyword, stems));
  }
  for (const std::string& name : spec.phase) {
    const std::optional<Phase> phase = phase_from_name(name);
    if (!phase) {
      throw UsageError(fmt::format("unknown phase '{}' (expected onboarding, run or exit)",
                                   escape_controls(name)));
    }
    phases_.push_back(*phase);
  }
  for (int number : spec.footnote) {
    if (!matrix.find_footnote(number)) {
      std::vector<int> numbers;
      for (const Footnote& footnote : matrix.footnotes())
        numbers.push_back(footnote.number);
      throw UsageError(
          fmt::format("footnote {} is not defined (footnotes: {})", number,
                      numbers.empty() ? "none" : fmt::format("{}", fmt::join(numbers, ", "))));
    }
    footnotes_.push_back(number);
  }
}

bool Filter::roles_match(RoleSet held) const {
  if (held.empty()) return false;
  if (roles_.empty()) return true;
  for (const RoleSet wanted : roles_) {
    if (held.contains_all(wanted)) return true;
  }
  return false;
}

bool Filter::matches(const Activity& activity) const {
  if (!parties_.empty()) {
    bool held = false;
    for (std::size_t party : parties_)
      held = held || roles_match(activity.roles[party]);
    if (!held) return false;
    if (only_) {
      for (std::size_t p = 0; p < activity.roles.size(); ++p) {
        if (!is_party_[p] && !activity.roles[p].empty()) return false;
      }
    }
  } else if (!roles_.empty()) {
    bool someone = false;
    for (const RoleSet held : activity.roles)
      someone = someone || roles_match(held);
    if (!someone) return false;
  }
  if (!in_sections_.empty() && !in_sections_[activity.section]) return false;
  if (!phases_.empty()) {
    const std::optional<Phase> phase = matrix_.phase_of(activity);
    if (!phase || std::find(phases_.begin(), phases_.end(), *phase) == phases_.end()) return false;
  }
  if (!footnotes_.empty()) {
    bool cited = false;
    for (int number : activity.footnotes)
      cited = cited || std::find(footnotes_.begin(), footnotes_.end(), number) != footnotes_.end();
    if (!cited) return false;
  }
  if (searches_.empty()) return true;
  for (const std::shared_ptr<const Search>& search : searches_) {
    if (search->matches(activity)) return true;
  }
  return false;
}

std::vector<const Activity*> select(const Matrix& matrix, const Filter& filter) {
  std::vector<const Activity*> out;
  for (const Activity& activity : matrix.activities()) {
    if (filter.matches(activity)) out.push_back(&activity);
  }
  return out;
}

Matrix selected_matrix(const Matrix& matrix, const std::vector<const Activity*>& selection) {
  MatrixBuilder builder(matrix.origin());
  builder.set_title(matrix.title());
  if (!matrix.provider().empty()) builder.set_provider(matrix.provider());
  if (!matrix.source().empty()) builder.set_source(matrix.source());
  if (!matrix.description().empty()) builder.set_description(matrix.description());
  for (const RoleInfo& info : matrix.legend()) {
    builder.set_role_name(info.role, info.name);
    builder.set_role_description(info.role, info.description);
  }
  builder.end_legend();
  for (const Party& p : matrix.parties()) {
    const std::size_t party = builder.add_party();
    builder.set_party_id(party, p.id);
    builder.set_party_name(party, p.name);
    for (const std::string& alias : p.aliases)
      builder.add_party_alias(party, alias);
  }
  builder.end_parties();
  std::vector<bool> cited(matrix.footnotes().size());
  std::vector<bool> kept_section(matrix.sections().size());
  for (const Activity* activity : selection) {
    for (int number : activity->footnotes)
      cited[static_cast<std::size_t>(matrix.find_footnote(number) - matrix.footnotes().data())] =
          true;
    for (std::size_t s = activity->section; s != no_section && !kept_section[s];
         s = matrix.sections()[s].parent)
      kept_section[s] = true;
  }
  for (std::size_t f = 0; f < matrix.footnotes().size(); ++f) {
    if (!cited[f]) continue;
    const Footnote& original = matrix.footnotes()[f];
    const std::size_t footnote = builder.add_footnote(original.location);
    builder.set_footnote_number(footnote, original.number);
    builder.set_footnote_text(footnote, original.text);
  }
  builder.end_footnotes();
  for (const GlossaryEntry& original : matrix.glossary()) {
    const std::size_t entry = builder.add_glossary_entry(original.location);
    builder.set_glossary_term(entry, original.term);
    for (const std::string& phrase : original.same)
      builder.add_glossary_equivalent(entry, phrase);
    if (!original.language.empty()) builder.set_glossary_language(entry, original.language);
  }
  // Sections in their order (parents first), renumbered.
  std::vector<std::size_t> new_index(matrix.sections().size(), no_section);
  for (std::size_t s = 0; s < matrix.sections().size(); ++s) {
    if (!kept_section[s]) continue;
    const Section& original = matrix.sections()[s];
    const std::size_t parent =
        original.parent == no_section ? no_section : new_index[original.parent];
    const std::size_t section = builder.add_section(parent, original.location);
    new_index[s] = section;
    builder.set_section_id(section, original.id);
    builder.set_section_title(section, original.title);
    if (!original.description.empty())
      builder.set_section_description(section, original.description);
    if (original.phase) builder.set_section_phase(section, *original.phase);
  }
  for (const Activity* original : selection) {
    const std::size_t activity =
        builder.add_activity(new_index[original->section], original->location);
    builder.set_activity_id(activity, original->id);
    builder.set_activity_text(activity, original->text);
    if (!original->text_fr.empty()) builder.set_activity_text_fr(activity, original->text_fr);
    if (!original->note.empty()) builder.set_activity_note(activity, original->note);
    for (std::size_t p = 0; p < original->roles.size(); ++p) {
      if (!original->roles[p].empty()) builder.set_roles(activity, p, original->roles[p]);
    }
    for (int number : original->footnotes)
      builder.add_citation(activity, number);
  }
  return builder.finish();
}

}  // namespace raci
