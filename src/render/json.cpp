#include "raci/render/json.hpp"

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
  out["text"] = activity.text;
  if (!activity.text_fr.empty()) out["text_fr"] = activity.text_fr;
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
  Json footnotes = Json::array();
  for (int number : activity.footnotes) {
    footnotes.push_back({{"number", number}, {"text", matrix.find_footnote(number)->text}});
  }
  out["footnotes"] = std::move(footnotes);
  return out;
}

Json section_json(const Matrix& matrix, const Section& section) {
  Json out{{"id", section.id}, {"title", section.title}};
  if (!section.description.empty()) out["description"] = section.description;
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
  return {{"rule", finding.rule},
          {"line", finding.location.line},
          {"column", finding.location.column},
          {"message", finding.message}};
}

Json validate_json(const Matrix& matrix, const std::vector<Finding>& findings) {
  Json list = Json::array();
  for (const Finding& finding : findings)
    list.push_back(finding_json(finding));
  return {{"file", matrix.origin()},
          {"valid", findings.empty()},
          {"activities", matrix.activities().size()},
          {"findings", std::move(list)}};
}

Json party_counts_json(const Matrix& matrix, std::size_t party, const PartyCounts& counts) {
  Json out{{"party", matrix.parties()[party].id}};
  for (Role role : all_roles) {
    out[std::string(1, role_letter(role))] = counts.roles[static_cast<std::size_t>(role)];
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

Json activity_change_json(const Matrix& before, const Matrix& after, const ActivityChange& change) {
  Json out{{"id", change.after->id}};
  if (change.before->id != change.after->id) out["old_id"] = change.before->id;
  if (change.reworded)
    out["reworded"] = {{"old", change.before->text}, {"new", change.after->text}};
  if (change.moved) {
    out["moved"] = {{"old", section_titles_json(before, *change.before)},
                    {"new", section_titles_json(after, *change.after)}};
  }
  Json roles = Json::array();
  for (const RoleChange& r : change.roles) {
    roles.push_back({{"party", r.party}, {"old", r.before}, {"new", r.after}});
  }
  out["roles"] = std::move(roles);
  return out;
}

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
  return {{"added", std::move(added)},
          {"removed", std::move(removed)},
          {"changed", std::move(changed)}};
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
                           JsonList style) {
  JsonListWriter list(sink, style);
  for (const Activity* activity : selection)
    list.add(activity_json(matrix, *activity));
  list.finish();
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
  out.end_object();
  sink("\n");
}

}  // namespace raci
