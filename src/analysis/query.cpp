#include "raci/analysis/query.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "raci/analysis/suggest.hpp"
#include "raci/model/copy.hpp"
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

RoleSet parse_role_letters(const std::string& letters, RoleSet defined) {
  const RoleLetters read = read_role_letters(letters, defined, LetterCase::any, Repeats::allowed);
  if (!read.ok()) {
    const std::string use = fmt::format("use {}, e.g. --role RA", list_letters(defined, "and"));
    const char bad = letters[read.error_at];
    if (std::isalpha(static_cast<unsigned char>(bad))) {
      throw UsageError(fmt::format("the legend has no role '{}' ({})",
                                   static_cast<char>(std::toupper(static_cast<unsigned char>(bad))),
                                   use));
    }
    throw UsageError(fmt::format("invalid role letters '{}' ({})", escape_controls(letters), use));
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
  for (const std::string& letters : spec.roles) {
    roles_.push_back(parse_role_letters(
        letters, spec.roles_defined.empty() ? matrix.roles() : spec.roles_defined));
  }
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
  return copy_matrix(matrix, selection).finish();
}

}  // namespace raci
