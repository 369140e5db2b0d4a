#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "output.hpp"
#include "raci/analysis/search.hpp"
#include "raci/model/matrix.hpp"
#include "raci/owners/owners.hpp"
#include "raci/render/format.hpp"

namespace raci::cli {

// Where a command writes: standard output when `file` is empty or "-", else the file, which
// is replaced only once complete (a read-only one only with --force).
struct OutputTarget {
  std::string file;
  bool force = false;
};

// What every command shares: the global options, the matrix (loaded on first use) and
// standard output.
class Context {
 public:
  std::string command;                     // the command's name, for messages
  std::vector<std::string> matrix_names;   // --matrix (or RACI_MATRIX): ids, "all"
  bool matrix_from_environment = false;    // matrix_names are RACI_MATRIX's
  std::vector<std::string> data_files;     // --data (or RACI_DATA), in the order given
  bool data_from_environment = false;      // data_files are RACI_DATA's
  std::string owners_file;                 // --owners or RACI_OWNERS
  std::string language;                    // --lang or RACI_LANG; empty: the locale's, or none
  bool language_from_environment = false;  // language is RACI_LANG's
  std::string color = "auto";
  bool csv_raw = false;  // --csv-raw
  bool crlf = false;     // --crlf
  bool bom = false;      // --bom
  // -o, already checked against the chosen command's row of the command table.
  Format format = Format::table;
  Output out;

  // The selected matrices' names, in order: --matrix's built-ins, then the --data files';
  // the default built-in matrix when neither is given. Loads nothing but checks the names.
  std::size_t matrix_count();
  // Whether the matrices were chosen by --matrix or RACI_MATRIX, or are several: then every
  // JSON, JSONL, CSV and TSV row carries its matrix's name.
  bool names_matrices();
  // The matrix a command works on: the current one inside for_each_matrix, else the one
  // selected (UsageError when several are, for commands that take one).
  const Matrix& matrix();
  // Runs `body` once per selected matrix, in order, making it the current one for matrix(),
  // word_stems() and the owners file.
  void for_each_matrix(const std::function<void(const Matrix&)>& body);
  // Narrows the selection to the matrix named `name` (a selected matrix's name, else any
  // built-in one): for MATRIX:ID. UsageError for an unknown name, with "did you mean".
  void focus_matrix(std::string_view name);
  // The built-in matrix's data file (data/…yaml) for the current matrix, or empty.
  std::string builtin_file();
  // The owners file read against the matrix; UsageError when none was given.
  Owners owners(OwnersCheck check);
  // The owners file read once (strictly), or nullptr when none was given.
  const Owners* given_owners();
  // What the renderers show of it, for activities of the context's matrix or of a matrix
  // cut down from it (found by id); nullptr when no owners file was given.
  const ActivityOwners* activity_owners();
  // The role letters the selected matrices' legends define, together (inside for_each_matrix,
  // every one of them; else the matrix's).
  RoleSet selected_roles();
  // The same letters in order: the first matrix's legend, then the letters each later one
  // adds, in its legend's order. The columns of several matrices' flat outputs.
  std::vector<Role> selected_legend();
  // The stems of the matrix's words for search: the built-in matrix's were made at build time.
  std::shared_ptr<WordStems> word_stems();
  Layout layout() const;
  CsvStyle csv_style() const {
    return {csv_raw ? CsvCells::raw : CsvCells::neutralised, crlf ? LineEnd::crlf : LineEnd::lf,
            bom ? Bom::utf8 : Bom::none};
  }
  // Writes `text` to standard output, or to the target's file (write_file_atomically).
  void deliver(const OutputTarget& target, const std::string& text);

 private:
  struct Selected {
    std::string builtin;  // a built-in matrix's id, or empty
    std::string file;     // else a data file
    std::optional<Matrix> matrix;
    std::shared_ptr<WordStems> word_stems;
  };
  std::vector<Selected>& selected();
  Matrix load(const Selected& which) const;
  Selected& current();

  std::vector<Selected> selected_;
  bool resolved_ = false;
  std::size_t current_ = 0;
  bool iterating_ = false;
  std::string shown_language_;  // the language every matrix is shown in, once chosen
  std::optional<Owners> owners_;
  std::optional<ActivityOwners> activity_owners_;
};

// The values of --color.
std::vector<std::string> color_choices();

// A subcommand's action, run once the whole command line has been parsed; returns the exit
// status.
using Action = std::function<int(Context&)>;

}  // namespace raci::cli
