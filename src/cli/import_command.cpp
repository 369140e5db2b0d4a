// raci import: a RACI document written as Markdown tables, read into the data format.
#include <fmt/format.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "commands.hpp"
#include "raci/import/markdown_import.hpp"
#include "raci/import/translations.hpp"
#include "raci/load/loader.hpp"
#include "raci/model/builder.hpp"
#include "raci/render/export.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci::cli {
namespace {

struct ImportOptions {
  std::string input;
  OutputTarget output;
  std::vector<std::string> translations;  // LANG=FILE or FILE
  std::string language;                   // of the original
  std::string mark_role = "R";            // what a checkmark stands for
  std::string provider;                   // when the document's front matter names none
  bool strict = false;                    // the first warning is an error
  bool explain = false;                   // how each table was read, instead of the data
};

// raci import --explain: one paragraph per table.
void write_explanation(const Sink& sink, const std::vector<ImportedTable>& tables) {
  const auto quoted = [](const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const std::string& name : names)
      out.push_back(escape_controls(quote(name)));
    return fmt::format("{}", fmt::join(out, ", "));
  };
  for (const ImportedTable& table : tables) {
    const std::string where = fmt::format("line {}", table.location.line);
    switch (table.kind) {
      case ImportedTable::Kind::raci:
        sink(fmt::format("{}: RACI table{}, {} rows imported, {} not\n", where,
                         table.reason.empty() ? "" : " (" + escape_controls(table.reason) + ")",
                         table.rows, table.rows_skipped));
        sink(fmt::format("  activity  {}\n", escape_controls(quote(table.activity_column))));
        sink(fmt::format("  parties   {}\n", quoted(table.parties)));
        if (!table.groups.empty()) sink(fmt::format("  groups    {}\n", quoted(table.groups)));
        break;
      case ImportedTable::Kind::legend:
        sink(fmt::format("{}: legend, {} rows read, {} not\n", where, table.rows,
                         table.rows_skipped));
        break;
      case ImportedTable::Kind::skipped:
        sink(fmt::format("{}: skipped ({})\n", where, escape_controls(table.reason)));
        continue;
    }
    std::vector<std::string> readings;
    for (const auto& [written, read] : table.readings)
      readings.push_back(escape_controls(fmt::format("{} -> {}", quote(written), read)));
    if (!readings.empty()) sink(fmt::format("  read      {}\n", fmt::join(readings, "; ")));
  }
}

void print_warning(const std::string& origin, Location location, const std::string& message) {
  const std::string line = located(escape_controls(origin), location, escape_controls(message));
  std::fprintf(stderr, "raci: warning: %s\n", line.c_str());
}

// A Markdown document read into a matrix, and what merging its translations needs to know.
struct ImportedDocument {
  Matrix matrix;
  std::vector<RenumberedFootnote> renumbered;
  std::vector<Role> foreign_legend;
};

// A Markdown document in `language` read into a matrix, its warnings printed (with --strict,
// the first is an error); `tables` gets how each table was read. Its source is its path as
// given, and its provider --provider, unless its front matter says otherwise.
ImportedDocument import_document(const std::string& path, const ImportOptions& options,
                                 const std::string& language,
                                 std::vector<ImportedTable>* tables = nullptr) {
  const std::string markdown = read_data_file(path);
  const bool standard_input = path == "-";
  const std::string origin = standard_input ? stdin_origin : path;
  const std::string stem = standard_input ? "stdin" : std::filesystem::path(path).stem().string();
  ImportResult result;
  try {
    raci::ImportOptions reading;
    reading.mark_role = *role_from_letter(
        static_cast<char>(std::toupper(static_cast<unsigned char>(options.mark_role.front()))));
    reading.language = language;
    reading.provider = options.provider;
    if (!standard_input) reading.source = path;
    result = import_markdown(markdown, stem, reading);
  } catch (const DataError& e) {
    throw DataError(origin, e.location(), e.message());
  }
  if (options.strict && !result.diagnostics.empty()) {
    const ImportDiagnostic& first = result.diagnostics.front();
    throw DataError(origin, first.location,
                    result.diagnostics.size() == 1
                        ? first.message + " (--strict: the only warning)"
                        : fmt::format("{} (--strict: the first of {} warnings)", first.message,
                                      result.diagnostics.size()));
  }
  for (const ImportDiagnostic& d : result.diagnostics)
    print_warning(origin, d.location, d.message);
  if (tables) *tables = std::move(result.tables);
  return {std::move(result.matrix), std::move(result.renumbered), std::move(result.foreign_legend)};
}

// The original's language: --language, else its file name's, else English.
std::string original_language(const ImportOptions& options) {
  if (!options.language.empty()) return options.language;
  const std::string named = language_of_file(options.input);
  return named.empty() ? "en" : named;
}

bool is_data_file(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  return extension == ".yaml" || extension == ".yml" || extension == ".json";
}

std::string checked_language(const std::string& language, const std::string& what) {
  if (!MatrixBuilder::is_language_tag(language)) {
    throw UsageError(
        fmt::format("invalid language tag {} for {} (expected a BCP 47 tag such as "
                    "'fr', 'de' or 'pt-BR')",
                    quote(escape_controls(language)), what));
  }
  return language;
}

// The original read (a Markdown document, or a data file), then each --translation merged
// into it. Returns whether everything was merged.
bool import_with_translations(const ImportOptions& options, Matrix& out) {
  const bool data = is_data_file(options.input);
  std::string language = options.language;
  if (language.empty() && !data) language = language_of_file(options.input);
  if (language.empty() && !data) language = "en";
  if (!language.empty()) checked_language(language, options.input);
  // Every --translation is checked before any document is read.
  std::vector<TranslatedDocument> documents;
  for (const std::string& given : options.translations) {
    const std::size_t equals = given.find('=');
    TranslatedDocument document;
    document.origin = equals == std::string::npos ? given : given.substr(equals + 1);
    document.language =
        equals == std::string::npos ? language_of_file(given) : given.substr(0, equals);
    if (document.language.empty()) {
      throw UsageError(
          fmt::format("cannot tell the language of {} from its name: write "
                      "--translation LANG={}",
                      quote(escape_controls(given)), escape_controls(given)));
    }
    checked_language(document.language, document.origin);
    for (const TranslatedDocument& other : documents) {
      if (other.language == document.language) {
        throw UsageError(fmt::format("two translations into {}: {} and {}",
                                     quote(document.language), escape_controls(other.origin),
                                     escape_controls(document.origin)));
      }
    }
    documents.push_back(std::move(document));
  }
  if (data && !options.provider.empty()) {
    throw UsageError(fmt::format("--provider is for a Markdown document, not the data file {}",
                                 escape_controls(options.input)));
  }
  ImportedDocument original;
  if (data) {
    original.matrix = load_matrix_file(options.input);
  } else {
    original = import_document(options.input, options, language);
  }
  if (data && language.empty()) language = original.matrix.languages().front();
  if (data && language != original.matrix.languages().front()) {
    throw UsageError(fmt::format("{} is in {} (its 'languages'), not {}",
                                 escape_controls(options.input),
                                 quote(original.matrix.languages().front()), quote(language)));
  }
  std::vector<Matrix> translated;
  translated.reserve(documents.size());  // the documents point into it
  for (TranslatedDocument& document : documents) {
    if (document.language == language) {
      throw UsageError(fmt::format("{} is in {}, the original's language",
                                   escape_controls(document.origin), quote(language)));
    }
    ImportedDocument read = import_document(document.origin, options, document.language);
    translated.push_back(std::move(read.matrix));
    document.matrix = &translated.back();
    document.renumbered = std::move(read.renumbered);
    document.foreign_legend = std::move(read.foreign_legend);
  }
  const std::string origin = options.input == "-" ? stdin_origin : options.input;
  MergeResult merged = merge_translations(original.matrix, language, origin, documents,
                                          data ? nullptr : &original.renumbered);
  for (const MergeDiagnostic& d : merged.diagnostics)
    print_warning(d.origin, d.location, d.message);
  out = std::move(merged.matrix);
  return merged.diagnostics.empty();
}

}  // namespace

Action add_import(CLI::App& command) {
  auto options = std::make_shared<ImportOptions>();
  command
      .add_option("file", options->input,
                  "The Markdown document, or - for standard input; with --translation, also a "
                  "data file to add translations to")
      ->type_name("FILE")
      ->required();
  command
      .add_option("--translation", options->translations,
                  "Merge this translated document: LANG=FILE, or FILE when its name tells the "
                  "language (fr/iaas.md, iaas.de.md); repeat for each language")
      ->type_name("LANG=FILE")
      ->allow_extra_args(false);
  command
      .add_option("--language", options->language,
                  "The original's language (default: from its file name, else en; a data file's "
                  "own)")
      ->type_name("LANG");
  command
      .add_option("--mark-role", options->mark_role,
                  "The role a checkmark (x, ✓) or a party's own name in its column stands for")
      ->type_name("LETTER")
      ->check(CLI::IsMember({"R", "A", "C", "I"}, CLI::ignore_case));
  command
      .add_option("--provider", options->provider,
                  "The matrix's provider, when the document's front matter names none (a "
                  "front matter's provider is kept, with a warning if it differs)")
      ->type_name("NAME");
  command.add_flag("--strict", options->strict,
                   "Make the first warning an error (status 2, nothing written)");
  command.add_flag("--explain", options->explain,
                   "Print how each table was read (its kind, activity column, parties, the role "
                   "cells read) instead of the data");
  add_output_options(command, options->output);
  command.footer(
      "Headings become sections, the columns after the activity become the parties, and\n"
      "footnote markers become footnotes (a number defined again becomes the next free one,\n"
      "for the markers above it). A table is read when most of its cells after the first\n"
      "column are roles: letters (RA, R/A, __C, I__), words (Responsible, DRI, the legend's\n"
      "own words) or checkmarks (--mark-role), in Markdown tables (outer pipes optional) or\n"
      "raw HTML ones. Paragraphs become the description of their section (before its first\n"
      "table) or its notes (after one). A document without a legend gets raci's in its\n"
      "language (en, fr, de, es, it; else English). The matrix's source is the document's\n"
      "path as given, and its provider --provider, unless its front matter names them.\n"
      "Whatever cannot be read is reported on stderr with its line\n"
      "(raci: warning: FILE:LINE:COL: ...), never dropped silently.\n"
      "\n"
      "With --translation, each translated document is read too and merged into the\n"
      "original as translations (docs/data-format.md, Languages), aligned section by section\n"
      "and row by row. A section whose rows or letters differ is left untranslated in that\n"
      "language, with a warning saying where; the rest is merged. Exit status: 0, 1 when a\n"
      "part was not merged (the matrix is still written), 2 on error.\n"
      "\n"
      "Examples:\n"
      "  raci import provider.md --output provider.yaml\n"
      "  raci import provider.md -o json | jq '.sections[].title'\n"
      "  raci import fr/iaas.md --translation en/iaas.md --translation de=iaas-DE.md");
  return [options](Context& context) {
    if (options->explain) {
      std::vector<ImportedTable> tables;
      import_document(options->input, *options, original_language(*options), &tables);
      deliver_streamed(context, options->output,
                       [&](const Sink& sink) { write_explanation(sink, tables); });
      return static_cast<int>(exit_success);
    }
    Matrix matrix;
    bool complete = true;
    if (options->translations.empty() && options->language.empty() &&
        language_of_file(options->input).empty()) {
      matrix = import_document(options->input, *options, original_language(*options)).matrix;
    } else {
      complete = import_with_translations(*options, matrix);
    }
    deliver_streamed(context, options->output, [&](const Sink& sink) {
      if (context.format == Format::json) {
        write_export_json(sink, matrix);
      } else {
        write_export_yaml(sink, matrix);
      }
    });
    return static_cast<int>(complete ? exit_success : exit_no_match);
  };
}

}  // namespace raci::cli
