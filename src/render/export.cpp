#include "raci/render/export.hpp"

#include <yaml-cpp/yaml.h>

#include "raci/render/format.hpp"
#include "raci/render/json_writer.hpp"

namespace raci {
namespace {

// Both exports walk the same tree; only the writer differs. The JSON export streams it: the
// parts before each list of activities, then the activities one by one.
Json data_activity_json(const Matrix& matrix, const Activity& activity) {
  Json a{{"id", activity.id}, {"text", activity.text}};
  if (!activity.text_fr.empty()) a["text_fr"] = activity.text_fr;
  if (!activity.note.empty()) a["note"] = activity.note;
  Json roles = Json::object();
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    if (!activity.roles[p].empty()) roles[matrix.parties()[p].id] = activity.roles[p].letters();
  }
  a["roles"] = std::move(roles);
  if (!activity.footnotes.empty()) a["footnotes"] = activity.footnotes;
  return a;
}

// A section's own keys, without its activities and subsections.
Json section_head_json(const Matrix& matrix, const Section& section) {
  Json out{{"id", section.id}, {"title", section.title}};
  if (!section.description.empty()) out["description"] = section.description;
  const bool inherited =
      section.parent != no_section && matrix.sections()[section.parent].phase == section.phase;
  if (section.phase && !inherited) out["phase"] = phase_name(*section.phase);
  return out;
}

Json data_section_json(const Matrix& matrix, const Section& section) {
  Json out = section_head_json(matrix, section);
  if (!section.activities.empty()) {
    Json activities = Json::array();
    for (std::size_t index : section.activities)
      activities.push_back(data_activity_json(matrix, matrix.activities()[index]));
    out["activities"] = std::move(activities);
  }
  if (!section.subsections.empty()) {
    Json subsections = Json::array();
    for (std::size_t index : section.subsections) {
      subsections.push_back(data_section_json(matrix, matrix.sections()[index]));
    }
    out["sections"] = std::move(subsections);
  }
  return out;
}

// The matrix's keys before its sections.
Json matrix_head_json(const Matrix& matrix) {
  Json out{{"format", 1}, {"title", matrix.title()}};
  if (!matrix.provider().empty()) out["provider"] = matrix.provider();
  if (!matrix.source().empty()) out["source"] = matrix.source();
  if (!matrix.description().empty()) out["description"] = matrix.description();
  Json legend = Json::object();
  for (const RoleInfo& info : matrix.legend()) {
    legend[std::string(1, role_letter(info.role))] = {{"name", info.name},
                                                      {"description", info.description}};
  }
  out["roles"] = std::move(legend);
  Json parties = Json::array();
  for (const Party& party : matrix.parties()) {
    Json p{{"id", party.id}, {"name", party.name}};
    if (!party.aliases.empty()) p["aliases"] = party.aliases;
    parties.push_back(std::move(p));
  }
  out["parties"] = std::move(parties);
  if (!matrix.footnotes().empty()) {
    Json footnotes = Json::array();
    for (const Footnote& footnote : matrix.footnotes()) {
      footnotes.push_back({{"number", footnote.number}, {"text", footnote.text}});
    }
    out["footnotes"] = std::move(footnotes);
  }
  return out;
}

// The glossary, after the sections as in the built-in data file.
Json glossary_json(const Matrix& matrix) {
  Json out = Json::array();
  for (const GlossaryEntry& entry : matrix.glossary()) {
    Json item{{"term", entry.term}, {"same", entry.same}};
    if (!entry.language.empty()) item["lang"] = entry.language;
    out.push_back(std::move(item));
  }
  return out;
}

Json matrix_json(const Matrix& matrix) {
  Json out = matrix_head_json(matrix);
  Json sections = Json::array();
  for (const Section& section : matrix.sections()) {
    if (section.parent == no_section) sections.push_back(data_section_json(matrix, section));
  }
  out["sections"] = std::move(sections);
  if (!matrix.glossary().empty()) out["glossary"] = glossary_json(matrix);
  return out;
}

void write_members(JsonWriter& out, const Json& object) {
  for (const auto& [key, value] : object.items()) {
    out.key(key);
    out.value(value);
  }
}

void write_section(JsonWriter& out, const Matrix& matrix, const Section& section) {
  out.begin_object();
  write_members(out, section_head_json(matrix, section));
  if (!section.activities.empty()) {
    out.key("activities");
    out.begin_array();
    for (std::size_t index : section.activities)
      out.value(data_activity_json(matrix, matrix.activities()[index]));
    out.end_array();
  }
  if (!section.subsections.empty()) {
    out.key("sections");
    out.begin_array();
    for (std::size_t index : section.subsections)
      write_section(out, matrix, matrix.sections()[index]);
    out.end_array();
  }
  out.end_object();
}

// Writes JSON values as YAML: block style, except the small maps and lists of an activity
// (roles, footnotes, aliases), which read best on one line.
void emit(YAML::Emitter& out, const Json& value, const std::string& key) {
  const bool flow =
      key == "roles" && value.is_object() && !value.empty() && value.begin()->is_string();
  const bool flow_list = key == "footnotes"
                             ? value.is_array() && !value.empty() && value.front().is_number()
                             : key == "aliases" || key == "same";
  if (value.is_object()) {
    if (flow) out << YAML::Flow;
    out << YAML::BeginMap;
    for (const auto& [name, item] : value.items()) {
      out << YAML::Key << name << YAML::Value;
      emit(out, item, name);
    }
    out << YAML::EndMap;
  } else if (value.is_array()) {
    if (flow_list) out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const Json& item : value)
      emit(out, item, "");
    out << YAML::EndSeq;
  } else if (value.is_number_integer()) {
    out << value.get<long long>();
  } else {
    out << value.get<std::string>();
  }
}

}  // namespace

std::string export_yaml(const Matrix& matrix) {
  YAML::Emitter out;
  out.SetIndent(2);
  emit(out, matrix_json(matrix), "");
  return std::string(out.c_str()) + "\n";
}

void write_export_json(const Sink& sink, const Matrix& matrix) {
  JsonWriter out(sink, JsonLayout::indented);
  out.begin_object();
  write_members(out, matrix_head_json(matrix));
  out.key("sections");
  out.begin_array();
  for (const Section& section : matrix.sections()) {
    if (section.parent == no_section) write_section(out, matrix, section);
  }
  out.end_array();
  if (!matrix.glossary().empty()) {
    out.key("glossary");
    out.value(glossary_json(matrix));
  }
  out.end_object();
  sink("\n");
}

std::string export_json(const Matrix& matrix) {
  std::string out;
  write_export_json(append_to(out), matrix);
  return out;
}

void write_export_markdown(const Sink& sink, const Matrix& matrix) {
  Selection all;
  for (const Activity& activity : matrix.activities())
    all.push_back(&activity);
  write_activities_markdown(sink, matrix, all, MarkdownDocument::whole);
}

std::string export_markdown(const Matrix& matrix) {
  std::string out;
  write_export_markdown(append_to(out), matrix);
  return out;
}

}  // namespace raci
