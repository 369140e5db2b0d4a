#pragma once

#include <CLI/CLI.hpp>
#include <functional>

#include "context.hpp"
#include "raci/analysis/query.hpp"
#include "raci/render/sink.hpp"

namespace raci::cli {

// The filter options of who, list and stats, as typed.
struct FilterOptions {
  FilterSpec spec;
  std::vector<std::string> words;  // who's positional TEXT
  int footnote = 0;
  // Whether any filter was given.
  bool given() const {
    return !spec.party.empty() || !spec.roles.empty() || spec.only || !spec.section.empty() ||
           !spec.keyword.empty() || !spec.phase.empty() || footnote > 0 || !words.empty();
  }
};

void add_filter_options(CLI::App& command, FilterOptions& options, const std::string& keyword);
// The activities of the context's matrix that the options select, in document order, and
// the keyword search that took part (nullptr without a keyword).
struct Matching {
  Selection selection;
  std::shared_ptr<const Search> search;
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
Action add_validate(CLI::App& command);
Action add_stats(CLI::App& command);
Action add_diff(CLI::App& command);
Action add_import(CLI::App& command);
Action add_export(CLI::App& command);
Action add_owners(CLI::App& command);
// Its action describes the whole command line: `command`'s parent and the command table.
Action add_completion(CLI::App& command);

// Prints activities in any activity format, streamed to standard output; `table` writes the
// command's own table.
// `table` writes the command's own table; `matched` adds JSON's "matched" field.
int print_activities(Context& context, const Selection& selection, Format format,
                     const std::function<void(const Sink&, const Layout&)>& table,
                     const MatchedWords& matched = {});

}  // namespace raci::cli
