#!/usr/bin/env bash
# Architecture check (docs/architecture.md): no bundle under bundles/ other than a UI bundle (*.ui) may require
# or import SWT, JFace or the workbench, in its manifest or its Java sources. Prints offenders; exit 1 if any.
set -euo pipefail
cd "$(dirname "$0")/../.."
ui='org\.eclipse\.(swt|jface|ui)([.;,"]|$)'
bad=0
for bundle in bundles/*/; do
  name=$(basename "$bundle")
  case "$name" in *.ui) continue ;; esac
  if grep -nE "$ui" "$bundle/META-INF/MANIFEST.MF"; then bad=1; fi
  if [ -d "$bundle/src" ] && grep -rnE "^import (static )?$ui" "$bundle/src"; then bad=1; fi
done
if [ "$bad" = 1 ]; then
  echo "FAIL: a bundle below the UI layer depends on SWT, JFace or the workbench (see above)" >&2
  exit 1
fi
echo "layers OK: no bundle below the UI layer depends on SWT, JFace or the workbench"
