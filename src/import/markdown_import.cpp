// A line-based reader for RACI documents written as Markdown tables. A real Markdown parser
// (md4c, cmark-gfm) would not do: real documents split a table with blank lines, and to a
// parser the rows after the gap are a paragraph, not table rows.
#include "raci/import/markdown_import.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>  // the front matter

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "import/default_legend.hpp"
#include "import/html_table.hpp"
#include "import/markdown_text.hpp"
#include "raci/load/loader.hpp"
#include "raci/model/builder.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci {
namespace {

using detail::RawCell;

constexpr long long max_footnote = 2147483647;

// The roles one column holds in one activity, kept until the parties are complete.
struct ColumnRoles {
  std::uint32_t activity;
  std::uint32_t party;
  RoleSet roles;
};

// A footnote marker of a row, kept until the footnotes are known.
struct Citation {
  std::size_t activity;
  long long number;
  std::uint32_t line;
};

// A paragraph of prose: before the section's first table its description, after one a note.
struct Paragraph {
  std::uint32_t line;
  std::string text;
  bool note;
};

struct DraftSection {
  std::string title;
  std::vector<Paragraph> paragraphs;  // until the section is built
  int level = 0;
  std::size_t parent = static_cast<std::size_t>(-1);
  std::size_t built = static_cast<std::size_t>(-1);  // its builder index, once it has rows
  bool legend = false;                               // holds the legend table
  std::uint32_t line = 0;
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

// The document's lines one at a time, split on line feeds; the last one may be empty.
class LineCursor {
 public:
  explicit LineCursor(std::string_view text) : text_(text) {}

  bool next(std::string_view& line) {
    if (pos_ > text_.size()) return false;
    const std::size_t end = text_.find('\n', pos_);
    const std::size_t stop = end == std::string_view::npos ? text_.size() : end;
    line = text_.substr(pos_, stop - pos_);
    pos_ = end == std::string_view::npos ? text_.size() + 1 : end + 1;
    return true;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

// Rows read before a table's kind is decided: enough to see its shape, few enough that a
// huge table is not held whole.
constexpr std::size_t rows_to_decide = 16;

class Importer {
 public:
  Importer(std::string_view markdown, std::string fallback_title, const ImportOptions& options)
      : title_(std::move(fallback_title)),
        mark_letter_(std::string(1, role_letter(options.mark_role))),
        options_(options),
        role_words_(detail::usual_role_words()) {
    markdown_ = markdown;
  }

  // The document is read line by line, each row going into the builder as it is read.
  // Whatever the document holds, what the importer hands the builder obeys its rules: a
  // refusal is a bug of the importer, not bad input, and the fuzzer treats it so.
  ImportResult run() {
    try {
      read_document();
    } catch (const DataError& e) {
      throw std::logic_error(fmt::format("the importer built an invalid matrix: {}", e.what()));
    }
    if (parties_.empty()) {
      const std::string message =
          "no RACI table found (a table whose first column is the activity and the others the "
          "parties, most of their cells role letters)";
      if (!closest_) throw DataError("", {}, message);
      throw DataError("", {closest_->line, 1},
                      fmt::format("{}; the closest, this table, was refused: {} of {} filled "
                                  "cells outside its first column are roles",
                                  message, closest_->roles, closest_->filled));
    }
    ImportResult result;
    try {
      result.matrix = finish();
    } catch (const DataError& e) {
      throw std::logic_error(fmt::format("the importer built an invalid matrix: {}", e.what()));
    }
    result.diagnostics = std::move(diagnostics_);
    result.tables = std::move(reports_);
    result.renumbered = std::move(renumbered_);
    result.foreign_legend = std::move(foreign_legend_);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const ImportDiagnostic& a, const ImportDiagnostic& b) {
                       return a.location.line < b.location.line;
                     });
    return result;
  }

 private:
  void read_document() {
    LineCursor cursor(markdown_);
    std::size_t i = read_front_matter(cursor);
    choose_title(cursor, i);
    std::string_view line;
    bool more = cursor.next(line);
    while (more) {
      std::string_view following;
      more = cursor.next(following);
      next_line_ = more ? std::optional<std::string_view>(following) : std::nullopt;
      read_line(i++, line);
      line = following;
    }
    end_legend_list();
    if (html_open_) read_html_table();  // a table never closed ends with the document
    close_table();
    flush_paragraph();
  }

  // A list of legend items is the legend when it names R, A, C and I, each once; any other
  // list is prose, read as such.
  void end_legend_list() {
    if (legend_list_.empty()) return;
    std::vector<ListedRole> items = std::move(legend_list_);
    legend_list_.clear();
    RoleSet named;
    bool once = true;
    for (const ListedRole& listed : items) {
      const Role role = *role_from_letter(listed.item.letter);
      once = once && !named.contains(role);
      named.insert(role);
    }
    if (!once || !named.contains_all(RoleSet::core())) {
      replaying_list_ = true;
      for (const ListedRole& listed : items)
        read_line(listed.line, listed.text);
      replaying_list_ = false;
      return;
    }
    flush_paragraph();
    close_table();
    table_ = Table{};
    ImportedTable& report = reports_.emplace_back();
    report.location = {number(items.front().line), 1};
    report.kind = ImportedTable::Kind::legend;
    if (current_ != none) sections_[current_].legend = true;
    for (const ListedRole& listed : items)
      define_role(listed.item.letter, listed.item.name, listed.item.description);
  }

  static std::uint32_t number(std::size_t index) { return static_cast<std::uint32_t>(index + 1); }

  void note(std::size_t index, std::string message, std::uint32_t column = 1) {
    diagnostics_.push_back({{number(index), column}, std::move(message)});
  }

  // Moves `cursor` past the front matter, if any; returns the number of lines it took.
  std::size_t read_front_matter(LineCursor& cursor) {
    LineCursor ahead = cursor;
    std::string_view line;
    if (!ahead.next(line) || trim(line) != "---") return 0;
    std::string yaml;
    for (std::size_t i = 1; ahead.next(line); ++i) {
      if (trim(line) != "---") {
        yaml += std::string(line) + "\n";
        continue;
      }
      cursor = ahead;
      try {
        const YAML::Node front = YAML::Load(yaml);
        if (front.IsMap() && front["title"] && front["title"].IsScalar()) {
          front_title_ = front["title"].as<std::string>();
        }
        if (front.IsMap() && front["provider"] && front["provider"].IsScalar()) {
          provider_ = front["provider"].as<std::string>();
        }
        if (front.IsMap() && front["source"] && front["source"].IsScalar()) {
          front_source_ = front["source"].as<std::string>();
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
  void choose_title(LineCursor ahead, std::size_t first) {
    std::size_t level_one = 0;
    std::size_t first_heading = none;
    std::string_view first_text;
    std::string_view line;
    for (std::size_t i = first; ahead.next(line); ++i) {
      const int level = heading_level(line);
      if (level == 0) continue;
      if (first_heading == none) {
        first_heading = i;
        first_text = line;
      }
      if (level == 1) ++level_one;
    }
    if (level_one == 1 && first_heading != none && heading_level(first_text) == 1) {
      title_line_ = first_heading;
      if (front_title_.empty()) front_title_ = detail::strip_markup(first_text.substr(2));
    }
    if (!front_title_.empty()) title_ = front_title_;
  }

  void read_line(std::size_t i, std::string_view line) {
    const std::string_view text = trim(line);
    // A list whose items are "S = Support: helps" may be the legend: held until it ends.
    if (!html_open_ && !replaying_list_) {
      if (std::optional<detail::LegendItem> item = detail::read_legend_item(text)) {
        legend_list_.push_back({i, std::string(line), std::move(*item)});
        return;
      }
      end_legend_list();
    }
    if (html_open_ || starts_html_table(text)) {
      read_html_line(i, line);
      return;
    }
    if (text.empty()) {
      flush_paragraph();
      return;  // a table goes on after a blank line
    }
    if (const int level = heading_level(text); level > 0) {
      flush_paragraph();
      close_table();
      table_ = Table{};
      const std::string_view title = text.substr(static_cast<std::size_t>(level));
      if (i != title_line_ && detail::strip_markup(title).empty()) {
        note(i, "heading without text: not a section, what follows stays in the section above");
      } else if (i != title_line_) {
        open_section(i, level, title);
      }
      return;
    }
    if (read_details(i, text)) return;
    if (text.starts_with('|') || is_bare_row(i, text)) {
      flush_paragraph();
      read_row(i, detail::split_row(line));
      last_row_ = i;
      return;
    }
    if (is_thematic_break(text)) {
      flush_paragraph();  // a rule between parts of the document holds no text
      return;
    }
    std::string_view prose = text;
    // An admonition, ":::warning[Title]" ... ":::": its title starts its first paragraph.
    if (prose.starts_with(":::")) {
      flush_paragraph();
      std::string_view title =
          trim(prose.substr(std::min(prose.find_first_not_of(':'), prose.size())));
      const std::size_t open = title.find('[');
      if (open != std::string_view::npos && title.ends_with(']')) {
        title = trim(title.substr(open + 1, title.size() - open - 2));
      } else {
        // ":::note Title": a word for the kind, then the title, if any.
        const std::size_t space = title.find(' ');
        title = space == std::string_view::npos ? std::string_view() : trim(title.substr(space));
      }
      if (title.empty()) return;
      paragraph_start_ = i;
      paragraph_ = std::string(title);
      const char last = paragraph_.back();
      if (last != '.' && last != ':' && last != '!' && last != '?') paragraph_ += ':';
      paragraph_ += '\n';
      return;
    }
    // A blockquote's text is prose like any other; a lone ">" parts its paragraphs.
    if (prose.starts_with('>')) {
      prose = trim(prose.substr(1));
      if (prose.empty()) {
        flush_paragraph();
        return;
      }
    }
    // "*(2) …*" on the line after "*(1) …*" is the next footnote, not more of the first.
    if (starts_footnote(prose)) flush_paragraph();
    if (paragraph_.empty()) paragraph_start_ = i;
    paragraph_ += prose;
    paragraph_ += '\n';
  }

  static bool starts_html_table(std::string_view text) {
    if (text.size() < 6 || text[0] != '<') return false;
    const std::string tag = fold(text.substr(1, 5));
    return tag == "table" && (text.size() == 6 || text[6] == '>' || text[6] == ' ');
  }

  // Counts `tag` ("<table", "</table") in `line`, in any case.
  static long count_tag(std::string_view line, std::string_view tag) {
    long count = 0;
    for (std::size_t at = line.find('<'); at != std::string_view::npos;
         at = line.find('<', at + 1)) {
      if (line.size() - at < tag.size()) break;
      bool same = true;
      for (std::size_t k = 0; k < tag.size() && same; ++k)
        same = std::tolower(static_cast<unsigned char>(line[at + k])) == tag[k];
      if (same) ++count;
    }
    return count;
  }

  // A raw HTML table is gathered whole, line by line until its (outermost) </table>, then
  // read with the HTML parser; its rows go through the same rules as a Markdown table's.
  void read_html_line(std::size_t i, std::string_view line) {
    if (!html_open_) {
      flush_paragraph();
      html_open_ = true;
      html_start_ = i;
      html_depth_ = 0;
      html_tags_ = 0;
    }
    html_ += line;
    html_ += '\n';
    html_tags_ += static_cast<std::size_t>(std::count(line.begin(), line.end(), '<'));
    html_depth_ += count_tag(line, "<table") - count_tag(line, "</table");
    if (html_depth_ <= 0) read_html_table();
  }

  void read_html_table() {
    html_open_ = false;
    const std::string html = std::move(html_);
    html_.clear();
    if (html_tags_ > detail::max_html_tags) {
      note(html_start_,
           fmt::format("HTML table with more than {} tags: not imported", detail::max_html_tags));
      return;
    }
    const std::vector<detail::HtmlRow> rows = detail::read_html_table(html, number(html_start_));
    if (rows.empty() || rows.front().cells.empty()) {
      note(html_start_, "HTML table without a header row: not imported");
      return;
    }
    open_table(rows.front().line - 1, rows.front().cells);
    for (std::size_t r = 1; r < rows.size(); ++r) {
      const std::size_t at = rows[r].line - 1;
      if (rows[r].cells.empty()) {
        note(at, "table row without cells: not imported");
      } else if (table_.open) {
        table_row(at, rows[r].cells);
      }
    }
    close_table();
    last_row_ = none;  // Markdown rows after it are no rows of it
  }

  // A line with pipes but none at its start is a row when it heads a table (a separator
  // follows) or goes on, line after line, a table already open: "a | b", "--- | ---".
  bool is_bare_row(std::size_t i, std::string_view text) const {
    if (text.find('|') == std::string_view::npos || detail::split_row(text).size() < 2)
      return false;
    if (next_is_separator()) return true;
    return table_.open && last_row_ != none && last_row_ + 1 == i;
  }

  bool next_is_separator() const {
    if (!next_line_ || trim(*next_line_).find('|') == std::string_view::npos) return false;
    return detail::is_separator(detail::split_row(*next_line_));
  }

  // "<details>", "<summary>Title</summary>", "</details>": the summary names a subsection
  // that the closing tag ends.
  bool read_details(std::size_t i, std::string_view text) {
    if (text == "<details>" || text.starts_with("<details ")) {
      flush_paragraph();
      details_.push_back(current_);
      return true;
    }
    if (text.starts_with("<summary>") && text.ends_with("</summary>")) {
      flush_paragraph();
      close_table();
      table_ = Table{};
      const int level = current_ == none ? 2 : sections_[current_].level + 1;
      constexpr std::size_t open = std::string_view("<summary>").size();
      constexpr std::size_t close = std::string_view("</summary>").size();
      const std::string title = detail::inline_html(text.substr(open, text.size() - open - close));
      if (detail::strip_markup(title).empty()) {
        note(i, "<summary> without text: its rows stay in the section above");
        return true;
      }
      open_section(i, level, title);
      return true;
    }
    if (text == "</details>") {
      flush_paragraph();
      close_table();
      table_ = Table{};
      if (!details_.empty()) {
        current_ = details_.back();
        details_.pop_back();
      }
      return true;
    }
    return false;
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

  // "(2) …" and "(B) …", in emphasis or not.
  static bool starts_footnote(std::string_view text) {
    while (!text.empty() && (text.front() == '*' || text.front() == '_'))
      text.remove_prefix(1);
    if (text.empty() || text.front() != '(') return false;
    if (text.size() > 2 && std::isupper(static_cast<unsigned char>(text[1])) && text[2] == ')')
      return true;
    std::size_t digits = 1;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])))
      ++digits;
    return digits > 1 && digits <= 11 && digits < text.size() && text[digits] == ')';
  }

  // The section of rows before any heading: the document's title, or the builder's default.
  std::string untitled_section() const {
    return detail::strip_markup(title_).empty() ? "Imported matrix" : title_;
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
    sections_.push_back(std::move(section));
  }

  enum class Kind { undecided, raci, legend, skipped, transposed };

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
      std::string detail;  // the second column's text, once it is known to be text
    };
    std::vector<Row> pending;          // rows before the kind is decided
    std::vector<std::string> letters;  // a transposed table's columns
    bool note_column = false;          // the last column is the activity's note
    bool detail_column = false;        // the second column is text: the activity's note
    std::size_t base = none;           // the section of the table, above its group rows
  };

  void read_row(std::size_t i, const std::vector<RawCell>& cells) {
    const bool header = next_is_separator();
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
    table_row(i, cells);
  }

  // A row under the header of the open table.
  void table_row(std::size_t i, const std::vector<RawCell>& cells) {
    switch (table_.kind) {
      case Kind::undecided:
        table_.pending.push_back({i, cells});
        if (table_.pending.size() >= rows_to_decide) decide_table();
        break;
      case Kind::legend:
        read_legend_row(i, cells);
        break;
      case Kind::raci:
        if (table_.detail_column) {
          std::vector<RawCell> rest = cells;
          const std::string detail = take_detail(rest);
          read_activity_row(i, rest, detail);
        } else {
          read_activity_row(i, cells, {});
        }
        break;
      case Kind::transposed:
        read_transposed_row(i, cells);
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
    ImportedTable& report = reports_.emplace_back();
    report.location = {number(i), 1};
    report.activity_column = detail::strip_markup(cells[0].text);
    if (is_legend_header(cells)) {
      start_legend();
      return;
    }
    if (cells.size() < 2) {
      note(i, "table has no party column: its rows are not imported");
      report.reason = "no party column";
      table_.open = false;
      return;
    }
    table_.header_cells = cells;
    for (std::size_t c = 1; c < cells.size(); ++c) {
      std::string name = party_name(cells[c].text);
      if (name.empty()) name = fmt::format("Party {}", c);
      table_.headers.push_back(name);
      report.parties.push_back(detail::strip_markup(cells[c].text));
    }
    table_.columns = cells.size() - 1;
    // A last column of free text ("Notes", "Example") is the activity's note, not a party.
    static const std::set<std::string> note_words{
        "note",        "notes",        "remark",    "remarks",     "comment",
        "comments",    "example",      "examples",  "remarque",    "remarques",
        "commentaire", "commentaires", "bemerkung", "bemerkungen", "anmerkung",
        "anmerkungen", "nota",         "notas",     "esempio",     "esempi"};
    if (cells.size() >= 3 && note_words.contains(fold(detail::strip_markup(cells.back().text)))) {
      table_.note_column = true;
      --table_.columns;
      table_.headers.pop_back();
      report.parties.pop_back();
      report.reason = fmt::format("its last column, {}, is the activity's note",
                                  quote(detail::strip_markup(cells.back().text)));
    }
    start_transposed(cells);
  }

  // "| Task | R | A | C | I |": columns are the letters and the cells name parties.
  void start_transposed(const std::vector<RawCell>& cells) {
    std::vector<std::string> letters;
    for (std::size_t c = 1; c <= table_.columns; ++c) {
      std::string marker;
      const std::optional<std::string> read =
          detail::parse_role_cell(cells[c].text, marker, role_words_, letters_);
      if (!read || read->size() != 1 || !marker.empty()) return;
      if (std::find(letters.begin(), letters.end(), *read) != letters.end()) return;
      letters.push_back(*read);
    }
    if (letters.size() < 2) return;
    table_.kind = Kind::transposed;
    table_.letters = std::move(letters);
    reports_.back().kind = ImportedTable::Kind::raci;
    reports_.back().reason = "transposed: the columns are role letters, the cells name parties";
    reports_.back().parties.clear();
    ++tables_;
  }

  // The index of the party called `name` (its name or an alias), added if there is none.
  std::size_t party_index(const std::string& name) {
    const std::string wanted = fold(name);
    for (std::size_t p = 0; p < parties_.size(); ++p) {
      const DraftParty& party = parties_[p];
      if (fold(party.name) == wanted ||
          std::any_of(party.aliases.begin(), party.aliases.end(),
                      [&](const std::string& alias) { return fold(alias) == wanted; })) {
        return p;
      }
    }
    parties_.push_back({name, {}});
    return parties_.size() - 1;
  }

  void read_transposed_row(std::size_t i, const std::vector<RawCell>& cells) {
    if (current_ == none) open_section(i, 1, untitled_section());
    ImportedTable& report = reports_.back();
    std::vector<long long> footnotes;
    const std::string text =
        detail::strip_markup(detail::take_footnote_markers(cells[0].text, footnotes));
    if (text.empty()) {
      note(i, "row has no activity text: not imported");
      ++report.rows_skipped;
      return;
    }
    const std::size_t width = table_.letters.size() + 1;
    cut_cells(i, cells, width);
    if (cells.size() < width) {
      note(i, fmt::format("row has {} cells, expected {}: the missing ones read as empty",
                          cells.size(), width));
    }
    std::vector<std::string> roles(parties_.size());
    for (std::size_t c = 1; c < cells.size() && c <= table_.letters.size(); ++c) {
      std::string names = detail::strip_markup(cells[c].text);
      for (char& k : names) {
        if (k == '/' || k == ';' || k == '&' || k == '+') k = ',';
      }
      std::size_t start = 0;
      while (start <= names.size()) {
        const std::size_t end = std::min(names.find(',', start), names.size());
        const std::string name(trim(std::string_view(names).substr(start, end - start)));
        start = end + 1;
        // A dash says nobody: "-", "–", "—".
        if (name.empty() || name == "-" || name == "\u2013" || name == "\u2014") continue;
        const std::size_t p = party_index(name);
        if (std::find(report.parties.begin(), report.parties.end(), parties_[p].name) ==
            report.parties.end()) {
          report.parties.push_back(parties_[p].name);
        }
        if (p >= roles.size()) roles.resize(p + 1);
        if (roles[p].find(table_.letters[c - 1]) == std::string::npos) {
          roles[p] += table_.letters[c - 1];
        }
      }
    }
    add_activity(number(i), text, roles, footnotes, "", {});
    ++report.rows;
  }

  void start_legend() {
    table_.kind = Kind::legend;
    reports_.back().kind = ImportedTable::Kind::legend;
    reports_.back().parties.clear();
    if (current_ != none) sections_[current_].legend = true;
  }

  // A table whose kind is still open is decided on the rows it has.
  void close_table() {
    if (table_.open && table_.kind == Kind::undecided) decide_table();
  }

  // What a role cell holds: letters, a checkmark, the column's own party name, or nothing.
  enum class CellKind { letters, annotated, checkmark, party_name, other };

  // `note` gets the explanation of an annotated cell.
  CellKind cell_kind(std::string_view cell, std::size_t column, std::string& letters,
                     std::string* note = nullptr) const {
    std::string marker;
    if (const std::optional<std::string> read =
            detail::parse_role_cell(cell, marker, role_words_, letters_)) {
      letters = *read;
      return CellKind::letters;
    }
    if (const auto annotated = detail::split_annotation(cell)) {
      const std::optional<std::string> read =
          detail::parse_role_cell(annotated->first, marker, role_words_, letters_);
      if (read && !read->empty() && marker.empty()) {
        letters = *read;
        if (note) *note = annotated->second;
        return CellKind::annotated;
      }
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
    if (second_column_is_text(rows)) {
      ImportedTable& report = reports_.back();
      std::string reason = fmt::format("its second column, {}, is the activity's note",
                                       quote(detail::strip_markup(table_.header_cells[1].text)));
      if (!report.reason.empty()) {
        reason += "; ";
        reason += report.reason;
      }
      report.reason = std::move(reason);
      report.parties.erase(report.parties.begin());
      table_.detail_column = true;
      table_.header_cells.erase(table_.header_cells.begin() + 1);
      table_.headers.erase(table_.headers.begin());
      --table_.columns;
      for (Table::Row& row : rows)
        row.detail = take_detail(row.cells);
    }
    std::size_t filled = 0;
    std::size_t roles = 0;
    std::size_t written = 0;  // role cells other than a column's own party name
    for (const Table::Row& row : rows) {
      for (std::size_t c = 1; c < row.cells.size() && c <= table_.columns; ++c) {
        if (trim(row.cells[c].text).empty()) continue;
        ++filled;
        std::string letters;
        const CellKind kind = cell_kind(row.cells[c].text, c - 1, letters);
        if (kind != CellKind::other) ++roles;
        if (kind != CellKind::other && kind != CellKind::party_name) ++written;
      }
    }
    // Party names alone do not make a RACI table ("| a | b |" under "| A | B |").
    if (written == 0) roles = 0;
    if (filled == 0 || roles * 2 <= filled) {
      table_.kind = Kind::skipped;
      // The closest to a RACI table: the most role cells for its filled ones.
      if (!closest_ || roles * closest_->filled > closest_->roles * filled ||
          (closest_->filled == 0 && filled > 0)) {
        closest_ = Refused{number(table_.line), roles, filled};
      }
      reports_.back().reason =
          filled == 0 ? std::string("no role cells")
                      : fmt::format(
                            "not a RACI table: {} of {} filled cells outside the first "
                            "column are roles",
                            roles, filled);
      note(table_.line,
           filled == 0
               ? std::string("table has no role cells: not a RACI table, its rows are not imported")
               : fmt::format("table is not a RACI table ({} of {} filled cells outside the first "
                             "column are roles): its rows are not imported",
                             roles, filled));
      return;
    }
    table_.kind = Kind::raci;
    reports_.back().kind = ImportedTable::Kind::raci;
    register_parties();
    for (const Table::Row& row : rows)
      read_activity_row(row.line, row.cells, row.detail);
  }

  // "| Activity | Task | Client | Provider |": a second column with no role cell, beside
  // party columns of role cells, is text of the row, not a party. At least two party columns must
  // remain: "| Item | Price | Owner |" is no RACI table.
  bool second_column_is_text(const std::vector<Table::Row>& rows) const {
    if (table_.columns < 3) return false;
    std::size_t text = 0;
    std::size_t filled = 0;
    std::size_t roles = 0;
    for (const Table::Row& row : rows) {
      for (std::size_t c = 1; c < row.cells.size() && c <= table_.columns; ++c) {
        if (trim(row.cells[c].text).empty()) continue;
        std::string letters;
        const bool role = cell_kind(row.cells[c].text, c - 1, letters) != CellKind::other;
        if (c == 1) {
          if (role) return false;
          ++text;
        } else {
          ++filled;
          if (role) ++roles;
        }
      }
    }
    return text > 0 && roles * 2 > filled;
  }

  // The second cell of a row whose second column is text, taken out of its cells.
  static std::string take_detail(std::vector<RawCell>& cells) {
    if (cells.size() < 2) return {};
    std::string detail = detail::strip_markup(cells[1].text);
    cells.erase(cells.begin() + 1);
    return detail;
  }

  void register_parties() {
    const std::vector<RawCell>& cells = table_.header_cells;
    const std::size_t i = table_.line;
    for (std::size_t c = 1; c <= table_.columns; ++c) {
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

  // Says what a row longer than its table's `width` cells loses: its filled cells past it.
  // `shown` is added to the counts for a cell taken out before (a second text column).
  void cut_cells(std::size_t i, const std::vector<RawCell>& cells, std::size_t width,
                 std::size_t shown = 0) {
    std::vector<std::string> cut;
    for (std::size_t c = width; c < cells.size(); ++c) {
      if (!trim(cells[c].text).empty()) cut.push_back(quote(detail::strip_markup(cells[c].text)));
    }
    if (cut.empty()) return;
    note(i,
         fmt::format("row has {} cells, expected {}: the cells past the header's cut ({})",
                     cells.size() + shown, width + shown, fmt::join(cut, ", ")),
         cells[width].column);
  }

  void read_legend_row(std::size_t i, const std::vector<RawCell>& cells) {
    if (cells.size() < 2) {
      note(i, "legend row has no description: not imported");
      ++reports_.back().rows_skipped;
      return;
    }
    cut_cells(i, cells, 2);
    std::string name;
    char letter = legend_letter(cells[0].text, name);
    // A letter guessed from the name ("Responsible") is one of R, A, C and I; any other
    // letter the legend names itself, "(S) Support".
    bool guessed = false;
    if (letter == 0 && !name.empty()) {
      letter = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
      guessed = true;
    }
    const std::optional<Role> role = role_from_letter(letter);
    if (!role || name.empty() || (guessed && !is_core_role(*role))) {
      note(i, fmt::format("legend row '{}' names no role R, A, C or I: not imported", name));
      ++reports_.back().rows_skipped;
      return;
    }
    const std::string description = detail::strip_markup(cells[1].text);
    if (description.empty()) {
      note(i, fmt::format("legend row '{}' has no description: not imported", name));
      ++reports_.back().rows_skipped;
      return;
    }
    define_role(letter, name, description);
  }

  // A line of the legend, table row or list item, in the last report.
  void define_role(char letter, const std::string& name, const std::string& description) {
    const Role role = *role_from_letter(letter);
    legend_entry(role) = {name, description};
    letters_.insert(role);
    ++reports_.back().rows;
    reports_.back().readings.emplace_back(std::string(1, letter), name);
    // The document's own word for the letter reads as the letter in its tables, and so do
    // the usual words of the meaning it gives an extra letter ("Soutien" for "Support").
    if (name.find(' ') == std::string::npos) role_words_[fold(name)] = std::string(1, letter);
    if (!is_core_role(role)) {
      for (const std::string& word : detail::extra_role_words(letter, name))
        role_words_.emplace(word, std::string(1, letter));
    }
  }

  // The legend's entry of a letter: R, A, C and I in that order, then the others in the order
  // the document defines them.
  std::pair<std::string, std::string>& legend_entry(Role role) {
    for (std::size_t r = 0; r < all_roles.size(); ++r) {
      if (all_roles[r] == role) return legend_[r];
    }
    for (auto& [extra, entry] : extra_legend_) {
      if (extra == role) return entry;
    }
    return extra_legend_.emplace_back(role, std::pair<std::string, std::string>()).second;
  }

  void read_activity_row(std::size_t i, const std::vector<RawCell>& cells,
                         const std::string& detail) {
    ImportedTable& report = reports_.back();
    const std::size_t groups = report.groups.size();
    if (!read_activity_cells(i, cells, detail)) {
      ++report.rows_skipped;
    } else if (report.groups.size() == groups) {
      ++report.rows;
    }
  }

  // What a role cell was read as, for --explain: each spelling once, a few per table.
  void record_reading(std::string_view cell, const std::string& read) {
    std::vector<std::pair<std::string, std::string>>& readings = reports_.back().readings;
    const std::string written(trim(cell));
    if (written.empty() || readings.size() >= 16) return;
    const bool known = std::any_of(readings.begin(), readings.end(),
                                   [&](const auto& reading) { return reading.first == written; });
    if (!known) readings.emplace_back(written, read);
  }

  // `detail` is the text of a second text column: the first part of the activity's note.
  bool read_activity_cells(std::size_t i, const std::vector<RawCell>& cells,
                           const std::string& detail) {
    if (current_ == none) open_section(i, 1, untitled_section());  // a table before any heading
    const std::size_t expected = table_.columns + 1;
    const std::size_t note_at = table_.note_column ? expected : none;
    const std::size_t width = expected + (table_.note_column ? 1 : 0);
    const std::size_t shown = table_.detail_column ? 1 : 0;  // the detail cell taken out
    cut_cells(i, cells, width, shown);
    std::vector<long long> footnotes;
    const std::string text =
        detail::strip_markup(detail::take_footnote_markers(cells[0].text, footnotes));
    if (text.empty()) {
      note(i, "row has no activity text: not imported");
      return false;
    }
    // A row with no role at all names a group of the rows below it: a section.
    bool group = detail.empty();
    for (std::size_t c = 1; c < expected && group; ++c)
      group = c >= cells.size() || trim(cells[c].text).empty();
    if (!(group && footnotes.empty()) && cells.size() < width) {
      note(i, fmt::format("row has {} cells, expected {}: the missing ones read as empty",
                          cells.size() + shown, width + shown));
    }
    if (group && footnotes.empty()) {
      if (table_.base == none) table_.base = current_;
      open_section(i, sections_[table_.base].level + 1, text);
      reports_.back().groups.push_back(text);
      return true;
    }
    std::vector<std::string> roles(table_.columns);
    std::vector<std::string> cell_notes(table_.columns);
    std::vector<std::string> markers;
    std::vector<ImportDiagnostic> marks;
    bool checkmark = false;
    for (std::size_t c = 1; c < expected; ++c) {
      const std::string cell = c < cells.size() ? cells[c].text : "";
      const std::uint32_t column = c < cells.size() ? cells[c].column : 1;
      const std::string& header = table_.headers[c - 1];
      std::string marker;
      std::string letters;
      switch (cell_kind(cell, c - 1, letters, &cell_notes[c - 1])) {
        case CellKind::letters:
          detail::parse_role_cell(cell, marker, role_words_, letters_);
          break;
        case CellKind::annotated:
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
               fmt::format("cell '{}' under '{}' is not role letters ({}, each once): "
                           "row not imported",
                           std::string(trim(cell)), header, fmt::join(letters_.letters(), ", ")),
               column);
          return false;
      }
      roles[c - 1] = letters;
      std::string read = letters;
      if (!cell_notes[c - 1].empty()) read += fmt::format(", note '{}'", cell_notes[c - 1]);
      if (letters == mark_letter_ && detail::is_checkmark(cell)) read += " (a checkmark)";
      if (letters == mark_letter_ && names_column_party(cell, c - 1)) read += " (the party's name)";
      record_reading(cell, read);
      if (!marker.empty()) {
        markers.push_back(fmt::format("{} cell marked '{}' in the source", header, marker));
      }
    }
    diagnostics_.insert(diagnostics_.end(), marks.begin(), marks.end());
    checkmark_said_ = checkmark_said_ || checkmark;
    std::string remark = detail;
    if (note_at < cells.size() && !is_blank(cells[note_at].text)) {
      if (!remark.empty()) remark += "; ";
      remark += detail::strip_markup(cells[note_at].text);
    }
    for (const std::string& m : markers)
      remark += (remark.empty() ? "" : "; ") + m;
    add_activity(number(i), text, roles, footnotes, remark, cell_notes);
    return true;
  }

  // The row goes into the builder at once; its roles and citations wait for the parties and
  // footnotes, which later tables and paragraphs may still add to.
  void add_activity(std::uint32_t line, const std::string& text,
                    const std::vector<std::string>& roles, const std::vector<long long>& footnotes,
                    const std::string& remark, const std::vector<std::string>& cell_notes) {
    const Location row{line, 1};
    const std::size_t activity = builder_.add_activity(build_section(current_), row);
    builder_.set_activity_id(activity,
                             unique(detail::slug(text, 4, true), activity_ids_,
                                    fmt::format("activity-{}", activity_ids_.ids.size() + 1)),
                             row);
    builder_.set_activity_text(activity, text, row);
    if (!remark.empty()) builder_.set_activity_note(activity, remark, row);
    for (std::size_t p = 0; p < roles.size(); ++p) {
      if (roles[p].empty()) continue;
      roles_.push_back(
          {static_cast<std::uint32_t>(activity), static_cast<std::uint32_t>(p),
           read_role_letters(roles[p], letters_, LetterCase::upper, Repeats::refused).roles});
    }
    for (long long n : footnotes)
      citations_.push_back({activity, n, line});
    for (std::size_t p = 0; p < cell_notes.size(); ++p) {
      if (!cell_notes[p].empty()) notes_.push_back({activity, p, cell_notes[p]});
    }
  }

  // The builder index of a section, adding it (and the sections above it) at its first row:
  // a heading without rows under it is no section.
  std::size_t build_section(std::size_t s) {
    DraftSection& section = sections_[s];
    if (section.built != none) return section.built;
    const std::size_t parent = section.parent == none ? no_section : build_section(section.parent);
    const Location where{section.line, 1};
    const std::size_t index = builder_.add_section(parent, where);
    builder_.set_section_id(
        index, unique(detail::slug(section.title, 5, false), section_ids_, "section"), where);
    builder_.set_section_title(index, section.title, where);
    std::string description;
    for (const Paragraph& paragraph : section.paragraphs) {
      if (paragraph.note) continue;
      if (!description.empty()) description += ' ';
      description += paragraph.text;
    }
    if (!description.empty()) builder_.set_section_description(index, description);
    section.built = index;
    for (const Paragraph& paragraph : section.paragraphs) {
      if (paragraph.note) add_section_note(index, paragraph);
    }
    std::vector<Paragraph>().swap(section.paragraphs);
    return index;
  }

  void add_section_note(std::size_t section, const Paragraph& paragraph) {
    const Location where{paragraph.line, 1};
    builder_.set_section_note_text(builder_.add_section_note(section, where), paragraph.text,
                                   where);
  }

  void flush_paragraph() {
    if (paragraph_.empty()) return;
    // "*These duties may be delegated…" explains the cells marked "I*": the star is a marker,
    // kept, not emphasis (which would close it).
    if (paragraph_.starts_with('*') && paragraph_.size() > 1 && paragraph_[1] != '*' &&
        paragraph_[1] != ' ' && !starts_footnote(paragraph_) &&
        std::count(paragraph_.begin(), paragraph_.end(), '*') % 2 == 1) {
      paragraph_.insert(0, 1, '\\');
    }
    std::string text = detail::strip_markup(paragraph_);
    const std::size_t line = paragraph_start_;
    paragraph_.clear();
    // "*(4) text" with its emphasis never closed is still a footnote: the run is markup.
    if (const std::size_t open = text.find_first_not_of("*_");
        open > 0 && open != std::string::npos && starts_footnote(text)) {
      note(line, fmt::format("emphasis '{}' at the start of a footnote is not closed: read as "
                             "markup",
                             text.substr(0, open)));
      text.erase(0, open);
    }
    if (text.empty()) return;
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
      if (!description_.empty()) description_ += ' ';
      description_ += text;
      return;
    }
    // After a table with group rows, the note is on the table's section, not its last group.
    const std::size_t target = table_.open && table_.base != none ? table_.base : current_;
    DraftSection& section = sections_[target];
    // After a note, every paragraph is one: the last one says it.
    const bool is_note =
        table_.open || (!section.paragraphs.empty() && section.paragraphs.back().note);
    if (section.built != none) {
      add_section_note(section.built, {number(line), text, true});
    } else {
      section.paragraphs.push_back({number(line), text, is_note});
    }
  }

  void add_footnote(std::size_t line, long long n, std::string text) {
    if (n < 1 || n > max_footnote) {
      note(line, fmt::format("footnote number {} is out of range: not imported", n));
    } else if (text.empty()) {
      note(line, fmt::format("footnote {} has no text: not imported", n));
    } else if (footnotes_.contains(n)) {
      redefinitions_.push_back({n, std::move(text), line});
    } else {
      footnotes_.emplace(n, std::move(text));
      footnote_lines_.emplace(n, line);
    }
  }

  // A number defined again names another footnote. Each definition serves the markers above
  // it since the previous definition of its number, as the provider defines a table's
  // footnotes under it (markers after the last definition go to the last); every definition
  // after the first takes the next number free after the document's highest, defined or cited.
  void renumber_redefinitions() {
    if (redefinitions_.empty()) return;
    long long highest = footnotes_.rbegin()->first;
    for (const Citation& citation : citations_)
      highest = std::max(highest, citation.number);
    struct Definition {
      std::uint32_t line;
      long long number;          // 0: no number left to give
      std::size_t redefinition;  // its index in redefinitions_, none for the first
    };
    std::map<long long, std::vector<Definition>> definitions;
    std::vector<long long> given(redefinitions_.size(), 0);
    for (std::size_t k = 0; k < redefinitions_.size(); ++k) {
      const long long n = redefinitions_[k].number;
      std::vector<Definition>& list = definitions[n];
      if (list.empty()) list.push_back({number(footnote_lines_.at(n)), n, none});
      if (highest < max_footnote) given[k] = ++highest;
      list.push_back({number(redefinitions_[k].line), given[k], k});
    }
    // The first and last lines of the rows each redefinition serves, above it and below it.
    using Lines = std::pair<std::uint32_t, std::uint32_t>;
    std::vector<std::array<Lines, 2>> cited(redefinitions_.size());
    for (Citation& citation : citations_) {
      const auto found = definitions.find(citation.number);
      if (found == definitions.end()) continue;
      const std::vector<Definition>& list = found->second;
      auto at = std::partition_point(list.begin(), list.end(),
                                     [&](const Definition& d) { return d.line <= citation.line; });
      if (at == list.end()) --at;
      if (at->redefinition == none || at->number == 0) continue;
      citation.number = at->number;
      auto& [first, last] = cited[at->redefinition][citation.line > at->line ? 1 : 0];
      if (first == 0) first = citation.line;
      last = citation.line;
    }
    for (std::size_t k = 0; k < redefinitions_.size(); ++k) {
      Redefinition& again = redefinitions_[k];
      const std::vector<Definition>& list = definitions[again.number];
      std::size_t occurrence = 0;
      while (list[occurrence].redefinition != k)
        ++occurrence;
      static constexpr std::array<const char*, 4> ordinals{"second", "third", "fourth", "fifth"};
      const std::string time = occurrence <= ordinals.size() ? std::string(ordinals[occurrence - 1])
                                                             : fmt::format("{}th", occurrence + 1);
      if (given[k] == 0) {
        note(again.line, fmt::format("footnote {} is defined a {} time and no number is left to "
                                     "give it: not imported, its rows cite the first",
                                     again.number, time));
        continue;
      }
      const auto lines = [](const Lines& range) {
        return range.first == range.second
                   ? fmt::format("line {}", range.first)
                   : fmt::format("lines {}\u2013{}", range.first, range.second);
      };
      const auto& [above, below] = cited[k];
      std::string rows =
          above.first == 0 && below.first == 0 ? ", which no row cites" : " for the rows cited";
      if (above.first != 0) rows += fmt::format(" above it ({})", lines(above));
      if (above.first != 0 && below.first != 0) rows += " and";
      if (below.first != 0) rows += fmt::format(" below it ({})", lines(below));
      note(again.line, fmt::format("footnote {} is defined a {} time: it becomes footnote {}{}",
                                   again.number, time, given[k], rows));
      footnotes_.emplace(given[k], std::move(again.text));
      renumbered_.push_back({static_cast<int>(given[k]), static_cast<int>(again.number),
                             static_cast<int>(occurrence + 1)});
    }
  }

  // Ids given out, and for each base given out more than once the next suffix to try, so
  // that the thousandth "x" does not try x-2 to x-999 again.
  struct UsedIds {
    std::unordered_set<std::string> ids;
    std::unordered_map<std::string, int> next;
  };

  static std::string unique(std::string base, UsedIds& used, const std::string& fallback) {
    if (base.empty()) base = fallback;
    if (used.ids.insert(base).second) return base;
    int& n = used.next.try_emplace(base, 2).first->second;
    std::string id = fmt::format("{}-{}", base, n++);
    while (!used.ids.insert(id).second)
      id = fmt::format("{}-{}", base, n++);
    return id;
  }

  // The roles the document's legend leaves out get raci's legend in the document's language,
  // or the English one when raci knows none in it.
  void default_legend() {
    const detail::Legend* known = detail::default_legend(options_.language);
    const detail::Legend& legend = known ? *known : *detail::default_legend("en");
    std::vector<char> missing;
    std::vector<std::string> names;
    for (std::size_t r = 0; r < 4; ++r) {
      if (!legend_[r].first.empty()) continue;
      legend_[r] = {std::string(legend[r].name), std::string(legend[r].description)};
      missing.push_back(role_letter(all_roles[r]));
      names.push_back(legend_[r].first);
      if (!known) foreign_legend_.push_back(all_roles[r]);
    }
    if (missing.empty()) return;
    diagnostics_.push_back(
        {{1, 1},
         known ? fmt::format("the legend does not define {}: the usual meaning is used, in {} "
                             "({})",
                             fmt::join(missing, ", "), quote(options_.language),
                             fmt::join(names, ", "))
               : fmt::format("the legend does not define {}: the usual meaning is used, in English "
                             "({}), as raci knows no legend in {}",
                             fmt::join(missing, ", "), fmt::join(names, ", "),
                             quote(options_.language))});
  }

  // The front matter's provider and source, else the ones given.
  void provider_and_source() {
    if (!is_blank(provider_)) {
      builder_.set_provider(provider_);
      if (!is_blank(options_.provider) && options_.provider != provider_) {
        diagnostics_.push_back({{1, 1},
                                fmt::format("the front matter names the provider {}: kept over {}",
                                            quote(provider_), quote(options_.provider))});
      }
    } else if (!is_blank(options_.provider)) {
      builder_.set_provider(options_.provider);
    }
    if (!is_blank(front_source_)) {
      builder_.set_source(front_source_);
    } else if (!is_blank(options_.source)) {
      builder_.set_source(options_.source);
    }
  }

  // What only the end of the document settles: the legend, the parties, the footnotes, and
  // so the roles and citations of every row.
  Matrix finish() {
    default_legend();
    for (const DraftSection& section : sections_) {
      if (!section.legend && section.built == none) {
        diagnostics_.push_back(
            {{section.line, 1},
             fmt::format("heading '{}' has no activities: not imported as a section",
                         section.title)});
      }
      for (const Paragraph& paragraph : section.paragraphs) {
        const std::string& text = paragraph.text;
        // What introduces the legend introduces the matrix: the legend has no text of its own.
        if (section.legend) {
          if (!description_.empty()) description_ += ' ';
          description_ += text;
          continue;
        }
        std::string shown = text;
        if (text.size() > 60) {
          std::size_t cut = 57;
          while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;  // not inside a character
          shown = text.substr(0, cut) + "...";
        }
        diagnostics_.push_back({{paragraph.line, 1},
                                fmt::format("paragraph not imported: '{}' (its section, '{}', "
                                            "has no activities)",
                                            shown, section.title)});
      }
    }

    MatrixBuilder& builder = builder_;
    builder.set_title(is_blank(title_) ? "Imported matrix" : title_);
    provider_and_source();
    if (!is_blank(description_)) builder.set_description(description_);
    for (std::size_t r = 0; r < all_roles.size(); ++r) {
      builder.set_role_name(all_roles[r], legend_[r].first);
      builder.set_role_description(all_roles[r], legend_[r].second);
    }
    for (const auto& [role, entry] : extra_legend_) {
      builder.set_role_name(role, entry.first);
      builder.set_role_description(role, entry.second);
    }
    builder.end_legend();
    // Every id, name and alias must stand for one party only, as the builder checks it: not
    // the same as another party's, nor alike but for case, accents, look-alike letters or
    // spaces. A word is taken under both its skeletons (util/unicode.hpp).
    const auto keys = [](const std::string& word) {
      // Appended, not "\x01" + ...: GCC 12 at -O3 warns falsely (-Wrestrict) on the latter.
      std::string case_key(1, '\x01');
      case_key += case_skeleton(word);
      return std::array<std::string, 2>{skeleton(word), std::move(case_key)};
    };
    const auto take = [&](const std::string& word) {
      for (std::string& key : keys(word))
        party_words_.insert(std::move(key));
    };
    for (DraftParty& party : parties_) {
      std::string base = detail::slug(party.name, 5, false);
      if (base.empty()) base = "party";
      std::string id = base;
      const auto taken = [&](const std::string& word) {
        for (const std::string& key : keys(word)) {
          if (party_words_.contains(key)) return true;
        }
        return false;
      };
      for (int n = 2; taken(id); ++n)
        id = fmt::format("{}-{}", base, n);
      // The name may look like the party's own id, not like another party's words.
      const std::array<std::string, 2> own = keys(id);
      const auto clashes = [&](const std::string& word) {
        for (const std::string& key : keys(word)) {
          if (party_words_.contains(key) && key != own[0] && key != own[1]) return true;
        }
        return false;
      };
      take(id);
      const std::string written = party.name;
      for (int n = 2; clashes(party.name); ++n)
        party.name = fmt::format("{} ({})", written, n);
      take(party.name);
      std::erase_if(party.aliases, [&](const std::string& alias) {
        if (taken(alias)) return true;
        take(alias);
        return false;
      });
      party_ids_.push_back(id);
      const std::size_t index = builder.add_party();
      builder.set_party_id(index, id);
      builder.set_party_name(index, party.name);
      for (const std::string& alias : party.aliases)
        builder.add_party_alias(index, alias);
    }
    builder.end_parties();
    for (const ColumnRoles& held : roles_)
      builder.set_roles(held.activity, held.party, held.roles);
    std::vector<ColumnRoles>().swap(roles_);
    for (const CellNote& held : notes_)
      builder.set_cell_note(held.activity, party_ids_[held.party], held.note);
    renumber_redefinitions();
    for (const auto& [n, text] : footnotes_) {
      const std::size_t footnote = builder.add_footnote();
      builder.set_footnote_number(footnote, static_cast<int>(n));
      builder.set_footnote_text(footnote, text);
    }
    builder.end_footnotes();
    // A marker for an undefined footnote is dropped, and one cited twice in a row kept once.
    std::set<std::pair<std::size_t, long long>> cited;
    for (const Citation& citation : citations_) {
      if (!footnotes_.contains(citation.number)) {
        diagnostics_.push_back(
            {{citation.line, 1},
             fmt::format("footnote {} is not defined: reference dropped", citation.number)});
      } else if (cited.emplace(citation.activity, citation.number).second) {
        builder.add_citation(citation.activity, static_cast<int>(citation.number),
                             {citation.line, 1});
      }
    }
    return builder.finish();
  }

  std::string_view markdown_;
  std::optional<std::string_view> next_line_;  // the line after the one being read
  std::size_t last_row_ = none;                // the line of the last table row read
  bool html_open_ = false;                     // inside a raw HTML table
  std::string html_;                           // its lines so far
  std::size_t html_start_ = 0;
  long html_depth_ = 0;               // tables open in it
  std::size_t html_tags_ = 0;         // '<' in it, a bound on its tags
  std::vector<std::size_t> details_;  // the sections around open <details>
  MatrixBuilder builder_{""};
  std::vector<ColumnRoles> roles_;
  std::vector<Citation> citations_;
  struct CellNote {
    std::size_t activity;
    std::size_t party;
    std::string note;
  };
  std::vector<CellNote> notes_;
  struct Refused {
    std::uint32_t line;
    std::size_t roles;
    std::size_t filled;
  };
  std::optional<Refused> closest_;
  std::vector<ImportedTable> reports_;  // the table nearest to a RACI table that was not one  //
                                        // explanations of annotated cells ("R (review)")
  std::vector<std::string> party_ids_;
  std::string title_;
  std::string front_title_;
  std::string provider_;
  std::string description_;
  std::size_t title_line_ = none;
  std::vector<DraftSection> sections_;
  std::size_t current_ = none;
  std::vector<DraftParty> parties_;
  std::array<std::pair<std::string, std::string>, 4> legend_;  // R, A, C, I: name, description
  // The legend's other letters, in the document's order.
  std::vector<std::pair<Role, std::pair<std::string, std::string>>> extra_legend_;
  RoleSet letters_ = RoleSet::core();  // what cells may hold: R, A, C, I and the legend's
  std::map<long long, std::string> footnotes_;
  std::map<long long, std::size_t> footnote_lines_;  // where each was defined first
  struct Redefinition {
    long long number;
    std::string text;
    std::size_t line;
  };
  std::vector<Redefinition> redefinitions_;  // numbers defined again, in document order
  std::vector<RenumberedFootnote> renumbered_;
  Table table_;
  std::string mark_letter_;  // what a checkmark or a party's own name reads as
  const ImportOptions& options_;
  std::string front_source_;
  std::vector<Role> foreign_legend_;
  detail::RoleWords role_words_;  // the usual words and the legend's
  bool checkmark_said_ = false;
  std::size_t tables_ = 0;  // RACI tables read so far
  std::string paragraph_;
  struct ListedRole {
    std::size_t line;
    std::string text;  // the line as written, read again as prose if the list is no legend
    detail::LegendItem item;
  };
  std::vector<ListedRole> legend_list_;
  bool replaying_list_ = false;
  std::size_t paragraph_start_ = 0;
  UsedIds section_ids_;
  std::set<std::string> party_words_;  // skeletons of the ids, names and aliases given out
  UsedIds activity_ids_;
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
