#!/usr/bin/env bash
# Refreshes docs/cli/ (the HTML copy of agentproxy's manual pages) from the last product build, which generates them
# into releng/org.agentproxy.product/target/cli-html (releng/org.agentproxy.product/man/prepare.sh), and writes
# docs/cli/index.md, the list of the pages. Commit the result with the change to the command line that moved it.
#
#   releng/scripts/cli-docs.sh [--check]    (--check: exit 1 when docs/cli/ differs from the build's pages)
set -euo pipefail
cd "$(dirname "$0")/../.."
built=releng/org.agentproxy.product/target/cli-html
[ -d "$built" ] || { echo "cli-docs: no $built: build the product first" >&2; exit 2; }
index() {
  echo "# The agentproxy command line: manual pages"
  echo
  echo "Generated from the command line's own model when the product is built (docs/architecture.md, \"Strings\");"
  echo "the product ships the same pages as \`man/man1\` (\`man -M <studio>/man agentproxy\`). Refreshed with"
  echo "\`releng/scripts/cli-docs.sh\`."
  echo
  for page in "$built"/*.html; do
    name=$(basename "$page" .html)
    echo "- [$name]($name.html)"
  done
}
if [ "${1:-}" = --check ]; then
  if diff -rq --exclude=index.md "$built" docs/cli >/dev/null && diff -q <(index) docs/cli/index.md >/dev/null; then
    echo "cli-docs: docs/cli matches the build's manual pages"; exit 0
  fi
  echo "cli-docs: docs/cli differs from the build's manual pages: run releng/scripts/cli-docs.sh and commit" >&2
  exit 1
fi
rm -rf docs/cli && mkdir -p docs/cli
cp "$built"/*.html docs/cli/
index > docs/cli/index.md
echo "cli-docs: $(ls docs/cli/*.html | wc -l) pages in docs/cli"
