#include "raci/render/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

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

std::string csv_record(const std::vector<std::string>& fields, CsvCells cells) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    std::string field = escape_controls(fields[i]);
    // Tab and CR are escaped above (\t, \r), so only these can still start a formula.
    if (cells == CsvCells::neutralised && !field.empty() &&
        std::string_view("=+-@").find(field.front()) != std::string_view::npos) {
      field.insert(0, 1, '\'');
    }
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

void write_activities_csv(const Sink& sink, const Matrix& matrix, const Selection& selection,
                          CsvCells cells, const ActivityOwners* owners) {
  std::vector<std::string> header{"id", "section", "phase", "text"};
  for (const Party& party : matrix.parties())
    header.push_back(party.id);
  header.emplace_back("footnotes");
  if (owners) {
    for (Role role : all_roles) {
      for (const char* field : {"owner_", "status_", "due_"})
        header.push_back(field + std::string(1, role_letter(role)));
    }
  }
  sink(csv_record(header, cells));
  for (const Activity* activity : selection) {
    const Section& section = matrix.section_of(*activity);
    std::vector<std::string> fields{activity->id, section_path_text(matrix, section),
                                    section.phase ? std::string(phase_name(*section.phase)) : "",
                                    activity->text};
    for (const RoleSet roles : activity->roles)
      fields.push_back(roles.letters());
    fields.push_back(fmt::format("{}", fmt::join(activity->footnotes, ";")));
    if (owners) {
      const std::vector<LetterOwner> letters = owners->letters(*activity);
      for (Role role : all_roles) {
        const auto letter = std::find_if(letters.begin(), letters.end(),
                                         [&](const LetterOwner& l) { return l.role == role; });
        if (letter == letters.end()) {
          fields.insert(fields.end(), 3, "");
          continue;
        }
        fields.push_back(letter->owner ? letter->owner->id : "");
        fields.emplace_back(status_name(letter->status));
        fields.emplace_back(letter->due);
      }
    }
    sink(csv_record(fields, cells));
  }
}

std::string activities_csv(const Matrix& matrix, const Selection& selection, CsvCells cells) {
  std::string out;
  write_activities_csv(append_to(out), matrix, selection, cells);
  return out;
}

}  // namespace raci
