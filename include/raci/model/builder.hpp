#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/util/error.hpp"

namespace raci {

// The one way to make a Matrix: the data-file readers, the built-in tables, the Markdown
// importer and the benchmark generator all fill one through these calls.
//
// Every rule of the data format (docs/data-format.md) lives here: ids are kebab-case and
// unique, texts are not blank, role letters name known parties, cited footnotes exist,
// names stand for one party, sections nest at most 16 deep. Each call takes the Location
// its error names (the file's line and column for the readers, the document's line for the
// importer) and throws DataError(origin, location, …) when a rule is broken. A rule is
// checked as soon as what it needs is known: roles and citations given before their
// parties or footnotes are complete wait for end_parties()/end_footnotes(), which finish()
// calls when the producer has not. Parts are referred to by the index their add_ call
// returns, which is also their index in the finished Matrix.
class MatrixBuilder {
 public:
  explicit MatrixBuilder(std::string origin);

  const std::string& origin() const { return origin_; }
  // The matrix's name (Matrix::name); by default the origin's file name without its
  // directory and extension.
  void set_name(std::string_view name) { matrix_.name_ = name; }

  void set_title(std::string_view text, Location where = {});
  void set_provider(std::string_view text, Location where = {});
  void set_source(std::string_view text, Location where = {});
  void set_description(std::string_view text, Location where = {});

  // The legend: what each letter means. R, A, C and I come first; any other letter is added
  // after them, in the order of its first call. end_legend() checks that every letter is
  // named; the letters activities hold must be the legend's, checked once it has ended.
  void set_role_name(Role role, std::string_view name, Location where = {});
  void set_role_description(Role role, std::string_view description, Location where = {});
  void end_legend(Location where = {});
  // The letters of the legend once it has ended; until then, every letter A to Z.
  RoleSet legend_roles() const { return legend_ended_ ? matrix_.roles_ : RoleSet::any_letter(); }

  std::size_t add_party(Location where = {});
  void set_party_id(std::size_t party, std::string_view id, Location where = {});
  void set_party_name(std::size_t party, std::string_view name, Location where = {});
  void add_party_alias(std::size_t party, std::string_view alias, Location where = {});
  // No party may be added after this: ids and names are checked, waiting roles assigned.
  void end_parties(Location where = {});

  std::size_t add_footnote(Location where = {});
  void set_footnote_number(std::size_t footnote, int number, Location where = {});
  void set_footnote_text(std::size_t footnote, std::string_view text, Location where = {});
  // No footnote may be added after this: numbers are checked, waiting citations resolved.
  void end_footnotes();

  // A section under `parent` (no_section for a top-level one); parents come first.
  std::size_t add_section(std::size_t parent, Location where = {});
  void set_section_id(std::size_t section, std::string_view id, Location where = {});
  void set_section_title(std::size_t section, std::string_view title, Location where = {});
  void set_section_description(std::size_t section, std::string_view description);
  // A note on the section (its index in Matrix::section_notes() is returned); its text may
  // come later, and must before finish().
  std::size_t add_section_note(std::size_t section, Location where = {});
  void set_section_note_text(std::size_t note, std::string_view text, Location where = {});
  // Without a phase of its own, a section takes its parent's.
  void set_section_phase(std::size_t section, Phase phase);

  // Room for `count` activities in all, when a producer knows it: no growing as they come.
  void reserve_activities(std::size_t count);
  std::size_t add_activity(std::size_t section, Location where = {});
  void set_activity_id(std::size_t activity, std::string_view id, Location where = {});
  void set_activity_text(std::size_t activity, std::string_view text, Location where = {});
  void set_activity_note(std::size_t activity, std::string_view note, Location where = {});
  // The roles `party` (its id) holds in the activity; `where` names the party.
  void set_roles(std::size_t activity, std::string_view party, RoleSet roles, Location where = {});
  // The same for a producer that knows the party's index (its add_party() result); once the
  // parties are complete.
  void set_roles(std::size_t activity, std::size_t party, RoleSet roles);
  void add_citation(std::size_t activity, int number, Location where = {});
  // A note on one party's cell of the activity (`party` is its id; `where` names it).
  void set_cell_note(std::size_t activity, std::string_view party, std::string_view note,
                     Location where = {});

  // A glossary entry: a term, its equivalents and, optionally, the language of the texts it
  // holds for. A term may appear once per language.
  std::size_t add_glossary_entry(Location where = {});
  void set_glossary_term(std::size_t entry, std::string_view term, Location where = {});
  void add_glossary_equivalent(std::size_t entry, std::string_view phrase, Location where = {});
  void set_glossary_language(std::size_t entry, std::string_view language, Location where = {});

  // Translations (docs/data-format.md, "Languages"). The languages, original first; without
  // them, the original is English and the others follow in the order first translated to.
  void add_language(std::string_view language, Location where = {});
  // The texts that may be translated; `index` picks the role (its Role value: the letter's
  // offset from 'A'), party,
  // footnote, section, section note or activity, and is 0 for the matrix's own texts.
  enum class Text : std::uint8_t {
    title,
    source,
    description,
    role_name,
    role_description,
    party_name,
    footnote_text,
    section_title,
    section_description,
    section_note,
    activity_text,
  };
  void set_translation(Text text, std::size_t index, std::string_view language,
                       std::string_view translation, Location where = {});
  // Instead of set_translation() for the activities' texts: `fill` gives them when first
  // needed (Matrix::text_translations), by activity index, each text's in the order of the
  // declared languages. Unchecked: for the built-in tables, checked when they were made.
  void defer_text_translations(std::function<void(std::vector<Translations>&)> fill);

  // Calls visit(text, index, translation) for every translation of `matrix`: what a producer
  // copying a matrix gives set_translation().
  template <typename Visit>
  static void for_each_translation(const Matrix& matrix, Visit&& visit);

  // A well-formed BCP 47 tag as the data format takes them: a 2- or 3-letter lowercase
  // language, then subtags of 2 to 8 letters or digits ("fr", "pt-BR", "zh-Hant").
  static bool is_language_tag(std::string_view tag);

  // Checks what is left (every part has its id and texts, waiting references), builds the
  // indexes and hands over the Matrix. The builder is spent afterwards.
  Matrix finish();

  // The rule for ids, for readers that want to say more about a bad one.
  static bool is_valid_id(std::string_view id);

 private:
  struct PendingRole {
    std::size_t activity;
    std::string party;
    Location location;
    RoleSet roles;
  };
  struct PendingCitation {
    int number;
    Location location;
  };

  [[noreturn]] void fail(Location where, const std::string& message) const;
  void check_id(std::string_view id, Location where) const;
  void check_text(std::string_view text, std::string_view key, Location where) const;
  // Refuses zero-width characters, which make two names look the same.
  void check_visible(std::string_view text, std::string_view what, Location where) const;
  void assign_roles(std::size_t activity, std::string_view party, Location where, RoleSet roles);
  void check_citation(int number, Location where) const;
  void check_complete() const;
  void check_phrase(std::string_view phrase, std::string_view key, Location where) const;

  struct TranslationSeen {
    std::string language;
    Location location;
  };
  Translations& translations_of(Text text, std::size_t index);
  void settle_languages();

  std::string origin_;
  Matrix matrix_;
  std::vector<Location> language_locations_;  // of add_language()'s
  // The first use of each language, but for the declared ones (all valid, none the original).
  std::vector<TranslationSeen> translations_seen_;
  bool translated_ = false;  // whether any text has a translation
  RoleInfo& legend_entry(Role role);
  void check_letters(RoleSet roles, Location where) const;
  std::vector<bool> legend_named_;  // by index in the legend
  bool legend_ended_ = false;
  struct PendingLetters {
    RoleSet roles;
    Location location;
  };
  std::vector<PendingLetters> pending_letters_;  // roles set before the legend ended
  std::vector<Location> party_locations_;
  std::unordered_map<std::string, std::size_t> party_by_id_;
  bool parties_ended_ = false;
  std::vector<PendingRole> pending_roles_;
  struct PendingCellNote {
    std::size_t activity;
    std::string party;
    std::string note;
    Location location;
  };
  void assign_cell_note(const PendingCellNote& note);
  std::vector<PendingCellNote> pending_cell_notes_;
  std::unordered_map<int, std::size_t> footnote_by_number_;
  bool footnotes_ended_ = false;
  std::vector<PendingCitation> pending_citations_;
  std::unordered_set<std::uint64_t> citations_;  // (activity, number): each cited once
};

template <typename Visit>
void MatrixBuilder::for_each_translation(const Matrix& matrix, Visit&& visit) {
  const auto each = [&](Text text, std::size_t index, const Translations& translations) {
    for (const Translation& translation : translations)
      visit(text, index, translation);
  };
  each(Text::title, 0, matrix.title_translations());
  each(Text::source, 0, matrix.source_translations());
  each(Text::description, 0, matrix.description_translations());
  for (const RoleInfo& info : matrix.legend()) {
    each(Text::role_name, static_cast<std::size_t>(info.role), info.name_translations);
    each(Text::role_description, static_cast<std::size_t>(info.role),
         info.description_translations);
  }
  for (std::size_t i = 0; i < matrix.parties().size(); ++i)
    each(Text::party_name, i, matrix.parties()[i].name_translations);
  for (std::size_t i = 0; i < matrix.footnotes().size(); ++i)
    each(Text::footnote_text, i, matrix.footnotes()[i].text_translations);
  for (std::size_t i = 0; i < matrix.sections().size(); ++i) {
    each(Text::section_title, i, matrix.sections()[i].title_translations);
    each(Text::section_description, i, matrix.sections()[i].description_translations);
  }
  for (std::size_t i = 0; i < matrix.section_notes().size(); ++i)
    each(Text::section_note, i, matrix.section_notes()[i].text_translations);
  for (std::size_t i = 0; i < matrix.activities().size(); ++i)
    each(Text::activity_text, i, matrix.text_translations(matrix.activities()[i]));
}

}  // namespace raci
