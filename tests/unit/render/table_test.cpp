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

TEST_CASE("Table: a flexible column is never narrower than its longest word or its header") {
  raci::Table table({raci::Cell("ID"), raci::Cell("DESCRIPTION")}, {1});
  table.add_row({raci::Cell("x"), raci::Cell("an extraordinarily long word")});
  // 16 columns asked for: DESCRIPTION keeps 19 for "extraordinarily" and its header's 11.
  CHECK(table.render({false, 16}) ==
        "ID  DESCRIPTION\n"
        "x   an\n"
        "    extraordinarily\n"
        "    long word\n");
}

TEST_CASE("Table: a spillable column before the row goes on a line of its own, never cut") {
  raci::Table table({raci::Cell("ID"), raci::Cell("ACTIVITY"), raci::Cell("R")}, {1}, {0});
  table.add_heading("Backup");
  table.add_row({raci::Cell("third-party-backup-operation"),
                 raci::Cell("Ensure the operation of third-party backups"), raci::Cell("RA")});
  // Fits: one line.
  CHECK(table.render({false, 80}) ==
        "  ID                            ACTIVITY                                     R\n"
        "Backup\n"
        "  third-party-backup-operation  Ensure the operation of third-party backups  RA\n");
  // 40 columns: the id above, the rest indented by two more.
  CHECK(table.render({false, 40}) ==
        "  ID\n"
        "    ACTIVITY                          R\n"
        "Backup\n"
        "  third-party-backup-operation\n"
        "    Ensure the operation of           RA\n"
        "    third-party backups\n");
}

TEST_CASE("Table: a spillable column after the text goes below it rather than squeeze it") {
  raci::Table table({raci::Cell("N"), raci::Cell("TEXT"), raci::Cell("CITED BY")}, {1, 2}, {2});
  table.add_row({raci::Cell("1"),
                 raci::Cell("Backups are kept for thirty days in a second data centre, then "
                            "deleted for good"),
                 raci::Cell("backup-policy-lifecycle, backup-run")});
  CHECK(table.render({false, 60}) ==
        "N  TEXT\n"
        "   CITED BY\n"
        "1  Backups are kept for thirty days in a second data centre,\n"
        "   then deleted for good\n"
        "   backup-policy-lifecycle, backup-run\n");
}

TEST_CASE("Table: a droppable column makes way when the text would be a sliver") {
  raci::Table table({raci::Cell("ID"), raci::Cell("TEXT"), raci::Cell("R")}, {1}, {}, {0});
  table.add_row({raci::Cell("platform-sizing"),
                 raci::Cell("Properly size your Cloud Temple platform (compute, storage)"),
                 raci::Cell("RA")});
  CHECK(table.render({false, 100}) ==
        "ID               TEXT                                                         R\n"
        "platform-sizing  Properly size your Cloud Temple platform (compute, storage)  RA\n");
  CHECK(table.render({false, 50}) ==
        "TEXT                                            R\n"
        "Properly size your Cloud Temple platform        RA\n"
        "(compute, storage)\n");
}
