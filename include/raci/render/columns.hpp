#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "raci/model/matrix.hpp"
#include "raci/render/format.hpp"
#include "raci/render/owners_view.hpp"
#include "raci/render/sink.hpp"
#include "raci/render/table.hpp"

namespace raci {

// One column of the flat outputs (tsv, csv, a table with --columns): a field of the activity
// object (json-output.md), one party's letters, or the parties holding one letter.
struct Column {
  enum class Kind {
    id,
    text,
    text_in,  // text_LANG: the text in one language of the matrix, "" when untranslated
    note,
    section,       // the section titles joined by " / "
    section_id,    // the activity's own section
    phase,         // "" when none
    footnotes,     // the cited numbers joined by ";"
    matched,       // the words a search found, joined by ";"
    party,         // `index`: that party's letters ("" when none)
    holders,       // `index`: the ids of the parties holding that role, joined by ";"
    owner,         // `index` (a role): the owner's id of the owners' party's letter (--owners)
    owner_status,  // `index`: its status, "" where the party does not hold the letter
    owner_due,     // `index`: its due date
    matrix,        // the matrix's name (Matrix::name), when several are printed
    blank,         // nothing: a party another matrix has and this one has not
  };
  Kind kind = Kind::id;
  std::size_t index = 0;
  std::string name;  // the header of tsv and csv: the field name, party id or role letter
};

// What each row of `raci list` holds: id, section, phase, text (in the language shown), then,
// when the matrix has translations, text_LANG per language of it, one column per party,
// footnotes, section_id.
std::vector<Column> list_columns(const Matrix& matrix);
// What each row of `raci who` holds: id, section, phase, text, text_LANG (as list's), R, A,
// C, I, footnotes, section_id.
std::vector<Column> who_columns(const Matrix& matrix);

// Every name --columns takes: the fields, text_LANG per language of the matrix, then the party
// ids, then R, A, C and I.
std::vector<std::string> column_names(const Matrix& matrix);
// Columns by name, as --columns gives them ("id,text,client"): a field name, a party (id,
// name or alias; roles.ID when a party id is also a field name) or a role letter (who.R),
// in any case. Throws UsageError for an unknown name, with "did you mean" and the valid names.
// `letters`: the role letters taken, in order (several matrices' legends together); empty:
// the matrix's legend.
std::vector<Column> parse_columns(const Matrix& matrix, const std::vector<std::string>& names,
                                  const std::vector<Role>& letters = {});

// The `matrix` column, first in every flat output of several matrices.
inline Column matrix_column() {
  return {Column::Kind::matrix, 0, "matrix"};
}
// `columns`, made for one matrix, for printing `other` under the same headers: party columns
// name the same party (by id, name or alias) or none (blank), the rest are unchanged.
std::vector<Column> columns_for(const std::vector<Column>& columns, const Matrix& other);

// owner_L, status_L and due_L for each letter L of the matrix's legend (R, A, C, I and its
// others): the CSV's owner columns.
std::vector<Column> owner_columns(const Matrix& matrix);

// The text of one cell, as every flat output holds it before its own escaping (the owner
// columns need `owners`, and are empty without it).
std::string column_cell(const Matrix& matrix, const Activity& activity, const Column& column,
                        const MatchedWords& matched = {}, const ActivityOwners* owners = nullptr);

// Whether a flat output starts with a line of column names.
enum class Headers { shown, hidden };

// A TSV field: backslash, tab, line feed and carriage return written as \\, \t, \n and \r,
// other control and hidden characters as escape_controls writes them, so that a field never
// holds a tab or a line break and reads back unambiguously.
std::string tsv_field(std::string_view text);

// Tab-separated values: one line of column names (unless hidden), one line per activity.
void write_activities_tsv(const Sink& sink, const Matrix& matrix, const Selection& selection,
                          const std::vector<Column>& columns, Headers headers = Headers::shown,
                          const MatchedWords& matched = {});
// CSV with these columns (format.hpp's csv_record).
void write_columns_csv(const Sink& sink, const Matrix& matrix, const Selection& selection,
                       const std::vector<Column>& columns, const CsvStyle& style,
                       Headers headers = Headers::shown, const MatchedWords& matched = {},
                       const ActivityOwners* owners = nullptr);
// An aligned table with these columns, one row per activity, no section headings; the
// column names upper-cased as its header (unless `layout.headers` is false).
void write_columns_table(const Sink& sink, const Matrix& matrix, const Selection& selection,
                         const std::vector<Column>& columns, const Layout& layout,
                         const MarkedWords& marked = {}, const MatchedWords& matched = {});
// One activity id per line.
void write_activity_ids(const Sink& sink, const Selection& selection);

}  // namespace raci
