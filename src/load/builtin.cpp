#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <string>
#include <vector>

#include "load/builtin_data.hpp"
#include "raci/analysis/suggest.hpp"
#include "raci/load/loader.hpp"
#include "raci/model/builder.hpp"
#include "raci/util/error.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace detail {

// The tables were checked by the real loader when raci was built; they go through the
// builder like every other source of a matrix.
Matrix assemble_builtin(const BuiltinMatrix& data, std::string origin) {
  MatrixBuilder builder(std::move(origin));
  builder.set_name(data.id);
  builder.set_title(data.title);
  if (!data.provider.empty()) builder.set_provider(data.provider);
  if (!data.source.empty()) builder.set_source(data.source);
  if (!data.description.empty()) builder.set_description(data.description);
  for (std::size_t r = 0; r + 2 < data.legend.size(); r += 3) {
    const Role role = *role_from_letter(data.legend[r].front());
    builder.set_role_name(role, data.legend[r + 1]);
    builder.set_role_description(role, data.legend[r + 2]);
  }
  builder.end_legend();
  for (const BuiltinParty& p : data.parties) {
    const std::size_t party = builder.add_party();
    builder.set_party_id(party, p.id);
    builder.set_party_name(party, p.name);
    for (std::size_t a = 0; a < p.alias_count; ++a)
      builder.add_party_alias(party, data.aliases[p.first_alias + a]);
  }
  builder.end_parties();
  for (const BuiltinFootnote& f : data.footnotes) {
    const std::size_t footnote = builder.add_footnote(f.location);
    builder.set_footnote_number(footnote, f.number);
    builder.set_footnote_text(footnote, f.text);
  }
  builder.end_footnotes();
  for (const BuiltinSection& s : data.sections) {
    const std::size_t section = builder.add_section(s.parent, s.location);
    builder.set_section_id(section, s.id);
    builder.set_section_title(section, s.title);
    if (!s.description.empty()) builder.set_section_description(section, s.description);
    if (s.phase != no_phase) builder.set_section_phase(section, static_cast<Phase>(s.phase));
  }
  const std::size_t party_count = data.parties.size();
  builder.reserve_activities(data.activities.size());
  for (std::size_t i = 0; i < data.activities.size(); ++i) {
    const BuiltinActivity& a = data.activities[i];
    const std::size_t activity = builder.add_activity(a.section, a.location);
    builder.set_activity_id(activity, a.id);
    builder.set_activity_text(activity, a.text);
    if (!a.note.empty()) builder.set_activity_note(activity, a.note);
    for (std::size_t p = 0; p < party_count; ++p) {
      const std::uint32_t bits = data.roles[i * party_count + p];
      RoleSet roles;
      for (std::size_t r = 0; r < role_count; ++r) {
        if (bits & (std::uint32_t{1} << r)) roles.insert(static_cast<Role>(r));
      }
      if (!roles.empty()) builder.set_roles(activity, p, roles);
    }
    for (std::size_t c = 0; c < a.citation_count; ++c)
      builder.add_citation(activity, data.citations[a.first_citation + c]);
  }
  for (const BuiltinSectionNote& n : data.section_notes) {
    const std::size_t note = builder.add_section_note(n.section, n.location);
    builder.set_section_note_text(note, n.text, n.location);
  }
  for (const BuiltinCellNote& n : data.cell_notes)
    builder.set_cell_note(n.activity, n.party, n.note);
  for (std::string_view language : data.languages)
    builder.add_language(language);
  const auto activity_text = static_cast<std::uint8_t>(MatrixBuilder::Text::activity_text);
  for (const BuiltinTranslation& t : data.translations) {
    if (t.text == activity_text) continue;
    builder.set_translation(static_cast<MatrixBuilder::Text>(t.text), t.index, t.language,
                            t.translation);
  }
  // The activities' translations, most of a matrix's texts, when something asks for them
  // (`data` is a constant table, there as long as the program).
  builder.defer_text_translations([&data, activity_text](std::vector<Translations>& out) {
    for (const BuiltinTranslation& t : data.translations) {
      if (t.text == activity_text)
        out.at(t.index).push_back({std::string(t.language), std::string(t.translation)});
    }
  });
  for (const BuiltinGlossaryEntry& g : data.glossary) {
    const std::size_t entry = builder.add_glossary_entry(g.location);
    builder.set_glossary_term(entry, g.term);
    if (!g.language.empty()) builder.set_glossary_language(entry, g.language);
    for (std::size_t i = 0; i < g.same_count; ++i)
      builder.add_glossary_equivalent(entry, data.glossary_same[g.first_same + i]);
  }
  return builder.finish();
}

}  // namespace detail

namespace {

const detail::BuiltinMatrix& builtin(std::string_view id) {
  for (const detail::BuiltinMatrix* matrix : detail::builtin_catalogue) {
    if (matrix->id == id) return *matrix;
  }
  std::vector<std::string> ids;
  for (const detail::BuiltinMatrix* matrix : detail::builtin_catalogue)
    ids.emplace_back(matrix->id);
  std::string hint = did_you_mean(id, ids);
  if (hint.empty()) hint = fmt::format(" (built in: {})", fmt::join(ids, ", "));
  throw UsageError(fmt::format("unknown matrix {}{}", quote(escape_controls(id)), hint));
}

}  // namespace

std::vector<BuiltinMatrixInfo> builtin_matrices() {
  std::vector<BuiltinMatrixInfo> out;
  for (const detail::BuiltinMatrix* m : detail::builtin_catalogue) {
    BuiltinMatrixInfo info{m->id,
                           m->title,
                           m->provider,
                           m->source,
                           m->file,
                           {},
                           m->activities.size(),
                           m->sections.size(),
                           m->footnotes.size()};
    for (std::string_view language : m->languages)
      info.languages.emplace_back(language);
    if (info.languages.empty()) info.languages.emplace_back("en");
    out.push_back(std::move(info));
  }
  return out;
}

bool is_builtin_matrix(std::string_view id) {
  return std::ranges::any_of(detail::builtin_catalogue,
                             [&](const detail::BuiltinMatrix* m) { return m->id == id; });
}

Matrix load_builtin_matrix(std::string_view id) {
  const detail::BuiltinMatrix& data = builtin(id);
  Matrix matrix = detail::assemble_builtin(data, "built-in");
  return matrix;
}

std::span<const std::string_view> builtin_word_stems(std::string_view id) {
  return builtin(id).stems;
}

std::span<const KnownWord> builtin_known_words(std::string_view id) {
  return builtin(id).known_words;
}

std::span<const std::string_view> builtin_folded_glossary(std::string_view id) {
  return builtin(id).folded_glossary;
}

}  // namespace raci
