#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/render/table.hpp"

namespace raci {

// The output formats; each command prints some of them.
enum class Format { table, json, jsonl, csv, markdown, checklist, yaml, html };

std::optional<Format> format_from_name(std::string_view name);
std::string_view format_name(Format format);
std::vector<std::string> format_names();

using Selection = std::vector<const Activity*>;

// One activity as the JSON contract describes it (docs/json-output.md).
nlohmann::ordered_json activity_json(const Matrix& matrix, const Activity& activity);

// A JSON array (indented) or JSON lines (one compact value per line) of `values`.
std::string render_json(const std::vector<nlohmann::ordered_json>& values, bool lines);

// `raci list`: ID, ACTIVITY and one column of letters per party, grouped by section, with
// the cited footnotes after the table.
std::string list_table(const Matrix& matrix, const Selection& selection, const Layout& layout);

// `raci who`: ACTIVITY and, for each of R, A, C, I, the parties that hold it.
std::string who_table(const Matrix& matrix, const Selection& selection, const Layout& layout);

// RFC 4180 CSV: id, section, phase, text, one column per party id, footnotes.
std::string activities_csv(const Matrix& matrix, const Selection& selection);
// One CSV record (with CRLF), fields quoted where RFC 4180 needs it.
std::string csv_record(const std::vector<std::string>& fields);

// What a Markdown rendering holds: the selection with the footnotes it cites, or the whole
// document (description, legend table, every footnote).
enum class MarkdownDocument { selection, whole };

// Markdown like the provider's document: a heading per section, a table of bold letters,
// the footnotes after.
std::string activities_markdown(const Matrix& matrix, const Selection& selection,
                                MarkdownDocument document = MarkdownDocument::selection);

// A Markdown task list ("- [ ] text") under section headings.
std::string activities_checklist(const Matrix& matrix, const Selection& selection);

// The titles from the top-level section down to the activity's, joined by " / ".
std::string section_path_text(const Matrix& matrix, const Section& section);

}  // namespace raci
