#include "app.hpp"

int main(int argc, char** argv) {
  return raci::cli::run(argc, argv, raci::cli::Teardown::skip);
}
