#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/render/owners_view.hpp"
#include "raci/render/sink.hpp"
#include "raci/render/table.hpp"

namespace raci {

// The output formats; each command prints some of them.
enum class Format { table, json, jsonl, csv, tsv, ids, markdown, checklist, yaml, html };

std::optional<Format> format_from_name(std::string_view name);
std::string_view format_name(Format format);
std::vector<std::string> format_names();

using Selection = std::vector<const Activity*>;

// What an activity's roles look like in an output: each party's letters (`raci list`), or
// for each letter the parties that hold it (`raci who`).
enum class ActivityView { list, who };

// The words (folded) of an activity's text to highlight when colour is on: what a search
// matched. Empty: none.
using MarkedWords = std::function<std::vector<std::string>(const Activity&)>;
// The words, as written, that a search found in an activity (JSON's "matched").
using MatchedWords = std::function<std::vector<std::string>(const Activity&)>;

// Each format is written to a sink piece by piece (a table row, a CSV record, an activity's
// Markdown row) as it is produced; the string-returning forms collect the same text. The
// JSON formats are in json.hpp.

// `raci list`: ID, ACTIVITY and one column of letters per party, grouped by section, with
// the cited footnotes after the table; with `owners`, the owners' party's letters followed by
// who carries them (owners_summary): "RA (Platform team)".
// A table needs its column widths first: it goes over the selection twice, measuring and then
// writing.
void write_list_table(const Sink& sink, const Matrix& matrix, const Selection& selection,
                      const Layout& layout, const MarkedWords& marked = {},
                      const ActivityOwners* owners = nullptr);

// A party's letters in an activity, and with `owners` (when it is the owners' party) who
// carries them: "RA", "RA (Platform team)", "R (no owner)".
std::string letters_with_owners(const Activity& activity, std::size_t party,
                                const ActivityOwners* owners);
std::string list_table(const Matrix& matrix, const Selection& selection, const Layout& layout);

// Whether `raci who` shows the activity ids: as a column on a terminal wide enough for it
// (never when the width is unknown), or always (--ids; on a line of its own when narrow).
enum class IdColumn { when_wide, always };

// `raci who`: ACTIVITY (with its footnote markers) and, for each of R, A, C, I, the parties
// that hold it (in the letter's colour), grouped by section, with the cited footnotes after
// the table; with `owners`, the owner of the owners' party's letter after its name:
// "Client (Network operations)".
void write_who_table(const Sink& sink, const Matrix& matrix, const Selection& selection,
                     const Layout& layout, const MarkedWords& marked = {},
                     IdColumn ids = IdColumn::when_wide, const ActivityOwners* owners = nullptr);
std::string who_table(const Matrix& matrix, const Selection& selection, const Layout& layout);

// Whether a CSV cell that a spreadsheet would run as a formula (one starting with =, +, -, @,
// tab or carriage return) gets a leading ' (OWASP's advice against CSV injection), or is
// written as it is (--csv-raw).
enum class CsvCells { neutralised, raw };
// How CSV records end: a line feed, as most tools write it (xsv, mlr), or CRLF, as RFC 4180
// says (--crlf).
enum class LineEnd { lf, crlf };
// Whether CSV starts with a UTF-8 byte-order mark, for spreadsheets that guess the encoding
// otherwise (--bom).
enum class Bom { none, utf8 };
struct CsvStyle {
  CsvCells cells = CsvCells::neutralised;
  LineEnd line_end = LineEnd::lf;
  Bom bom = Bom::none;
};

// CSV, RFC 4180 but for the line ends (CsvStyle): id, section, phase, text, one column per
// party id, footnotes, section_id (columns.hpp's list_columns); with `owners`, then owner_L,
// status_L and due_L for each letter L of R, A, C, I (empty where the owners' party does not
// hold L; owner empty where nobody owns it).
void write_activities_csv(const Sink& sink, const Matrix& matrix, const Selection& selection,
                          const CsvStyle& style = {}, const ActivityOwners* owners = nullptr);
std::string activities_csv(const Matrix& matrix, const Selection& selection,
                           const CsvStyle& style = {});
// One CSV record, fields quoted where RFC 4180 needs it, control characters escaped
// (escape_controls), ended as `style` says.
std::string csv_record(const std::vector<std::string>& fields, const CsvStyle& style = {});
// What a CSV output starts with: the byte-order mark, or nothing.
std::string_view csv_start(const CsvStyle& style);

// What a Markdown rendering holds: the selection with the footnotes it cites, or the whole
// document (description, legend table, every footnote).
// selection: front matter, then the rows; whole: also the description and legend; part: the
// rows alone (one matrix's part of a document about several).
enum class MarkdownDocument { selection, whole, part };

// Markdown like the provider's document: a heading per section, a table of bold letters,
// the footnotes after; with `owners`, the owners' party's letters followed by their owners.
void write_activities_markdown(const Sink& sink, const Matrix& matrix, const Selection& selection,
                               MarkdownDocument document = MarkdownDocument::selection,
                               const ActivityOwners* owners = nullptr);
std::string activities_markdown(const Matrix& matrix, const Selection& selection,
                                MarkdownDocument document = MarkdownDocument::selection);

// Markdown like write_activities_markdown, but for each of R, A, C and I a column naming the
// parties that hold it (`raci who -o markdown`).
void write_who_markdown(const Sink& sink, const Matrix& matrix, const Selection& selection,
                        MarkdownDocument document = MarkdownDocument::selection);
std::string who_markdown(const Matrix& matrix, const Selection& selection);

// A Markdown to-do list under section headings: "- [ ] text (letters)" with the letters of
// `parties` (indexes; empty: every party) that hold some, and each cited footnote as a
// sub-item; with `owners`, each task ends with its owners (owners_summary) and is ticked
// ("- [x]") when they are done.
void write_activities_checklist(const Sink& sink, const Matrix& matrix, const Selection& selection,
                                const std::vector<std::size_t>& parties = {},
                                const ActivityOwners* owners = nullptr);
std::string activities_checklist(const Matrix& matrix, const Selection& selection,
                                 const std::vector<std::size_t>& parties = {});

// The titles from the top-level section down to the activity's, joined by " / ".
std::string section_path_text(const Matrix& matrix, const Section& section);

}  // namespace raci
