#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "raci/util/error.hpp"

namespace raci {

class MatrixBuilder;

// A role is one uppercase letter, A to Z; its value is the letter's offset from 'A'. Every
// matrix has the four RACI roles, named here, with their meaning (validate: one A, at least
// one R per activity); its legend may add others, such as RASCI's S (Support) or RACI-VS's V
// and S, which carry no rule.
enum class Role : std::uint8_t {
  accountable = 'A' - 'A',
  consulted = 'C' - 'A',
  informed = 'I' - 'A',
  responsible = 'R' - 'A',
};

inline constexpr std::size_t role_count = 26;  // the letters A to Z

// The four RACI roles, in their canonical order.
inline constexpr std::array<Role, 4> all_roles{Role::responsible, Role::accountable,
                                               Role::consulted, Role::informed};

bool is_core_role(Role role);
char role_letter(Role role);
// The role of an uppercase letter A to Z, whether or not a legend defines it.
std::optional<Role> role_from_letter(char letter);

// A set of roles: those one party holds in one activity, or those a legend defines.
class RoleSet {
 public:
  constexpr RoleSet() = default;

  bool contains(Role role) const { return (bits_ & bit(role)) != 0; }
  bool contains_all(RoleSet other) const { return (bits_ & other.bits_) == other.bits_; }
  bool empty() const { return bits_ == 0; }
  void insert(Role role) { bits_ |= bit(role); }
  // The roles in the canonical order: R, A, C, I, then the other letters alphabetically.
  // It holds whatever matrix the set comes from, so that equal sets print the same.
  std::vector<Role> roles() const;
  // The letters in that order ("RA", "RAS"), empty when no role is held.
  std::string letters() const;
  // The roles of both sets, and those of this one not in `other`.
  RoleSet operator|(RoleSet other) const { return from_bits(bits_ | other.bits_); }
  RoleSet without(RoleSet other) const { return from_bits(bits_ & ~other.bits_); }
  // The four RACI roles; every letter A to Z.
  static RoleSet core();
  static RoleSet any_letter();

  friend bool operator==(RoleSet, RoleSet) = default;

 private:
  static constexpr std::uint32_t bit(Role role) {
    return std::uint32_t{1} << static_cast<unsigned>(role);
  }
  static RoleSet from_bits(std::uint32_t bits) {
    RoleSet set;
    set.bits_ = bits;
    return set;
  }
  std::uint32_t bits_ = 0;
};

// The letters of `roles` for a message, in the canonical order, the last joined by `last`:
// "R, A, C or I".
std::string list_letters(RoleSet roles, std::string_view last);

// Whether lowercase letters count as role letters ("ra" for "RA").
enum class LetterCase : std::uint8_t { upper, any };
// Whether a letter may be given twice ("RAR").
enum class Repeats : std::uint8_t { refused, allowed };

// What reading role letters such as "RA" found. The one parser of role letters, for data
// files, Markdown cells and options alike; each caller words its own message. A letter is
// read when `defined` holds its role: a matrix's legend, or every letter A to Z.
struct RoleLetters {
  RoleSet roles;                                  // the letters read before any problem
  std::size_t error_at = std::string_view::npos;  // the first character that is no new letter
  bool repeated = false;                          // that character is a letter read before
  bool ok() const { return error_at == std::string_view::npos; }
};

RoleLetters read_role_letters(std::string_view text, RoleSet defined, LetterCase letter_case,
                              Repeats repeats);

// The lifecycle phase of a top-level section and everything under it.
enum class Phase : std::uint8_t { onboarding, run, exit };

inline constexpr std::array<Phase, 3> all_phases{Phase::onboarding, Phase::run, Phase::exit};

std::string_view phase_name(Phase phase);
std::optional<Phase> phase_from_name(std::string_view name);

// A text in another language than the matrix's original one (Matrix::languages()).
struct Translation {
  std::string language;  // a BCP 47 tag: "fr", "de", "pt-BR"
  std::string text;
};
// A text's translations, in the order of Matrix::languages(); each language at most once.
using Translations = std::vector<Translation>;

// The translation into `language`, or null.
const std::string* find_translation(const Translations& translations, std::string_view language);

// One line of the legend: what a role letter means in this matrix.
struct RoleInfo {
  Role role = Role::responsible;
  std::string name;
  std::string description;
  Translations name_translations;
  Translations description_translations;
};

struct Party {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  Translations name_translations;
};

struct Footnote {
  int number = 0;
  std::string text;
  Translations text_translations;
  Location location;
};

// One glossary entry: a term and the words or phrases that mean the same, so that a search
// for one also finds the others (docs/search.md).
struct GlossaryEntry {
  std::string term;
  std::vector<std::string> same;  // its equivalents, at least one
  std::string language;           // BCP 47 tag of the texts it holds for; empty: all of them
  Location location;
};

inline constexpr std::size_t no_section = static_cast<std::size_t>(-1);

struct Section {
  std::string id;
  std::string title;
  std::string description;
  Translations title_translations;
  Translations description_translations;
  std::optional<Phase> phase;  // inherited from the enclosing section when not set
  std::size_t parent = no_section;
  std::size_t depth = 0;  // 0 for a top-level section
  std::vector<std::size_t> subsections;
  std::vector<std::size_t> activities;  // the section's own, not its subsections'
  std::vector<std::size_t> notes;       // indexes into Matrix::section_notes(), in order
  Location location;
};

// A remark on a section as a whole, such as a paragraph the document writes after a table.
struct SectionNote {
  std::size_t section = no_section;
  std::string text;
  Translations text_translations;
  Location location;
};

struct Activity {
  std::string id;
  std::string text;
  std::string note;  // a remark on the row, e.g. a marker found when importing
  std::size_t section = no_section;
  std::vector<RoleSet> roles;  // one entry per party, in the order of Matrix::parties()
  // A remark on one party's cell ("review, decide" of "R (review, decide)"), by party index
  // like `roles`; empty when no cell of the row has one.
  std::vector<std::string> cell_notes;
  std::vector<int> footnotes;  // footnote numbers, in the order cited
  Location location;
};

// A whole responsibility matrix, immutable once loaded.
class Matrix {
 public:
  const std::string& title() const { return title_; }
  const std::string& provider() const { return provider_; }
  const std::string& source() const { return source_; }
  const std::string& description() const { return description_; }
  // Where the matrix was read from: a file name, or "built-in".
  const std::string& origin() const { return origin_; }
  // The name a person selects it by and that tells matrices apart in output (`iaas`,
  // `kubernetes`): the catalogue's id for a built-in matrix, else the file's name without
  // its directory and extension.
  const std::string& name() const { return name_; }
  // The languages of its texts, as BCP 47 tags: the first is the original, the language of
  // every text's untranslated form (and the fallback); the others have translations.
  const std::vector<std::string>& languages() const { return languages_; }
  const Translations& title_translations() const { return title_translations_; }
  const Translations& source_translations() const { return source_translations_; }
  const Translations& description_translations() const { return description_translations_; }

  // The language the texts above are shown in: the original, or the one in_language() chose.
  const std::string& shown_language() const {
    return original_ ? shown_language_ : languages_.front();
  }
  // The matrix as loaded, whose texts are in the original language: this one unless it is an
  // in_language() view. Parts have the same indexes in both.
  const Matrix& original() const { return original_ ? *original_ : *this; }

  // The legend: R, A, C and I, then the other letters in the order the data gives them.
  const std::vector<RoleInfo>& legend() const { return legend_; }
  // The letters the legend defines.
  RoleSet roles() const { return roles_; }
  // Whether the legend defines letters besides R, A, C and I.
  bool has_extra_roles() const { return legend_.size() > all_roles.size(); }
  // A role the legend defines.
  const RoleInfo& role_info(Role role) const;
  const std::vector<Party>& parties() const { return parties_; }
  const std::vector<Footnote>& footnotes() const { return footnotes_; }
  // Every section, parents before their subsections, in document order.
  const std::vector<Section>& sections() const { return sections_; }
  // Every section's notes, in document order (Section::notes holds a section's indexes).
  const std::vector<SectionNote>& section_notes() const { return section_notes_; }
  // Every activity, in document order.
  const std::vector<Activity>& activities() const { return activities_; }
  // An activity's text in the matrix's other languages, in the order of languages(). A
  // built-in matrix assembles them when first asked for: a query that shows none (the usual
  // one; its search reads stems made at build time) does not pay for hundreds of texts.
  const Translations& text_translations(const Activity& activity) const;
  // The glossary, in document order.
  const std::vector<GlossaryEntry>& glossary() const { return glossary_; }

  const Activity* find_activity(std::string_view id) const;
  const Section* find_section(std::string_view id) const;
  // The indexes of the activities citing a footnote, in document order.
  const std::vector<std::size_t>& activities_citing(const Footnote& footnote) const;
  const Footnote* find_footnote(int number) const;
  // A party by id, name or alias, ignoring case and accents.
  std::optional<std::size_t> find_party(std::string_view name) const;

  // The sections from the top level down to `section`.
  std::vector<const Section*> section_path(const Section& section) const;
  const Section& section_of(const Activity& activity) const { return sections_[activity.section]; }
  std::optional<Phase> phase_of(const Activity& activity) const {
    return section_of(activity).phase;
  }

 private:
  friend class MatrixBuilder;  // the one way to fill a Matrix (raci/model/builder.hpp)
  friend Matrix in_language(const Matrix& matrix, std::string_view language);

  std::string title_;
  std::string provider_;
  std::string source_;
  std::string description_;
  std::string origin_;
  std::string name_;
  std::vector<std::string> languages_;
  std::string shown_language_;
  std::shared_ptr<const Matrix> original_;  // set in an in_language() view
  Translations title_translations_;
  Translations source_translations_;
  Translations description_translations_;
  std::vector<RoleInfo> legend_;
  RoleSet roles_;
  std::vector<Party> parties_;
  std::vector<Footnote> footnotes_;
  std::vector<Section> sections_;
  std::vector<SectionNote> section_notes_;
  std::vector<Activity> activities_;
  // By activity index; `pending_text_translations_`, when set, fills them on first use (a
  // Matrix is for one thread at a time).
  mutable std::vector<Translations> text_translations_;
  mutable std::function<void(std::vector<Translations>&)> pending_text_translations_;
  std::vector<GlossaryEntry> glossary_;
  std::unordered_map<std::string, std::size_t> activity_by_id_;
  std::unordered_map<std::string, std::size_t> section_by_id_;
  std::unordered_map<int, std::size_t> footnote_by_number_;
  std::vector<std::vector<std::size_t>> citing_;  // per footnote, by index
};

// The same matrix with every human text in `language`, one of its languages: a text without a
// translation into it shows the original marked with the original's tag ("[en] Run the
// backups"), so that nobody takes it for a translation. Ids, letters, structure and the
// translations themselves are unchanged; original() gives the matrix as loaded. In the
// original language, a copy.
Matrix in_language(const Matrix& matrix, std::string_view language);

}  // namespace raci
