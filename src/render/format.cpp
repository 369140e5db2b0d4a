#include "raci/render/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "raci/render/columns.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

constexpr std::array<std::string_view, 10> names{"table", "json",     "jsonl",     "csv",  "tsv",
                                                 "ids",   "markdown", "checklist", "yaml", "html"};

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

std::string csv_record(const std::vector<std::string>& fields, const CsvStyle& style) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    std::string field = escape_controls(fields[i]);
    // Tab and CR are escaped above (\t, \r), so only these can still start a formula.
    if (style.cells == CsvCells::neutralised && !field.empty() &&
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
  return out + (style.line_end == LineEnd::crlf ? "\r\n" : "\n");
}

std::string_view csv_start(const CsvStyle& style) {
  return style.bom == Bom::utf8 ? "\xef\xbb\xbf" : "";
}

void write_activities_csv(const Sink& sink, const Matrix& matrix, const Selection& selection,
                          const CsvStyle& style, const ActivityOwners* owners) {
  std::vector<Column> columns = list_columns(matrix);
  if (owners) {
    const std::vector<Column> more = owner_columns(matrix);
    columns.insert(columns.end(), more.begin(), more.end());
  }
  write_columns_csv(sink, matrix, selection, columns, style, Headers::shown, {}, owners);
}

std::string activities_csv(const Matrix& matrix, const Selection& selection,
                           const CsvStyle& style) {
  std::string out;
  write_activities_csv(append_to(out), matrix, selection, style);
  return out;
}

}  // namespace raci
