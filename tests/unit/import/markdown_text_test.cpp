#include "import/markdown_text.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

namespace {

// "text@column" for each cell.
std::vector<std::string> cells_of(std::string_view line) {
  std::vector<std::string> out;
  for (const raci::detail::RawCell& cell : raci::detail::split_row(line))
    out.push_back(cell.text + "@" + std::to_string(cell.column));
  return out;
}

std::vector<raci::detail::RawCell> row(std::vector<std::string> texts) {
  std::vector<raci::detail::RawCell> out;
  for (std::string& text : texts)
    out.push_back({std::move(text), 1});
  return out;
}

}  // namespace

using Strings = std::vector<std::string>;
using raci::detail::is_checkmark;
using raci::detail::parse_role_cell;
using raci::detail::slug;
using raci::detail::strip_markup;
using raci::detail::take_footnote_markers;

TEST_CASE("Markdown text: a row splits on unescaped pipes, outer pipes optional") {
  CHECK(cells_of("| a | b\\|c |") == Strings{" a @2", " b\\|c @6"});
  CHECK(cells_of("a|b") == Strings{"a@1", "b@3"});
  CHECK(cells_of("|a||b|") == Strings{"a@2", "@4", "b@5"});
  CHECK(cells_of("  | x |  ") == Strings{" x @4"});
  // Columns count bytes.
  CHECK(cells_of("| é | x |") == Strings{" é @2", " x @7"});
  CHECK(cells_of("no pipe") == Strings{"no pipe@1"});
}

TEST_CASE("Markdown text: a separator row is dashes with optional alignment colons") {
  CHECK(raci::detail::is_separator(row({"---", " :--: ", "--:", ":-"})));
  CHECK_FALSE(raci::detail::is_separator(row({"---", "x"})));
  CHECK_FALSE(raci::detail::is_separator(row({":"})));
  CHECK_FALSE(raci::detail::is_separator(row({"- -"})));
  CHECK_FALSE(raci::detail::is_separator(row({"---", ""})));
  CHECK_FALSE(raci::detail::is_separator({}));
}

TEST_CASE("Markdown text: emphasis and line breaks are stripped, snake_case kept") {
  CHECK(strip_markup("Ensure **compute** and __storage__ with *care*") ==
        "Ensure compute and storage with care");
  CHECK(strip_markup("a <br/>b<BR>c <br /> d") == "a b c d");
  CHECK(strip_markup("keep snake_case and _drop_ this") == "keep snake_case and drop this");
  CHECK(strip_markup("a <bra> b <br x> c") == "a <bra> b <br x> c");
}

TEST_CASE("Markdown text: a star or underscore that pairs with none is text") {
  CHECK(strip_markup("Mettre à jour les applications déployées (opérateurs*)") ==
        "Mettre à jour les applications déployées (opérateurs*)");
  CHECK(strip_markup("*Ces responsabilités peuvent être déléguées.") ==
        "*Ces responsabilités peuvent être déléguées.");
  CHECK(strip_markup("2 * 3 = 6, a ** b") == "2 * 3 = 6, a ** b");
  CHECK(strip_markup("__R__éalise le processus") == "Réalise le processus");
  CHECK(strip_markup("**open** and close** _x") == "open and close** _x");
  CHECK(strip_markup("*(1) a note.*") == "(1) a note.");
  CHECK(strip_markup("un**bold**ed a*b*c") == "unbolded abc");
}

TEST_CASE("Markdown text: backslash escapes are resolved and white space collapsed") {
  CHECK(strip_markup("a \\| pipe and \\* star") == "a | pipe and * star");
  CHECK(strip_markup("a\\_b \\\\ c") == "a_b \\ c");
  CHECK(strip_markup("\\a stays") == "\\a stays");
  CHECK(strip_markup("  many \t  spaces\n ") == "many spaces");
}

TEST_CASE("Markdown text: footnote markers are taken out with the space before them") {
  std::vector<long long> numbers;
  // At the end of an emphasis, as the provider writes them, or at the end of the text.
  CHECK(take_footnote_markers("**backbone network(1)** and **compute (2)** end (3)", numbers) ==
        "**backbone network** and **compute** end");
  CHECK(numbers == std::vector<long long>{1, 2, 3});
  // Numbers add to what the vector holds.
  CHECK(take_footnote_markers("x (4)(5)", numbers) == "x");
  CHECK(numbers == std::vector<long long>{1, 2, 3, 4, 5});
}

TEST_CASE("Markdown text: the emphasis around a footnote marker goes with it") {
  std::vector<long long> numbers;
  CHECK(take_footnote_markers("the catalogue *(5)*   ", numbers) == "the catalogue   ");
  CHECK(take_footnote_markers("**a** __(6)__(7)", numbers) == "**a**");
  CHECK(take_footnote_markers("a **(8)*", numbers) == "a ***");
  CHECK(numbers == std::vector<long long>{5, 6, 7, 8});
  CHECK(strip_markup(take_footnote_markers("the catalogue *(5)*   ", numbers)) == "the catalogue");
}

TEST_CASE("Markdown text: parentheses that are not a footnote marker stay") {
  std::vector<long long> numbers;
  // Inside the text, or escaped, "(N)" is text (it used to become a citation).
  CHECK(take_footnote_markers("<script>alert(1)</script>", numbers) == "<script>alert(1)</script>");
  CHECK(take_footnote_markers("step (1) then (2), done", numbers) == "step (1) then (2), done");
  CHECK(take_footnote_markers("ends with \\(1)", numbers) == "ends with \\(1)");
  CHECK(numbers.empty());
  CHECK(take_footnote_markers("see (a) and () and (12345678901)", numbers) ==
        "see (a) and () and (12345678901)");
  CHECK(take_footnote_markers("open (12", numbers) == "open (12");
  CHECK(numbers.empty());
  CHECK(take_footnote_markers("ten digits (1234567890)", numbers) == "ten digits");
  CHECK(numbers == std::vector<long long>{1234567890});
}

TEST_CASE("Markdown text: role cells are letters among R, A, C, I, in emphasis or not") {
  std::string marker;
  CHECK(parse_role_cell(" __RA__ ", marker) == "RA");
  CHECK(parse_role_cell("**R A**", marker) == "RA");
  CHECK(parse_role_cell("_ci_", marker) == "CI");
  CHECK(parse_role_cell("*I*", marker) == "I");
  CHECK(parse_role_cell("", marker) == "");
  CHECK(marker.empty());
  CHECK(parse_role_cell("AR", marker) == "AR");  // in the order written
}

TEST_CASE("Markdown text: a marker after the letters is kept apart") {
  std::string marker;
  CHECK(parse_role_cell("ci*", marker) == "CI");
  CHECK(marker == "*");
  CHECK(parse_role_cell("RA†", marker) == "RA");
  CHECK(marker == "†");
  CHECK(parse_role_cell("**RA***", marker) == "RA");
  CHECK(marker == "*");
}

TEST_CASE("Markdown text: combined letters with separators, in any order and emphasis") {
  std::string marker;
  CHECK(parse_role_cell("R/A", marker) == "RA");
  CHECK(parse_role_cell("A/R", marker) == "AR");
  CHECK(parse_role_cell("A / R", marker) == "AR");
  CHECK(parse_role_cell("R, A", marker) == "RA");
  CHECK(parse_role_cell("R,A", marker) == "RA");
  CHECK(parse_role_cell("R + A", marker) == "RA");
  CHECK(parse_role_cell("C/I", marker) == "CI");
  CHECK(parse_role_cell("**RA**", marker) == "RA");
  CHECK(parse_role_cell("__C, I__", marker) == "CI");
  CHECK(parse_role_cell("C; I & R", marker) == "CIR");
  CHECK(marker.empty());
  CHECK(parse_role_cell("R, I*", marker) == "RI");
  CHECK(marker == "*");
  CHECK_FALSE(parse_role_cell("R/R", marker));
  CHECK_FALSE(parse_role_cell("R, Client", marker));
}

TEST_CASE("Markdown text: words for roles in five languages, and DRI") {
  std::string marker;
  CHECK(parse_role_cell("Responsible", marker) == "R");
  CHECK(parse_role_cell("**Accountable**, consulted", marker) == "AC");
  CHECK(parse_role_cell("DRI", marker) == "RA");
  CHECK(parse_role_cell("Réalise / Approuve", marker) == "RA");
  CHECK(parse_role_cell("Konsultiert", marker) == "C");
  CHECK(parse_role_cell("Informado", marker) == "I");
  CHECK(parse_role_cell("Esegue", marker) == "R");
  CHECK_FALSE(parse_role_cell("DRI, A", marker));  // A twice
  const raci::detail::RoleWords own{{"does", "R"}};
  CHECK(parse_role_cell("Does", marker, own) == "R");
  CHECK_FALSE(parse_role_cell("Responsible", marker, own));
}

TEST_CASE("Markdown text: checkmarks") {
  CHECK(is_checkmark("x"));
  CHECK(is_checkmark(" X "));
  CHECK(is_checkmark("✓"));
  CHECK(is_checkmark("**✔**"));
  CHECK_FALSE(is_checkmark("xx"));
  CHECK_FALSE(is_checkmark("R"));
  CHECK_FALSE(is_checkmark(""));
}

TEST_CASE("Markdown text: what is not a role cell is refused") {
  std::string marker;
  CHECK_FALSE(parse_role_cell("RR", marker));
  CHECK_FALSE(parse_role_cell("Yes", marker));
  CHECK_FALSE(parse_role_cell("R1", marker));
  CHECK_FALSE(parse_role_cell("R*A", marker));
  CHECK_FALSE(parse_role_cell("*", marker));
}

TEST_CASE("Markdown text: slugs are lowercase ASCII words, without stopwords if asked") {
  CHECK(slug("Prendre la décision d'ajouter des ressources", 4, true) ==
        "prendre-decision-d-ajouter");
  CHECK(slug("Define Your Needs", 5, false) == "define-your-needs");
  CHECK(slug("Define Your Needs", 5, true) == "define-needs");
  CHECK(slug("Back/up & restore!", 5, false) == "back-up-restore");
  CHECK(slug("Sécurité réseau 漢字 data", 5, false) == "securite-reseau-data");
  CHECK(slug("one two three four", 2, false) == "one-two");
}

TEST_CASE("Markdown text: slugs spell out letters that have no decomposition") {
  CHECK(slug("Assurer la mise en œuvre et le maintien", 4, true) == "assurer-mise-oeuvre-maintien");
  CHECK(slug("Surveiller le fonctionnement des composants cœur", 5, true) ==
        "surveiller-fonctionnement-composants-coeur");
  CHECK(slug("ŒUVRE Æther Straße Øresund Łódź Đakovo Þórr", 9, false) ==
        "oeuvre-aether-strasse-oresund-lodz-dakovo-thorr");
  CHECK(slug("ﬁnal ĳssel", 5, false) == "final-ijssel");
  CHECK(slug("漢字 œ", 5, false) == "oe");
  CHECK(raci::detail::ascii_words("a-œ.ß") == "a oe ss");
}

TEST_CASE("Markdown text: a slug of stopwords only keeps them") {
  CHECK(slug("Of the", 3, true) == "of-the");
  CHECK(slug("", 3, true).empty());
  CHECK(slug("!!!", 3, false).empty());
}

TEST_CASE("Markdown text: an annotated role cell splits into letters and explanation") {
  using Split = std::optional<std::pair<std::string, std::string>>;
  using raci::detail::split_annotation;
  CHECK(split_annotation("R (review, decide)") == Split({"R", "review, decide"}));
  CHECK(split_annotation("**I** (notified)") == Split({"I", "notified"}));
  CHECK(split_annotation("C,I - only for existing customers") ==
        Split({"C,I", "only for existing customers"}));
  CHECK(split_annotation("I: by mail") == Split({"I", "by mail"}));
  CHECK(split_annotation("R (a) (b)") == Split({"R", "(a) (b)"}));
  CHECK(split_annotation("RA") == std::nullopt);
  CHECK(split_annotation("(only)") == std::nullopt);
}

TEST_CASE("Markdown text: a legend list item is a letter, a name and a description") {
  const auto item = [](std::string_view line) {
    const std::optional<raci::detail::LegendItem> read = raci::detail::read_legend_item(line);
    return read ? std::string(1, read->letter) + "|" + read->name + "|" + read->description
                : std::string("none");
  };
  CHECK(item("- **S** = Support: helps the one who does it") ==
        "S|Support|helps the one who does it");
  CHECK(item("* (V) Verifier \u2013 checks the result") == "V|Verifier|checks the result");
  CHECK(item("- S: Sign-off - signs the change") == "S|Sign-off|signs the change");
  CHECK(item("+ **S** (Support): helps") == "S|Support|helps");
  CHECK(item("  - **R** = Réalise : exécute le processus") == "R|Réalise|exécute le processus");
  // No description, no letter, a sentence for a name, no list: none.
  CHECK(item("- **S** = Support") == "none");
  CHECK(item("- Support: helps") == "none");
  CHECK(item("- A long sentence that goes on: and on") == "none");
  CHECK(item("S = Support: helps") == "none");
  CHECK(item("-S = Support: helps") == "none");
}

TEST_CASE("Markdown text: the usual words of an extra letter only for the meaning given") {
  const std::vector<std::string> support = raci::detail::extra_role_words('S', "Soutien");
  CHECK(std::find(support.begin(), support.end(), "unterstutzung") != support.end());
  CHECK(std::find(support.begin(), support.end(), "support") != support.end());
  const std::vector<std::string> sign = raci::detail::extra_role_words('S', "Signatory");
  CHECK(std::find(sign.begin(), sign.end(), "signataire") != sign.end());
  CHECK(std::find(sign.begin(), sign.end(), "support") == sign.end());
  CHECK(raci::detail::extra_role_words('V', "Verifier").size() == 14);
  // A meaning raci does not know, or a letter it is not the usual one of: no word.
  CHECK(raci::detail::extra_role_words('S', "Sponsor").empty());
  CHECK(raci::detail::extra_role_words('X', "Support").empty());
  // Words of a cell, read only as letters the legend defines.
  raci::RoleSet with_s = raci::RoleSet::core();
  with_s.insert(*raci::role_from_letter('S'));
  std::string marker;
  CHECK(raci::detail::parse_role_cell("R, S", marker, raci::detail::usual_role_words(), with_s) ==
        "RS");
  CHECK_FALSE(raci::detail::parse_role_cell("R, S", marker).has_value());
}
