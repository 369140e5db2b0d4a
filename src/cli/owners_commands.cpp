// raci owners init|check|stats: an organisation's own owners on top of the matrix.
#include <fmt/format.h>

#include <map>
#include <memory>

#include "commands.hpp"
#include "raci/load/loader.hpp"
#include "raci/owners/owners.hpp"
#include "raci/render/json.hpp"
#include "raci/render/table.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci::cli {
namespace {

struct OwnersOptions {
  std::string party = "client";  // init: whose duties
  OutputTarget output;           // init: write here instead of standard output
  std::string by = "owner";      // stats: owner or due
  std::string since;             // check: the matrix the owners file was written against
};

int init(Context& context, const OwnersOptions& options) {
  if (context.format != Format::table) {
    throw UsageError("'raci owners init' writes the owners file in YAML and takes no -o");
  }
  const Matrix& matrix = context.matrix();
  const std::optional<std::size_t> party = matrix.find_party(options.party);
  if (!party) throw UsageError(fmt::format("unknown party {}", quote(options.party)));
  context.deliver(options.output, owners_template(matrix, *party));
  return exit_success;
}

int check(Context& context, const OwnersOptions& options) {
  const Matrix& matrix = context.matrix();
  std::optional<Matrix> since;
  if (!options.since.empty()) {
    since = options.since == "-" ? load_builtin_matrix() : load_matrix_file(options.since);
  }
  const Owners owners = context.owners(OwnersCheck::report);
  const std::vector<OwnersFinding> findings =
      check_owners(matrix, owners, since ? &*since : nullptr);
  if (context.format == Format::json) {
    Json list = Json::array();
    for (const OwnersFinding& f : findings) {
      Json item{{"rule", f.rule}, {"message", f.message}};
      if (f.location.line != 0) {
        item["line"] = f.location.line;
        item["column"] = f.location.column;
      }
      if (!f.activity.empty()) item["activity"] = f.activity;
      if (!f.replaced_by.empty()) item["replaced_by"] = f.replaced_by;
      list.push_back(std::move(item));
    }
    context.out.write(dump_json(Json{{"file", owners.origin()},
                                     {"party", matrix.parties()[owners.party()].id},
                                     {"ok", findings.empty()},
                                     {"findings", std::move(list)}},
                                JsonLayout::indented) +
                      "\n");
  } else if (findings.empty()) {
    context.out.write(fmt::format("{}: ok (every duty of {} has an owner)\n",
                                  escape_controls(owners.origin()),
                                  escape_controls(matrix.parties()[owners.party()].name)));
  } else {
    std::string out;
    for (const OwnersFinding& f : findings) {
      out += located(escape_controls(owners.origin()), f.location,
                     fmt::format("{} [{}]\n", f.message, f.rule));
    }
    out += fmt::format("{} finding{}\n", findings.size(), findings.size() == 1 ? "" : "s");
    context.out.write(out);
  }
  return findings.empty() ? static_cast<int>(exit_success) : static_cast<int>(exit_no_match);
}

// Per owner (or per due month): how many duties by letter and by status.
int stats(Context& context, const OwnersOptions& options) {
  if (options.by != "owner" && options.by != "due") {
    throw UsageError(fmt::format("--by takes owner or due, not {}", quote(options.by)));
  }
  const Matrix& matrix = context.matrix();
  const Owners owners = context.owners(OwnersCheck::strict);
  struct Counts {
    std::array<std::size_t, 2> letters{};  // R, A
    std::array<std::size_t, 3> statuses{};
    std::size_t total = 0;
  };
  std::map<std::string, Counts> groups;  // sorted by owner id or by due date
  const std::string unowned = options.by == "due" ? "no date" : "(no owner)";
  for (std::size_t a = 0; a < matrix.activities().size(); ++a) {
    const RoleSet held = matrix.activities()[a].roles[owners.party()];
    for (Role role : {Role::responsible, Role::accountable}) {
      if (!held.contains(role)) continue;
      const Assignment* assignment = owners.assignment_for(a, role);
      const Owner* owner = owners.owner_for(a, role);
      std::string key = owner ? owner->id : unowned;
      if (options.by == "due") {
        key = assignment && !assignment->due.empty() ? assignment->due.substr(0, 7) : unowned;
      }
      Counts& counts = groups[key];
      ++counts.letters[role == Role::responsible ? 0 : 1];
      const Status status = assignment && assignment->status ? *assignment->status : Status::todo;
      ++counts.statuses[static_cast<std::size_t>(status)];
      ++counts.total;
    }
  }
  const char* group_name = options.by == "due" ? "month" : "owner";
  if (context.format == Format::json) {
    Json list = Json::array();
    for (const auto& [key, counts] : groups) {
      list.push_back({{group_name, key},
                      {"duties", counts.total},
                      {"R", counts.letters[0]},
                      {"A", counts.letters[1]},
                      {"todo", counts.statuses[0]},
                      {"in-progress", counts.statuses[1]},
                      {"done", counts.statuses[2]}});
    }
    context.out.write(dump_json(list, JsonLayout::indented) + "\n");
    return groups.empty() ? static_cast<int>(exit_no_match) : static_cast<int>(exit_success);
  }
  Table table({Cell(options.by == "due" ? "MONTH" : "OWNER"), Cell("DUTIES"), Cell("R"), Cell("A"),
               Cell("TODO"), Cell("IN PROGRESS"), Cell("DONE"), Cell("DONE SHARE")},
              {}, {}, {7});  // the bar makes way on a narrow terminal
  for (const auto& [key, counts] : groups) {
    const std::size_t width = 20;
    const std::size_t filled = counts.total == 0 ? 0 : counts.statuses[2] * width / counts.total;
    std::string bar;
    for (std::size_t i = 0; i < width; ++i)
      bar += i < filled ? "\u2588" : "\u2591";
    table.add_row({Cell(key), Cell(std::to_string(counts.total)),
                   Cell(std::to_string(counts.letters[0])), Cell(std::to_string(counts.letters[1])),
                   Cell(std::to_string(counts.statuses[0])),
                   Cell(std::to_string(counts.statuses[1])),
                   Cell(std::to_string(counts.statuses[2])), Cell(bar)});
  }
  if (!groups.empty()) context.out.write(table.render(context.layout()));
  return groups.empty() ? static_cast<int>(exit_no_match) : static_cast<int>(exit_success);
}

}  // namespace

Action add_owners(CLI::App& command) {
  auto options = std::make_shared<OwnersOptions>();
  command.require_subcommand(1);
  CLI::App* init_command = command.add_subcommand(
      "init", "Write a starter owners file: every duty (R or A) of a party, owner empty");
  init_command->add_option("--party,-p", options->party, "Whose duties (default: client)")
      ->type_name("PARTY");
  add_output_options(*init_command, options->output);
  CLI::App* check_command = command.add_subcommand(
      "check", "Every duty has an owner and every assignment still fits the matrix");
  check_command
      ->add_option("--since", options->since,
                   "The matrix the owners file was written against (a data file, or - for the "
                   "built-in one): an assignment of a gone activity names the activity that "
                   "probably replaces it, as 'raci diff' pairs them")
      ->type_name("FILE")
      ->check(not_empty());
  CLI::App* stats_command =
      command.add_subcommand("stats", "Duties per owner (or per due month) by letter and status");
  stats_command->add_option("--by", options->by, "owner (default) or due")->type_name("GROUP");
  for (CLI::App* sub : {init_command, check_command, stats_command})
    sub->fallthrough();
  command.footer(
      "The owners file (--owners FILE or RACI_OWNERS; see docs/owners.md) gives each duty of\n"
      "one party to a team: per activity or section, per letter, with a status and a due date.\n"
      "'check' exits 0 when every duty (R or A) has an owner, 1 with findings, 2 on error.\n"
      "\n"
      "Examples:\n"
      "  raci owners init --party client --output owners.yaml\n"
      "  raci --owners owners.yaml owners check\n"
      "  raci --data provider-2026.yaml --owners owners.yaml owners check --since "
      "provider-2025.yaml\n"
      "  raci --owners owners.yaml owners stats --by due");
  return [options, init_command, check_command](Context& context) {
    if (init_command->parsed()) return init(context, *options);
    if (check_command->parsed()) return check(context, *options);
    return stats(context, *options);
  };
}

}  // namespace raci::cli
