#include "import/default_legend.hpp"

#include <utility>

namespace raci::detail {

const Legend* default_legend(std::string_view language) {
  // The names and descriptions most of the provider's documents of each language use
  // (tests/data/import/cloud-temple/LANG/), so a document without a legend reads like its
  // siblings. Informed is the short form: the longer one names channels (tooling, portal,
  // messaging) that not every offer has.
  static constexpr std::array<std::pair<std::string_view, Legend>, 5> legends{{
      {"en",
       {{{"Responsible", "Responsible for executing the process"},
         {"Accountable", "Approves the completion of the process"},
         {"Consulted", "Consulted during the process"},
         {"Informed", "Informed of the process results"}}}},
      {"fr",
       {{{"Réalise", "Réalise le processus"},
         {"Approuve", "Approuve la réalisation du processus"},
         {"Consulte", "Consulté pendant le processus"},
         {"Informé", "Informé des résultats du processus"}}}},
      {"de",
       {{{"Durchführt", "Durchführt den Prozess"},
         {"Genehmigt", "Genehmigt die Durchführung des Prozesses"},
         {"Konsultiert", "Konsultiert während des Prozesses"},
         {"Informiert", "Informiert über die Ergebnisse des Prozesses"}}}},
      {"es",
       {{{"Realiza", "Realiza el proceso"},
         {"Aprueba", "Aprueba la realización del proceso"},
         {"Consulta", "Consultado durante el proceso"},
         {"Informado", "Informado de los resultados del proceso"}}}},
      {"it",
       {{{"Esegue", "Realizza il processo"},
         {"Approva", "Approva la realizzazione del processo"},
         {"Consulta", "Consultato durante il processo"},
         {"Informato", "Informato sui risultati del processo"}}}},
  }};
  for (const auto& [tag, legend] : legends) {
    if (tag == language) return &legend;
  }
  return nullptr;
}

}  // namespace raci::detail
