// The `list` and `who` tables (src/render/format_table.cpp).
#include <catch2/catch.hpp>
#include <string>

#include "legend_yaml.hpp"
#include "raci/render/format.hpp"
#include "sample_matrix.hpp"

using raci::test::sample_all;
using raci::test::sample_matrix;
using raci::test::sample_selection;

TEST_CASE(
    "List table: ids, texts with footnote markers, letters per party, under section "
    "headings, then the cited footnotes") {
  CHECK(raci::list_table(sample_matrix(), sample_all(), raci::Layout{}) ==
        "  ID               ACTIVITY                                     Client  Example Host\n"
        "Onboarding\n"
        "  size-platform    Size the platform                            RA      CI\n"
        "  install-servers  Install the servers, racks and \"cables\" [2]          RA\n"
        "Operations / Backup\n"
        "  backup-policy    Define the backup policy [1]                 RA      C\n"
        "  backup-run       Run the backups [1] [2]                      I       RA\n"
        "Misc | pipes\n"
        "  both-do          Both do it | together                        R       RA\n"
        "\n"
        "Footnotes\n"
        "  [1] Backups are kept for 30 days in a second data centre, then deleted for good at "
        "the end.\n"
        "  [2] On request.\n");
}

TEST_CASE(
    "List table: only the footnotes the selection cites, without a footnote section "
    "when none is") {
  CHECK(raci::list_table(sample_matrix(), sample_selection({"install-servers"}), raci::Layout{}) ==
        "  ID               ACTIVITY                                     Client  Example Host\n"
        "Onboarding\n"
        "  install-servers  Install the servers, racks and \"cables\" [2]          RA\n"
        "\n"
        "Footnotes\n"
        "  [2] On request.\n");
  CHECK(raci::list_table(sample_matrix(), sample_selection({"both-do"}), raci::Layout{}) ==
        "  ID       ACTIVITY               Client  Example Host\n"
        "Misc | pipes\n"
        "  both-do  Both do it | together  R       RA\n");
}

TEST_CASE("List table: footnotes wrap to the width under their marker") {
  const raci::Layout layout{false, 80};
  CHECK(raci::list_table(sample_matrix(), sample_selection({"backup-policy", "backup-run"}),
                         layout) ==
        "  ID             ACTIVITY                      Client  Example Host\n"
        "Operations / Backup\n"
        "  backup-policy  Define the backup policy [1]  RA      C\n"
        "  backup-run     Run the backups [1] [2]       I       RA\n"
        "\n"
        "Footnotes\n"
        "  [1] Backups are kept for 30 days in a second data centre, then deleted for\n"
        "      good at the end.\n"
        "  [2] On request.\n");
}

TEST_CASE("List table: an empty selection is the header alone") {
  CHECK(raci::list_table(sample_matrix(), {}, raci::Layout{}) ==
        "ID  ACTIVITY  Client  Example Host\n");
}

TEST_CASE("List table: with colour, the footnotes heading is bold") {
  const std::string out =
      raci::list_table(sample_matrix(), sample_selection({"backup-run"}), raci::Layout{true, 0});
  const std::string tail =
      "\n\x1b[1mFootnotes\x1b[0m\n  [1] Backups are kept for 30 days in a second "
      "data centre, then deleted for good at the end.\n  [2] On request.\n";
  REQUIRE(out.size() > tail.size());
  CHECK(out.substr(out.size() - tail.size()) == tail);
}

TEST_CASE("Who table: for each role the parties holding it, \"both\" when both do") {
  CHECK(raci::who_table(sample_matrix(), sample_all(), raci::Layout{}) ==
        "  ACTIVITY                                     R             A             C             "
        "I\n"
        "Onboarding\n"
        "  Size the platform                            Client        Client        Example Host  "
        "Example Host\n"
        "  Install the servers, racks and \"cables\" [2]  Example Host  Example Host\n"
        "Operations / Backup\n"
        "  Define the backup policy [1]                 Client        Client        Example Host\n"
        "  Run the backups [1] [2]                      Example Host  Example Host                "
        "Client\n"
        "Misc | pipes\n"
        "  Both do it | together                        both          Example Host\n"
        "\n"
        "Footnotes\n"
        "  [1] Backups are kept for 30 days in a second data centre, then deleted for good at the "
        "end.\n"
        "  [2] On request.\n");
}

TEST_CASE("Who table: ids as a column on a wide terminal, on their own line when narrow") {
  const raci::Selection one{&sample_matrix().activities()[2]};
  // Piped (width 0): no ids unless asked for.
  CHECK(raci::who_table(sample_matrix(), one, raci::Layout{}) ==
        "  ACTIVITY                      R       A       C             I\n"
        "Operations / Backup\n"
        "  Define the backup policy [1]  Client  Client  Example Host\n"
        "\n"
        "Footnotes\n"
        "  [1] Backups are kept for 30 days in a second data centre, then deleted for good at the "
        "end.\n");
  std::string wide;
  raci::write_who_table(raci::append_to(wide), sample_matrix(), one, raci::Layout{false, 100});
  CHECK(wide.substr(0, wide.find("\n\n")) ==
        "  ID             ACTIVITY                      R       A       C             I\n"
        "Operations / Backup\n"
        "  backup-policy  Define the backup policy [1]  Client  Client  Example Host");
  // 40 columns: the id is left out unless asked for, and the text goes above the parties.
  std::string narrow;
  raci::write_who_table(raci::append_to(narrow), sample_matrix(), one, raci::Layout{false, 40});
  CHECK(narrow.substr(0, narrow.find("\n\n")) ==
        "  ACTIVITY\n"
        "    R       A       C             I\n"
        "Operations / Backup\n"
        "  Define the backup policy [1]\n"
        "    Client  Client  Example Host");
  std::string forced;
  raci::write_who_table(raci::append_to(forced), sample_matrix(), one, raci::Layout{false, 40}, {},
                        raci::IdColumn::always);
  CHECK(forced.substr(0, forced.find("\n\n")) ==
        "  ID\n"
        "  ACTIVITY\n"
        "    R       A       C             I\n"
        "Operations / Backup\n"
        "  backup-policy\n"
        "  Define the backup policy [1]\n"
        "    Client  Client  Example Host");
}

TEST_CASE("Who table: with three parties, two holders are named, not \"both\"") {
  const raci::Matrix matrix = raci::load_matrix_yaml(R"(format: 1
title: T
)" + raci::test::legend_yaml + R"(parties:
  - {id: a, name: Ann}
  - {id: b, name: Bob}
  - {id: c, name: Cyd}
sections:
  - id: s
    title: S
    activities:
      - {id: x, text: X, roles: {a: R, b: RA, c: R}}
      - {id: y, text: Y, roles: {a: C, c: C}}
)",
                                                     "three.yaml");
  raci::Selection all{&matrix.activities()[0], &matrix.activities()[1]};
  CHECK(raci::who_table(matrix, all, raci::Layout{}) ==
        "  ACTIVITY  R              A    C         I\n"
        "S\n"
        "  X         Ann, Bob, Cyd  Bob\n"
        "  Y                             Ann, Cyd\n");
}
