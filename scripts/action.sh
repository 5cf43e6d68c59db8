#!/usr/bin/env bash
# The steps of the Imprint GitHub Action (action.yml), as a script so CI runs exactly them
# (.ci/run does, on the seed and sample books) and any other CI can call it too.
#
# Inputs, from the environment (action.yml maps its inputs onto these):
#   IMPRINT_COMMAND      check (default) or build
#   IMPRINT_PATHS        what to check or build, separated by spaces or newlines (default: . for
#                        check, seeds/ for build)
#   IMPRINT_FORMAT       the report file's format: sarif (default), json, epubcheck-json, junit, text
#   IMPRINT_FAIL_ON      error (default) or warning (check only)
#   IMPRINT_CONFIG       a JSON config file (check only)
#   IMPRINT_BASELINE     a baseline file (check only): only new findings fail
#   IMPRINT_VERSION      a release version such as 0.1.0, or "source" to build from the checkout
#   IMPRINT_OUTPUT_DIR   where build writes books (default: build)
#   IMPRINT_REPORT_DIR   where the report goes (default: $RUNNER_TEMP or /tmp, /imprint-report)
#   IMPRINT_RELEASES     base URL of the release downloads (default: this action's repository's
#                        GitHub releases, .../releases/download/v$IMPRINT_VERSION)
#   IMPRINT_TARBALL      a local release tarball to use instead of downloading one (its .sha256
#                        beside it is still verified)
#   IMPRINT_SKIP_PACKAGES=1  do not apt-get the runtime libraries
# Outputs: report=<path> (and imprint=<binary>) on $GITHUB_OUTPUT when set, and printed.
# Exit status: Imprint's own (0 pass, 1 fail, 2 usage or I/O error).
set -euo pipefail

command=${IMPRINT_COMMAND:-check}
format=${IMPRINT_FORMAT:-sarif}
version=${IMPRINT_VERSION:-source}
source_root=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
work=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/imprint-action
report_dir=${IMPRINT_REPORT_DIR:-$work/report}
case "$command" in check|build) ;; *) echo "imprint action: command must be check or build, not '$command'" >&2; exit 2;; esac
case "$format" in sarif|json|epubcheck-json|junit|text|github) ;; *) echo "imprint action: unknown format '$format'" >&2; exit 2;; esac
mkdir -p "$work" "$report_dir"

# 1. The runtime libraries (Debian/Ubuntu names, as README.md lists them).
if [ "${IMPRINT_SKIP_PACKAGES:-0}" != 1 ] && command -v apt-get >/dev/null; then
  packages="libzip4 libdeflate0 libxml2 libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6"
  [ "$version" = source ] && packages="$packages libzip-dev libdeflate-dev libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config"
  missing=""
  for p in $packages; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "imprint action: installing$missing"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
  fi
fi

# 2. The binary: built from the checkout, or the release tarball with its checksum verified.
if [ "$version" = source ]; then
  (cd "$source_root" && swift build -c release --product imprint 2>&1 | tail -1)
  imprint="$(cd "$source_root" && swift build -c release --show-bin-path)/imprint"
else
  name="imprint-$version-linux-$(uname -m)"
  tarball=${IMPRINT_TARBALL:-}
  if [ -z "$tarball" ]; then
    base=${IMPRINT_RELEASES:-${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_ACTION_REPOSITORY:-imprint-epub/imprint}/releases/download/v$version}
    tarball="$work/$name.tar.gz"
    curl -fsSL --retry 3 -o "$tarball" "$base/$name.tar.gz"
    curl -fsSL --retry 3 -o "$tarball.sha256" "$base/$name.tar.gz.sha256"
  fi
  [ -f "$tarball.sha256" ] || { echo "imprint action: no checksum file $tarball.sha256" >&2; exit 2; }
  expected=$(awk '{print $1}' "$tarball.sha256")
  actual=$(sha256sum "$tarball" | awk '{print $1}')
  [ "$expected" = "$actual" ] || { echo "imprint action: checksum mismatch for $tarball ($actual, expected $expected)" >&2; exit 2; }
  rm -rf "$work/$name" && tar -xzf "$tarball" -C "$work"
  imprint="$work/$name/bin/imprint"
fi
"$imprint" --version

# 3. Run: the report file in the chosen format, and annotations for the run.
read -r -a paths <<< "$(echo "${IMPRINT_PATHS:-}" | tr '\n' ' ')"
extension=$format; case "$format" in epubcheck-json) extension=json;; junit) extension=xml;; text|github) extension=txt;; esac
report="$report_dir/imprint.$extension"
options=()
if [ "$command" = check ]; then
  [ ${#paths[@]} -gt 0 ] || paths=(.)
  [ -n "${IMPRINT_FAIL_ON:-}" ] && options+=(--fail-on "$IMPRINT_FAIL_ON")
  [ -n "${IMPRINT_CONFIG:-}" ] && options+=(--config "$IMPRINT_CONFIG")
  [ -n "${IMPRINT_BASELINE:-}" ] && options+=(--baseline "$IMPRINT_BASELINE")
  status=0
  "$imprint" check "${paths[@]}" "${options[@]}" --format "$format" --output "$report" || status=$?
  # Annotations (capped as GitHub caps them, with a closing count) from the same findings.
  "$imprint" check "${paths[@]}" "${options[@]}" --format github --quiet || true
else
  [ -n "${IMPRINT_FAIL_ON:-}${IMPRINT_CONFIG:-}${IMPRINT_BASELINE:-}" ] && echo "imprint action: fail-on, config and baseline apply to check; ignored for build" >&2
  status=0
  "$imprint" build "${paths[@]}" -o "${IMPRINT_OUTPUT_DIR:-build}" --format "$format" --output "$report" || status=$?
  "$imprint" build "${paths[@]}" -o "${IMPRINT_OUTPUT_DIR:-build}" --dry-run --format github --quiet || true
fi
echo "report=$report"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "report=$report"; echo "imprint=$imprint"; } >> "$GITHUB_OUTPUT"
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  { echo "### imprint $command"; echo; echo "exit status $status; report: \`$report\`"; } >> "$GITHUB_STEP_SUMMARY"
fi
exit "$status"
