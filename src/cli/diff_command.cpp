// raci diff: what changed between two matrices, for everyone or for one party.
#include <fmt/format.h>

#include <memory>

#include "commands.hpp"
#include "raci/analysis/diff.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/diff_report.hpp"
#include "raci/render/json.hpp"
#include "raci/util/error.hpp"
#include "raci/util/exit_status.hpp"

namespace raci::cli {
namespace {

struct DiffOptions {
  std::string old_file;
  std::string new_file;
  std::string party;
  std::string role;
  bool stat = false;
  std::string explain;
};

Matrix load_operand(const std::string& operand) {
  return operand == "-" ? load_builtin_matrix() : load_matrix_file(operand);
}

std::string dump(const Json& value) {
  return dump_json(value, JsonLayout::indented) + "\n";
}

std::optional<Role> role_option(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const RoleLetters read =
      read_role_letters(text, RoleSet::any_letter(), LetterCase::any, Repeats::refused);
  if (!read.ok() || text.size() != 1) {
    throw UsageError(fmt::format("--role takes one letter, such as R, A, C or I, not '{}'", text));
  }
  return role_from_letter(read.roles.letters()[0]);
}

int status(bool changed) {
  return changed ? static_cast<int>(exit_no_match) : static_cast<int>(exit_success);
}

}  // namespace

Action add_diff(CLI::App& command) {
  auto options = std::make_shared<DiffOptions>();
  command
      .add_option("old", options->old_file,
                  "The old matrix: a data file, or - for the built-in one")
      ->type_name("FILE")
      ->required();
  command
      .add_option("new", options->new_file,
                  "The new matrix: a data file, or - for the built-in one")
      ->type_name("FILE")
      ->required();
  command
      .add_option("--party,-p", options->party,
                  "Only the changes to this party's duties (id, name or alias): new duties, "
                  "duties gone, changed duties")
      ->type_name("PARTY");
  command
      .add_option("--role,-r", options->role,
                  "With --party: only the changes that involve this role letter")
      ->type_name("LETTER");
  command.add_flag("--stat", options->stat, "Counts only");
  command
      .add_option("--explain", options->explain,
                  "Why this activity (an id of either matrix) was paired, or not, with its "
                  "candidates and their scores")
      ->type_name("ID");
  command.footer(
      "Activities pair up as a text diff aligns lines: the same id, or a text found once on\n"
      "each side, then similar texts in document order; a row pairs across sections only\n"
      "when its text is clearly the same (moved). Exit 0 when nothing changed, 1 with changes\n"
      "(with --party: changes to that party's duties), 2 on error.\n"
      "\n"
      "Examples:\n"
      "  raci diff - new.yaml                 from the built-in matrix to new.yaml\n"
      "  raci diff old.yaml new.yaml --party client -o markdown   a review for the client\n"
      "  raci diff old.yaml new.yaml --stat\n"
      "  raci diff old.yaml new.yaml --explain backup-capacity\n"
      "  raci diff old.yaml new.yaml -o json | jq '.changed[].roles'");
  return [options](Context& context) {
    const Format format = context.format;
    const std::optional<Role> role = role_option(options->role);
    if (role && options->party.empty()) throw UsageError("--role needs --party");
    const Matrix before = load_operand(options->old_file);
    const Matrix after = load_operand(options->new_file);
    if (const RoleSet known = before.roles() | after.roles(); role && !known.contains(*role)) {
      throw UsageError(fmt::format("neither legend has role '{}' (use {})", role_letter(*role),
                                   list_letters(known, "or")));
    }
    const MatrixDiff diff = diff_matrices(before, after);
    if (!options->explain.empty()) {
      const auto explanation = explain_pairing(before, after, diff, options->explain);
      if (!explanation) {
        throw UsageError(fmt::format("no activity '{}' in either matrix", options->explain));
      }
      context.out.write(explanation_text(before, after, *explanation));
      return static_cast<int>(exit_success);
    }
    if (!options->party.empty()) {
      const PartyDuties duties = party_duties(before, after, diff, options->party, role);
      if (format == Format::json) {
        context.out.write(dump(party_duties_json(before, after, duties, role)));
      } else if (format == Format::markdown) {
        context.out.write(party_duties_markdown(before, after, duties, role));
      } else {
        context.out.write(party_duties_text(before, after, duties, role));
      }
      return status(!duties.empty());
    }
    if (options->stat) {
      context.out.write(format == Format::json ? dump(diff_summary_json(diff))
                                               : diff_stat_text(diff));
    } else if (format == Format::json) {
      write_diff_json(context.out.sink(), before, after, diff);
    } else if (format == Format::markdown) {
      context.out.write(diff_markdown(before, after, diff));
    } else {
      context.out.write(diff_text(before, after, diff, context.layout()));
    }
    return status(!diff.empty());
  };
}

}  // namespace raci::cli
