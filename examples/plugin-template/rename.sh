#!/bin/sh
# Gives the template your names: ./rename.sh BUNDLE FEATURE_ID, e.g. ./rename.sh com.acme.mailscan email-attachment-scanning
# BUNDLE replaces com.example.plugin (bundle, test bundle, feature, Java package and folders); FEATURE_ID replaces
# my-feature (the feature's id in plugin.xml and the tests). Run it once, in a fresh copy of the template.
set -eu
[ $# = 2 ] || { echo "usage: ./rename.sh BUNDLE FEATURE_ID   (e.g. com.acme.mailscan email-attachment-scanning)" >&2; exit 2; }
bundle=$1 id=$2
echo "$bundle" | grep -Eq '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$' || { echo "rename.sh: $bundle is no bundle name like com.acme.mailscan" >&2; exit 2; }
echo "$id" | grep -Eq '^[a-z][a-z0-9.-]*$' || { echo "rename.sh: $id is no feature id (lower-case letters, digits, dots, hyphens)" >&2; exit 2; }
cd "$(dirname "$0")"
[ -d com.example.plugin ] || { echo "rename.sh: no com.example.plugin here: renamed already?" >&2; exit 1; }
path=$(echo "$bundle" | tr . /)
for d in com.example.plugin com.example.plugin.tests; do
  mkdir -p "$d/src/$path"
  mv "$d/src/com/example/plugin"/* "$d/src/$path/"
  rmdir "$d/src/com/example/plugin" 2>/dev/null || true
  rmdir "$d/src/com/example" "$d/src/com" 2>/dev/null || true
done
mkdir -p "com.example.plugin.tests/src/$path/tests"
grep -rlE 'com\.example\.plugin|my-feature' --exclude=rename.sh --exclude-dir=target . | while read -r f; do
  sed -i "s/com\.example\.plugin/$bundle/g; s/\"my-feature\"/\"$id\"/g; s/id=\"my-feature\"/id=\"$id\"/g; s/my-feature-lookup/$id/g" "$f"
done
mv com.example.plugin.tests "$bundle.tests"
mv com.example.plugin.feature "$bundle.feature"
mv com.example.plugin "$bundle"
echo "renamed to $bundle (feature id $id)"
