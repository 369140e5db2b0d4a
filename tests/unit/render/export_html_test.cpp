// What tests/unit/render/export_test.cpp does not check of the HTML page: the exact section
// tree (heading levels, descriptions, notes, empty role cells), the header's variants and
// the footer. Escaping and self-containment are tested there.
#include <catch2/catch.hpp>
#include <string>

#include "legend_yaml.hpp"
#include "raci/load/loader.hpp"
#include "raci/render/export.hpp"
#include "sample_matrix.hpp"

namespace {

// The text from the first `from` to the end of the first `to` after it, or "(not found)".
std::string between(const std::string& text, const std::string& from, const std::string& to) {
  const auto start = text.find(from);
  if (start == std::string::npos) return "(not found)";
  const auto end = text.find(to, start);
  if (end == std::string::npos) return "(not found)";
  return text.substr(start, end + to.size() - start);
}

const std::string R = "<span class=\"letter R\" title=\"Responsible\">R</span>";
const std::string A = "<span class=\"letter A\" title=\"Accountable\">A</span>";
const std::string C = "<span class=\"letter C\" title=\"Consulted\">C</span>";
const std::string I = "<span class=\"letter I\" title=\"Informed\">I</span>";
const std::string table_head =
    "<table>\n<thead><tr><th>Activity</th><th class=\"party\">Client</th>"
    "<th class=\"party\">Example Host</th></tr></thead>\n<tbody>\n";

std::string roles(const std::string& letters) {
  return "<td class=\"roles\">" + letters + "</td>";
}

// A matrix with only the given top-level keys besides the required ones.
std::string html_of(const std::string& extra) {
  const std::string yaml = "format: 1\ntitle: T\n" + extra + R"(
)" + raci::test::legend_yaml +
                           R"(parties:
  - {id: p, name: P}
sections:
  - id: s
    title: S
    activities:
      - {id: a, text: A, roles: {p: RA}}
)";
  return raci::export_html(raci::load_matrix_yaml(yaml, "m.yaml"));
}

}  // namespace

TEST_CASE(
    "HTML export: sections nest, with heading levels by depth and a table where a "
    "section has activities of its own") {
  const std::string html = raci::export_html(raci::test::sample_matrix());
  CHECK(
      between(html, "<main>", "</main>") ==
      "<main>\n"
      "<section class=\"matrix-section\" id=\"s-onboarding\">\n"
      "<h2 class=\"section-title\">Onboarding</h2>\n"
      "<p class=\"description\">Before the service starts.</p>\n" +
          table_head +
          "<tr class=\"activity\" id=\"a-size-platform\"><td><span "
          "class=\"id\">size-platform</span>Size the platform</td>" +
          roles(R + A) + roles(C + I) +
          "</tr>\n"
          "<tr class=\"activity\" id=\"a-install-servers\"><td><span "
          "class=\"id\">install-servers</span>Install the servers, racks and "
          "&quot;cables&quot;<sup><a href=\"#fn-2\">2</a></sup></td>" +
          roles("") + roles(R + A) +
          "</tr>\n"
          "</tbody>\n</table>\n"
          "</section>\n"
          "<section class=\"matrix-section\" id=\"s-operations\">\n"
          "<h2 class=\"section-title\">Operations</h2>\n"
          "<section class=\"matrix-section\" id=\"s-backup\">\n"
          "<h3 class=\"section-title\">Backup</h3>\n" +
          table_head +
          "<tr class=\"activity\" id=\"a-backup-policy\"><td><span "
          "class=\"id\">backup-policy</span>Define the backup policy<sup><a "
          "href=\"#fn-1\">1</a></sup><div class=\"note\">marker</div></td>" +
          roles(R + A) + roles(C) +
          "</tr>\n"
          "<tr class=\"activity\" id=\"a-backup-run\"><td><span "
          "class=\"id\">backup-run</span>Run the backups<sup><a href=\"#fn-1\">1</a></sup><sup><a "
          "href=\"#fn-2\">2</a></sup></td>" +
          roles(I) + roles(R + A) +
          "</tr>\n"
          "</tbody>\n</table>\n"
          "</section>\n"
          "</section>\n"
          "<section class=\"matrix-section\" id=\"s-misc\">\n"
          "<h2 class=\"section-title\">Misc | pipes</h2>\n" +
          table_head +
          "<tr class=\"activity\" id=\"a-both-do\"><td><span class=\"id\">both-do</span>Both "
          "do it | together</td>" +
          roles(R) + roles(R + A) +
          "</tr>\n"
          "</tbody>\n</table>\n"
          "</section>\n"
          "</main>");
}

TEST_CASE("HTML export: the header has the title, provider, description and legend") {
  const std::string html = raci::export_html(raci::test::sample_matrix());
  CHECK(between(html, "<title>", "</title>") ==
        "<title>Hosting &quot;Matrix&quot; — Example Host</title>");
  CHECK(between(html, "<header>", "</header>") ==
        "<header>\n"
        "<h1>Hosting &quot;Matrix&quot;</h1>\n"
        "<p class=\"meta\">Provider: Example Host</p>\n"
        "<p class=\"description\">Who does what.</p>\n"
        "<h2 id=\"legend\">Legend</h2>\n"
        "<ul class=\"legend\">\n"
        "<li><span class=\"letter R\">R</span><span><strong>Responsible</strong>: Does "
        "it</span></li>\n"
        "<li><span class=\"letter A\">A</span><span><strong>Accountable</strong>: Approves "
        "it</span></li>\n"
        "<li><span class=\"letter C\">C</span><span><strong>Consulted</strong>: Is "
        "asked</span></li>\n"
        "<li><span class=\"letter I\">I</span><span><strong>Informed</strong>: Is "
        "told</span></li>\n"
        "</ul>\n"
        "</header>");
}

TEST_CASE("HTML export: the filter counts the activities, and every footnote is listed") {
  const std::string html = raci::export_html(raci::test::sample_matrix());
  CHECK(between(html, "<div class=\"filter\"", "</div>") ==
        "<div class=\"filter\" role=\"search\" hidden>\n"
        "<input id=\"filter\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" "
        "placeholder=\"Filter activities (e.g. backup)\" aria-label=\"Filter activities\">\n"
        "<span id=\"count\" class=\"count\" aria-live=\"polite\">5 of 5 activities</span>\n"
        "</div>");
  CHECK(between(html, "<footer>", "</footer>") ==
        "<footer>\n"
        "<h2 id=\"footnotes\">Notes</h2>\n"
        "<ol>\n"
        "<li id=\"fn-1\" value=\"1\">Backups are kept for 30 days in a second data centre, then "
        "deleted for good at the end.</li>\n"
        "<li id=\"fn-2\" value=\"2\">On request.</li>\n"
        "</ol>\n"
        "</footer>");
}

TEST_CASE("HTML export: the meta line shows the provider and the source that are set") {
  CHECK(between(html_of("provider: P\nsource: S v1"), "<header>", "<h2") ==
        "<header>\n<h1>T</h1>\n<p class=\"meta\">Provider: P · Source: S v1</p>\n<h2");
  CHECK(between(html_of("source: S v1"), "<header>", "<h2") ==
        "<header>\n<h1>T</h1>\n<p class=\"meta\">Source: S v1</p>\n<h2");
  CHECK(between(html_of(""), "<header>", "<h2") == "<header>\n<h1>T</h1>\n<h2");
  CHECK(between(html_of(""), "<title>", "</title>") == "<title>T</title>");
}

TEST_CASE("HTML export: the page carries each row's stems, the words' stems and the glossary") {
  const std::string html = raci::export_html(raci::load_matrix_yaml(R"(format: 1
title: T
roles:
  R: {name: Responsible, description: r}
  A: {name: Accountable, description: a}
  C: {name: Consulted, description: c}
  I: {name: Informed, description: i}
parties:
  - {id: client, name: Client}
sections:
  - id: s
    title: S
    activities:
      - {id: run-backups, text: Run backups, text_fr: Lancer les sauvegardes, roles: {client: R}}
glossary:
  - {term: BK, same: [backup], lang: en}
)",
                                                                    "g.yaml"));
  CHECK(
      between(html, "id=\"search-data\">", "</script>") ==
      "id=\"search-data\">"
      R"({"languages":["en","fr","de","es","it",""],"fields":[0,0,1,2,3,4,0],)"
      R"("rows":{"run-backups":["run backup","","lanc le sauvegard","","","","run backup"]},)"
      R"("stems":{"run":["run","run","run","run","run","run"],)"
      R"("backups":["backup","backup","backups","backups","backups","backups"],)"
      R"("lancer":["lancer","lanc","lanc","lanc","lancer","lancer"],)"
      R"("les":["les","le","les","les","les","les"],)"
      R"("sauvegardes":["sauvegard","sauvegard","sauvegard","sauvegard","sauvegardes","sauvegardes"],)"
      R"("bk":["bk","bk","bk","bk","bk","bk"],"backup":["backup","backup","backup","backup","backup","backup"]},)"
      R"("glossary":[{"language":0,"phrases":[["bk"],["backup"]]}]})"
      "</script>");
}

TEST_CASE("HTML export: a matrix without footnotes has no footer") {
  const std::string html = html_of("");
  CHECK(html.find("<footer>") == std::string::npos);
  // The search data and the script follow the main part directly.
  CHECK(html.find("</main>\n<script type=\"application/json\" id=\"search-data\">") !=
        std::string::npos);
}

TEST_CASE("HTML export: a legend's other letters are listed and shown in the role cells") {
  const raci::Matrix rasci =
      raci::load_matrix_file(std::string(RACI_TEST_DATA_DIR) + "/rasci.yaml");
  const std::string html = raci::export_html(rasci);
  CHECK(html.find("<li><span class=\"letter S\" style=\"background: #0a7d6c\">S</span><span>"
                  "<strong>Support</strong>: Helps the one who does the work</span></li>\n") !=
        std::string::npos);
  // Deploy: the vendor's CS, S after C.
  CHECK(
      html.find("<td class=\"roles\"><span class=\"letter C\" title=\"Consulted\">C</span>"
                "<span class=\"letter S\" style=\"background: #0a7d6c\" title=\"Support\">S</span>"
                "</td>") != std::string::npos);
}
