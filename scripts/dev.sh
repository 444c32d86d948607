#!/usr/bin/env bash
# The two commands of the README:
#   ./scripts/dev.sh run  [-- ARGS...]   install what is missing, build, start the GUI on the default database
#   ./scripts/dev.sh test                 install what is missing, build, run the whole suite through ctest
# Other verbs: setup (packages only), build, cli [ARGS...], bench [ARGS...].
# PRESET=asan selects the sanitizer build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
preset=${PRESET:-default}

# The Debian 12 packages the stack needs (../shared/toolchain.md): the one list, used by setup and by CI.
packages=(build-essential cmake ninja-build qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev qt6-pdf-dev libspdlog-dev libfmt-dev
    googletest libgtest-dev libgmock-dev libpoppler-qt6-dev poppler-utils xvfb xauth imagemagick libnss3-tools
    sqlite3 qt6-translations-l10n zlib1g-dev libxlsxwriter-dev libzip-dev postgresql libqt6sql6-psql)

setup() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset"
}

case "${1:-}" in
    setup)
        setup ;;
    build)
        setup; build ;;
    run)
        shift; [ "${1:-}" = "--" ] && shift
        setup; build
        exec "build/$preset/src/app/passerelle" "$@" ;;
    cli)
        shift
        setup; build
        exec "build/$preset/src/cli/passerelle-cli" "$@" ;;
    test)
        setup; build
        ctest --preset "$preset" -j"$(nproc)" ;;
    bench)
        shift; [ "${1:-}" = "--" ] && shift
        setup; build
        exec "build/$preset/src/bench/passerelle-bench" "$@" ;;
    *)
        echo "usage: $0 run [-- ARGS...] | test | setup | build | cli ARGS... | bench ARGS..." >&2
        exit 2 ;;
esac
