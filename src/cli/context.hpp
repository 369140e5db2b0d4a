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
  std::string data_file;               // --data or RACI_DATA; empty for the built-in matrix
  bool data_from_environment = false;  // data_file is RACI_DATA's
  std::string owners_file;             // --owners or RACI_OWNERS
  std::string color = "auto";
  bool csv_raw = false;  // --csv-raw
  bool crlf = false;     // --crlf
  bool bom = false;      // --bom
  // -o, already checked against the chosen command's row of the command table.
  Format format = Format::table;
  Output out;

  const Matrix& matrix();
  // The owners file read against the matrix; UsageError when none was given.
  Owners owners(OwnersCheck check);
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
  std::optional<Matrix> matrix_;
  std::shared_ptr<WordStems> word_stems_;
};

// The values of --color.
std::vector<std::string> color_choices();

// A subcommand's action, run once the whole command line has been parsed; returns the exit
// status.
using Action = std::function<int(Context&)>;

}  // namespace raci::cli
