#include "import/markdown_text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <sstream>
#include <utility>

#include "raci/model/matrix.hpp"
#include "raci/util/text.hpp"
#include "raci/util/unicode.hpp"

namespace raci::detail {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool is_word(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A link "[text](url)" at `i` (at most max_link bytes, no nesting): its length, or 0.
constexpr std::size_t max_link = 1024;
std::size_t link_at(std::string_view text, std::size_t i) {
  if (text[i] != '[') return 0;
  std::size_t k = i + 1;
  while (k < text.size() && k - i < max_link && text[k] != ']' && text[k] != '[')
    ++k;
  if (k + 1 >= text.size() || text[k] != ']' || text[k + 1] != '(' || k == i + 1) return 0;
  for (std::size_t j = k + 2; j < text.size() && j - i < max_link; ++j) {
    if (text[j] == ')') return j - i + 1;
    if (text[j] == '(' || text[j] == ' ') return 0;
  }
  return 0;
}

// "<br>", "<br/>", "<br />" in any case: the length of the tag at `i`, or 0.
std::size_t line_break_at(std::string_view text, std::size_t i) {
  if (text.size() - i < 4 || text[i] != '<') return 0;
  std::string head(text.substr(i + 1, 2));
  std::transform(head.begin(), head.end(), head.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  if (head != "br") return 0;
  const std::size_t end = text.find('>', i);
  if (end == std::string_view::npos) return 0;
  const std::string_view inside = trim(text.substr(i + 3, end - i - 3));
  return inside.empty() || inside == "/" ? end - i + 1 : 0;
}

// Tags longer than this are not tags: a '<' never makes the scan quadratic.
constexpr std::size_t max_tag = 256;

// An inline HTML tag at `i` ("<b>", "</sup>", "<span class='x'>"): its length, or 0; its name
// lowercase in `name`, with a '/' before it for a closing tag.
std::size_t tag_at(std::string_view text, std::size_t i, std::string& name) {
  name.clear();
  std::size_t k = i + 1;
  if (k < text.size() && text[k] == '/') {
    name += '/';
    ++k;
  }
  if (k >= text.size() || !std::isalpha(static_cast<unsigned char>(text[k]))) return 0;
  while (k < text.size() && std::isalnum(static_cast<unsigned char>(text[k])))
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k++])));
  if (k < text.size() && text[k] != '>' && text[k] != ' ' && text[k] != '/') return 0;
  for (; k < text.size() && k - i < max_tag; ++k) {
    if (text[k] == '<' || text[k] == '\n') return 0;
    if (text[k] == '>') return k - i + 1;
  }
  return 0;
}

}  // namespace

std::string inline_html(std::string_view text) {
  std::string out;
  std::string name;
  std::string closing;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\\' && i + 1 < text.size()) {  // "\<b>" is text: strip_markup unescapes it
      out += text.substr(i, 2);
      i += 2;
      continue;
    }
    const std::size_t length = text[i] == '<' ? tag_at(text, i, name) : 0;
    if (length == 0 || name == "br") {
      out += text[i++];
      continue;
    }
    // "<sup>2</sup>": a footnote marker, written "(2)" as the provider does.
    if (name == "sup") {
      const std::size_t start = i + length;
      std::size_t digits = start;
      while (digits < text.size() && digits - start < 10 &&
             std::isdigit(static_cast<unsigned char>(text[digits])))
        ++digits;
      if (digits > start && digits < text.size() && text[digits] == '<' &&
          tag_at(text, digits, closing) > 0 && closing == "/sup") {
        out += '(';
        out += text.substr(start, digits - start);
        out += ')';
        i = digits + tag_at(text, digits, closing);
        continue;
      }
    }
    static const std::set<std::string, std::less<>> presentation{
        "a",    "abbr", "b", "big",   "code", "del",    "div",    "em",  "font", "i",  "ins", "kbd",
        "mark", "p",    "s", "small", "span", "strike", "strong", "sub", "sup",  "tt", "u"};
    const std::string_view bare = std::string_view(name).substr(name.starts_with('/') ? 1 : 0);
    if (!presentation.contains(bare)) {
      out += text[i++];  // "<script>" and the like are text, kept as written
      continue;
    }
    i += length;  // a tag of presentation goes, its text stays
  }
  return out;
}

std::vector<RawCell> split_row(std::string_view line) {
  std::vector<RawCell> cells;
  std::string current;
  std::uint32_t start = 1;
  bool escaped = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (escaped) {
      current += c;
      escaped = false;
    } else if (c == '\\') {
      current += c;  // strip_markup resolves it
      escaped = true;
    } else if (c == '|') {
      cells.push_back({current, start});
      current.clear();
      start = static_cast<std::uint32_t>(i + 2);
    } else {
      current += c;
    }
  }
  cells.push_back({current, start});
  for (RawCell& cell : cells) {
    if (cell.text.find('<') != std::string::npos) cell.text = inline_html(cell.text);
  }
  // A leading and a trailing pipe leave empty cells outside the table.
  if (!cells.empty() && trim(cells.front().text).empty() && trim(line).starts_with('|')) {
    cells.erase(cells.begin());
  }
  if (!cells.empty() && trim(cells.back().text).empty() && trim(line).ends_with('|')) {
    cells.pop_back();
  }
  return cells;
}

bool is_separator(const std::vector<RawCell>& cells) {
  if (cells.empty()) return false;
  return std::all_of(cells.begin(), cells.end(), [](const RawCell& cell) {
    std::string_view t = trim(cell.text);
    if (t.starts_with(':')) t.remove_prefix(1);
    if (t.ends_with(':')) t.remove_suffix(1);
    return !t.empty() && t.find_first_not_of('-') == std::string_view::npos;
  });
}

namespace {

// A piece of a text being stripped: text, or a run of '*' or '_' that may be emphasis.
struct Piece {
  std::string text;
  char run = 0;  // '*' or '_' for a run, 0 for text
  bool opens = false;
  bool closes = false;
  bool matched = false;
};

bool is_punctuation(char c) {
  return std::ispunct(static_cast<unsigned char>(c)) != 0;
}

// The text cut into pieces: escapes resolved, line breaks as spaces, a single '_' inside a
// word (snake_case) kept as text, other runs of '*' and '_' apart.
std::vector<Piece> markup_pieces(std::string_view text) {
  std::vector<Piece> pieces;
  const auto literal = [&](std::string_view part) {
    if (pieces.empty() || pieces.back().run != 0) pieces.emplace_back();
    pieces.back().text += part;
  };
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1]))) {
      literal(text.substr(i + 1, 1));
      i += 2;
    } else if (const std::size_t tag = line_break_at(text, i); tag > 0) {
      literal(" ");
      i += tag;
    } else if (const std::size_t link = link_at(text, i); link > 0) {
      // "[text](url)": the text, then the address in parentheses, so that nothing is lost.
      const std::size_t close = text.find("](", i);
      literal(strip_markup(text.substr(i + 1, close - i - 1)));
      literal(" (");
      literal(trim(text.substr(close + 2, i + link - close - 3)));
      literal(")");
      i += link;
    } else if (c == '*' || c == '_') {
      std::size_t run = 0;
      while (i + run < text.size() && text[i + run] == c)
        ++run;
      const bool inside_word = c == '_' && run == 1 && i > 0 && is_word(text[i - 1]) &&
                               i + 1 < text.size() && is_word(text[i + 1]);
      if (inside_word) {
        literal("_");
      } else {
        Piece piece;
        piece.text = std::string(text.substr(i, run));
        piece.run = c;
        pieces.push_back(std::move(piece));
      }
      i += run;
    } else {
      literal(text.substr(i, 1));
      ++i;
    }
  }
  return pieces;
}

}  // namespace

std::string strip_markup(std::string_view text) {
  // A run is emphasis when it pairs with another of its kind, as CommonMark's flanking rules
  // say (a run before a word opens, one after a word closes; inside a word it does both);
  // an unpaired one is text, like the '*' of "(opérateurs*)".
  std::vector<Piece> pieces = markup_pieces(text);
  const auto edge = [&](std::size_t p, bool before) -> char {
    if (before ? p == 0 : p + 1 >= pieces.size()) return ' ';
    const Piece& next = pieces[before ? p - 1 : p + 1];
    return before ? next.text.back() : next.text.front();
  };
  std::vector<std::size_t> open_stars;
  std::vector<std::size_t> open_lines;
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    Piece& piece = pieces[p];
    if (piece.run == 0) continue;
    const char before = edge(p, true);
    const char after = edge(p, false);
    piece.opens =
        !is_space(after) && (!is_punctuation(after) || is_space(before) || is_punctuation(before));
    piece.closes =
        !is_space(before) && (!is_punctuation(before) || is_space(after) || is_punctuation(after));
    std::vector<std::size_t>& open = piece.run == '*' ? open_stars : open_lines;
    if (piece.closes && !open.empty()) {
      piece.matched = true;
      pieces[open.back()].matched = true;
      open.pop_back();
    } else if (piece.opens) {
      open.push_back(p);
    }
  }
  std::string out;
  for (const Piece& piece : pieces) {
    if (!piece.matched) out += piece.text;
  }
  return collapse_spaces(out);
}

namespace {

// The end (one past ')') of a "(N)" of at most ten digits at `i`, or 0.
std::size_t marker_end(std::string_view text, std::size_t i) {
  if (i >= text.size() || text[i] != '(') return 0;
  std::size_t j = i + 1;
  while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])))
    ++j;
  if (j == i + 1 || j >= text.size() || text[j] != ')' || j - i - 1 > 10) return 0;
  return j + 1;
}

// Whether `text[i]` follows an odd number of backslashes (is escaped).
bool escaped_at(std::string_view text, std::size_t i) {
  std::size_t backslashes = 0;
  while (backslashes < i && text[i - 1 - backslashes] == '\\')
    ++backslashes;
  return backslashes % 2 == 1;
}

// Whether only spaces, emphasis and further markers follow `from`.
bool only_markers_after(std::string_view text, std::size_t from) {
  std::size_t k = from;
  while (k < text.size()) {
    if (text[k] == ' ' || text[k] == '\t' || text[k] == '*' || text[k] == '_') {
      ++k;
    } else if (const std::size_t end = marker_end(text, k); end > 0) {
      k = end;
    } else {
      return false;
    }
  }
  return true;
}

// The emphasis around a marker, "*(2)*", taken off with it (else strip_markup would see an
// unpaired run, which is text): takes the run off the end of `out` and returns the length of
// the one after the marker at `end`.
std::size_t emphasis_around(std::string& out, std::string_view text, std::size_t end) {
  if (out.empty() || (out.back() != '*' && out.back() != '_')) return 0;
  const char mark = out.back();
  std::size_t before = 0;
  while (before < out.size() && out[out.size() - 1 - before] == mark)
    ++before;
  std::size_t after = 0;
  while (end + after < text.size() && text[end + after] == mark)
    ++after;
  if (before != after || escaped_at(out, out.size() - before)) return 0;
  out.erase(out.size() - before);
  return after;
}

}  // namespace

std::string take_footnote_markers(std::string_view text, std::vector<long long>& numbers) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t end = marker_end(text, i);
    if (end > 0 && !escaped_at(text, i) &&
        (only_markers_after(text, end) || text[end] == '*' || text[end] == '_')) {
      numbers.push_back(std::stoll(std::string(text.substr(i + 1, end - i - 2))));
      i = end + emphasis_around(out, text, end);
      while (!out.empty() && out.back() == ' ')
        out.pop_back();
      continue;
    }
    out += text[i++];
  }
  return out;
}

namespace {

// Takes the emphasis around a whole cell off: **RA**, __C, I__, *I*, _ci_.
std::string unwrap_emphasis(std::string_view cell) {
  std::string text(trim(cell));
  for (const std::string_view mark : {"**", "__", "*", "_"}) {
    if (text.size() > 2 * mark.size() && text.starts_with(mark)) {
      const std::size_t close = text.find(mark, mark.size());
      if (close != std::string::npos) {
        text.erase(close, mark.size());
        text.erase(0, mark.size());
        text = std::string(trim(text));
      }
    }
  }
  return text;
}

// The length of the letter (any script, with its combining marks) at `i`, or 0.
std::size_t letter_at(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) return std::isalpha(byte) ? 1 : 0;
  utf8proc_int32_t codepoint = 0;
  const utf8proc_ssize_t length =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                       static_cast<utf8proc_ssize_t>(text.size() - i), &codepoint);
  if (length <= 0) return 0;
  const utf8proc_category_t category = utf8proc_category(codepoint);
  const bool letter = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_ME;
  return letter ? static_cast<std::size_t>(length) : 0;
}

bool is_separator_char(char c) {
  return c == ',' || c == '/' || c == '+' || c == '&' || c == ';';
}

// The letters a word of a cell stands for: itself when it is made of `defined` letters (any case),
// else what `words` says, else nullopt.
std::optional<std::string> letters_of(std::string_view token, const RoleWords& words,
                                      RoleSet defined) {
  const bool letters = std::all_of(token.begin(), token.end(), [&](char c) {
    const std::optional<Role> role = role_from_letter(static_cast<char>(std::toupper(c)));
    return c > 0 && role && defined.contains(*role);
  });
  if (letters) {
    std::string out;
    for (char c : token)
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
  }
  const auto word = words.find(fold(token));
  if (word == words.end()) return std::nullopt;
  return word->second;
}

}  // namespace

const RoleWords& usual_role_words() {
  static const RoleWords words = [] {
    RoleWords out;
    const auto add = [&](const char* letters, std::initializer_list<const char*> names) {
      for (const char* name : names)
        out.emplace(fold(name), letters);
    };
    add("RA", {"DRI"});
    add("R", {"Responsible", "Responsable", "Responsabile", "Réalise", "Executes", "Execute",
              "Durchführt", "Durchführend", "Realisiert", "Verantwortlich", "Ejecuta", "Realiza",
              "Esegue", "Realizza"});
    add("A", {"Accountable", "Approves", "Approve", "Approuve", "Genehmigt", "Genehmigend",
              "Aprueba", "Approva"});
    add("C", {"Consulted", "Consults", "Consulté", "Konsultiert", "Beratend", "Beraten", "Consulta",
              "Consultado", "Consultato"});
    add("I", {"Informed", "Informé", "Informiert", "Informado", "Informato"});
    return out;
  }();
  return words;
}

std::optional<LegendItem> read_legend_item(std::string_view line) {
  line = trim(line);
  if (line.size() < 3 || (line[0] != '-' && line[0] != '*' && line[0] != '+') || line[1] != ' ')
    return std::nullopt;
  std::string text = strip_markup(line.substr(2));
  LegendItem item;
  std::string_view rest;
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (text.size() >= 4 && text[0] == '(' && upper(text[1]) && text[2] == ')' && text[3] == ' ') {
    item.letter = text[1];  // "(S) Support: helps"
    rest = trim(std::string_view(text).substr(3));
  } else if (text.size() >= 3 && upper(text[0]) &&
             (text[1] == ' ' || text[1] == ':' || text[1] == '=')) {
    item.letter = text[0];  // "S = Support: helps", "S: Support - helps", "S (Support): helps"
    rest = trim(std::string_view(text).substr(1));
    for (const std::string_view lead : {"=", ":", "\u2013", "\u2014", "-"}) {
      if (rest.starts_with(lead)) {
        rest = trim(rest.substr(lead.size()));
        break;
      }
    }
  } else {
    return std::nullopt;
  }
  std::string_view name;
  if (rest.starts_with('(')) {
    const std::size_t close = rest.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    name = trim(rest.substr(1, close - 1));
    rest = trim(rest.substr(close + 1));
    for (const std::string_view lead : {":", "=", "\u2013", "\u2014", "-"}) {
      if (rest.starts_with(lead)) {
        rest = trim(rest.substr(lead.size()));
        break;
      }
    }
  } else {
    std::size_t cut = std::string_view::npos;
    std::size_t length = 0;
    for (const std::string_view separator : {": ", " \u2013 ", " \u2014 ", " - ", " = "}) {
      const std::size_t at = rest.find(separator);
      if (at < cut) {
        cut = at;
        length = separator.size();
      }
    }
    if (cut == std::string_view::npos) return std::nullopt;
    name = trim(rest.substr(0, cut));
    rest = trim(rest.substr(cut + length));
  }
  // A name is a word or two, not a sentence.
  if (is_blank(name) || is_blank(rest) || std::count(name.begin(), name.end(), ' ') > 2)
    return std::nullopt;
  item.name = std::string(name);
  item.description = std::string(rest);
  return item;
}

std::vector<std::string> extra_role_words(char letter, std::string_view name) {
  struct Meaning {
    char letter;
    std::initializer_list<const char*> words;
  };
  // RASCI's S, RACI-VS's V and S, in English, French, German, Spanish and Italian.
  static const Meaning meanings[] = {
      {'S',
       {"Support", "Supports", "Supporting", "Soutien", "Soutient", "Appui", "Unterstützung",
        "Unterstützt", "Unterstützend", "Apoyo", "Apoya", "Soporte", "Supporto", "Supporta"}},
      {'S',
       {"Sign-off", "Signoff", "Signs", "Signatory", "Signataire", "Signe", "Unterzeichnet",
        "Unterzeichner", "Firma", "Firmante", "Firmatario"}},
      {'V',
       {"Verify", "Verifies", "Verifier", "Verified", "Verification", "Vérifie", "Vérificateur",
        "Vérification", "Prüft", "Prüfer", "Prüfung", "Verifica", "Verificador", "Verificatore"}},
  };
  const std::string folded = fold(name);
  for (const Meaning& meaning : meanings) {
    if (meaning.letter != letter) continue;
    std::vector<std::string> out;
    bool named = false;
    for (const char* word : meaning.words) {
      out.push_back(fold(word));
      named = named || out.back() == folded;
    }
    if (named) return out;
  }
  return {};
}

std::optional<std::string> parse_role_cell(std::string_view cell, std::string& marker,
                                           const RoleWords& words, RoleSet defined) {
  const std::string text = unwrap_emphasis(cell);
  std::string letters;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = i;
    while (end < text.size()) {
      const std::size_t length = letter_at(text, end);
      if (length == 0) break;
      end += length;
    }
    if (end == i) break;
    const std::optional<std::string> found =
        letters_of(std::string_view(text).substr(i, end - i), words, defined);
    if (!found) return std::nullopt;
    letters += *found;
    // The next group follows after spaces, or after one separator and spaces.
    std::size_t next = end;
    while (next < text.size() && is_space(text[next]))
      ++next;
    if (next < text.size() && is_separator_char(text[next])) {
      std::size_t after = next + 1;
      while (after < text.size() && is_space(text[after]))
        ++after;
      if (after < text.size() && letter_at(text, after) > 0) next = after;
    }
    if (next >= text.size() || letter_at(text, next) == 0) {
      i = end;
      break;
    }
    i = next;
  }
  marker.clear();
  for (std::size_t k = i; k < text.size(); ++k) {
    if (!is_space(text[k])) marker += text[k];
  }
  // What follows the letters is a marker only if it holds no letter or digit.
  if (std::any_of(marker.begin(), marker.end(),
                  [](char c) { return std::isalnum(static_cast<unsigned char>(c)); })) {
    return std::nullopt;
  }
  for (std::size_t k = 0; k < marker.size(); ++k) {
    if (letter_at(marker, k) > 0) return std::nullopt;
  }
  if (letters.empty() && !marker.empty()) return std::nullopt;
  if (!read_role_letters(letters, defined, LetterCase::upper, Repeats::refused).ok())
    return std::nullopt;
  return letters;
}

std::optional<std::pair<std::string, std::string>> split_annotation(std::string_view cell) {
  const std::string text = unwrap_emphasis(cell);
  std::string head;
  std::string note;
  if (const std::size_t open = text.find('('); open != std::string::npos && text.ends_with(')')) {
    head = text.substr(0, open);
    note = text.substr(open);
    // "(in person) (twice)" is not one parenthesis: it stays as written.
    int depth = 0;
    bool one = true;
    for (std::size_t k = 0; k < note.size(); ++k) {
      depth += note[k] == '(' ? 1 : note[k] == ')' ? -1 : 0;
      if (depth == 0 && k + 1 < note.size()) one = false;
    }
    if (one) note = note.substr(1, note.size() - 2);
  } else {
    for (const std::string_view separator : {" - ", " \u2013 ", " \u2014 ", ": "}) {
      const std::size_t at = text.find(separator);
      if (at == std::string::npos) continue;
      head = text.substr(0, at);
      note = text.substr(at + separator.size());
      break;
    }
  }
  note = strip_markup(note);
  if (is_blank(head) || note.empty()) return std::nullopt;
  return std::pair{std::string(trim(head)), note};
}

bool is_checkmark(std::string_view cell) {
  const std::string text = unwrap_emphasis(cell);
  return text == "x" || text == "X" || text == "\u2713" || text == "\u2714";
}

namespace {

// The ASCII spelling of a folded letter that fold() leaves outside ASCII, or empty. utf8proc
// takes accents off (é → e, its decomposition), compatibility forms apart (ﬁ → fi, ĳ → ij)
// and folds ß to ss, but ligatures and letters with a stroke have no decomposition in
// Unicode: without this table "mise en œuvre" would lose its œ.
std::string_view transliteration(utf8proc_int32_t codepoint) {
  static constexpr std::array<std::pair<utf8proc_int32_t, std::string_view>, 13> table{{
      {0x00E6, "ae"},  // æ
      {0x00F0, "d"},   // ð
      {0x00F8, "o"},   // ø
      {0x00FE, "th"},  // þ
      {0x0111, "d"},   // đ
      {0x0127, "h"},   // ħ
      {0x0131, "i"},   // ı
      {0x0142, "l"},   // ł
      {0x014B, "ng"},  // ŋ
      {0x0153, "oe"},  // œ
      {0x0167, "t"},   // ŧ
      {0x0192, "f"},   // ƒ
      {0x0259, "e"},   // ə
  }};
  const auto* found =
      std::lower_bound(table.begin(), table.end(), codepoint,
                       [](const std::pair<utf8proc_int32_t, std::string_view>& entry,
                          utf8proc_int32_t wanted) { return entry.first < wanted; });
  return found != table.end() && found->first == codepoint ? found->second : std::string_view{};
}

}  // namespace

std::string ascii_words(std::string_view text) {
  const std::string folded = fold(text);
  std::string ascii;
  for (std::size_t i = 0; i < folded.size();) {
    const auto byte = static_cast<unsigned char>(folded[i]);
    if (byte < 0x80) {
      ascii += std::isalnum(byte) ? folded[i] : ' ';
      ++i;
      continue;
    }
    utf8proc_int32_t codepoint = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(folded.data() + i),
                         static_cast<utf8proc_ssize_t>(folded.size() - i), &codepoint);
    const std::string_view spelled = length > 0 ? transliteration(codepoint) : std::string_view{};
    if (spelled.empty()) {
      ascii += ' ';
    } else {
      ascii += spelled;
    }
    i += length > 0 ? static_cast<std::size_t>(length) : 1;
  }
  return ascii;
}

std::string slug(std::string_view text, std::size_t words, bool drop_stopwords) {
  // English and French; accents are folded away first ("à" is "a").
  static constexpr std::array<std::string_view, 29> stopwords{
      "the",  "a",   "an",    "of",   "on",  "in",     "to",   "for",  "and", "or",
      "your", "its", "their", "with", "by",  "within", "into", "de",   "la",  "le",
      "les",  "des", "du",    "au",   "aux", "et",     "sur",  "pour", "en"};
  std::istringstream in(ascii_words(text));
  std::vector<std::string> all;
  std::vector<std::string> kept;
  for (std::string word; in >> word;) {
    all.push_back(word);
    if (!drop_stopwords || std::find(stopwords.begin(), stopwords.end(), word) == stopwords.end()) {
      kept.push_back(word);
    }
  }
  if (kept.empty()) kept = all;
  std::string out;
  for (std::size_t i = 0; i < kept.size() && i < words; ++i) {
    if (!out.empty()) out += '-';
    out += kept[i];
  }
  return out;
}

}  // namespace raci::detail
