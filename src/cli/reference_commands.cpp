// raci sections, parties, roles, footnotes and glossary: the parts of the matrix other than
// activities.
#include <fmt/format.h>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include "commands.hpp"
#include "raci/render/json.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"

namespace raci::cli {
namespace {

// Prints records as a table, JSON, JSON lines or CSV. `rows` holds the table's cells; the CSV
// has the same columns with `csv_headers` as its header.
struct Records {
  std::vector<Cell> headers;
  std::vector<std::string> csv_headers;
  std::vector<std::size_t> flexible;
  std::vector<std::vector<Cell>> rows;
  std::vector<Json> json;  // the objects of the JSON contract
  // How the table fits a narrow terminal besides wrapping (TableFit).
  std::vector<std::size_t> spillable = {};
  std::vector<std::size_t> droppable = {};
};

int print_records(Context& context, const Records& records) {
  const Format format = context.format;
  const Sink sink = context.out.sink();
  switch (format) {
    case Format::json:
    case Format::jsonl: {
      JsonListWriter list(sink, format == Format::jsonl ? JsonList::lines : JsonList::array);
      for (const Json& value : records.json)
        list.add(value);
      list.finish();
      break;
    }
    case Format::csv: {
      const CsvStyle style = context.csv_style();
      if (!csv_start(style).empty()) sink(csv_start(style));
      sink(csv_record(records.csv_headers, style));
      for (const auto& row : records.rows) {
        std::vector<std::string> fields;
        for (const Cell& cell : row)
          fields.push_back(cell.text);
        sink(csv_record(fields, style));
      }
      break;
    }
    default: {
      Table table(records.headers, records.flexible, records.spillable, records.droppable);
      for (const auto& row : records.rows)
        table.add_row(row);
      table.write(context.layout(), sink);
    }
  }
  return records.rows.empty() ? exit_no_match : exit_success;
}

// The records of each selected matrix: with several, one list (JSON, CSV) whose rows say
// their matrix, or a table per matrix under its heading. A matrix `records` refuses (a
// footnote number it does not have) has none, unless every matrix refuses.
int print_matrix_records(Context& context, const std::function<Records(const Matrix&)>& records) {
  if (!context.names_matrices()) return print_records(context, records(context.matrix()));
  std::vector<std::pair<const Matrix*, Records>> parts;
  std::optional<UsageError> refused;
  context.for_each_matrix([&](const Matrix& matrix) {
    try {
      parts.emplace_back(&matrix, records(matrix));
    } catch (const UsageError& e) {
      if (!refused) refused = e;
    }
  });
  if (parts.empty()) throw *refused;
  Records all = parts.front().second;
  all.rows.clear();
  all.json.clear();
  if (context.format != Format::table) {
    all.csv_headers.insert(all.csv_headers.begin(), "matrix");
    for (auto& [matrix, part] : parts) {
      for (auto& row : part.rows) {
        row.insert(row.begin(), Cell(matrix->name()));
        all.rows.push_back(std::move(row));
      }
      for (Json& json : part.json)
        all.json.push_back(with_matrix_field(*matrix, std::move(json)));
    }
    return print_records(context, all);
  }
  bool first = true;
  int status = exit_no_match;
  for (auto& [matrix, part] : parts) {
    if (part.rows.empty()) continue;
    if (context.matrix_count() > 1) write_matrix_heading(context, *matrix, first);
    first = false;
    status = print_records(context, part);
  }
  return status;
}

}  // namespace

Action add_sections(CLI::App& command) {
  command.footer("Examples:\n  raci sections\n  raci sections -o json | jq -r '.[].id'");
  return [](Context& context) {
    return print_matrix_records(context, [&](const Matrix& matrix) {
      Records records{{Cell("ID"), Cell("TITLE"), Cell("PHASE"), Cell("ACTIVITIES")},
                      {"id", "title", "phase", "activities", "parent", "depth"},
                      {1},
                      {},
                      {}};
      // Narrow: the phase makes way for the title, then the id goes on a line of its own.
      records.spillable = {0};
      records.droppable = {2};
      for (const Section& section : matrix.sections()) {
        Json json = section_json(matrix, section);
        const std::string phase = section.phase ? std::string(phase_name(*section.phase)) : "";
        const std::string parent =
            section.parent == no_section ? "" : matrix.sections()[section.parent].id;
        const auto count = json["activities"].get<std::size_t>();
        const bool csv = context.format == Format::csv;
        std::vector<Cell> row{
            Cell(csv ? section.id : std::string(section.depth * 2, ' ') + section.id),
            Cell(section.title), Cell(phase), Cell(std::to_string(count))};
        if (csv) {
          row.emplace_back(parent);
          row.emplace_back(std::to_string(section.depth));
        }
        records.rows.push_back(std::move(row));
        records.json.push_back(std::move(json));
      }
      return records;
    });
  };
}

Action add_parties(CLI::App& command) {
  command.footer("Examples:\n  raci parties\n  raci parties -o json");
  return [](Context& context) {
    return print_matrix_records(context, [&](const Matrix& matrix) {
      Records records{
          {Cell("ID"), Cell("NAME"), Cell("ALIASES")}, {"id", "name", "aliases"}, {}, {}, {}};
      for (const Party& party : matrix.parties()) {
        const std::string aliases = fmt::format("{}", fmt::join(party.aliases, ", "));
        records.rows.push_back({Cell(party.id), Cell(party.name), Cell(aliases)});
        records.json.push_back(party_json(party));
      }
      return records;
    });
  };
}

Action add_roles(CLI::App& command) {
  command.footer("Examples:\n  raci roles");
  return [](Context& context) {
    const Layout layout = context.layout();
    return print_matrix_records(context, [&](const Matrix& matrix) {
      Records records{{Cell("ROLE"), Cell("NAME"), Cell("DESCRIPTION")},
                      {"letter", "name", "description"},
                      {2},
                      {},
                      {}};
      for (const RoleInfo& info : matrix.legend()) {
        const std::string letter(1, role_letter(info.role));
        records.rows.push_back({Cell(letter, paint_letters(letter, layout.color)), Cell(info.name),
                                Cell(info.description)});
        records.json.push_back(role_json(info));
      }
      return records;
    });
  };
}

Action add_glossary(CLI::App& command) {
  command.footer(
      "A search for a term also finds what it stands for, and the other way round.\n"
      "\n"
      "Examples:\n"
      "  raci glossary\n"
      "  raci glossary -o json | jq -r '.[].term'");
  return [](Context& context) {
    return print_matrix_records(context, [&](const Matrix& matrix) {
      Records records{
          {Cell("TERM"), Cell("LANG"), Cell("SAME AS")}, {"term", "lang", "same"}, {2}, {}, {}};
      for (const GlossaryEntry& entry : matrix.glossary()) {
        records.rows.push_back({Cell(entry.term),
                                Cell(entry.language.empty() ? "" : entry.language),
                                Cell(fmt::format("{}", fmt::join(entry.same, "; ")))});
        records.json.push_back(glossary_entry_json(entry));
      }
      return records;
    });
  };
}

Action add_footnotes(CLI::App& command) {
  auto number = std::make_shared<int>(0);
  command.add_option("number", *number, "Only this footnote")
      ->type_name("FOOTNOTE")
      ->check(footnote_number());
  command.footer("Examples:\n  raci footnotes\n  raci footnotes 6");
  return [number](Context& context) {
    return print_matrix_records(context, [&](const Matrix& matrix) {
      if (*number > 0 && !matrix.find_footnote(*number)) {
        throw UsageError(fmt::format("footnote {} is not defined (see 'raci footnotes')", *number));
      }
      Records records{{Cell("NUMBER"), Cell("TEXT"), Cell("CITED BY")},
                      {"number", "text", "cited_by"},
                      {1, 2},
                      {},
                      {}};
      // TEXT is what is read: narrow, the ids go on lines of their own below it.
      records.spillable = {2};
      for (const Footnote& footnote : matrix.footnotes()) {
        if (*number > 0 && footnote.number != *number) continue;
        Json json = footnote_json(matrix, footnote);
        const auto cited_by = json["cited_by"].get<std::vector<std::string>>();
        const std::string separator = context.format == Format::csv ? ";" : ", ";
        records.rows.push_back({Cell(std::to_string(footnote.number)), Cell(footnote.text),
                                Cell(fmt::format("{}", fmt::join(cited_by, separator)))});
        records.json.push_back(std::move(json));
      }
      return records;
    });
  };
}

}  // namespace raci::cli
