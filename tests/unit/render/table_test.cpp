#include "raci/render/table.hpp"

#include <catch2/catch.hpp>

TEST_CASE("Table: columns align by display width, accents and CJK included") {
  raci::Table table({raci::Cell("NAME"), raci::Cell("ROLE")}, {});
  table.add_row({raci::Cell("Sécurité"), raci::Cell("RA")});
  table.add_row({raci::Cell("漢字"), raci::Cell("C")});
  table.add_row({raci::Cell("ascii"), raci::Cell("I")});
  CHECK(table.render({false, 0}) ==
        "NAME      ROLE\n"
        "Sécurité  RA\n"
        "漢字      C\n"
        "ascii     I\n");
}

TEST_CASE("Table: control characters in cells are shown escaped") {
  raci::Table table({raci::Cell("TEXT")}, {});
  table.add_row({raci::Cell("ring\a the \x1b[2J bell")});
  CHECK(table.render({false, 0}) == "TEXT\nring\\x07 the \\x1b[2J bell\n");
}

TEST_CASE("Table: the flexible column wraps to the width, under headings") {
  raci::Table table({raci::Cell("ID"), raci::Cell("ACTIVITY"), raci::Cell("R")}, {1});
  table.add_heading("Backup");
  table.add_row({raci::Cell("backup-capacity"),
                 raci::Cell("Manage capacities on backup infrastructures integrated"),
                 raci::Cell("RA")});
  CHECK(table.render({false, 44}) ==
        "  ID               ACTIVITY               R\n"
        "Backup\n"
        "  backup-capacity  Manage capacities on   RA\n"
        "                   backup\n"
        "                   infrastructures\n"
        "                   integrated\n");
  // 44 columns: the R column is as wide as "RA". Piped (width 0): one line per row.
  CHECK(table.render({false, 0}) ==
        "  ID               ACTIVITY                                                R\n"
        "Backup\n"
        "  backup-capacity  Manage capacities on backup infrastructures integrated  RA\n");
}

TEST_CASE("Table: colour paints letters and headings only when asked") {
  raci::Table table({raci::Cell("R")}, {});
  table.add_row({raci::Cell("RA", raci::paint_letters("RA", true))});
  CHECK(table.render({true, 0}) ==
        "\x1b[1mR\x1b[0m\n\x1b[1m\x1b[32mR\x1b[0m\x1b[1m\x1b[31mA\x1b[0m\n");
  CHECK(table.render({false, 0}) == "R\nRA\n");
}
