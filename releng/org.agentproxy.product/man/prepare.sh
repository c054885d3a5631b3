#!/usr/bin/env bash
# Build step of the product (releng/org.agentproxy.product/pom.xml, after the product is materialized and before it is
# archived): the manual pages of agentproxy, generated from the command line's picocli model (ManPages.java), into
# the product's man/man1 (MANPATH=<studio>/man man agentproxy) and as HTML into target/cli-html; docs/cli/ holds a
# copy of the HTML (releng/scripts/cli-docs.sh refreshes it). The generator and AsciidoctorJ come from Maven Central
# (pom.xml beside this file) and are build-time tools only.
#   usage: prepare.sh PRODUCT_DIR JAVA_HOME offline=true|false (Maven's offline mode, for the tools' download)
set -euo pipefail
product=$(cd "$1" && pwd)
java="$2/bin/java"
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work="$here/../target/man"
rm -rf "$work" && mkdir -p "$work"
offline=()
if [ "${3:-}" = offline=true ]; then offline=(-o); fi
echo "[man] the generator and AsciidoctorJ (releng/org.agentproxy.product/man/pom.xml)"
"$repo/mvnw" -B -ntp -q "${offline[@]}" -f "$here/pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$work/tools" >"$work/tools.log" 2>&1 || { cat "$work/tools.log" >&2; exit 1; }
cli=$(ls "$product"/plugins/org.agentproxy.cli_*.jar | head -n 1)
version=${cli##*/org.agentproxy.cli_}; version=${version%.jar}
version=$(cut -d. -f1-3 <<<"$version")   # without the build qualifier: docs/cli stays the same from build to build
rm -rf "$product/man"
# the product's jars on a flat class path: the model is plain Java (no OSGi service is asked for)
"$java" -cp "$work/tools/*:$product/plugins/*" "$here/ManPages.java" "$version" "$work/adoc" "$product/man/man1" \
  "$here/../target/cli-html"
