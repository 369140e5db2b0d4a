// A line-based reader for RACI documents written as Markdown tables. A real Markdown parser
// (md4c, cmark-gfm) would not do: real documents split a table with blank lines, and to a
// parser the rows after the gap are a paragraph, not table rows.
#include "raci/import/markdown_import.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>  // the front matter

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "import/markdown_text.hpp"
#include "raci/load/loader.hpp"
#include "raci/model/builder.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

using detail::RawCell;

constexpr long long max_footnote = 2147483647;

struct DraftActivity {
  std::string text;
  std::vector<std::string> roles;  // by party index; "" for none
  std::vector<long long> footnotes;
  std::string note;
  std::uint32_t line = 0;
};

struct DraftSection {
  std::string title;
  std::string description;
  int level = 0;
  std::size_t parent = static_cast<std::size_t>(-1);
  std::vector<std::size_t> children;
  std::vector<DraftActivity> activities;
  bool legend = false;     // holds the legend table, not activities
  bool has_table = false;  // a paragraph after the first table is no description
  std::uint32_t line = 0;
  std::string id;
};

struct DraftParty {
  std::string name;
  std::vector<std::string> aliases;
};

constexpr std::size_t none = static_cast<std::size_t>(-1);

// "Client Role", "Rôle Client", "**Client**" → "Client".
std::string party_name(std::string_view header) {
  static const std::set<std::string> role_words{"role", "rolle", "rol", "ruolo", "papel"};
  const std::string plain = detail::strip_markup(header);
  std::istringstream words(plain);
  std::string out;
  for (std::string word; words >> word;) {
    if (role_words.contains(fold(word))) continue;
    out += out.empty() ? word : " " + word;
  }
  return out.empty() ? plain : out;
}

bool is_legend_header(const std::vector<RawCell>& cells) {
  static const std::set<std::string> role_words{"role",  "roles", "rolle", "rollen", "rol",
                                                "ruolo", "ruoli", "papel", "papeis"};
  static const std::set<std::string> description_words{"description", "beschreibung", "descripcion",
                                                       "descrizione", "descricao",    "meaning"};
  if (cells.size() < 2) return false;
  const std::string first = fold(detail::strip_markup(cells[0].text));
  const std::string second = fold(detail::strip_markup(cells[1].text));
  return role_words.contains(first) && description_words.contains(second);
}

// The letter of a legend row's first cell, "(R) Executes" → 'R' and "Executes", or 0.
char legend_letter(std::string_view cell, std::string& name) {
  name = detail::strip_markup(cell);
  if (name.size() >= 3 && name[0] == '(' && name[2] == ')' &&
      std::isalpha(static_cast<unsigned char>(name[1]))) {
    const char letter = static_cast<char>(std::toupper(static_cast<unsigned char>(name[1])));
    name = std::string(trim(name.substr(3)));
    return letter;
  }
  return 0;
}

// Rows read before a table's kind is decided: enough to see its shape, few enough that a
// huge table is not held whole.
constexpr std::size_t rows_to_decide = 16;

class Importer {
 public:
  Importer(std::string_view markdown, std::string fallback_title, const ImportOptions& options)
      : title_(std::move(fallback_title)),
        mark_letter_(std::string(1, role_letter(options.mark_role))),
        role_words_(detail::usual_role_words()) {
    std::size_t start = 0;
    while (start <= markdown.size()) {
      const std::size_t end = markdown.find('\n', start);
      const std::size_t stop = end == std::string_view::npos ? markdown.size() : end;
      lines_.push_back(markdown.substr(start, stop - start));
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
  }

  ImportResult run() {
    std::size_t i = read_front_matter();
    choose_title(i);
    for (; i < lines_.size(); ++i)
      read_line(i);
    close_table();
    flush_paragraph();
    if (parties_.empty()) {
      throw DataError("", {},
                      "no RACI table found (a table whose first column is the activity and the "
                      "others the parties)");
    }
    check_footnotes();
    ImportResult result{build_checked(), std::move(diagnostics_)};
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const ImportDiagnostic& a, const ImportDiagnostic& b) {
                       return a.location.line < b.location.line;
                     });
    return result;
  }

 private:
  static std::uint32_t number(std::size_t index) { return static_cast<std::uint32_t>(index + 1); }

  void note(std::size_t index, std::string message, std::uint32_t column = 1) {
    diagnostics_.push_back({{number(index), column}, std::move(message)});
  }

  std::size_t read_front_matter() {
    if (lines_.empty() || trim(lines_[0]) != "---") return 0;
    for (std::size_t i = 1; i < lines_.size(); ++i) {
      if (trim(lines_[i]) != "---") continue;
      std::string yaml;
      for (std::size_t j = 1; j < i; ++j)
        yaml += std::string(lines_[j]) + "\n";
      try {
        const YAML::Node front = YAML::Load(yaml);
        if (front.IsMap() && front["title"] && front["title"].IsScalar()) {
          front_title_ = front["title"].as<std::string>();
        }
        if (front.IsMap() && front["provider"] && front["provider"].IsScalar()) {
          provider_ = front["provider"].as<std::string>();
        }
      } catch (const YAML::Exception& e) {
        note(0, fmt::format("front matter is not valid YAML ({}): ignored", e.msg));
      }
      return i + 1;
    }
    note(0, "front matter has no closing '---': read as text");
    return 0;
  }

  static int heading_level(std::string_view line) {
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#')
      ++hashes;
    if (hashes == 0 || hashes > 6 || hashes == line.size() || line[hashes] != ' ') return 0;
    return static_cast<int>(hashes);
  }

  // A lone level-1 heading before any other is the document's title, not a section.
  void choose_title(std::size_t first) {
    std::size_t level_one = 0;
    std::size_t first_heading = none;
    for (std::size_t i = first; i < lines_.size(); ++i) {
      const int level = heading_level(lines_[i]);
      if (level == 0) continue;
      if (first_heading == none) first_heading = i;
      if (level == 1) ++level_one;
    }
    if (level_one == 1 && first_heading != none && heading_level(lines_[first_heading]) == 1) {
      title_line_ = first_heading;
      if (front_title_.empty()) {
        front_title_ = detail::strip_markup(lines_[first_heading].substr(2));
      }
    }
    if (!front_title_.empty()) title_ = front_title_;
  }

  void read_line(std::size_t i) {
    const std::string_view line = lines_[i];
    const std::string_view text = trim(line);
    if (text.empty()) {
      flush_paragraph();
      return;  // a table goes on after a blank line
    }
    if (const int level = heading_level(text); level > 0) {
      flush_paragraph();
      close_table();
      table_ = Table{};
      if (i != title_line_) open_section(i, level, text.substr(static_cast<std::size_t>(level)));
      return;
    }
    if (text.starts_with('|')) {
      flush_paragraph();
      read_row(i, detail::split_row(line));
      return;
    }
    if (is_thematic_break(text)) {
      flush_paragraph();  // a rule between parts of the document holds no text
      return;
    }
    // "*(2) …*" on the line after "*(1) …*" is the next footnote, not more of the first.
    if (starts_footnote(text)) flush_paragraph();
    if (paragraph_.empty()) paragraph_start_ = i;
    paragraph_ += std::string(text) + "\n";
  }

  // "---", "***", "___" (three or more, spaces between allowed).
  static bool is_thematic_break(std::string_view text) {
    const char c = text[0];
    if (c != '-' && c != '*' && c != '_') return false;
    std::size_t count = 0;
    for (char k : text) {
      if (k == c) {
        ++count;
      } else if (k != ' ' && k != '\t') {
        return false;
      }
    }
    return count >= 3;
  }

  static bool starts_footnote(std::string_view text) {
    while (!text.empty() && (text.front() == '*' || text.front() == '_'))
      text.remove_prefix(1);
    if (text.empty() || text.front() != '(') return false;
    std::size_t digits = 1;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])))
      ++digits;
    return digits > 1 && digits <= 11 && digits < text.size() && text[digits] == ')';
  }

  void open_section(std::size_t i, int level, std::string_view title) {
    DraftSection section;
    section.title = detail::strip_markup(title);
    section.level = level;
    section.line = number(i);
    for (std::size_t s = current_; s != none; s = sections_[s].parent) {
      if (sections_[s].level < level) {
        section.parent = s;
        break;
      }
    }
    current_ = sections_.size();
    if (section.parent != none) sections_[section.parent].children.push_back(current_);
    sections_.push_back(std::move(section));
  }

  enum class Kind { undecided, raci, legend, skipped };

  struct Table {
    bool open = false;
    Kind kind = Kind::undecided;
    std::size_t columns = 0;  // party columns
    std::vector<std::string> headers;
    std::vector<RawCell> header_cells;
    std::size_t line = 0;
    struct Row {
      std::size_t line;
      std::vector<RawCell> cells;
    };
    std::vector<Row> pending;  // rows before the kind is decided
  };

  void read_row(std::size_t i, const std::vector<RawCell>& cells) {
    const bool header = i + 1 < lines_.size() && trim(lines_[i + 1]).starts_with('|') &&
                        detail::is_separator(detail::split_row(lines_[i + 1]));
    if (cells.empty()) {
      note(i, "table row without cells: not imported");
      return;
    }
    if (detail::is_separator(cells)) return;  // consumed with its header
    if (header) {
      open_table(i, cells);
      return;
    }
    if (!table_.open) {
      note(i, "table row without a header row: not imported");
      return;
    }
    switch (table_.kind) {
      case Kind::undecided:
        table_.pending.push_back({i, cells});
        if (table_.pending.size() >= rows_to_decide) decide_table();
        break;
      case Kind::legend:
        read_legend_row(i, cells);
        break;
      case Kind::raci:
        read_activity_row(i, cells);
        break;
      case Kind::skipped:
        break;  // said once for the whole table
    }
  }

  void open_table(std::size_t i, const std::vector<RawCell>& cells) {
    close_table();
    table_ = Table{};
    table_.open = true;
    table_.line = i;
    if (is_legend_header(cells)) {
      start_legend();
      return;
    }
    if (cells.size() < 2) {
      note(i, "table has no party column: its rows are not imported");
      table_.open = false;
      return;
    }
    table_.header_cells = cells;
    for (std::size_t c = 1; c < cells.size(); ++c) {
      std::string name = party_name(cells[c].text);
      if (name.empty()) name = fmt::format("Party {}", c);
      table_.headers.push_back(name);
    }
    table_.columns = cells.size() - 1;
  }

  void start_legend() {
    table_.kind = Kind::legend;
    if (current_ != none) sections_[current_].legend = true;
  }

  // A table whose kind is still open is decided on the rows it has.
  void close_table() {
    if (table_.open && table_.kind == Kind::undecided) decide_table();
  }

  // What a role cell holds: letters, a checkmark, the column's own party name, or nothing.
  enum class CellKind { letters, checkmark, party_name, other };

  CellKind cell_kind(std::string_view cell, std::size_t column, std::string& letters) const {
    std::string marker;
    if (const std::optional<std::string> read =
            detail::parse_role_cell(cell, marker, role_words_)) {
      letters = *read;
      return CellKind::letters;
    }
    letters = mark_letter_;
    if (detail::is_checkmark(cell)) return CellKind::checkmark;
    if (names_column_party(cell, column)) return CellKind::party_name;
    return CellKind::other;
  }

  // Whether a cell holds the name of its own column's party ("Kunde" under "Kunde").
  bool names_column_party(std::string_view cell, std::size_t column) const {
    const std::string wanted = fold(detail::strip_markup(cell));
    if (wanted.empty()) return false;
    if (column < table_.headers.size() && fold(table_.headers[column]) == wanted) return true;
    if (column >= parties_.size()) return false;
    const DraftParty& party = parties_[column];
    return fold(party.name) == wanted ||
           std::any_of(party.aliases.begin(), party.aliases.end(),
                       [&](const std::string& alias) { return fold(alias) == wanted; });
  }

  // The shape decides: rows whose first cell is "(R) Name" are a legend; a table where most
  // filled cells outside the first column are role cells is a RACI table; any other table
  // (dates, prices, a glossary) is skipped, with one diagnostic.
  void decide_table() {
    std::vector<Table::Row> rows = std::move(table_.pending);
    table_.pending.clear();
    std::string name;
    const bool legend_shaped =
        !rows.empty() && std::all_of(rows.begin(), rows.end(), [&](const Table::Row& row) {
          return row.cells.size() >= 2 && legend_letter(row.cells[0].text, name) != 0;
        });
    if (legend_shaped) {
      start_legend();
      for (const Table::Row& row : rows)
        read_legend_row(row.line, row.cells);
      return;
    }
    std::size_t filled = 0;
    std::size_t roles = 0;
    for (const Table::Row& row : rows) {
      for (std::size_t c = 1; c < row.cells.size() && c <= table_.columns; ++c) {
        if (trim(row.cells[c].text).empty()) continue;
        ++filled;
        std::string letters;
        if (cell_kind(row.cells[c].text, c - 1, letters) != CellKind::other) ++roles;
      }
    }
    if (filled == 0 || roles * 2 <= filled) {
      table_.kind = Kind::skipped;
      note(table_.line,
           filled == 0
               ? std::string("table has no role cells: not a RACI table, its rows are not imported")
               : fmt::format("table is not a RACI table ({} of {} filled cells outside the first "
                             "column are roles): its rows are not imported",
                             roles, filled));
      return;
    }
    table_.kind = Kind::raci;
    register_parties();
    for (const Table::Row& row : rows)
      read_activity_row(row.line, row.cells);
  }

  void register_parties() {
    const std::vector<RawCell>& cells = table_.header_cells;
    const std::size_t i = table_.line;
    for (std::size_t c = 1; c < cells.size(); ++c) {
      std::string name = table_.headers[c - 1];
      if (c - 1 >= parties_.size()) {
        if (tables_ > 0) {
          note(i, fmt::format("column '{}' adds a party not in the tables above", name),
               cells[c].column);
        }
        // Two columns of one name would be two parties nobody can tell apart.
        if (party_named(name)) name = fmt::format("{} (column {})", name, c + 1);
        parties_.push_back({name, {}});
        continue;
      }
      DraftParty& party = parties_[c - 1];
      // Another name for the same column is an alias, unless another party goes by it.
      if (!party_named(name)) party.aliases.push_back(name);
    }
    ++tables_;
  }

  // Whether some party goes by `name` (as its name or an alias), ignoring case and accents.
  bool party_named(const std::string& name) const {
    const std::string wanted = fold(name);
    const auto same = [&](const std::string& other) { return fold(other) == wanted; };
    return std::any_of(parties_.begin(), parties_.end(), [&](const DraftParty& p) {
      return same(p.name) || std::any_of(p.aliases.begin(), p.aliases.end(), same);
    });
  }

  void read_legend_row(std::size_t i, const std::vector<RawCell>& cells) {
    if (cells.size() < 2) {
      note(i, "legend row has no description: not imported");
      return;
    }
    std::string name;
    char letter = legend_letter(cells[0].text, name);
    if (letter == 0 && !name.empty()) {
      letter = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    }
    const std::optional<Role> role = role_from_letter(letter);
    if (!role || name.empty()) {
      note(i, fmt::format("legend row '{}' names no role R, A, C or I: not imported", name));
      return;
    }
    const std::string description = detail::strip_markup(cells[1].text);
    if (description.empty()) {
      note(i, fmt::format("legend row '{}' has no description: not imported", name));
      return;
    }
    legend_[static_cast<std::size_t>(*role)] = {name, description};
    // The document's own word for the letter reads as the letter in its tables.
    if (name.find(' ') == std::string::npos) role_words_[fold(name)] = std::string(1, letter);
  }

  void read_activity_row(std::size_t i, const std::vector<RawCell>& cells) {
    if (current_ == none) open_section(i, 1, title_);  // a table before any heading
    const std::size_t expected = table_.columns + 1;
    for (std::size_t c = expected; c < cells.size(); ++c) {
      if (!trim(cells[c].text).empty()) {
        note(i, fmt::format("row has {} cells, expected {}: not imported", cells.size(), expected));
        return;
      }
    }
    DraftActivity activity;
    activity.line = number(i);
    activity.text =
        detail::strip_markup(detail::take_footnote_markers(cells[0].text, activity.footnotes));
    if (activity.text.empty()) {
      note(i, "row has no activity text: not imported");
      return;
    }
    activity.roles.assign(parties_.size(), "");
    std::vector<std::string> markers;
    std::vector<ImportDiagnostic> marks;
    bool checkmark = false;
    for (std::size_t c = 1; c < expected; ++c) {
      const std::string cell = c < cells.size() ? cells[c].text : "";
      const std::uint32_t column = c < cells.size() ? cells[c].column : 1;
      const std::string& header = table_.headers[c - 1];
      std::string marker;
      std::string letters;
      switch (cell_kind(cell, c - 1, letters)) {
        case CellKind::letters:
          detail::parse_role_cell(cell, marker, role_words_);
          break;
        case CellKind::checkmark:
          if (!checkmark_said_ && !checkmark) {
            checkmark = true;
            marks.push_back({{number(i), column},
                             fmt::format("checkmark '{}' under '{}' read as role {} "
                                         "(--mark-role); so is every checkmark of the document",
                                         std::string(trim(cell)), header, mark_letter_)});
          }
          break;
        case CellKind::party_name:
          marks.push_back({{number(i), column},
                           fmt::format("cell '{}' under '{}' names the party instead of its "
                                       "role: read as role {} (--mark-role)",
                                       std::string(trim(cell)), header, mark_letter_)});
          break;
        case CellKind::other:
          note(i,
               fmt::format("cell '{}' under '{}' is not role letters (R, A, C, I, each once): "
                           "row not imported",
                           std::string(trim(cell)), header),
               column);
          return;
      }
      activity.roles[c - 1] = letters;
      if (!marker.empty()) {
        markers.push_back(fmt::format("{} cell marked '{}' in the source", header, marker));
      }
    }
    diagnostics_.insert(diagnostics_.end(), marks.begin(), marks.end());
    checkmark_said_ = checkmark_said_ || checkmark;
    for (const std::string& m : markers)
      activity.note += (activity.note.empty() ? "" : "; ") + m;
    sections_[current_].activities.push_back(std::move(activity));
    sections_[current_].has_table = true;
  }

  void flush_paragraph() {
    if (paragraph_.empty()) return;
    const std::string text = detail::strip_markup(paragraph_);
    const std::size_t line = paragraph_start_;
    paragraph_.clear();
    // A footnote: "*(N) text…*" (the markup is gone by now), possibly over several lines.
    if (text.size() > 3 && text[0] == '(') {
      const std::size_t close = text.find(')');
      const std::string digits = text.substr(1, close == std::string::npos ? 0 : close - 1);
      if (!digits.empty() && digits.size() <= 10 &&
          std::all_of(digits.begin(), digits.end(),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        add_footnote(line, std::stoll(digits), std::string(trim(text.substr(close + 1))));
        return;
      }
    }
    if (current_ == none) {
      description_ += (description_.empty() ? "" : " ") + text;
    } else if (!sections_[current_].has_table && !table_.open) {
      std::string& description = sections_[current_].description;
      description += (description.empty() ? "" : " ") + text;
    } else {
      const std::string shown = text.size() > 60 ? text.substr(0, 57) + "..." : text;
      note(line, fmt::format("paragraph not imported: '{}'", shown));
    }
  }

  void add_footnote(std::size_t line, long long n, std::string text) {
    if (n < 1 || n > max_footnote) {
      note(line, fmt::format("footnote number {} is out of range: not imported", n));
    } else if (footnotes_.contains(n)) {
      note(line, fmt::format("footnote {} is defined twice: the first is kept", n));
    } else if (text.empty()) {
      note(line, fmt::format("footnote {} has no text: not imported", n));
    } else {
      footnotes_.emplace(n, std::move(text));
    }
  }

  void check_footnotes() {
    for (DraftSection& section : sections_) {
      for (DraftActivity& activity : section.activities) {
        std::vector<long long> kept;
        for (long long n : activity.footnotes) {
          if (!footnotes_.contains(n)) {
            diagnostics_.push_back(
                {{activity.line, 1},
                 fmt::format("footnote {} is not defined: reference dropped", n)});
          } else if (std::find(kept.begin(), kept.end(), n) == kept.end()) {
            kept.push_back(n);
          }
        }
        activity.footnotes = std::move(kept);
      }
    }
  }

  bool has_activities(std::size_t s) const {
    if (!sections_[s].activities.empty()) return true;
    return std::any_of(sections_[s].children.begin(), sections_[s].children.end(),
                       [&](std::size_t c) { return has_activities(c); });
  }

  std::string unique(std::string base, std::set<std::string>& used, const std::string& fallback) {
    if (base.empty()) base = fallback;
    std::string id = base;
    for (int n = 2; used.contains(id); ++n)
      id = fmt::format("{}-{}", base, n);
    used.insert(id);
    return id;
  }

  void build_section(MatrixBuilder& builder, std::size_t s, std::size_t parent) {
    DraftSection& section = sections_[s];
    const Location where{section.line, 1};
    const std::size_t index = builder.add_section(parent, where);
    builder.set_section_id(
        index, unique(detail::slug(section.title, 5, false), section_ids_, "section"), where);
    builder.set_section_title(index, section.title, where);
    if (!section.description.empty()) builder.set_section_description(index, section.description);
    for (const DraftActivity& a : section.activities) {
      const Location row{a.line, 1};
      const std::size_t activity = builder.add_activity(index, row);
      builder.set_activity_id(activity,
                              unique(detail::slug(a.text, 4, true), activity_ids_,
                                     fmt::format("activity-{}", activity_ids_.size() + 1)),
                              row);
      builder.set_activity_text(activity, a.text, row);
      if (!a.note.empty()) builder.set_activity_note(activity, a.note, row);
      for (std::size_t p = 0; p < a.roles.size(); ++p) {
        if (a.roles[p].empty()) continue;
        builder.set_roles(activity, party_ids_[p],
                          read_role_letters(a.roles[p], LetterCase::upper, Repeats::refused).roles,
                          row);
      }
      for (long long n : a.footnotes)
        builder.add_citation(activity, static_cast<int>(n), row);
    }
    for (std::size_t c : section.children) {
      if (!sections_[c].legend && has_activities(c)) build_section(builder, c, index);
    }
  }

  // Whatever the document holds, what the importer hands the builder obeys its rules: a
  // refusal here is a bug of the importer, not bad input, and the fuzzer treats it so.
  Matrix build_checked() {
    try {
      return build();
    } catch (const DataError& e) {
      throw std::logic_error(fmt::format("the importer built an invalid matrix: {}", e.what()));
    }
  }

  Matrix build() {
    static const std::array<std::pair<const char*, const char*>, 4> defaults{{
        {"Responsible", "Responsible for executing the process"},
        {"Accountable", "Approves the completion of the process"},
        {"Consulted", "Consulted during the process"},
        {"Informed", "Informed of the process results"},
    }};
    std::vector<char> missing;
    for (std::size_t r = 0; r < 4; ++r) {
      if (legend_[r].first.empty()) {
        legend_[r] = {defaults[r].first, defaults[r].second};
        missing.push_back(role_letter(all_roles[r]));
      }
    }
    if (!missing.empty()) {
      diagnostics_.push_back({{1, 1},
                              fmt::format("the legend does not define {}: the usual "
                                          "meaning is used",
                                          fmt::join(missing, ", "))});
    }
    for (const DraftSection& section : sections_) {
      if (!section.legend &&
          !has_activities(static_cast<std::size_t>(&section - sections_.data()))) {
        diagnostics_.push_back(
            {{section.line, 1},
             fmt::format("heading '{}' has no activities: not imported as a section",
                         section.title)});
      }
    }

    MatrixBuilder builder("");
    builder.set_title(is_blank(title_) ? "Imported matrix" : title_);
    if (!is_blank(provider_)) builder.set_provider(provider_);
    if (!is_blank(description_)) builder.set_description(description_);
    for (Role role : all_roles) {
      const auto r = static_cast<std::size_t>(role);
      builder.set_role_name(role, legend_[r].first);
      builder.set_role_description(role, legend_[r].second);
    }
    builder.end_legend();
    for (DraftParty& party : parties_) {
      // Every id, name and alias must stand for one party only (the builder checks it).
      std::string base = detail::slug(party.name, 5, false);
      if (base.empty()) base = "party";
      std::string id = base;
      for (int n = 2; party_words_.contains(fold(id)); ++n)
        id = fmt::format("{}-{}", base, n);
      party_words_.insert(fold(id));
      if (fold(id) != fold(party.name)) {
        for (int n = 2; party_words_.contains(fold(party.name)); ++n) {
          party.name = fmt::format("{} ({})", party.name, n);
        }
        party_words_.insert(fold(party.name));
      }
      std::erase_if(party.aliases, [&](const std::string& alias) {
        return !party_words_.insert(fold(alias)).second;
      });
      party_ids_.push_back(id);
      const std::size_t index = builder.add_party();
      builder.set_party_id(index, id);
      builder.set_party_name(index, party.name);
      for (const std::string& alias : party.aliases)
        builder.add_party_alias(index, alias);
    }
    builder.end_parties();
    for (const auto& [n, text] : footnotes_) {
      const std::size_t footnote = builder.add_footnote();
      builder.set_footnote_number(footnote, static_cast<int>(n));
      builder.set_footnote_text(footnote, text);
    }
    builder.end_footnotes();
    for (std::size_t s = 0; s < sections_.size(); ++s) {
      if (sections_[s].parent == none && !sections_[s].legend && has_activities(s))
        build_section(builder, s, no_section);
    }
    return builder.finish();
  }

  std::vector<std::string_view> lines_;
  std::string title_;
  std::string front_title_;
  std::string provider_;
  std::string description_;
  std::size_t title_line_ = none;
  std::vector<DraftSection> sections_;
  std::size_t current_ = none;
  std::vector<DraftParty> parties_;
  std::vector<std::string> party_ids_;
  std::array<std::pair<std::string, std::string>, 4> legend_;
  std::map<long long, std::string> footnotes_;
  Table table_;
  std::string mark_letter_;       // what a checkmark or a party's own name reads as
  detail::RoleWords role_words_;  // the usual words and the legend's
  bool checkmark_said_ = false;
  std::size_t tables_ = 0;  // RACI tables read so far
  std::string paragraph_;
  std::size_t paragraph_start_ = 0;
  std::set<std::string> section_ids_;
  std::set<std::string> party_words_;  // folded ids, names and aliases already given out
  std::set<std::string> activity_ids_;
  std::vector<ImportDiagnostic> diagnostics_;
};

}  // namespace

ImportResult import_markdown(std::string_view markdown, const std::string& fallback_title,
                             const ImportOptions& options) {
  // Invalid text would only surface later, in the YAML produced from it.
  check_encoding(markdown, "");
  return Importer(markdown, fallback_title, options).run();
}

}  // namespace raci
