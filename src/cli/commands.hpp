#pragma once

#include <CLI/CLI.hpp>
#include <charconv>
#include <functional>

#include "context.hpp"
#include "raci/analysis/query.hpp"
#include "raci/render/json_writer.hpp"
#include "raci/render/sink.hpp"

namespace raci::cli {

// The filter options of who, list and stats, as typed.
struct FilterOptions {
  FilterSpec spec;
  std::vector<std::string> words;  // who's positional TEXT
  OwnersFilterSpec owners;         // --owner, --unowned, --status, --due-before (need --owners)
  std::string status;              // --status, as typed
  // Whether any filter was given.
  bool given() const {
    return !spec.party.empty() || !spec.roles.empty() || spec.only || !spec.section.empty() ||
           !spec.keyword.empty() || !spec.phase.empty() || !spec.footnote.empty() ||
           !words.empty() || owners.given() || !status.empty();
  }
};

void add_filter_options(CLI::App& command, FilterOptions& options, const std::string& keyword);
// The activities of the context's matrix that the options select, in document order, the
// keyword searches that took part (none without a keyword) and the parties named.
struct Matching {
  Selection selection;
  std::vector<std::shared_ptr<const Search>> searches;
  std::vector<std::size_t> parties;
};
Matching select_matching(Context& context, const FilterOptions& options);

// Refuses an empty value ("--data ''"), which would otherwise mean "not given".
inline CLI::Validator not_empty() {
  return CLI::Validator(
      [](const std::string& value) {
        return value.empty() ? std::string("must not be empty") : "";
      },
      "", "NOT_EMPTY");
}

// A footnote number: a whole number from 1 ("--footnote 0" would otherwise get CLI11's
// range of doubles).
inline CLI::Validator footnote_number() {
  return CLI::Validator(
      [](const std::string& value) {
        int number = 0;
        const auto [end, error] =
            std::from_chars(value.data(), value.data() + value.size(), number);
        const bool whole = end == value.data() + value.size();
        if (error == std::errc() && whole && number >= 1) return std::string();
        if (error == std::errc::result_out_of_range && whole && value.front() != '-')
          return "footnote " + value + " is not defined (see 'raci footnotes')";
        return "footnote numbers start at 1 (not '" + value + "')";
      },
      "", "FOOTNOTE");
}

// --output FILE and --force, for the commands that can write a file.
void add_output_options(CLI::App& command, OutputTarget& target);

// Streams what `write` writes to standard output; a --output FILE is replaced only once
// complete, so its text is built whole first.
void deliver_streamed(Context& context, const OutputTarget& output,
                      const std::function<void(const Sink&)>& write);

// Each adds the options and footer of the command its row of the command table names
// (command_table.cpp) to `command`, and returns the action to run when it is chosen.
Action add_who(CLI::App& command);
Action add_list(CLI::App& command);
Action add_show(CLI::App& command);
Action add_sections(CLI::App& command);
Action add_parties(CLI::App& command);
Action add_roles(CLI::App& command);
Action add_footnotes(CLI::App& command);
Action add_glossary(CLI::App& command);
Action add_matrices(CLI::App& command);
Action add_validate(CLI::App& command);
Action add_stats(CLI::App& command);
Action add_diff(CLI::App& command);
Action add_import(CLI::App& command);
Action add_export(CLI::App& command);
Action add_owners(CLI::App& command);
Action add_translations(CLI::App& command);
// Its action describes the whole command line: `command`'s parent and the command table.
Action add_completion(CLI::App& command);

// --columns and --no-headers, for the commands that print activities.
struct FlatOptions {
  std::vector<std::string> columns;
  bool no_headers = false;
};
void add_flat_options(CLI::App& command, FlatOptions& options);

// How print_activities prints: the view (list's letters per party, or who's parties per
// letter), the flat options, the search's words (highlighted in tables, JSON's "matched") and
// the parties the checklist gives the letters of (empty: every party).
struct Printing {
  ActivityView view = ActivityView::list;
  FlatOptions flat;
  MarkedWords marked;
  MatchedWords matched;
  std::vector<std::size_t> parties;
  MarkdownDocument markdown = MarkdownDocument::selection;  // part: one of several matrices
};

// Prints activities in any activity format, streamed to standard output; `table` writes the
// command's own table (unless --columns chose others).
int print_activities(Context& context, const Selection& selection, Format format,
                     const std::function<void(const Sink&, const Layout&)>& table,
                     const Printing& printing);

// Opens one matrix's part of the output when several are printed: "iaas: IaaS Responsibility
// Matrix" (a Markdown heading with -o markdown and checklist), after a blank line but first.
void write_matrix_heading(Context& context, const Matrix& matrix, bool first);

// A report on each selected matrix (validate, translations). With -o json, `report` returns
// the matrix's object, and they are printed as one object for one matrix or an array for
// several, each with "matrix" when matrices are named; else `report` prints its text (and
// returns null), under a heading per matrix when there are several.
void report_each_matrix(Context& context, const std::function<Json(const Matrix&)>& report);

}  // namespace raci::cli
