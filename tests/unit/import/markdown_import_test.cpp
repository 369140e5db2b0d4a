#include "raci/import/markdown_import.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "import/html_table.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/export.hpp"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  INFO(path);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> diagnostics(const raci::ImportResult& result) {
  std::vector<std::string> out;
  for (const raci::ImportDiagnostic& d : result.diagnostics) {
    out.push_back(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
                  d.message);
  }
  return out;
}

std::vector<std::string> section_titles(const raci::Matrix& m, const raci::Activity& a) {
  std::vector<std::string> out;
  for (const raci::Section* s : m.section_path(m.section_of(a)))
    out.push_back(s->title);
  return out;
}

// "client=RA cloud-temple=CI" by party id.
std::string roles(const raci::Matrix& m, const raci::Activity& a) {
  std::string out;
  for (std::size_t p = 0; p < a.roles.size(); ++p) {
    if (!a.roles[p].empty()) out += m.parties()[p].id + "=" + a.roles[p].letters() + " ";
  }
  return out;
}

enum class Text { english, french_as_written };

// Activities (text, section path, roles, footnotes, order) and the section tree (titles,
// depths, descriptions) are those of `expected`; ids may differ.
void check_same_rows(const raci::Matrix& m, const raci::Matrix& expected, Text text) {
  REQUIRE(m.activities().size() == expected.activities().size());
  for (std::size_t i = 0; i < expected.activities().size(); ++i) {
    const raci::Activity& a = m.activities()[i];
    const raci::Activity& b = expected.activities()[i];
    INFO(b.id);
    // The seed document writes these five rows in French; the built-in keeps that French.
    static const std::set<std::string> seed_french{
        "console-access-administration", "client-system-access-administration",
        "resource-change-decision", "resource-change-execution", "vm-tagging"};
    const std::string* b_french = raci::find_translation(expected.text_translations(b), "fr");
    const bool french = text == Text::french_as_written && seed_french.contains(b.id);
    CHECK(a.text == (french ? *b_french : b.text));
    CHECK(section_titles(m, a) == section_titles(expected, b));
    CHECK(roles(m, a) == roles(expected, b));
    CHECK(a.footnotes == b.footnotes);
  }
  REQUIRE(m.sections().size() == expected.sections().size());
  for (std::size_t i = 0; i < expected.sections().size(); ++i) {
    CHECK(m.sections()[i].title == expected.sections()[i].title);
    CHECK(m.sections()[i].depth == expected.sections()[i].depth);
    CHECK(m.sections()[i].description == expected.sections()[i].description);
  }
}

}  // namespace

TEST_CASE("Import: the seed document gives the built-in matrix", "[import]") {
  const raci::ImportResult result = raci::import_markdown(read(RACI_SEED_FILE), "iaas-raci");
  CHECK(diagnostics(result).empty());
  const raci::Matrix imported = result.matrix;
  const raci::Matrix builtin = raci::load_builtin_matrix();

  CHECK(imported.title() == "IaaS Responsibility Matrix");
  // The sentence introducing the legend follows the introduction.
  CHECK(imported.description() ==
        builtin.description() + " We recall here the different roles of the RACI:");
  // The paragraph after the last table, a stray end of a French sentence, is that section's note
  // (its closing '*' pairs with no other: text, as written).
  REQUIRE(imported.section_notes().size() == 1);
  CHECK(imported.section_notes()[0].text ==
        "courante. Des services professionnels sont disponibles si vous souhaitez que Cloud "
        "Temple prenne en charge certaines opérations.*");
  CHECK(imported.section_notes()[0].location.line == 100);
  REQUIRE(imported.activities().size() == 109);
  REQUIRE(imported.parties().size() == 2);
  CHECK(imported.parties()[0].id == "client");
  CHECK(imported.parties()[1].id == "cloud-temple");
  // The French rows stay as written, in text; the built-in keeps them in text_fr.
  check_same_rows(imported, builtin, Text::french_as_written);
  REQUIRE(imported.footnotes().size() == 8);
  for (const raci::Footnote& footnote : builtin.footnotes()) {
    INFO(footnote.number);
    const std::string& text = imported.find_footnote(footnote.number)->text;
    if (footnote.number == 4) {
      // The seed's footnote 4 turns French mid-sentence; the built-in matrix translated that
      // half, so only the English start can match.
      const std::string start = footnote.text.substr(0, footnote.text.find("whose use"));
      CHECK(text.starts_with(start + "whose use et la charge résultante"));
    } else {
      CHECK(text == footnote.text);
    }
  }
  for (std::size_t r = 0; r < 4; ++r) {
    CHECK(imported.legend()[r].name == builtin.legend()[r].name);
    CHECK(imported.legend()[r].description == builtin.legend()[r].description);
  }
  // "Customer Role" in one table is the client column under another name.
  CHECK(imported.parties()[0].aliases == std::vector<std::string>{"Customer"});
}

TEST_CASE("Import: tolerant of the ways real documents vary", "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/variations.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "40:34 column 'Auditor' adds a party not in the tables above",
            "43:19 checkmark 'X' under 'Cliente' read as role R (--mark-role); so is every "
            "checkmark of the document",
            "44:33 row has 5 cells, expected 4: the cells past the header's cut ('extra')",
            "45:1 row has no activity text: not imported",
            "61:1 footnote 9 is not defined: reference dropped",
            "69:1 heading 'Empty heading' has no activities: not imported as a section",
        });
  const raci::Matrix m = result.matrix;
  // Front matter and the paragraph before the first heading.
  CHECK(m.title() == "Hosting \"Gold\" Responsibility Matrix");
  CHECK(m.provider() == "Example Host");
  CHECK(m.description() == "Who does what between the customer and Example Host.");
  // The legend table, emphasis taken out.
  CHECK(m.legend()[0].name == "Responsible");
  CHECK(m.legend()[0].description == "Responsible for doing it");
  CHECK(m.legend()[3].description == "Informed after");
  // Parties by position: names in other words and languages become aliases.
  REQUIRE(m.parties().size() == 3);
  CHECK(m.parties()[0].id == "client");
  CHECK(m.parties()[0].aliases == std::vector<std::string>{"Kunde", "Cliente", "Customer"});
  CHECK(m.parties()[1].id == "provider");
  CHECK(m.parties()[1].aliases.empty());
  CHECK(m.parties()[2].id == "auditor");

  std::vector<std::string> rows;
  for (const raci::Activity& a : m.activities()) {
    std::string row = a.id + " | " + a.text + " | " + roles(m, a) + "|";
    for (int n : a.footnotes)
      row += " (" + std::to_string(n) + ")";
    if (!a.note.empty()) row += " note: " + a.note;
    rows.push_back(row);
  }
  CHECK(rows == std::vector<std::string>{
                    "install-physical-servers | Install the physical servers | client=I "
                    "provider=RA | (1)",
                    "configure-storage-arrays | Configure the storage arrays | client=RA "
                    "provider=C | (2)",
                    "choose-separated-options | Choose the | separated options | client=RA "
                    "provider=C | (1) note: Provider cell marked '*' in the source",
                    "approve-snake-case-naming | Approve the snake_case naming | client=A "
                    "provider=R | (2)",
                    "plan-ip-addresses | Plan the IP addresses | client=RA |",
                    "plan-ip-addresses-2 | Plan the IP addresses | client=R provider=A |",
                    "order-links | Order the links | client=RA provider=I auditor=C | (3)",
                    "test-links | Test the links | client=R provider=RA |",
                    "watch-links | Watch the links | client=RA provider=I auditor=I |",
                    "patch-servers | Patch the servers | client=A provider=R |",
                    "renew-contract | Renew the contract | client=RA provider=I |",
                });
  // Headings of levels 1 to 4 nest; the row after the blank line stays in its table.
  std::vector<std::string> tree;
  for (const raci::Section& s : m.sections()) {
    tree.push_back(std::string(s.depth * 2, ' ') + s.id + ": " + s.title);
  }
  CHECK(tree == std::vector<std::string>{"platform: Platform", "  build: Build",
                                         "    network: Network", "      links: Links",
                                         "  operations: Operations", "    later: Later"});
  CHECK(m.find_section("platform")->description == "The platform itself.");
  CHECK(m.find_footnote(1)->text == "Servers are installed within two weeks.");
  CHECK(m.find_footnote(2)->text == "Storage arrays are replicated.");
  CHECK(m.find_footnote(3)->text == "Links are ordered from the carrier.");
}

TEST_CASE("Import: a document without a RACI table is an error", "[import]") {
  try {
    raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/no-table.md"), "x");
    FAIL("no error");
  } catch (const raci::DataError& e) {
    CHECK(e.message() ==
          "no RACI table found (a table whose first column is the activity and the others the "
          "parties, most of their cells role letters)");
  }
}

TEST_CASE("Import: the Markdown export reads back as the same matrix", "[import]") {
  const raci::Matrix builtin = raci::load_builtin_matrix();
  const raci::ImportResult result = raci::import_markdown(raci::export_markdown(builtin), "x");
  CHECK(diagnostics(result).empty());
  const raci::Matrix m = result.matrix;
  CHECK(m.title() == builtin.title());
  CHECK(m.description() == builtin.description());
  check_same_rows(m, builtin, Text::english);
  REQUIRE(m.footnotes().size() == builtin.footnotes().size());
  for (std::size_t i = 0; i < builtin.footnotes().size(); ++i) {
    CHECK(m.footnotes()[i].number == builtin.footnotes()[i].number);
    CHECK(m.footnotes()[i].text == builtin.footnotes()[i].text);
  }
  for (std::size_t r = 0; r < 4; ++r) {
    CHECK(m.legend()[r].name == builtin.legend()[r].name);
    CHECK(m.legend()[r].description == builtin.legend()[r].description);
  }
}

namespace {

// The rows of each provider document, counted from the documents themselves (the table rows
// that are neither a header, a separator nor the legend), not by the importer.
struct ProviderDocument {
  const char* product;
  std::size_t rows;
};
constexpr ProviderDocument provider_documents[] = {
    {"iaas", 109},  {"iaas-s3", 28},      {"kubernetes", 71},
    {"llmaas", 24}, {"network", 4},       {"network-vpc", 60},
    {"paas", 60},   {"paas-ocp-std", 58}, {"vm-instances", 79},
};

std::string provider_path(const std::string& language, const std::string& product) {
  return std::string(RACI_TEST_DATA_DIR) + "/import/cloud-temple/" + language + "/" + product +
         ".md";
}

}  // namespace

TEST_CASE("Import: every row of the provider's 45 documents, in five languages", "[import]") {
  for (const char* language : {"en", "fr", "de", "es", "it"}) {
    for (const ProviderDocument& document : provider_documents) {
      const std::string path = provider_path(language, document.product);
      INFO(path);
      const raci::ImportResult result = raci::import_markdown(read(path), "x");
      CHECK(result.matrix.activities().size() == document.rows);
      // Only the Kubernetes and network documents have no legend table.
      const bool legend = std::string(document.product) != "kubernetes" &&
                          std::string(document.product) != "network";
      std::size_t legend_missing = 0;
      for (const std::string& d : diagnostics(result)) {
        INFO(d);
        CHECK(d.find("row not imported") == std::string::npos);
        CHECK(d.find("is not defined") == std::string::npos);
        if (d.find("legend does not define R, A, C, I") != std::string::npos) ++legend_missing;
      }
      CHECK(legend_missing == (legend ? 0 : 1));
    }
  }
}

TEST_CASE("Import: the provider's legends in five languages", "[import]") {
  const auto legend_names = [](const std::string& language) {
    const raci::Matrix m =
        raci::import_markdown(read(provider_path(language, "llmaas")), "x").matrix;
    std::vector<std::string> names;
    for (const raci::RoleInfo& entry : m.legend())
      names.push_back(entry.name + ": " + entry.description);
    return names;
  };
  CHECK(legend_names("de") ==
        std::vector<std::string>{"Durchführt: Durchführt den Prozess",
                                 "Genehmigt: Genehmigt die Durchführung des Prozesses",
                                 "Konsultiert: Konsultiert während des Prozesses",
                                 "Informiert: Informiert über die Ergebnisse des Prozesses"});
  CHECK(legend_names("es") ==
        std::vector<std::string>{"Realiza: Raliza el proceso",
                                 "Aprueba: Aprueba la realización del proceso",
                                 "Consulta: Consultado durante el proceso",
                                 "Informado: Informado de los resultados del proceso"});
  CHECK(legend_names("it") ==
        std::vector<std::string>{"Esegue: Ralizza il processo",
                                 "Approva: Approva l'esecuzione del processo",
                                 "Consulta: Consultato durante il processo",
                                 "Informato: Informato sui risultati del processo"});
}

TEST_CASE("Import: the LLMaaS row whose client cell is __C, I__", "[import]") {
  for (const char* language : {"en", "fr", "de", "es", "it"}) {
    INFO(language);
    const raci::Matrix m =
        raci::import_markdown(read(provider_path(language, "llmaas")), "x").matrix;
    // The client's column is the first, whatever the language calls it.
    std::vector<std::uint32_t> rows;
    for (const raci::Activity& a : m.activities()) {
      if (a.roles[0].letters() == "CI") rows.push_back(a.location.line);
    }
    CHECK(rows == std::vector<std::uint32_t>{45});
    const raci::Activity& row =
        *std::find_if(m.activities().begin(), m.activities().end(),
                      [](const raci::Activity& a) { return a.roles[0].letters() == "CI"; });
    CHECK(row.roles[1].letters() == "RA");
  }
}

namespace {

// "section: text | roles" for every activity.
std::vector<std::string> rows_of(const raci::Matrix& m) {
  std::vector<std::string> rows;
  for (const raci::Activity& a : m.activities())
    rows.push_back(m.sections()[a.section].id + ": " + a.text + " | " + roles(m, a));
  return rows;
}

}  // namespace

TEST_CASE("Import: tables read by their shape, with letters, words and marks", "[import]") {
  const std::string markdown = read(std::string(RACI_TEST_DATA_DIR) + "/import/shapes.md");
  const raci::ImportResult result = raci::import_markdown(markdown, "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "39:12 checkmark '✓' under 'Equipo' read as role R (--mark-role); so is every "
            "checkmark of the document",
            "41:25 cell '**Equipo**' under 'Equipo' names the party instead of its role: read as "
            "role R (--mark-role)",
            "42:25 cell 'Proveedor' under 'Equipo' is not role letters (R, A, C, I, S, each "
            "once): row not imported",
            "44:1 heading 'Prices' has no activities: not imported as a section",
            "46:1 table is not a RACI table (0 of 4 filled cells outside the first column are "
            "roles): its rows are not imported",
            "51:1 heading 'Dates' has no activities: not imported as a section",
            "53:1 table is not a RACI table (0 of 1 filled cells outside the first column are "
            "roles): its rows are not imported",
        });
  const raci::Matrix& m = result.matrix;
  CHECK(rows_of(m) == std::vector<std::string>{
                          "combined-letters: Letters run together | equipo=RA proveedor=CI ",
                          "combined-letters: Slash | equipo=RA proveedor=CI ",
                          "combined-letters: Slash the other way, spaced | equipo=RA proveedor=I ",
                          "combined-letters: Comma | equipo=RA proveedor=CI ",
                          "combined-letters: Plus | equipo=RA ",
                          "combined-letters: Emphasis around all | equipo=RA proveedor=CI ",
                          "words: Full words | equipo=RA proveedor=C ",
                          "words: Directly responsible | equipo=RA proveedor=I ",
                          "words: The legend's own words | equipo=RA proveedor=C ",
                          "words: Words of another language | equipo=R proveedor=A ",
                          "marks: Checked | equipo=R proveedor=RA ",
                          "marks: Checked again | equipo=C proveedor=R ",
                          "marks: The party's own name | equipo=R proveedor=RA ",
                      });
  // A legend without header words is known by its "(R) Name" rows.
  CHECK(m.legend()[0].name == "Does");
  CHECK(m.legend()[1].description == "Signs it off");
  // "(S) Supports" adds S to the legend, after R, A, C and I.
  REQUIRE(m.legend().size() == 5);
  CHECK(raci::role_letter(m.legend()[4].role) == 'S');
  CHECK(m.legend()[4].name == "Supports");
  CHECK(m.legend()[4].description == "Supports the work");
  // Two footnotes on consecutive lines are two footnotes.
  REQUIRE(m.footnotes().size() == 2);
  CHECK(m.footnotes()[0].text == "First note.");
  CHECK(m.footnotes()[1].text == "Second note.");

  raci::ImportOptions options;
  options.mark_role = raci::Role::consulted;
  const raci::Matrix marked = raci::import_markdown(markdown, "x", options).matrix;
  const std::vector<std::string> all = rows_of(marked);
  CHECK(std::vector<std::string>(all.end() - 3, all.end()) ==
        std::vector<std::string>{
            "marks: Checked | equipo=C proveedor=RA ",
            "marks: Checked again | equipo=C proveedor=C ",
            "marks: The party's own name | equipo=C proveedor=RA ",
        });
}

TEST_CASE("Import: the German VM instances section with party names for roles", "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(provider_path("de", "vm-instances")), "x");
  std::vector<std::string> names;
  for (const std::string& d : diagnostics(result)) {
    if (d.find("names the party") != std::string::npos) names.push_back(d);
  }
  CHECK(names.size() == 9);
  CHECK(names.front() ==
        "110:128 cell '**Cloud Temple**' under 'Cloud Temple' names the party "
        "instead of its role: read as role R (--mark-role)");
  CHECK(names.back() ==
        "118:136 cell '**Kunde**' under 'Kunde' names the party instead of its "
        "role: read as role R (--mark-role)");
  const raci::Matrix& m = result.matrix;
  const raci::Section* section = m.find_section("sicherheit-von-instanzen-internet-exposition");
  REQUIRE(section != nullptr);
  std::vector<std::string> letters;
  for (std::size_t a : section->activities)
    letters.push_back(m.activities()[a].roles[0].letters() + "/" +
                      m.activities()[a].roles[1].letters());
  CHECK(letters == std::vector<std::string>{"/R", "R/", "R/", "R/", "R/", "R/", "R/", "R/", "R/C"});
}

TEST_CASE("Import: many rows of one text get their ids in linear time", "[import]") {
  // Each id used to be found by trying x-2, x-3… from the start, a cost that grows with the
  // square of the repeats; the test's time limit catches a return of that.
  std::string markdown = "| Activity | Client |\n|---|---|\n";
  for (int i = 0; i < 30000; ++i)
    markdown += "| Same text | RA |\n";
  const raci::ImportResult result = raci::import_markdown(markdown, "x");
  REQUIRE(result.matrix.activities().size() == 30000);
  CHECK(result.matrix.activities()[0].id == "same-text");
  CHECK(result.matrix.activities()[1].id == "same-text-2");
  CHECK(result.matrix.activities().back().id == "same-text-30000");
}

TEST_CASE("Import: many paragraphs around tables cost time in proportion", "[import]") {
  // Each paragraph looks at what came before it in its section only through the last one;
  // the test's time limit catches a scan of them all.
  std::string markdown =
      "# T\n\n## Roles\n\n| Role | Description |\n|---|---|\n| (R) Does | "
      "Does it |\n\n";
  for (int i = 0; i < 30000; ++i)
    markdown += "Legend text.\n\n";
  markdown += "## S\n\n";
  for (int i = 0; i < 30000; ++i)
    markdown += "Before.\n\n";
  markdown += "| Activity | Client |\n|---|---|\n| Do it | RA |\n\n";
  for (int i = 0; i < 30000; ++i)
    markdown += "After.\n\n";
  const raci::ImportResult result = raci::import_markdown(markdown, "x");
  CHECK(result.matrix.description().size() == 30000 * 13 - 1);
  CHECK(result.matrix.sections()[0].description.size() == 30000 * 8 - 1);
  CHECK(result.matrix.section_notes().size() == 30000);
}

TEST_CASE("Import: an annotated cell gives the letters and a note on that cell", "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/annotated.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)"});
  const raci::Matrix& m = result.matrix;
  std::vector<std::string> rows;
  for (const raci::Activity& a : m.activities()) {
    std::string row = a.text + " | " + roles(m, a) + "|";
    for (std::size_t p = 0; p < a.cell_notes.size(); ++p) {
      if (!a.cell_notes[p].empty()) row += " " + m.parties()[p].id + ": " + a.cell_notes[p];
    }
    rows.push_back(row);
  }
  CHECK(rows == std::vector<std::string>{
                    "Plan the release | team=R vendor=I | team: review, decide vendor: notified",
                    "Ship the release | team=A vendor=R | team: signs off",
                    "Support old versions | team=A vendor=CI | vendor: only for existing customers",
                    "Announce it | team=RA vendor=I | vendor: by mail",
                    "Explain it | team=R vendor=A | team: (in person) (twice)",
                });
  // The notes go through the data format and back.
  const raci::Matrix yaml = raci::load_matrix_yaml(raci::export_yaml(m), "m.yaml");
  const raci::Matrix json = raci::load_matrix_json(raci::export_json(m), "m.json");
  for (std::size_t i = 0; i < m.activities().size(); ++i) {
    CHECK(yaml.activities()[i].cell_notes == m.activities()[i].cell_notes);
    CHECK(json.activities()[i].cell_notes == m.activities()[i].cell_notes);
  }
}

TEST_CASE("Import: a table whose columns are the letters is transposed", "[import]") {
  const raci::ImportResult result = raci::import_markdown(
      read(std::string(RACI_TEST_DATA_DIR) + "/import/letters-as-columns.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)"});
  const raci::Matrix& m = result.matrix;
  std::vector<std::string> parties;
  for (const raci::Party& p : m.parties())
    parties.push_back(p.id + " " + p.name);
  CHECK(parties == std::vector<std::string>{"pm PM", "sponsor Sponsor", "ba BA", "sc SC"});
  CHECK(rows_of(m) == std::vector<std::string>{
                          "letters-as-columns: Write the plan | pm=R sponsor=A ba=C sc=C ",
                          "letters-as-columns: Review the plan | pm=A sponsor=I ba=R sc=I ",
                          "letters-as-columns: Approve the budget | pm=C sponsor=A ",
                      });
  REQUIRE(result.tables.size() == 1);
  CHECK(result.tables[0].rows == 3);
  CHECK(result.tables[0].parties == std::vector<std::string>{"PM", "Sponsor", "BA", "SC"});
}

TEST_CASE("Import: a trailing Notes column is the activity's note", "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/notes-column.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)",
            "7:45 row has 5 cells, expected 4: the cells past the header's cut ('extra')"});
  const raci::Matrix& m = result.matrix;
  REQUIRE(m.parties().size() == 2);
  std::vector<std::string> rows;
  for (const raci::Activity& a : m.activities())
    rows.push_back(a.text + " | " + roles(m, a) + "| " + a.note);
  CHECK(rows == std::vector<std::string>{
                    "Back up the data | client=RA provider=I | Daily, kept 30 days",
                    "Restore the data | client=R provider=A | Provider cell marked '*' in the "
                    "source",
                    "Test the restores | client=A provider=R | Twice a year",
                });
}

TEST_CASE("Import: a row without roles names a group of rows, a section", "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/groups.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)"});
  const raci::Matrix& m = result.matrix;
  std::vector<std::string> tree;
  for (const raci::Section& s : m.sections())
    tree.push_back(std::string(s.depth * 2, ' ') + s.id + ": " + s.title);
  CHECK(tree == std::vector<std::string>{"operations: Operations", "  backups: Backups",
                                         "  patching: Patching", "  exit: Exit"});
  CHECK(rows_of(m) == std::vector<std::string>{
                          "backups: Run the backups | client=I provider=RA ",
                          "backups: Test the restores | client=RA provider=C ",
                          "patching: Patch the hosts | client=I provider=RA ",
                          "exit: Export the data | client=RA provider=C ",
                      });
  REQUIRE(result.tables.size() == 2);
  CHECK(result.tables[0].rows == 3);
  CHECK(result.tables[0].groups == std::vector<std::string>{"Backups", "Patching"});
}

namespace {

// "id: description" then "id note: text" per note, section by section.
std::vector<std::string> prose_of(const raci::Matrix& m) {
  std::vector<std::string> out;
  for (const raci::Section& s : m.sections()) {
    out.push_back(s.id + ": " + s.description);
    for (std::size_t n : s.notes)
      out.push_back(s.id + " note: " + m.section_notes()[n].text);
  }
  return out;
}

// A footnote number defined under two tables with two texts, as vm-instances.md does.
const std::string defined_twice = R"(# Twice

## Network

| Activity | Client | Host |
|---|---|---|
| Configure the firewall *(1)* | RA | |
| Patch the routers (2) | I | RA |
| Open the ports (1) | RA | |

*(1) The client writes the rules.*
*(2) The host patches.*

## Storage

| Activity | Client | Host |
|---|---|---|
| Encrypt the volumes *(1)* | RA | |
| Encrypt the disks (1) | RA | I |
| Back up (2) | RA | |

*(1) The host encrypts at rest, the client its files.*

## Logs

| Activity | Client | Host |
|---|---|---|
| Keep the logs (3) | | RA |

*(3) Kept a year.*
)";

// "text [1, 2]" for each activity.
std::vector<std::string> citations_of(const raci::Matrix& m) {
  std::vector<std::string> out;
  for (const raci::Activity& a : m.activities()) {
    std::string row = a.text + " [";
    for (std::size_t k = 0; k < a.footnotes.size(); ++k)
      row += (k == 0 ? "" : ", ") + std::to_string(a.footnotes[k]);
    out.push_back(row + "]");
  }
  return out;
}

std::vector<std::string> footnotes_of(const raci::Matrix& m) {
  std::vector<std::string> out;
  for (const raci::Footnote& f : m.footnotes())
    out.push_back(std::to_string(f.number) + " " + f.text);
  return out;
}

}  // namespace

TEST_CASE("Import: a footnote defined again becomes the next free number for the rows above it",
          "[import]") {
  const raci::ImportResult result = raci::import_markdown(defined_twice, "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)",
            "22:1 footnote 1 is defined a second time: it becomes footnote 4 for the rows cited "
            "above it (lines 18\u201319)"});
  const raci::Matrix& m = result.matrix;
  CHECK(footnotes_of(m) ==
        std::vector<std::string>{"1 The client writes the rules.", "2 The host patches.",
                                 "3 Kept a year.",
                                 "4 The host encrypts at rest, the client its files."});
  CHECK(citations_of(m) ==
        std::vector<std::string>{"Configure the firewall [1]", "Patch the routers [2]",
                                 "Open the ports [1]", "Encrypt the volumes [4]",
                                 "Encrypt the disks [4]", "Back up [2]", "Keep the logs [3]"});
  REQUIRE(result.renumbered.size() == 1);
  CHECK(result.renumbered[0].number == 4);
  CHECK(result.renumbered[0].written == 1);
  CHECK(result.renumbered[0].definition == 2);
}

TEST_CASE("Import: markers after the last definition of a number go to that definition",
          "[import]") {
  std::string markdown = defined_twice;
  markdown +=
      "\n## More\n\n| Activity | Client | Host |\n|---|---|---|\n"
      "| Read the logs (1) | RA | |\n| Rotate the logs (5) | | RA |\n\n"
      "*(1) A third text.*\n";
  const raci::ImportResult result = raci::import_markdown(markdown, "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)",
            "22:1 footnote 1 is defined a second time: it becomes footnote 6 for the rows cited "
            "above it (lines 18\u201319)",
            "37:1 footnote 5 is not defined: reference dropped",
            "39:1 footnote 1 is defined a third time: it becomes footnote 7 for the rows cited "
            "above it (line 36)"});
  CHECK(footnotes_of(result.matrix).back() == "7 A third text.");
  CHECK(citations_of(result.matrix).at(7) == "Read the logs [7]");
  // A marker below every definition of its number belongs to the last one.
  const raci::ImportResult after = raci::import_markdown(
      defined_twice + "\n| Activity | Client | Host |\n|---|---|---|\n| Audit (1) | RA | |\n", "x");
  CHECK(citations_of(after.matrix).back() == "Audit [4]");
  CHECK(diagnostics(after).at(1) ==
        "22:1 footnote 1 is defined a second time: it becomes footnote 4 for the rows cited "
        "above it (lines 18\u201319) and below it (line 34)");
}

TEST_CASE("Import: a footnote defined again with no number left keeps the first", "[import]") {
  const raci::ImportResult result = raci::import_markdown(
      "| Activity | Client |\n|---|---|\n| Plan (1) | RA |\n| Build (2147483647) | R |\n\n"
      "(1) First.\n\n(2147483647) Last.\n\n(1) Second.\n",
      "x");
  CHECK(diagnostics(result).back() ==
        "10:1 footnote 1 is defined a second time and no number is left to give it: not "
        "imported, its rows cite the first");
  CHECK(footnotes_of(result.matrix) == std::vector<std::string>{"1 First.", "2147483647 Last."});
  CHECK(result.renumbered.empty());
}

TEST_CASE("Import: a document without a legend gets raci's in its language", "[import]") {
  const std::string markdown = "| Activité | Client |\n|---|---|\n| Planifier | RA |\n";
  raci::ImportOptions options;
  options.language = "fr";
  const raci::ImportResult french = raci::import_markdown(markdown, "x", options);
  CHECK(diagnostics(french) ==
        std::vector<std::string>{"1:1 the legend does not define R, A, C, I: the usual meaning "
                                 "is used, in 'fr' (Réalise, Approuve, Consulte, Informé)"});
  std::vector<std::string> legend;
  for (const raci::RoleInfo& info : french.matrix.legend())
    legend.push_back(info.name + ": " + info.description);
  CHECK(legend == std::vector<std::string>{"Réalise: Réalise le processus",
                                           "Approuve: Approuve la réalisation du processus",
                                           "Consulte: Consulté pendant le processus",
                                           "Informé: Informé des résultats du processus"});
  CHECK(french.foreign_legend.empty());
  options.language = "de";
  CHECK(raci::import_markdown(markdown, "x", options).matrix.legend()[0].name == "Durchführt");
  options.language = "es";
  CHECK(raci::import_markdown(markdown, "x", options).matrix.legend()[1].name == "Aprueba");
  options.language = "it";
  CHECK(raci::import_markdown(markdown, "x", options).matrix.legend()[3].name == "Informato");
  // In a language raci knows no legend in: English, and said to be foreign.
  options.language = "pt";
  const raci::ImportResult portuguese = raci::import_markdown(
      "| Atividade | Cliente |\n|---|---|\n| Planear | RA |\n\n| Role | Description |\n|---|---|\n"
      "| (R) Executa | Executa o processo |\n",
      "x", options);
  CHECK(diagnostics(portuguese) ==
        std::vector<std::string>{"1:1 the legend does not define A, C, I: the usual meaning is "
                                 "used, in English (Accountable, Consulted, Informed), as raci "
                                 "knows no legend in 'pt'"});
  CHECK(portuguese.matrix.legend()[0].name == "Executa");
  CHECK(portuguese.matrix.legend()[1].name == "Accountable");
  CHECK(portuguese.foreign_legend == std::vector<raci::Role>{raci::Role::accountable,
                                                             raci::Role::consulted,
                                                             raci::Role::informed});
}

TEST_CASE("Import: provider and source come from the front matter, else from the options",
          "[import]") {
  const std::string table = "| Activity | Client |\n|---|---|\n| Plan | RA |\n";
  raci::ImportOptions options;
  options.provider = "Example Host";
  options.source = "docs/plan.md";
  const raci::ImportResult given = raci::import_markdown(table, "x", options);
  CHECK(given.matrix.provider() == "Example Host");
  CHECK(given.matrix.source() == "docs/plan.md");
  CHECK(diagnostics(given).size() == 1);  // the legend's
  const raci::ImportResult front = raci::import_markdown(
      "---\nprovider: Other Host\nsource: Other Host offer, v2\n---\n" + table, "x", options);
  CHECK(front.matrix.provider() == "Other Host");
  CHECK(front.matrix.source() == "Other Host offer, v2");
  CHECK(diagnostics(front).at(1) ==
        "1:1 the front matter names the provider 'Other Host': kept over 'Example Host'");
  options.provider = "Other Host";
  CHECK(diagnostics(raci::import_markdown("---\nprovider: Other Host\n---\n" + table, "x", options))
            .size() == 1);
  const raci::ImportResult none = raci::import_markdown(table, "x");
  CHECK(none.matrix.provider().empty());
  CHECK(none.matrix.source().empty());
}

TEST_CASE("Import: a footnote whose emphasis is not closed is a footnote, with a warning",
          "[import]") {
  const raci::ImportResult result = raci::import_markdown(
      "| Activity | Client |\n|---|---|\n| Resize (4) | RA |\n\n*(4) Resizing may need a "
      "restart.\n",
      "x");
  CHECK(diagnostics(result).back() ==
        "5:1 emphasis '*' at the start of a footnote is not closed: read as markup");
  CHECK(footnotes_of(result.matrix) == std::vector<std::string>{"4 Resizing may need a restart."});
  CHECK(citations_of(result.matrix) == std::vector<std::string>{"Resize [4]"});
}

TEST_CASE("Import: paragraphs, quotes and admonitions become section descriptions and notes",
          "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/prose.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "60:1 heading 'Nothing here' has no activities: not imported as a section",
            "62:1 paragraph not imported: 'A paragraph under a heading without a table.' (its "
            "section, 'Nothing here', has no activities)",
        });
  const raci::Matrix& m = result.matrix;
  CHECK(m.description() ==
        "Who does what, and what the text around the tables says. Particularity of the offer "
        "The platform is fully managed by the provider. The letters mean:");
  CHECK(prose_of(m) ==
        std::vector<std::string>{
            "operating-system: The client masters the guest system. Tools are required: The "
            "tools are pre-installed by the provider. Removing them voids the SLA.",
            "operating-system note: *These duties may be delegated to the provider under a "
            "separate contract.",
            "operating-system note: (A) An instance exposed to the Internet is the client's "
            "responsibility.",
            "operating-system note: (B) Weak passwords are the client's responsibility.",
            "operating-system note: Professional services are available.",
            "operating-system note: Ask your account manager.",
            "network: ",
            "network note: A paragraph after grouped rows belongs to the table's section.",
            "routing: ",
            "filtering: ",
        });
  CHECK(rows_of(m) == std::vector<std::string>{
                          "operating-system: Patch the guest system | client=RA ",
                          "operating-system: Keep the tools installed | client=RA provider=I ",
                          "routing: Run the routers | client=I provider=RA ",
                          "filtering: Write the rules | client=RA provider=C ",
                      });
  CHECK(m.activities()[1].note == "Provider cell marked '*' in the source");
  // Each note keeps the line it was written on.
  std::vector<std::uint32_t> lines;
  for (const raci::SectionNote& note : m.section_notes())
    lines.push_back(note.location.line);
  CHECK(lines == std::vector<std::uint32_t>{38, 40, 41, 43, 46, 58});
}

TEST_CASE("Import: section notes survive export and load in YAML and JSON", "[import]") {
  const raci::Matrix m =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/prose.md"), "x").matrix;
  const std::string yaml = raci::export_yaml(m);
  CHECK(yaml.find("    notes:\n"
                  "      - text: \"*These duties may be delegated to the provider under a "
                  "separate contract.\"\n") != std::string::npos);
  const raci::Matrix from_yaml = raci::load_matrix_yaml(yaml, "m.yaml");
  CHECK(raci::export_yaml(from_yaml) == yaml);
  CHECK(prose_of(from_yaml) == prose_of(m));
  const std::string json = raci::export_json(m);
  const raci::Matrix from_json = raci::load_matrix_json(json, "m.json");
  CHECK(raci::export_json(from_json) == json);
  CHECK(raci::export_yaml(from_json) == yaml);
}

TEST_CASE("Import: tables as written in the wild, bare pipes, odd separators and cells, details",
          "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/wild-tables.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)",
            "29:1 row has 2 cells, expected 3: the missing ones read as empty",
            "30:24 row has 5 cells, expected 3: the cells past the header's cut ('extra', "
            "'more')",
        });
  const raci::Matrix& m = result.matrix;
  CHECK(rows_of(m) == std::vector<std::string>{
                          "bare-pipes: Order the servers | client=RA provider=C ",
                          "bare-pipes: Rack the servers | client=I provider=RA ",
                          "odd-separators: Plan the network | client=RA provider=C ",
                          "odd-separators: Check the links | client=R provider=A ",
                          "odd-cells: Tab separated words | client=RA provider=C ",
                          "odd-cells: Empty client cell | provider=RA ",
                          "odd-cells: Pick A | B options | client=RA provider=I ",
                          "odd-cells: Read the runbook (https://example.com/run) | client=RA ",
                          "odd-cells: Sign the order and file it | client=RA provider=I ",
                          "odd-cells: A short row | client=RA ",
                          "odd-cells: A long row | client=RA provider=I ",
                          "odd-cells: Trailing empty cells | client=RA provider=I ",
                          "exit-tasks: Export the data | client=RA provider=C ",
                          "after-the-details: Close the account | client=A provider=R ",
                      });
  // <sup>1</sup> is the footnote marker; the summary is a subsection that </details> closes.
  CHECK(m.activities()[8].footnotes == std::vector<int>{1});
  REQUIRE(m.footnotes().size() == 1);
  CHECK(m.footnotes()[0].text == "The order is filed for ten years.");
  std::vector<std::string> tree;
  for (const raci::Section& s : m.sections())
    tree.push_back(std::string(s.depth * 2, ' ') + s.id);
  CHECK(tree == std::vector<std::string>{"bare-pipes", "odd-separators", "odd-cells",
                                         "  exit-tasks", "after-the-details"});
  REQUIRE(result.tables.size() == 6);
  CHECK(result.tables[3].rows == 8);
}

TEST_CASE("Import: a line with a pipe is prose unless it heads or continues a table", "[import]") {
  const raci::ImportResult result = raci::import_markdown(
      "# T\n\n## S\n\nEither this | or that.\n\n| Activity | Client | Host |\n|---|---|---|\n"
      "| Do it | RA | I |\nThen | R | A\n\nAfter a blank line | C | RA\n",
      "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)"});
  CHECK(rows_of(result.matrix) ==
        std::vector<std::string>{"s: Do it | client=RA host=I ", "s: Then | client=R host=A "});
  CHECK(result.matrix.sections()[0].description == "Either this | or that.");
  REQUIRE(result.matrix.section_notes().size() == 1);
  CHECK(result.matrix.section_notes()[0].text == "After a blank line | C | RA");
}

TEST_CASE("Import: a summary without text opens no section, a heading of stars is text",
          "[import]") {
  // "****" pairs with nothing: text, as a Markdown renderer shows it; an empty <summary> names
  // nothing, and its rows stay in the section above.
  const raci::ImportResult result = raci::import_markdown(
      "# T\n\n## ****\n\n| A | B | C |\n|---|---|---|\n| x | R | A |\n\n<details>\n"
      "<summary> <b></b> </summary>\n\n| A | B | C |\n|---|---|---|\n| y | A | R |\n</details>\n",
      "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)",
            "10:1 <summary> without text: its rows stay in the section above",
        });
  REQUIRE(result.matrix.sections().size() == 1);
  CHECK(result.matrix.sections()[0].title == "****");
  CHECK(rows_of(result.matrix) ==
        std::vector<std::string>{"section: x | b=R c=A ", "section: y | b=A c=R "});
}

TEST_CASE("Import: a second text column is the activity's note", "[import]") {
  const raci::ImportResult result = raci::import_markdown(
      read(std::string(RACI_TEST_DATA_DIR) + "/import/two-text-columns.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)"});
  const raci::Matrix& m = result.matrix;
  std::vector<std::string> rows;
  for (const raci::Activity& a : m.activities())
    rows.push_back(a.id + " | " + m.sections()[a.section].id + ": " + a.text + " | " + roles(m, a) +
                   "| " + a.note);
  CHECK(rows == std::vector<std::string>{
                    "backups | operations: Backups | client=I provider=RA | Run the nightly "
                    "backup",
                    "backups-2 | operations: Backups | client=RA provider=C | Test a restore "
                    "each quarter",
                    "patching | operations: Patching | client=A provider=R | ",
                    "audits | security: Audits | client=RA provider=I | Hire the auditor",
                });
  REQUIRE(result.tables.size() == 1);
  CHECK(result.tables[0].parties == std::vector<std::string>{"Client", "Provider"});
  CHECK(result.tables[0].reason == "its second column, 'Task', is the activity's note");
  // Two columns of text beside one of letters are no RACI table.
  const raci::ImportResult priced = raci::import_markdown(
      "# P\n\n| Item | Price | Owner | Host |\n|---|---|---|---|\n| Small | 10 | R | A |\n", "x");
  CHECK(raci::import_markdown("# P\n\n| Item | Price | Owner |\n|---|---|---|\n| Small | 10 | "
                              "R |\n| Big | 20 | A |\n\n| Do | A | B |\n|---|---|---|\n| x | R "
                              "| A |\n",
                              "x")
            .matrix.activities()
            .size() == 1);
  CHECK(priced.matrix.activities().size() == 1);
  CHECK(priced.matrix.activities()[0].note == "10");
}

TEST_CASE("Import: tables of dates, prices and terms are skipped with one warning each",
          "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/non-raci.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)",
            "9:1 table is not a RACI table (1 of 3 filled cells outside the first column are "
            "roles): its rows are not imported",
            "15:1 heading 'Calendar' has no activities: not imported as a section",
            "17:1 table is not a RACI table (0 of 32 filled cells outside the first column are "
            "roles): its rows are not imported",
            "41:1 heading 'Prices' has no activities: not imported as a section",
            "43:1 paragraph not imported: 'Before the prices.' (its section, 'Prices', has no "
            "activities)",
            "45:1 table is not a RACI table (0 of 1 filled cells outside the first column are "
            "roles): its rows are not imported",
        });
  CHECK(rows_of(result.matrix) ==
        std::vector<std::string>{"run: Run the service | client=I provider=RA "});
  REQUIRE(result.tables.size() == 4);
  for (std::size_t t = 1; t < 4; ++t)
    CHECK(result.tables[t].kind == raci::ImportedTable::Kind::skipped);
}

TEST_CASE("Import: raw HTML tables are read by the same rules, with lines of the document",
          "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/html-tables.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)",
            "17:1 heading 'Only one cell' has no activities: not imported as a section",
            "18:38 cell 'Maybe' under 'Client' is not role letters (R, A, C, I, each once): row "
            "not imported",
            "24:1 heading 'Prices' has no activities: not imported as a section",
            "27:1 table is not a RACI table (0 of 1 filled cells outside the first column are "
            "roles): its rows are not imported",
        });
  const raci::Matrix& m = result.matrix;
  std::vector<std::string> rows;
  for (const raci::Activity& a : m.activities()) {
    std::string row = a.text + " | " + roles(m, a) + "|";
    for (int n : a.footnotes)
      row += " (" + std::to_string(n) + ")";
    for (const std::string& note : a.cell_notes)
      row += " [" + note + "]";
    rows.push_back(row + " line " + std::to_string(a.location.line));
  }
  CHECK(rows == std::vector<std::string>{
                    "Order the links | client=RA provider=I | (1) line 10",
                    "Configure the routers and the firewalls | client=RA provider=C | [] [on "
                    "request] line 11",
                    "Price & terms_of_use *as written* | client=A provider=R | line 16",
                });
  REQUIRE(result.tables.size() == 2);
  CHECK(result.tables[0].location.line == 7);
  CHECK(result.tables[0].parties == std::vector<std::string>{"Client", "Provider"});
}

TEST_CASE("Import: an HTML table too large or without rows is reported, not read", "[import]") {
  std::string huge = "# T\n\n| A | B | C |\n|---|---|---|\n| x | R | A |\n\n<table>\n";
  for (std::size_t i = 0; i < raci::detail::max_html_tags / 2; ++i)
    huge += "<tr><td>y</td></tr>\n";
  huge += "</table>\n\n<table></table>\n\n<table>\n<tr><td>never closed</td><td>R</td></tr>\n";
  const raci::ImportResult result = raci::import_markdown(huge, "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)",
            "7:1 HTML table with more than 20000 tags: not imported",
            "10010:1 HTML table without a header row: not imported",
            "10013:1 table has no role cells: not a RACI table, its rows are not imported",
        });
  CHECK(result.matrix.activities().size() == 1);
}

TEST_CASE("Import: legend and transposed rows longer or shorter than their header say so",
          "[import]") {
  const raci::ImportResult result = raci::import_markdown(
      "# T\n\n| Role | Description |\n|---|---|\n| (R) Does | Does it | extra |\n\n"
      "| Task | R | A |\n|---|---|---|\n| Plan | PM | Sponsor | Boss |\n| Short | PM |\n",
      "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define A, C, I: the usual meaning is used, in 'en' "
            "(Accountable, Consulted, Informed)",
            "5:23 row has 3 cells, expected 2: the cells past the header's cut ('extra')",
            "9:24 row has 4 cells, expected 3: the cells past the header's cut ('Boss')",
            "10:1 row has 2 cells, expected 3: the missing ones read as empty",
        });
  CHECK(result.matrix.legend()[0].description == "Does it");
  CHECK(rows_of(result.matrix) ==
        std::vector<std::string>{"t: Plan | pm=R sponsor=A ", "t: Short | pm=R "});
}

namespace {

// "section: text | roles" for every activity, then "note: …" and "party: cell note" when
// it has them.
std::vector<std::string> rows_with_notes(const raci::Matrix& m) {
  std::vector<std::string> rows;
  for (const raci::Activity& a : m.activities()) {
    std::string row = m.sections()[a.section].id + ": " + a.text + " | " + roles(m, a);
    row.pop_back();  // roles()'s last space
    if (!a.note.empty()) row += " note: " + a.note;
    for (std::size_t p = 0; p < a.cell_notes.size(); ++p) {
      if (!a.cell_notes[p].empty()) row += " " + m.parties()[p].id + ": " + a.cell_notes[p];
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// "S: Support: Helps…" for every line of the legend, in its order.
std::vector<std::string> legend_lines(const raci::Matrix& m) {
  std::vector<std::string> out;
  for (const raci::RoleInfo& info : m.legend())
    out.push_back(std::string(1, raci::role_letter(info.role)) + ": " + info.name + ": " +
                  info.description);
  return out;
}

std::vector<std::string> section_lines(const raci::Matrix& m) {
  std::vector<std::string> out;
  for (const raci::Section& s : m.sections()) {
    std::string line = std::to_string(s.depth) + " " + s.id + " " + s.title;
    for (std::size_t n : s.notes)
      line += " | " + m.section_notes()[n].text;
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace

TEST_CASE("Import: a RASCI legend adds S, read in cells as a letter and as its words", "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/rasci.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "21:36 cell 'V' under 'Partner' is not role letters (R, A, C, I, S, each once): row "
            "not imported",
        });
  const raci::Matrix& m = result.matrix;
  // R, A, C, I first whatever the document's order, then S.
  CHECK(legend_lines(m) == std::vector<std::string>{
                               "R: Responsible: Does the work",
                               "A: Accountable: Answers for the result",
                               "C: Consulted: Asked before",
                               "I: Informed: Told after",
                               "S: Support: Helps the one who does the work",
                           });
  CHECK(m.roles().letters() == "RACIS");
  CHECK(section_lines(m) ==
        std::vector<std::string>{
            "0 incidents Incidents | The partner's engineers give support on the provider's "
            "request.",
            "0 problems Problems",
        });
  CHECK(rows_with_notes(m) ==
        std::vector<std::string>{
            "incidents: Open the ticket | client=RA provider=I",
            "incidents: Diagnose the incident | client=C provider=RA partner=S",
            "incidents: Restore the service | client=I provider=RA partner=S partner: on call",
            "incidents: Review the incident | client=A provider=R partner=CS",
            "problems: Find the root cause | client=I provider=RA partner=S",
            "problems: Fix the root cause | client=I provider=A partner=RS",
        });
  // What --explain shows of the legend and of the first table's cells.
  REQUIRE(result.tables.size() == 3);
  CHECK(result.tables[0].readings ==
        std::vector<std::pair<std::string, std::string>>{{"R", "Responsible"},
                                                         {"A", "Accountable"},
                                                         {"S", "Support"},
                                                         {"C", "Consulted"},
                                                         {"I", "Informed"}});
  CHECK(result.tables[2].readings ==
        std::vector<std::pair<std::string, std::string>>{
            {"I", "I"}, {"RA", "RA"}, {"Soutien", "S"}, {"A", "A"}, {"R S", "RS"}});
}

TEST_CASE("Import: a RACI-VS legend adds V and S in the document's order", "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/raci-vs.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "21:34 cell 'Z' under 'Board' is not role letters (R, A, C, I, S, V, each once): row "
            "not imported",
        });
  const raci::Matrix& m = result.matrix;
  CHECK(legend_lines(m) == std::vector<std::string>{
                               "R: Responsible: Carries out the change",
                               "A: Accountable: Owns the change",
                               "C: Consulted: Gives advice",
                               "I: Informed: Kept up to date",
                               "V: Verifier: Checks the result against the criteria",
                               "S: Signatory: Signs the change off",
                           });
  CHECK(section_lines(m) ==
        std::vector<std::string>{
            "0 changes Changes",
            "1 emergency-changes Emergency changes | The board signs every emergency change "
            "within a day.",
        });
  CHECK(rows_with_notes(m) ==
        std::vector<std::string>{
            "changes: Request the change | requester=RA engineer=C board=I",
            "changes: Implement the change | requester=A engineer=R auditor=V board=I",
            "changes: Verify the change | requester=I engineer=C auditor=RV board=A",
            // "Verifies", a usual word of the legend's Verifier, reads as V.
            "changes: Approve the change | requester=C engineer=I auditor=V board=RAS",
            "changes: Close the change | requester=I engineer=R board=AS",
            "emergency-changes: Declare the emergency | requester=RA engineer=I board=S",
            "emergency-changes: Check afterwards | requester=I engineer=C auditor=V board=A "
            "auditor: sampling",
        });
}

TEST_CASE("Import: a letter the legend does not define stays a warning, words too", "[import]") {
  // Without a legend naming S, neither 'S' nor 'Support' is a role.
  const std::string markdown =
      "| Activity | Client | Provider |\n"
      "|---|---|---|\n"
      "| Open the ticket | RA | I |\n"
      "| Help | S | RA |\n"
      "| Help again | Support | RA |\n";
  const raci::ImportResult result = raci::import_markdown(markdown, "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "1:1 the legend does not define R, A, C, I: the usual meaning is used, in 'en' "
            "(Responsible, Accountable, Consulted, Informed)",
            "4:9 cell 'S' under 'Client' is not role letters (R, A, C, I, each once): row not "
            "imported",
            "5:15 cell 'Support' under 'Client' is not role letters (R, A, C, I, each once): row "
            "not imported",
        });
  CHECK(result.matrix.roles().letters() == "RACI");
  // A legend row without "(S)" guesses no letter but R, A, C or I from its name.
  const std::string guessed =
      "| Role | Description |\n"
      "|---|---|\n"
      "| Support | Helps |\n"
      "\n"
      "| Activity | Client | Provider |\n"
      "|---|---|---|\n"
      "| Open the ticket | RA | I |\n";
  const raci::ImportResult unnamed = raci::import_markdown(guessed, "x");
  CHECK(diagnostics(unnamed).at(1) ==
        "3:1 legend row 'Support' names no role R, A, C or I: not imported");
  CHECK(unnamed.matrix.legend().size() == 4);
}

TEST_CASE("Import: a legend written as a list, in French, adds S, other lists stay prose",
          "[import]") {
  const raci::ImportResult result =
      raci::import_markdown(read(std::string(RACI_TEST_DATA_DIR) + "/import/rasci-list.md"), "x");
  CHECK(diagnostics(result) ==
        std::vector<std::string>{
            "19:31 cell 'V' under 'Fournisseur' is not role letters (R, A, C, I, S, each once): "
            "row not imported",
        });
  const raci::Matrix& m = result.matrix;
  CHECK(legend_lines(m) == std::vector<std::string>{
                               "R: Réalise: exécute le processus",
                               "A: Approuve: approuve la réalisation",
                               "C: Consulté: consulté pendant le processus",
                               "I: Informé: informé des résultats",
                               "S: Soutien: aide celui qui réalise",
                           });
  CHECK(m.description() == "Les rôles :");
  // The list after the table names no R, A, C and I: a note, as any list.
  CHECK(section_lines(m) ==
        std::vector<std::string>{
            "0 exploitation Exploitation | - A: a list item that is prose, not a legend - B: "
            "another one",
        });
  // "Support" and "Unterstützung" are usual words of the legend's Soutien.
  CHECK(rows_with_notes(m) == std::vector<std::string>{
                                  "exploitation: Superviser les serveurs | client=I fournisseur=RA",
                                  "exploitation: Redémarrer un service | client=C fournisseur=RS",
                                  "exploitation: Former les équipes | client=RA fournisseur=S",
                                  "exploitation: Sauvegarder les données | client=A fournisseur=RS",
                              });
  REQUIRE(result.tables.size() == 2);
  CHECK(result.tables[0].kind == raci::ImportedTable::Kind::legend);
  CHECK(result.tables[0].location.line == 5);
  CHECK(result.tables[0].rows == 5);
}
