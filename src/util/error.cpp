#include "raci/util/error.hpp"

#include "raci/util/text.hpp"

namespace raci {

DataError::DataError(std::string file, Location location, std::string message)
    : Error(located(file, location, message)),
      file_(std::move(file)),
      location_(location),
      message_(std::move(message)) {}

}  // namespace raci
