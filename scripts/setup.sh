#!/usr/bin/env bash
# Installs everything verstka needs on Debian 12, from Debian's and npm's registries only.
# Idempotent: when everything is present it only checks and returns in about a second.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

CMARK_VERSION=0.30.2
CMARK_TARBALL="third_party/cmark_${CMARK_VERSION}.orig.tar.gz"
CMARK_SHA256=6c7d2bcaea1433d977d8fed0b55b71c9d045a7cdf616e3cd2dce9007da753db3

DEBIAN_PACKAGES=(
  g++ cmake ninja-build pkg-config git ca-certificates
  emscripten binaryen node-acorn
  libcmark-dev nlohmann-json3-dev doctest-dev
  clang-format clang-tidy
  chromium
  dpkg-dev
  clang-14 libclang-rt-14-dev valgrind
  hunspell-ru hunspell-tools libhyphen-dev
)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

log() { printf 'setup: %s\n' "$*" >&2; }

missing_packages() {
  local p
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then
    sudo_if_needed apt-get update -qq
    apt_updated=1
  fi
}

install_debian_packages() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  if [ -n "${missing// /}" ]; then
    log "installing Debian packages: $missing"
    apt_update_once
    # shellcheck disable=SC2086
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
  fi
}

# The deb-src entry mirrors the machine's own `Types: deb` entry, so the source comes from
# the same Debian mirror the binaries came from.
ensure_deb_src() {
  local list=/etc/apt/sources.list.d/verstka-src.sources
  [ -f "$list" ] && return 0
  local uri
  uri=$(awk '/^Types:.*deb/ && !/deb-src/ {t=1} t && /^URIs:/ {print $2; exit}' \
        /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  if [ -z "$uri" ]; then
    uri=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  fi
  [ -n "$uri" ] || { log "cannot find a Debian mirror in the apt sources"; exit 1; }
  log "adding deb-src entry for $uri"
  printf 'Types: deb-src\nURIs: %s\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$uri" | sudo_if_needed tee "$list" >/dev/null
  apt_updated=0
}

sha256_ok() {
  [ -f "$1" ] && echo "$CMARK_SHA256  $1" | sha256sum -c --status
}

fetch_cmark_source() {
  sha256_ok "$CMARK_TARBALL" && return 0
  ensure_deb_src
  apt_update_once
  mkdir -p third_party
  local tmp
  tmp=$(mktemp -d)
  log "fetching cmark $CMARK_VERSION source from Debian"
  # apt warns about the unsandboxed download when run as root; the SHA256 check below is our guard.
  (cd "$tmp" && apt-get source --download-only -qq "cmark" >/dev/null 2>&1)
  cp "$tmp/cmark_${CMARK_VERSION}.orig.tar.gz" "$CMARK_TARBALL"
  rm -rf "$tmp"
  sha256_ok "$CMARK_TARBALL" || { log "SHA256 mismatch for $CMARK_TARBALL"; rm -f "$CMARK_TARBALL"; exit 1; }
}

# The Russian hyphenation patterns of TeX's hyph-utf8 (LPPL), as Debian ships them in
# texlive-lang-cyrillic: only the package's two pattern files are kept (third_party/hyph-utf8/),
# the TeX package itself is never installed. The build turns them into the compiled-in table.
HYPH_PACKAGE=texlive-lang-cyrillic
HYPH_DIR=third_party/hyph-utf8
HYPH_SOURCE=usr/share/texlive/texmf-dist/tex/generic/hyph-utf8/patterns/txt
HYPH_FILES=(
  "12fa91c83d56ffefa589cf022d9f24ec5a5f4035b4c09484cf4270128c2c162a hyph-ru.pat.txt"
  "11b1c36c26bab4770505c2331eb85fb3e13f0c0841a7fa80142aee3be332facb hyph-ru.hyp.txt"
)

hyphenation_patterns_ok() {
  local entry
  for entry in "${HYPH_FILES[@]}"; do
    echo "${entry%% *}  $HYPH_DIR/${entry#* }" | sha256sum -c --status 2>/dev/null || return 1
  done
}

fetch_hyphenation_patterns() {
  hyphenation_patterns_ok && return 0
  apt_update_once
  mkdir -p "$HYPH_DIR"
  local tmp entry
  tmp=$(mktemp -d)
  log "fetching the Russian hyphenation patterns from Debian's $HYPH_PACKAGE"
  (cd "$tmp" && apt-get download -qq "$HYPH_PACKAGE" >/dev/null 2>&1)
  dpkg-deb -x "$tmp"/"$HYPH_PACKAGE"_*.deb "$tmp/root"
  for entry in "${HYPH_FILES[@]}"; do
    cp "$tmp/root/$HYPH_SOURCE/${entry#* }" "$HYPH_DIR/"
  done
  rm -rf "$tmp"
  hyphenation_patterns_ok || { log "SHA256 mismatch for the files of $HYPH_DIR"; rm -rf "$HYPH_DIR"; exit 1; }
}

# The word list of the hyphenation agreement test: every form of Debian's hunspell-ru
# dictionary (unmunch expands the affixes), one per line, UTF-8, sorted and unique.
HUNSPELL_FORMS=third_party/hunspell-ru/forms.txt

expand_hunspell_forms() {
  [ -s "$HUNSPELL_FORMS" ] && return 0
  local dic=/usr/share/hunspell/ru_RU.dic aff=/usr/share/hunspell/ru_RU.aff encoding
  encoding=$(awk '$1 == "SET" {print $2; exit}' "$aff")
  log "expanding the hunspell-ru dictionary ($encoding) into $HUNSPELL_FORMS"
  mkdir -p "$(dirname "$HUNSPELL_FORMS")"
  unmunch "$dic" "$aff" 2>/dev/null | iconv -f "${encoding:-UTF-8}" -t UTF-8 |
    LC_ALL=C sort -u > "$HUNSPELL_FORMS.tmp"
  mv "$HUNSPELL_FORMS.tmp" "$HUNSPELL_FORMS"
}

install_npm_packages() {
  local stamp=node_modules/.verstka-lock
  if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then return 0; fi
  log "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  mkdir -p node_modules && cp package-lock.json "$stamp"
}

install_debian_packages
fetch_cmark_source
fetch_hyphenation_patterns
expand_hunspell_forms
install_npm_packages
