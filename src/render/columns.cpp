// The flat outputs: chosen columns as TSV, CSV or a table, and bare ids.
#include "raci/render/columns.hpp"

#include <fmt/format.h>

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "raci/analysis/suggest.hpp"
#include "raci/util/error.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

using Kind = Column::Kind;

struct FieldName {
  std::string_view name;
  Kind kind;
};

// In the order of the activity object's fields.
constexpr FieldName field_names[] = {
    {"id", Kind::id},
    {"text", Kind::text},
    {"note", Kind::note},
    {"section", Kind::section},
    {"section_id", Kind::section_id},
    {"phase", Kind::phase},
    {"footnotes", Kind::footnotes},
    {"matched", Kind::matched},
};

// text_LANG for each language of a matrix with translations (none for a matrix in one
// language, whose text is all there is).
std::vector<Column> language_columns(const Matrix& matrix) {
  std::vector<Column> out;
  const std::vector<std::string>& languages = matrix.original().languages();
  if (languages.size() < 2) return out;
  for (const std::string& language : languages) {
    std::string name = "text_";
    name += language;
    out.push_back({Kind::text_in, 0, std::move(name)});
  }
  return out;
}

// The fields, text_LANG right after text.
std::vector<Column> field_columns(const Matrix& matrix) {
  std::vector<Column> out;
  for (const FieldName& f : field_names) {
    out.push_back({f.kind, 0, std::string(f.name)});
    if (f.kind == Kind::text) {
      for (Column& column : language_columns(matrix))
        out.push_back(std::move(column));
    }
  }
  return out;
}

Column field(Kind kind) {
  for (const FieldName& f : field_names) {
    if (f.kind == kind) return {kind, 0, std::string(f.name)};
  }
  return {};
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<Column> find_column(const Matrix& matrix, std::string_view name, RoleSet letters) {
  const std::string wanted = lower(name);
  std::string_view party = name;
  std::string_view letter = name;
  if (wanted.starts_with("roles.")) {
    party = name.substr(6);
  } else if (wanted.starts_with("who.")) {
    letter = name.substr(4);
  } else {
    for (const Column& column : field_columns(matrix)) {
      if (lower(column.name) == wanted) return column;
    }
  }
  if (!wanted.starts_with("who.")) {
    if (const std::optional<std::size_t> p = matrix.find_party(party))
      return Column{Kind::party, *p, matrix.parties()[*p].id};
  }
  if (!wanted.starts_with("roles.") && letter.size() == 1) {
    const std::optional<Role> role =
        role_from_letter(static_cast<char>(std::toupper(static_cast<unsigned char>(letter[0]))));
    if (role && letters.contains(*role))
      return Column{Kind::holders, static_cast<std::size_t>(*role),
                    std::string(1, role_letter(*role))};
  }
  return std::nullopt;
}

std::string joined_holders(const Matrix& matrix, const Activity& activity, Role role) {
  std::string out;
  for (std::size_t p = 0; p < activity.roles.size(); ++p) {
    if (!activity.roles[p].contains(role)) continue;
    if (!out.empty()) out += ';';
    out += matrix.parties()[p].id;
  }
  return out;
}

}  // namespace

std::vector<Column> list_columns(const Matrix& matrix) {
  std::vector<Column> out{field(Kind::id), field(Kind::section), field(Kind::phase),
                          field(Kind::text)};
  for (Column& column : language_columns(matrix))
    out.push_back(std::move(column));
  for (std::size_t p = 0; p < matrix.parties().size(); ++p)
    out.push_back({Kind::party, p, matrix.parties()[p].id});
  out.push_back(field(Kind::footnotes));
  out.push_back(field(Kind::section_id));
  return out;
}

std::vector<Column> who_columns(const Matrix& matrix) {
  std::vector<Column> out{field(Kind::id), field(Kind::section), field(Kind::phase),
                          field(Kind::text)};
  for (Column& column : language_columns(matrix))
    out.push_back(std::move(column));
  for (const RoleInfo& info : matrix.legend())
    out.push_back({Kind::holders, static_cast<std::size_t>(info.role),
                   std::string(1, role_letter(info.role))});
  out.push_back(field(Kind::footnotes));
  out.push_back(field(Kind::section_id));
  return out;
}

std::vector<std::string> column_names(const Matrix& matrix) {
  std::vector<std::string> out;
  for (Column& column : field_columns(matrix))
    out.push_back(std::move(column.name));
  for (const Party& party : matrix.parties())
    out.push_back(party.id);
  for (const RoleInfo& info : matrix.legend())
    out.emplace_back(1, role_letter(info.role));
  return out;
}

std::vector<Column> parse_columns(const Matrix& matrix, const std::vector<std::string>& names,
                                  const std::vector<Role>& letters) {
  RoleSet taken = matrix.roles();
  for (Role role : letters)
    taken.insert(role);
  std::vector<Column> out;
  for (const std::string& name : names) {
    if (std::optional<Column> column = find_column(matrix, trim(name), taken)) {
      out.push_back(std::move(*column));
      continue;
    }
    std::vector<std::string> valid = column_names(matrix);
    for (Role role : letters) {
      if (!matrix.roles().contains(role)) valid.emplace_back(1, role_letter(role));
    }
    if (trim(name).empty()) {
      throw UsageError(
          fmt::format("--columns: empty column name (columns: {})", fmt::join(valid, ", ")));
    }
    throw UsageError(fmt::format("--columns: unknown column '{}' (columns: {}){}",
                                 escape_controls(name), fmt::join(valid, ", "),
                                 did_you_mean(name, valid)));
  }
  return out;
}

std::vector<Column> columns_for(const std::vector<Column>& columns, const Matrix& other) {
  std::vector<Column> out;
  for (const Column& column : columns) {
    if (column.kind != Kind::party) {
      out.push_back(column);
      continue;
    }
    const std::optional<std::size_t> party = other.find_party(column.name);
    out.push_back(party ? Column{Kind::party, *party, column.name}
                        : Column{Kind::blank, 0, column.name});
  }
  return out;
}

std::vector<Column> owner_columns(const Matrix& matrix) {
  std::vector<Column> out;
  for (const RoleInfo& info : matrix.legend()) {
    const Role role = info.role;
    const std::string letter(1, role_letter(role));
    const auto index = static_cast<std::size_t>(role);
    out.push_back({Kind::owner, index, "owner_" + letter});
    out.push_back({Kind::owner_status, index, "status_" + letter});
    out.push_back({Kind::owner_due, index, "due_" + letter});
  }
  return out;
}

namespace {

// The owners' party's letter of a column, when it holds it.
std::optional<LetterOwner> owned_letter(const Activity& activity, const Column& column,
                                        const ActivityOwners* owners) {
  if (!owners) return std::nullopt;
  for (const LetterOwner& letter : owners->letters(activity)) {
    if (static_cast<std::size_t>(letter.role) == column.index) return letter;
  }
  return std::nullopt;
}

}  // namespace

std::string column_cell(const Matrix& matrix, const Activity& activity, const Column& column,
                        const MatchedWords& matched, const ActivityOwners* owners) {
  switch (column.kind) {
    case Kind::owner: {
      const std::optional<LetterOwner> letter = owned_letter(activity, column, owners);
      return letter && letter->owner ? letter->owner->id : "";
    }
    case Kind::owner_status: {
      const std::optional<LetterOwner> letter = owned_letter(activity, column, owners);
      return letter ? std::string(status_name(letter->status)) : "";
    }
    case Kind::owner_due: {
      const std::optional<LetterOwner> letter = owned_letter(activity, column, owners);
      return letter ? std::string(letter->due) : std::string();
    }
    case Kind::matrix:
      return matrix.name();
    case Kind::blank:
      return {};
    case Kind::id:
      return activity.id;
    case Kind::text:
      return activity.text;
    case Kind::text_in: {
      // The original's text from the matrix as loaded: `matrix` may show another language.
      const std::string_view language = std::string_view(column.name).substr(5);
      const Matrix& original = matrix.original();
      if (language == original.languages().front()) {
        const Activity* own = original.find_activity(activity.id);
        return own ? own->text : activity.text;
      }
      const std::string* translated =
          find_translation(matrix.text_translations(activity), language);
      return translated ? *translated : std::string();
    }
    case Kind::note:
      return activity.note;
    case Kind::section:
      return section_path_text(matrix, matrix.section_of(activity));
    case Kind::section_id:
      return matrix.section_of(activity).id;
    case Kind::phase: {
      const std::optional<Phase> phase = matrix.phase_of(activity);
      return phase ? std::string(phase_name(*phase)) : "";
    }
    case Kind::footnotes:
      return fmt::format("{}", fmt::join(activity.footnotes, ";"));
    case Kind::matched:
      return matched ? fmt::format("{}", fmt::join(matched(activity), ";")) : "";
    case Kind::party:
      return activity.roles[column.index].letters();
    case Kind::holders:
      return joined_holders(matrix, activity, static_cast<Role>(column.index));
  }
  return "";
}

std::string tsv_field(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  // Last, so that its escapes (\t, \n, \r, \x1b) keep their single backslash.
  return escape_controls(out);
}

void write_activities_tsv(const Sink& sink, const Matrix& matrix, const Selection& selection,
                          const std::vector<Column>& columns, Headers headers,
                          const MatchedWords& matched) {
  std::string line;
  if (headers == Headers::shown) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (c > 0) line += '\t';
      line += tsv_field(columns[c].name);
    }
    sink(line + '\n');
  }
  for (const Activity* activity : selection) {
    line.clear();
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (c > 0) line += '\t';
      line += tsv_field(column_cell(matrix, *activity, columns[c], matched));
    }
    sink(line + '\n');
  }
}

void write_columns_csv(const Sink& sink, const Matrix& matrix, const Selection& selection,
                       const std::vector<Column>& columns, const CsvStyle& style, Headers headers,
                       const MatchedWords& matched, const ActivityOwners* owners) {
  if (!csv_start(style).empty()) sink(csv_start(style));
  std::vector<std::string> fields;
  if (headers == Headers::shown) {
    for (const Column& column : columns)
      fields.push_back(column.name);
    sink(csv_record(fields, style));
  }
  for (const Activity* activity : selection) {
    fields.clear();
    for (const Column& column : columns)
      fields.push_back(column_cell(matrix, *activity, column, matched, owners));
    sink(csv_record(fields, style));
  }
}

void write_columns_table(const Sink& sink, const Matrix& matrix, const Selection& selection,
                         const std::vector<Column>& columns, const Layout& layout,
                         const MarkedWords& marked, const MatchedWords& matched) {
  std::vector<Cell> headers;
  std::vector<std::size_t> flexible;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    // The party's name, as `raci list` heads its columns; the others upper-cased, as ps does.
    std::string name =
        columns[c].kind == Kind::party ? matrix.parties()[columns[c].index].name : columns[c].name;
    if (columns[c].kind != Kind::party) {
      for (char& ch : name)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
    headers.emplace_back(std::move(name));
    const Kind kind = columns[c].kind;
    if (kind == Kind::text || kind == Kind::text_in || kind == Kind::note || kind == Kind::section)
      flexible.push_back(c);
  }
  TableWriter table(std::move(headers), std::move(flexible));
  const auto cells = [&](const Activity& activity) {
    std::vector<Cell> row;
    for (const Column& column : columns) {
      std::string text = column_cell(matrix, activity, column, matched);
      if (column.kind == Kind::party) {
        std::string painted = paint_letters(text, layout.color);
        row.emplace_back(std::move(text), std::move(painted));
        continue;
      }
      row.emplace_back(std::move(text));
      if (column.kind == Kind::text && marked && layout.color) row.back().marked = marked(activity);
    }
    return row;
  };
  for (const Activity* activity : selection)
    table.measure_row(cells(*activity));
  table.start(layout, sink);
  for (const Activity* activity : selection)
    table.write_row(cells(*activity));
}

void write_activity_ids(const Sink& sink, const Selection& selection) {
  for (const Activity* activity : selection)
    sink(escape_controls(activity->id) + '\n');
}

}  // namespace raci
