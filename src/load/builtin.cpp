#include "load/builtin_data.hpp"
#include "raci/load/loader.hpp"

namespace raci {
namespace detail {

Matrix MatrixAssembler::assemble(const BuiltinMatrix& data, std::string origin) {
  Matrix m;
  m.title_ = data.title;
  m.provider_ = data.provider;
  m.source_ = data.source;
  m.description_ = data.description;
  m.origin_ = std::move(origin);
  for (std::size_t r = 0; r < all_roles.size(); ++r) {
    m.legend_[r] = {all_roles[r], std::string(data.legend[2 * r]),
                    std::string(data.legend[2 * r + 1])};
  }
  for (const BuiltinParty& p : data.parties) {
    Party& party = m.parties_.emplace_back();
    party.id = p.id;
    party.name = p.name;
    for (std::size_t a = 0; a < p.alias_count; ++a) {
      party.aliases.emplace_back(data.aliases[p.first_alias + a]);
    }
  }
  for (const BuiltinFootnote& f : data.footnotes) {
    m.footnotes_.push_back({f.number, std::string(f.text), f.location});
  }
  m.sections_.reserve(data.sections.size());
  for (std::size_t i = 0; i < data.sections.size(); ++i) {
    const BuiltinSection& s = data.sections[i];
    Section& section = m.sections_.emplace_back();
    section.id = s.id;
    section.title = s.title;
    section.description = s.description;
    if (s.phase != no_phase) section.phase = static_cast<Phase>(s.phase);
    section.parent = s.parent;
    section.depth = s.depth;
    section.location = s.location;
    if (s.parent != no_section) m.sections_[s.parent].subsections.push_back(i);
    m.section_by_id_.emplace(section.id, i);
  }
  const std::size_t party_count = data.parties.size();
  m.activities_.reserve(data.activities.size());
  for (std::size_t i = 0; i < data.activities.size(); ++i) {
    const BuiltinActivity& a = data.activities[i];
    Activity& activity = m.activities_.emplace_back();
    activity.id = a.id;
    activity.text = a.text;
    activity.text_fr = a.text_fr;
    activity.note = a.note;
    activity.section = a.section;
    activity.location = a.location;
    activity.roles.resize(party_count);
    for (std::size_t p = 0; p < party_count; ++p) {
      const std::uint8_t bits = data.roles[i * party_count + p];
      for (Role role : all_roles) {
        if (bits & (1U << static_cast<unsigned>(role))) activity.roles[p].insert(role);
      }
    }
    activity.footnotes.assign(
        data.citations.begin() + static_cast<std::ptrdiff_t>(a.first_citation),
        data.citations.begin() + static_cast<std::ptrdiff_t>(a.first_citation + a.citation_count));
    m.sections_[a.section].activities.push_back(i);
    m.activity_by_id_.emplace(activity.id, i);
  }
  return m;
}

}  // namespace detail

Matrix load_builtin_matrix() {
  return detail::MatrixAssembler::assemble(detail::builtin_matrix, "built-in");
}

}  // namespace raci
