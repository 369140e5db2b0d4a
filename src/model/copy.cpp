#include "raci/model/copy.hpp"

namespace raci {
namespace {

// The translations of what copy_matrix() kept, under their new indexes.
void copy_translations(MatrixBuilder& builder, const Matrix& matrix,
                       const std::vector<const Activity*>& selection,
                       const std::vector<std::size_t>& section_index,
                       const std::vector<std::size_t>& note_index,
                       const std::vector<bool>& footnote_kept) {
  std::vector<std::size_t> footnote_index(footnote_kept.size(), no_section);
  for (std::size_t f = 0, kept = 0; f < footnote_kept.size(); ++f) {
    if (footnote_kept[f]) footnote_index[f] = kept++;
  }
  std::vector<std::size_t> activity_index(matrix.activities().size(), no_section);
  for (std::size_t i = 0; i < selection.size(); ++i)
    activity_index[static_cast<std::size_t>(selection[i] - matrix.activities().data())] = i;
  using Text = MatrixBuilder::Text;
  MatrixBuilder::for_each_translation(
      matrix, [&](Text text, std::size_t index, const Translation& translation) {
        switch (text) {
          case Text::footnote_text:
            index = footnote_index[index];
            break;
          case Text::section_title:
          case Text::section_description:
            index = section_index[index];
            break;
          case Text::section_note:
            index = note_index[index];
            break;
          case Text::activity_text:
            index = activity_index[index];
            break;
          default:
            break;
        }
        if (index != no_section)
          builder.set_translation(text, index, translation.language, translation.text);
      });
}

}  // namespace

MatrixBuilder copy_matrix(const Matrix& matrix, const std::vector<const Activity*>& selection,
                          CopyLanguages languages) {
  MatrixBuilder builder(matrix.origin());
  builder.set_name(matrix.name());
  if (languages == CopyLanguages::yes) {
    for (const std::string& language : matrix.languages())
      builder.add_language(language);
  }
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
  std::vector<std::size_t> note_index(matrix.section_notes().size(), no_section);
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
  // Notes in the matrix's order, so that a whole copy keeps their indexes.
  for (std::size_t n = 0; n < matrix.section_notes().size(); ++n) {
    const SectionNote& note = matrix.section_notes()[n];
    if (!kept_section[note.section]) continue;
    note_index[n] = builder.add_section_note(new_index[note.section], note.location);
    builder.set_section_note_text(note_index[n], note.text);
  }
  for (const Activity* original : selection) {
    const std::size_t activity =
        builder.add_activity(new_index[original->section], original->location);
    builder.set_activity_id(activity, original->id);
    builder.set_activity_text(activity, original->text);
    if (!original->note.empty()) builder.set_activity_note(activity, original->note);
    for (std::size_t p = 0; p < original->roles.size(); ++p) {
      if (!original->roles[p].empty()) builder.set_roles(activity, p, original->roles[p]);
    }
    for (std::size_t p = 0; p < original->cell_notes.size(); ++p) {
      if (!original->cell_notes[p].empty())
        builder.set_cell_note(activity, matrix.parties()[p].id, original->cell_notes[p]);
    }
    for (int number : original->footnotes)
      builder.add_citation(activity, number);
  }
  copy_translations(builder, matrix, selection, new_index, note_index, cited);
  return builder;
}

}  // namespace raci
