#include "raci/render/json.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace raci {
namespace {

// Activities in a section and all its subsections.
std::size_t total_activities(const Matrix& matrix, const Section& section) {
  std::size_t total = section.activities.size();
  for (std::size_t sub : section.subsections)
    total += total_activities(matrix, matrix.sections()[sub]);
  return total;
}

Json phase_json(const std::optional<Phase>& phase) {
  return phase ? Json(phase_name(*phase)) : Json(nullptr);
}

Json section_titles_json(const Matrix& matrix, const Activity& activity) {
  Json path = Json::array();
  for (const Section* s : matrix.section_path(matrix.section_of(activity)))
    path.push_back(s->title);
  return path;
}

Json party_counts_list_json(const Matrix& matrix, const std::vector<PartyCounts>& parties) {
  Json out = Json::array();
  for (std::size_t p = 0; p < parties.size(); ++p)
    out.push_back(party_counts_json(matrix, p, parties[p]));
  return out;
}

}  // namespace

Json activity_json(const Matrix& matrix, const Activity& activity) {
  Json out;
  out["id"] = activity.id;
  // `text` in the language shown (--lang), else the original, never marked; `texts` every
  // language's, when the text has translations.
  const Matrix& original = matrix.original();
  const auto index = static_cast<std::size_t>(&activity - matrix.activities().data());
  const std::string& original_text =
      &original != &matrix ? original.activities().at(index).text : activity.text;
  const Translations& translations = matrix.text_translations(activity);
  const std::string* shown = find_translation(translations, matrix.shown_language());
  out["text"] = shown ? *shown : original_text;
  if (const std::string* french = find_translation(translations, "fr")) out["text_fr"] = *french;
  if (!translations.empty()) {
    Json texts = Json::object();
    texts[original.languages().front()] = original_text;
    for (const Translation& translation : translations)
      texts[translation.language] = translation.text;
    out["texts"] = std::move(texts);
  }
  if (!activity.note.empty()) out["note"] = activity.note;
  const Section& section = matrix.section_of(activity);
  out["section"] = section_titles_json(matrix, activity);
  out["section_id"] = section.id;
  out["phase"] = phase_json(section.phase);
  Json roles = Json::object();
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    roles[matrix.parties()[p].id] = activity.roles[p].letters();
  }
  out["roles"] = std::move(roles);
  Json notes = Json::object();
  for (std::size_t p = 0; p < activity.cell_notes.size(); ++p) {
    if (!activity.cell_notes[p].empty()) notes[matrix.parties()[p].id] = activity.cell_notes[p];
  }
  if (!notes.empty()) out["cell_notes"] = std::move(notes);
  Json footnotes = Json::array();
  for (int number : activity.footnotes) {
    footnotes.push_back({{"number", number}, {"text", matrix.find_footnote(number)->text}});
  }
  out["footnotes"] = std::move(footnotes);
  return out;
}

Json who_json(const Matrix& matrix, const Activity& activity) {
  Json out = Json::object();
  for (const RoleInfo& info : matrix.legend()) {
    const Role role = info.role;
    Json ids = Json::array();
    for (std::size_t p = 0; p < activity.roles.size(); ++p) {
      if (activity.roles[p].contains(role)) ids.push_back(matrix.parties()[p].id);
    }
    out[std::string(1, role_letter(role))] = std::move(ids);
  }
  return out;
}

Json section_json(const Matrix& matrix, const Section& section) {
  Json out{{"id", section.id}, {"title", section.title}};
  if (!section.description.empty()) out["description"] = section.description;
  if (!section.notes.empty()) {
    Json notes = Json::array();
    for (std::size_t n : section.notes)
      notes.push_back(matrix.section_notes()[n].text);
    out["notes"] = std::move(notes);
  }
  out["phase"] = phase_json(section.phase);
  out["parent"] =
      section.parent == no_section ? Json(nullptr) : Json(matrix.sections()[section.parent].id);
  out["depth"] = section.depth;
  out["activities"] = total_activities(matrix, section);
  return out;
}

Json party_json(const Party& party) {
  return {{"id", party.id}, {"name", party.name}, {"aliases", party.aliases}};
}

Json glossary_entry_json(const GlossaryEntry& entry) {
  Json out;
  out["term"] = entry.term;
  out["same"] = entry.same;
  if (!entry.language.empty()) out["lang"] = entry.language;
  return out;
}

Json role_json(const RoleInfo& info) {
  return {{"letter", std::string(1, role_letter(info.role))},
          {"name", info.name},
          {"description", info.description}};
}

Json footnote_json(const Matrix& matrix, const Footnote& footnote) {
  std::vector<std::string> cited_by;
  for (std::size_t index : matrix.activities_citing(footnote))
    cited_by.push_back(matrix.activities()[index].id);
  return {{"number", footnote.number}, {"text", footnote.text}, {"cited_by", cited_by}};
}

Json finding_json(const Finding& finding) {
  Json out{{"rule", finding.rule},
           {"line", finding.location.line},
           {"column", finding.location.column},
           {"message", finding.message}};
  if (finding.severity == Severity::warning) out["severity"] = "warning";
  return out;
}

Json validate_json(const Matrix& matrix, const std::vector<Finding>& findings) {
  Json list = Json::array();
  for (const Finding& finding : findings)
    list.push_back(finding_json(finding));
  return {{"file", matrix.origin()},
          {"valid", std::none_of(findings.begin(), findings.end(),
                                 [](const Finding& f) { return f.severity == Severity::error; })},
          {"activities", matrix.activities().size()},
          {"findings", std::move(list)}};
}

Json party_counts_json(const Matrix& matrix, std::size_t party, const PartyCounts& counts) {
  Json out{{"party", matrix.parties()[party].id}};
  for (const RoleInfo& info : matrix.legend()) {
    out[std::string(1, role_letter(info.role))] = counts.roles[static_cast<std::size_t>(info.role)];
  }
  out["alone"] = counts.alone;
  out["any"] = counts.any;
  return out;
}

Json section_counts_json(const Matrix& matrix, const SectionCounts& counts) {
  return {{"id", matrix.sections()[counts.section].id},
          {"title", matrix.sections()[counts.section].title},
          {"activities", counts.activities},
          {"parties", party_counts_list_json(matrix, counts.parties)}};
}

Json stats_json(const Matrix& matrix, const Stats& stats) {
  Json sections = Json::array();
  for (const SectionCounts& counts : stats.sections)
    sections.push_back(section_counts_json(matrix, counts));
  return {{"activities", stats.activities},
          {"parties", party_counts_list_json(matrix, stats.parties)},
          {"sections", std::move(sections)}};
}

Json missing_translations_json(const Matrix& matrix, const TranslationGaps& gaps) {
  Json languages = Json::array();
  for (const LanguageGaps& language : gaps.languages) {
    Json missing = Json::array();
    for (const TextPlace& text : language.missing) {
      missing.push_back({{"kind", text.kind},
                         {"id", text.id},
                         {"field", text.field},
                         {"place", text.place()},
                         {"text", text.text}});
    }
    languages.push_back({{"language", language.language}, {"missing", std::move(missing)}});
  }
  return {{"original", matrix.original().languages().front()},
          {"texts", gaps.texts},
          {"languages", std::move(languages)}};
}

Json activity_change_json(const Matrix& before, const Matrix& after, const ActivityChange& change) {
  Json out{{"id", change.after->id}, {"old_id", change.before->id}};
  out["paired_by"] = paired_by_name(change.paired_by);
  out["similarity"] = std::round(change.similarity * 100) / 100;
  if (change.reworded)
    out["reworded"] = {{"old", change.before->text}, {"new", change.after->text}};
  if (change.moved) {
    out["moved"] = {{"old", section_titles_json(before, *change.before)},
                    {"new", section_titles_json(after, *change.after)}};
  }
  if (change.footnotes) {
    const auto texts = [](const Matrix& matrix, const Activity& activity) {
      Json list = Json::array();
      for (int number : activity.footnotes)
        list.push_back({{"number", number}, {"text", matrix.find_footnote(number)->text}});
      return list;
    };
    out["footnotes"] = {{"old", texts(before, *change.before)},
                        {"new", texts(after, *change.after)}};
  }
  Json roles = Json::array();
  for (const RoleChange& r : change.roles) {
    roles.push_back({{"party", r.party}, {"old", r.before}, {"new", r.after}});
  }
  out["roles"] = std::move(roles);
  return out;
}

namespace {

Json optional_text(const std::optional<std::string>& text) {
  return text ? Json(*text) : Json(nullptr);
}

}  // namespace

Json section_rename_json(const Matrix& before, const Matrix& after, const SectionRename& rename) {
  const auto titles = [](const Matrix& matrix, const Section& section) {
    Json path = Json::array();
    for (const Section* s : matrix.section_path(section))
      path.push_back(s->title);
    return path;
  };
  return {{"id", rename.after->id},
          {"old_id", rename.before->id},
          {"old", titles(before, *rename.before)},
          {"new", titles(after, *rename.after)}};
}

Json diff_summary_json(const MatrixDiff& diff) {
  Json out = Json::object();
  for (auto [name, count] : count_changes(diff)) {
    std::string key(name);
    std::replace(key.begin(), key.end(), ' ', '_');
    out[key] = count;
  }
  return out;
}

namespace {

// The parts of the diff object after "changed", as (key, value).
std::vector<std::pair<std::string, Json>> diff_tail_json(const Matrix& before, const Matrix& after,
                                                         const MatrixDiff& diff) {
  Json sections = Json::array();
  for (const SectionRename& r : diff.renamed_sections)
    sections.push_back(section_rename_json(before, after, r));
  Json parties = Json::array();
  for (const PartyChange& p : diff.parties)
    parties.push_back(
        {{"id", p.id}, {"old", optional_text(p.before)}, {"new", optional_text(p.after)}});
  Json legend = Json::array();
  for (const LegendChange& l : diff.legend) {
    legend.push_back(
        {{"letter", std::string(1, role_letter(l.role))}, {"old", l.before}, {"new", l.after}});
  }
  Json footnotes = Json::array();
  for (const FootnoteChange& f : diff.footnotes) {
    footnotes.push_back(
        {{"number", f.number}, {"old", optional_text(f.before)}, {"new", optional_text(f.after)}});
  }
  return {{"sections", std::move(sections)},
          {"parties", std::move(parties)},
          {"legend", std::move(legend)},
          {"footnotes", std::move(footnotes)},
          {"summary", diff_summary_json(diff)}};
}

}  // namespace

Json diff_json(const Matrix& before, const Matrix& after, const MatrixDiff& diff) {
  Json added = Json::array();
  Json removed = Json::array();
  Json changed = Json::array();
  for (const Activity* a : diff.added)
    added.push_back(activity_json(after, *a));
  for (const Activity* a : diff.removed)
    removed.push_back(activity_json(before, *a));
  for (const ActivityChange& c : diff.changed)
    changed.push_back(activity_change_json(before, after, c));
  Json out{{"added", std::move(added)},
           {"removed", std::move(removed)},
           {"changed", std::move(changed)}};
  for (auto& [key, value] : diff_tail_json(before, after, diff))
    out[key] = std::move(value);
  return out;
}

Json party_duties_json(const Matrix& before, const Matrix& after, const PartyDuties& duties,
                       std::optional<Role> role) {
  const auto list = [&](const std::vector<DutyChange>& changes) {
    Json out = Json::array();
    for (const DutyChange& d : changes) {
      const Activity& shown = d.after ? *d.after : *d.before;
      const Matrix& matrix = d.after ? after : before;
      Json item{{"change", d.before == nullptr  ? "added"
                           : d.after == nullptr ? "removed"
                                                : "roles"},
                {"id", d.after ? Json(d.after->id) : Json(nullptr)},
                {"old_id", d.before ? Json(d.before->id) : Json(nullptr)},
                {"text", shown.text},
                {"section", section_titles_json(matrix, shown)},
                {"old", d.old_letters},
                {"new", d.new_letters}};
      out.push_back(std::move(item));
    }
    return out;
  };
  return {{"party", duties.party},
          {"role", role ? Json(std::string(1, role_letter(*role))) : Json(nullptr)},
          {"new_duties", list(duties.new_duties)},
          {"duties_gone", list(duties.duties_gone)},
          {"changed_duties", list(duties.changed_duties)}};
}

JsonListWriter::JsonListWriter(Sink sink, JsonList style)
    : sink_(std::move(sink)), style_(style), array_(sink_, JsonLayout::indented) {
  if (style_ == JsonList::array) array_.begin_array();
}

void JsonListWriter::add(const Json& value) {
  if (style_ == JsonList::array) {
    array_.value(value);
  } else {
    sink_(dump_json(value, JsonLayout::compact) + '\n');
  }
}

void JsonListWriter::finish() {
  if (style_ != JsonList::array) return;
  array_.end_array();
  sink_("\n");
}

void write_activities_json(const Sink& sink, const Matrix& matrix, const Selection& selection,
                           JsonList style, const MatchedWords& matched, ActivityView view,
                           const ActivityOwners* owners) {
  JsonListWriter list(sink, style);
  for (const Activity* activity : selection)
    list.add(activity_row_json(matrix, *activity, matched, view, owners));
  list.finish();
}

Json with_matrix_field(const Matrix& matrix, Json object) {
  Json out = Json::object();
  out["matrix"] = matrix.name();
  for (auto& [key, value] : object.items())
    out[key] = std::move(value);
  return out;
}

Json activity_row_json(const Matrix& matrix, const Activity& activity, const MatchedWords& matched,
                       ActivityView view, const ActivityOwners* owners, MatrixField field) {
  Json object = activity_json(matrix, activity);
  if (view == ActivityView::who) object["who"] = who_json(matrix, activity);
  if (matched) object["matched"] = matched(activity);
  if (owners) object["owners"] = owners_json(matrix, *owners, activity);
  return field == MatrixField::shown ? with_matrix_field(matrix, std::move(object)) : object;
}

void write_diff_json(const Sink& sink, const Matrix& before, const Matrix& after,
                     const MatrixDiff& diff) {
  JsonWriter out(sink, JsonLayout::indented);
  out.begin_object();
  const auto activities = [&](std::string_view key, const Matrix& matrix,
                              const std::vector<const Activity*>& list) {
    out.key(key);
    out.begin_array();
    for (const Activity* a : list)
      out.value(activity_json(matrix, *a));
    out.end_array();
  };
  activities("added", after, diff.added);
  activities("removed", before, diff.removed);
  out.key("changed");
  out.begin_array();
  for (const ActivityChange& c : diff.changed)
    out.value(activity_change_json(before, after, c));
  out.end_array();
  for (const auto& [key, value] : diff_tail_json(before, after, diff)) {
    out.key(key);
    out.value(value);
  }
  out.end_object();
  sink("\n");
}

}  // namespace raci
