#pragma once

#include <string>
#include <vector>

#include "legend_yaml.hpp"
#include "raci/load/loader.hpp"
#include "raci/model/matrix.hpp"
#include "raci/render/format.hpp"

namespace raci::test {

// A small matrix for the output formats: a section with a description, one with a
// subsection, one without a phase; a French original, a note, text that CSV must quote and
// Markdown must escape, footnotes cited once and twice.
inline const std::string sample_yaml = R"(format: 1
title: Hosting "Matrix"
provider: Example Host
description: Who does what.
)" + raci::test::legend_yaml + R"(parties:
  - id: client
    name: Client
  - id: example-host
    name: Example Host
footnotes:
  - number: 1
    text: Backups are kept for 30 days in a second data centre, then deleted for good at the end.
  - number: 2
    text: On request.
sections:
  - id: onboarding
    title: Onboarding
    phase: onboarding
    description: Before the service starts.
    activities:
      - id: size-platform
        text: Size the platform
        roles: {client: RA, example-host: CI}
      - id: install-servers
        text: Install the servers, racks and "cables"
        roles: {example-host: RA}
        footnotes: [2]
  - id: operations
    title: Operations
    phase: run
    sections:
      - id: backup
        title: Backup
        activities:
          - id: backup-policy
            text: Define the backup policy
            text_fr: Définir la politique de sauvegarde
            note: marker
            roles: {client: RA, example-host: C}
            footnotes: [1]
          - id: backup-run
            text: Run the backups
            roles: {client: I, example-host: RA}
            footnotes: [1, 2]
  - id: misc
    title: Misc | pipes
    activities:
      - id: both-do
        text: Both do it | together
        roles: {client: R, example-host: RA}
)";

inline const Matrix& sample_matrix() {
  static const Matrix matrix = load_matrix_yaml(sample_yaml, "sample.yaml");
  return matrix;
}

// The activities with these ids, in the order given.
inline Selection sample_selection(const std::vector<std::string>& ids) {
  Selection out;
  for (const std::string& id : ids)
    out.push_back(sample_matrix().find_activity(id));
  return out;
}

inline Selection sample_all() {
  Selection out;
  for (const Activity& activity : sample_matrix().activities())
    out.push_back(&activity);
  return out;
}

}  // namespace raci::test
