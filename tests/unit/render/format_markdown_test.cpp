// The Markdown and checklist formats (src/render/format_markdown.cpp).
#include <catch2/catch.hpp>
#include <string>

#include "raci/render/format.hpp"
#include "sample_matrix.hpp"

using raci::test::sample_all;
using raci::test::sample_matrix;
using raci::test::sample_selection;

TEST_CASE("Markdown: a heading per section, a table of bold letters, the cited footnotes") {
  CHECK(raci::activities_markdown(sample_matrix(), sample_all()) ==
        "---\n"
        "title: \"Hosting \\\"Matrix\\\"\"\n"
        "---\n"
        "\n"
        "## Onboarding\n"
        "\n"
        "Before the service starts.\n"
        "\n"
        "| Activity | Client | Example Host |\n"
        "|---|---|---|\n"
        "| Size the platform | **RA** | **CI** |\n"
        "| Install the servers, racks and \"cables\" (2) |  | **RA** |\n"
        "\n"
        "## Operations\n"
        "\n"
        "### Backup\n"
        "\n"
        "| Activity | Client | Example Host |\n"
        "|---|---|---|\n"
        "| Define the backup policy (1) | **RA** | **C** |\n"
        "| Run the backups (1) (2) | **I** | **RA** |\n"
        "\n"
        "## Misc | pipes\n"
        "\n"
        "| Activity | Client | Example Host |\n"
        "|---|---|---|\n"
        "| Both do it \\| together | **R** | **RA** |\n"
        "\n"
        "*(1) Backups are kept for 30 days in a second data centre, then deleted for good at the "
        "end.*\n"
        "\n"
        "*(2) On request.*\n");
}

TEST_CASE(
    "Markdown: a selection opens the headings of its sections only, and cites its own "
    "footnotes") {
  CHECK(raci::activities_markdown(sample_matrix(), sample_selection({"install-servers"})) ==
        "---\n"
        "title: \"Hosting \\\"Matrix\\\"\"\n"
        "---\n"
        "\n"
        "## Onboarding\n"
        "\n"
        "Before the service starts.\n"
        "\n"
        "| Activity | Client | Example Host |\n"
        "|---|---|---|\n"
        "| Install the servers, racks and \"cables\" (2) |  | **RA** |\n"
        "\n"
        "*(2) On request.*\n");
  CHECK(raci::activities_markdown(sample_matrix(), sample_selection({"both-do"})) ==
        "---\n"
        "title: \"Hosting \\\"Matrix\\\"\"\n"
        "---\n"
        "\n"
        "## Misc | pipes\n"
        "\n"
        "| Activity | Client | Example Host |\n"
        "|---|---|---|\n"
        "| Both do it \\| together | **R** | **RA** |\n");
}

TEST_CASE("Markdown: an empty selection is the front matter alone") {
  CHECK(raci::activities_markdown(sample_matrix(), {}) ==
        "---\ntitle: \"Hosting \\\"Matrix\\\"\"\n---\n");
}

TEST_CASE("Markdown: the whole document has the description, the legend and every footnote") {
  CHECK(raci::activities_markdown(sample_matrix(), sample_selection({"size-platform"}),
                                  raci::MarkdownDocument::whole) ==
        "---\n"
        "title: \"Hosting \\\"Matrix\\\"\"\n"
        "---\n"
        "\n"
        "Who does what.\n"
        "\n"
        "## Roles\n"
        "\n"
        "| Role | Description |\n"
        "|---|---|\n"
        "| (R) Responsible | Does it |\n"
        "| (A) Accountable | Approves it |\n"
        "| (C) Consulted | Is asked |\n"
        "| (I) Informed | Is told |\n"
        "\n"
        "## Onboarding\n"
        "\n"
        "Before the service starts.\n"
        "\n"
        "| Activity | Client | Example Host |\n"
        "|---|---|---|\n"
        "| Size the platform | **RA** | **CI** |\n"
        "\n"
        "*(1) Backups are kept for 30 days in a second data centre, then deleted for good at the "
        "end.*\n"
        "\n"
        "*(2) On request.*\n");
}

TEST_CASE("Markdown: control characters are escaped and pipes in cells too") {
  const raci::Matrix matrix = raci::load_matrix_yaml(R"(format: 1
title: "T\e[31m"
roles:
  R: {name: "Re|sponsible", description: Does it}
  A: {name: Accountable, description: Approves it}
  C: {name: Consulted, description: Is asked}
  I: {name: Informed, description: Is told}
parties:
  - {id: a, name: "A|B"}
sections:
  - id: s
    title: "S\tT"
    activities:
      - {id: x, text: "one\ntwo", roles: {a: R}}
)",
                                                     "m.yaml");
  CHECK(raci::activities_markdown(matrix, {&matrix.activities()[0]}) ==
        "---\n"
        "title: \"T\\u001b[31m\"\n"
        "---\n"
        "\n"
        "## S\\tT\n"
        "\n"
        "| Activity | A\\|B |\n"
        "|---|---|\n"
        "| one\\ntwo | **R** |\n");
}

TEST_CASE("Checklist: a task per activity under the section headings, letters and footnotes") {
  CHECK(raci::activities_checklist(sample_matrix(), sample_all()) ==
        "# Hosting \"Matrix\"\n"
        "\n"
        "## Onboarding\n"
        "\n"
        "Before the service starts.\n"
        "\n"
        "- [ ] Size the platform (Client RA, Example Host CI)\n"
        "- [ ] Install the servers, racks and \"cables\" (Example Host RA)\n"
        "  - Footnote 2: On request.\n"
        "\n"
        "## Operations\n"
        "\n"
        "### Backup\n"
        "\n"
        "- [ ] Define the backup policy (Client RA, Example Host C)\n"
        "  - Footnote 1: Backups are kept for 30 days in a second data centre, then deleted for "
        "good at the end.\n"
        "- [ ] Run the backups (Client I, Example Host RA)\n"
        "  - Footnote 1: Backups are kept for 30 days in a second data centre, then deleted for "
        "good at the end.\n"
        "  - Footnote 2: On request.\n"
        "\n"
        "## Misc | pipes\n"
        "\n"
        "- [ ] Both do it | together (Client R, Example Host RA)\n");
  CHECK(raci::activities_checklist(sample_matrix(), {}) == "# Hosting \"Matrix\"\n\n");
}

TEST_CASE("Checklist: one party's letters alone") {
  CHECK(raci::activities_checklist(sample_matrix(),
                                   sample_selection({"size-platform", "install-servers"}), {0}) ==
        "# Hosting \"Matrix\"\n"
        "\n"
        "## Onboarding\n"
        "\n"
        "Before the service starts.\n"
        "\n"
        "- [ ] Size the platform (RA)\n"
        "- [ ] Install the servers, racks and \"cables\"\n"
        "  - Footnote 2: On request.\n");
}

TEST_CASE("Who Markdown: a column per letter naming the parties that hold it") {
  CHECK(raci::who_markdown(sample_matrix(),
                           sample_selection({"backup-policy", "backup-run", "both-do"})) ==
        "---\n"
        "title: \"Hosting \\\"Matrix\\\"\"\n"
        "---\n"
        "\n"
        "## Operations\n"
        "\n"
        "### Backup\n"
        "\n"
        "| Activity | R | A | C | I |\n"
        "|---|---|---|---|---|\n"
        "| Define the backup policy (1) | Client | Client | Example Host |  |\n"
        "| Run the backups (1) (2) | Example Host | Example Host |  | Client |\n"
        "\n"
        "## Misc | pipes\n"
        "\n"
        "| Activity | R | A | C | I |\n"
        "|---|---|---|---|---|\n"
        "| Both do it \\| together | Client, Example Host | Example Host |  |  |\n"
        "\n"
        "*(1) Backups are kept for 30 days in a second data centre, then deleted for good at the "
        "end.*\n"
        "\n"
        "*(2) On request.*\n");
}
