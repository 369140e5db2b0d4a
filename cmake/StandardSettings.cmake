# Warnings and sanitizers as INTERFACE targets, linked PRIVATE by every target of the project.

add_library(raci_warnings INTERFACE)
target_compile_options(raci_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  # GCC 12 flags designated initializers that rely on default member initializers.
  -Wno-missing-field-initializers
  $<$<BOOL:${RACI_WERROR}>:-Werror>)

add_library(raci_sanitizers INTERFACE)
if(RACI_SANITIZE)
  target_compile_options(raci_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(raci_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
