#include "raci/model/matrix.hpp"

#include <stdexcept>

#include "raci/util/unicode.hpp"

namespace raci {

bool is_core_role(Role role) {
  return role == Role::responsible || role == Role::accountable || role == Role::consulted ||
         role == Role::informed;
}

char role_letter(Role role) {
  return static_cast<char>('A' + static_cast<int>(role));
}

std::optional<Role> role_from_letter(char letter) {
  if (letter < 'A' || letter > 'Z') return std::nullopt;
  return static_cast<Role>(letter - 'A');
}

RoleSet RoleSet::core() {
  return from_bits(bit(Role::responsible) | bit(Role::accountable) | bit(Role::consulted) |
                   bit(Role::informed));
}

RoleSet RoleSet::any_letter() {
  return RoleSet::from_bits((std::uint32_t{1} << role_count) - 1);
}

RoleLetters read_role_letters(std::string_view text, RoleSet defined, LetterCase letter_case,
                              Repeats repeats) {
  RoleLetters result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char letter = text[i];
    if (letter_case == LetterCase::any && letter >= 'a' && letter <= 'z') {
      letter = static_cast<char>(letter - 'a' + 'A');
    }
    std::optional<Role> role = role_from_letter(letter);
    if (role && !defined.contains(*role)) role.reset();
    if (!role || (repeats == Repeats::refused && result.roles.contains(*role))) {
      result.error_at = i;
      result.repeated = role.has_value();
      return result;
    }
    result.roles.insert(*role);
  }
  return result;
}

std::vector<Role> RoleSet::roles() const {
  std::vector<Role> out;
  for (Role role : all_roles) {
    if (contains(role)) out.push_back(role);
  }
  for (std::size_t i = 0; i < role_count; ++i) {
    const auto role = static_cast<Role>(i);
    if (contains(role) && !is_core_role(role)) out.push_back(role);
  }
  return out;
}

// Called for every cell printed: no vector in between.
std::string RoleSet::letters() const {
  std::string out;
  for (Role role : all_roles) {
    if (contains(role)) out += role_letter(role);
  }
  if ((bits_ & ~core().bits_) == 0) return out;
  for (std::size_t i = 0; i < role_count; ++i) {
    const auto role = static_cast<Role>(i);
    if (contains(role) && !is_core_role(role)) out += role_letter(role);
  }
  return out;
}

std::string list_letters(RoleSet roles, std::string_view last) {
  const std::string letters = roles.letters();
  std::string out;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    if (i > 0) {
      if (i + 1 == letters.size()) {
        out += ' ';
        out += last;
        out += ' ';
      } else {
        out += ", ";
      }
    }
    out += letters[i];
  }
  return out;
}

const RoleInfo& Matrix::role_info(Role role) const {
  for (const RoleInfo& info : legend_) {
    if (info.role == role) return info;
  }
  throw std::out_of_range(std::string("no role ") + role_letter(role) + " in the legend");
}

std::string_view phase_name(Phase phase) {
  switch (phase) {
    case Phase::onboarding:
      return "onboarding";
    case Phase::run:
      return "run";
    case Phase::exit:
      return "exit";
  }
  return "";
}

std::optional<Phase> phase_from_name(std::string_view name) {
  for (Phase phase : all_phases) {
    if (phase_name(phase) == name) return phase;
  }
  return std::nullopt;
}

const Translations& Matrix::text_translations(const Activity& activity) const {
  if (pending_text_translations_) {
    const auto fill = std::move(pending_text_translations_);
    pending_text_translations_ = nullptr;
    fill(text_translations_);
  }
  const auto index = static_cast<std::size_t>(&activity - activities_.data());
  if (index >= text_translations_.size())
    throw std::logic_error("text_translations: an activity of another matrix");
  return text_translations_[index];
}

const Activity* Matrix::find_activity(std::string_view id) const {
  auto it = activity_by_id_.find(std::string(id));
  return it == activity_by_id_.end() ? nullptr : &activities_[it->second];
}

const Section* Matrix::find_section(std::string_view id) const {
  auto it = section_by_id_.find(std::string(id));
  return it == section_by_id_.end() ? nullptr : &sections_[it->second];
}

const std::vector<std::size_t>& Matrix::activities_citing(const Footnote& footnote) const {
  return citing_[static_cast<std::size_t>(&footnote - footnotes_.data())];
}

const Footnote* Matrix::find_footnote(int number) const {
  // An index, not a scan: an activity may cite every footnote of a large matrix.
  const auto it = footnote_by_number_.find(number);
  return it == footnote_by_number_.end() ? nullptr : &footnotes_[it->second];
}

const std::string* find_translation(const Translations& translations, std::string_view language) {
  for (const Translation& translation : translations) {
    if (translation.language == language) return &translation.text;
  }
  return nullptr;
}

std::optional<std::size_t> Matrix::find_party(std::string_view name) const {
  const std::string wanted = fold(name);
  for (std::size_t i = 0; i < parties_.size(); ++i) {
    const Party& party = parties_[i];
    if (fold(party.id) == wanted || fold(party.name) == wanted) return i;
    for (const std::string& alias : party.aliases) {
      if (fold(alias) == wanted) return i;
    }
  }
  return std::nullopt;
}

std::vector<const Section*> Matrix::section_path(const Section& section) const {
  std::vector<const Section*> path;
  for (const Section* s = &section;; s = &sections_[s->parent]) {
    path.insert(path.begin(), s);
    if (s->parent == no_section) break;
  }
  return path;
}

Matrix in_language(const Matrix& matrix, std::string_view language) {
  const Matrix& original = matrix.original();
  Matrix out = original;
  if (language == original.languages().front()) return out;
  out.original_ = std::make_shared<const Matrix>(original);
  out.shown_language_ = language;
  const std::string mark = "[" + original.languages().front() + "] ";
  const auto show = [&](std::string& text, const Translations& translations) {
    if (text.empty()) return;
    const std::string* translated = find_translation(translations, language);
    text = translated ? *translated : mark + text;
  };
  show(out.title_, out.title_translations_);
  show(out.description_, out.description_translations_);
  for (RoleInfo& info : out.legend_) {
    show(info.name, info.name_translations);
    show(info.description, info.description_translations);
  }
  for (Party& party : out.parties_)
    show(party.name, party.name_translations);
  for (Footnote& footnote : out.footnotes_)
    show(footnote.text, footnote.text_translations);
  for (Section& section : out.sections_) {
    show(section.title, section.title_translations);
    show(section.description, section.description_translations);
  }
  for (SectionNote& note : out.section_notes_)
    show(note.text, note.text_translations);
  for (std::size_t a = 0; a < out.activities_.size(); ++a)
    show(out.activities_[a].text, original.text_translations(original.activities_[a]));
  return out;
}

}  // namespace raci
