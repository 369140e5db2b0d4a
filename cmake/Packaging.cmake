# cpack -G DEB: two Debian packages from the install components.
#   raci          the binary, man page and completions; Depends computed by dpkg-shlibdeps.
#   libraci-dev   the library, headers and CMake package; Depends on the -dev packages of
#                 what libraci.a links (a static library: dpkg-shlibdeps cannot see those).
# scripts/package builds them (with Debian's shared libraries, as Debian policy wants).
set(CPACK_PACKAGE_NAME raci)
set(CPACK_PACKAGE_VENDOR "raci")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "who does what: query a RACI responsibility matrix")
set(CPACK_PACKAGE_DESCRIPTION
    "raci answers \"who does what?\" from a responsibility (RACI) matrix: which party is\n"
    "Responsible, Accountable, Consulted or Informed for each activity. The Cloud Temple\n"
    "IaaS matrix is built in; others are imported from Markdown, validated and diffed.")
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime development)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "raci maintainers <raci@localhost>")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME raci)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME libraci-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
    "libyaml-cpp-dev, libutf8proc-dev, libstemmer-dev, libgumbo-dev, nlohmann-json3-dev, libfmt-dev")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_COMPONENT_DEVELOPMENT_DESCRIPTION
    "The raci library: load, query, validate, import and export RACI matrices from C++.\n"
    "find_package(raci) and target_link_libraries(app raci::raci).")
include(CPack)
