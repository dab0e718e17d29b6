#!/usr/bin/env bash
# Builds participatie as scripts/maak-verslag.sh does (release, with the Swift runtime linked in, so the
# program needs no Swift toolchain to run) and installs it with its completions for bash, zsh and fish:
#   PREFIX/bin/participatie
#   PREFIX/share/bash-completion/completions/participatie
#   PREFIX/share/zsh/site-functions/_participatie
#   PREFIX/share/fish/vendor_completions.d/participatie.fish
# Usage: scripts/installeer.sh [PREFIX]   (default /usr/local; for yourself only: scripts/installeer.sh ~/.local)
# Uses sudo only when PREFIX cannot be written otherwise.
set -euo pipefail
if [ "$#" -gt 1 ]; then
  echo "gebruik: scripts/installeer.sh [PREFIX]" >&2
  exit 2
fi
prefix="${1:-/usr/local}"
prefix="${prefix%/}"
[ -n "$prefix" ] || prefix=/
cd "$(dirname "$0")/.."
. scripts/vereisten.sh
ensure_build_dependencies
release_build_flags
echo "participatie bouwen (release)…" >&2
swift build "${RELEASE_FLAGS[@]}" --product participatie >&2
binary="$(swift build "${RELEASE_FLAGS[@]}" --show-bin-path)/participatie"

# The nearest folder of PREFIX that exists decides whether sudo is needed.
existing="$prefix"
while [ ! -e "$existing" ]; do existing="$(dirname "$existing")"; done
if [ -w "$existing" ]; then run=(); else run=(sudo); fi

completions="$(mktemp -d)"
trap 'rm -rf "$completions"' EXIT
"$binary" --generate-completion-script bash > "$completions/participatie"
"$binary" --generate-completion-script zsh > "$completions/_participatie"
"$binary" --generate-completion-script fish > "$completions/participatie.fish"

"${run[@]}" install -d "$prefix/bin" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
"${run[@]}" install -m 755 "$binary" "$prefix/bin/participatie"
"${run[@]}" install -m 644 "$completions/participatie" "$prefix/share/bash-completion/completions/participatie"
"${run[@]}" install -m 644 "$completions/_participatie" "$prefix/share/zsh/site-functions/_participatie"
"${run[@]}" install -m 644 "$completions/participatie.fish" "$prefix/share/fish/vendor_completions.d/participatie.fish"

echo "geïnstalleerd: $prefix/bin/participatie ($("$prefix/bin/participatie" --version))"
echo "aanvullen met Tab: $prefix/share/{bash-completion/completions,zsh/site-functions,fish/vendor_completions.d}"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "let op: $prefix/bin staat niet in PATH; zet in ~/.profile: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
