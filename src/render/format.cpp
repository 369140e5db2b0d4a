#include "raci/render/format.hpp"

#include <fmt/format.h>

#include "raci/util/unicode.hpp"

namespace raci {
namespace {

constexpr std::array<std::string_view, 8> names{"table",    "json",      "jsonl", "csv",
                                                "markdown", "checklist", "yaml",  "html"};

}  // namespace

std::optional<Format> format_from_name(std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<Format>(i);
  }
  return std::nullopt;
}

std::string_view format_name(Format format) {
  return names[static_cast<std::size_t>(format)];
}

std::vector<std::string> format_names() {
  return {names.begin(), names.end()};
}

std::string section_path_text(const Matrix& matrix, const Section& section) {
  std::string out;
  for (const Section* s : matrix.section_path(section)) {
    if (!out.empty()) out += " / ";
    out += s->title;
  }
  return out;
}

nlohmann::ordered_json activity_json(const Matrix& matrix, const Activity& activity) {
  nlohmann::ordered_json out;
  out["id"] = activity.id;
  out["text"] = activity.text;
  if (!activity.text_fr.empty()) out["text_fr"] = activity.text_fr;
  if (!activity.note.empty()) out["note"] = activity.note;
  const Section& section = matrix.section_of(activity);
  nlohmann::ordered_json path = nlohmann::ordered_json::array();
  for (const Section* s : matrix.section_path(section))
    path.push_back(s->title);
  out["section"] = std::move(path);
  out["section_id"] = section.id;
  if (const std::optional<Phase> phase = section.phase) {
    out["phase"] = phase_name(*phase);
  } else {
    out["phase"] = nullptr;
  }
  nlohmann::ordered_json roles = nlohmann::ordered_json::object();
  for (std::size_t p = 0; p < matrix.parties().size(); ++p) {
    roles[matrix.parties()[p].id] = activity.roles[p].letters();
  }
  out["roles"] = std::move(roles);
  nlohmann::ordered_json footnotes = nlohmann::ordered_json::array();
  for (int number : activity.footnotes) {
    footnotes.push_back({{"number", number}, {"text", matrix.find_footnote(number)->text}});
  }
  out["footnotes"] = std::move(footnotes);
  return out;
}

std::string render_json(const std::vector<nlohmann::ordered_json>& values, bool lines) {
  constexpr auto replace = nlohmann::ordered_json::error_handler_t::replace;
  if (lines) {
    std::string out;
    for (const auto& value : values)
      out += value.dump(-1, ' ', false, replace) + '\n';
    return out;
  }
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const auto& value : values)
    array.push_back(value);
  return array.dump(2, ' ', false, replace) + '\n';
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    const std::string field = escape_controls(fields[i]);
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
      out += field;
      continue;
    }
    out += '"';
    for (char c : field)
      out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
  }
  return out + "\r\n";
}

std::string activities_csv(const Matrix& matrix, const Selection& selection) {
  std::vector<std::string> header{"id", "section", "phase", "text"};
  for (const Party& party : matrix.parties())
    header.push_back(party.id);
  header.emplace_back("footnotes");
  std::string out = csv_record(header);
  for (const Activity* activity : selection) {
    const Section& section = matrix.section_of(*activity);
    std::vector<std::string> fields{activity->id, section_path_text(matrix, section),
                                    section.phase ? std::string(phase_name(*section.phase)) : "",
                                    activity->text};
    for (const RoleSet roles : activity->roles)
      fields.push_back(roles.letters());
    fields.push_back(fmt::format("{}", fmt::join(activity->footnotes, ";")));
    out += csv_record(fields);
  }
  return out;
}

}  // namespace raci
