#!/usr/bin/env bash
# Runs one test class or method — UI tests under Xvfb when there is no display — with everything it needs built:
#
#   releng/scripts/ui-test.sh ClassName[#method]       e.g. ui-test.sh UndoPerEditTest#undoAfterTouchingAView
#   releng/scripts/ui-test.sh --list ClassName         prints the modules it would build, and stops
#
# `-am` cannot be used here (tycho.localArtifacts=ignore hides installed bundles, so every bundle a test needs must be
# in the reactor): the script finds the test's module (tests/*, examples/*), follows its manifest (Require-Bundle,
# Import-Package) and its pom's extra requirements (features, plug-ins) through the modules of the root pom, and
# builds exactly those, in reactor order, with -Dtest. Offline (-o) when the local Maven repository already has the
# build's plug-ins (the second run on). Extra Maven arguments: UI_TEST_MAVEN_ARGS="-Dagentproxy.bot.timeout=20000".
# Prints where the screenshots and the reports are. Exit status: Maven's.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh

list_only=0
if [ "${1:-}" = "--list" ]; then list_only=1; shift; fi
if [ $# -ne 1 ] || [ -z "$1" ] || [[ "$1" == -* ]]; then
  echo "usage: releng/scripts/ui-test.sh [--list] ClassName[#method]   (see docs/ui-testing.md)" >&2
  exit 2
fi
test_spec=$1
class=${test_spec%%#*}
class=${class##*.}     # a fully qualified name works too

# --- the module that holds the test class
mapfile -t sources < <(find tests examples -path '*/src/*' -name "$class.java" 2>/dev/null | sort)
if [ ${#sources[@]} -eq 0 ]; then
  echo "error: no test class $class.java under tests/*/src or examples/*/src" >&2
  exit 2
fi
if [ ${#sources[@]} -gt 1 ]; then
  echo "error: $class.java is in several modules: ${sources[*]}; rename one" >&2
  exit 2
fi
test_module=${sources[0]%%/src/*}

# --- the reactor's modules, in order
mapfile -t reactor < <(sed -n 's#^ *<module>\(.*\)</module>.*#\1#p' pom.xml)

# The list of modules is cached per test module, keyed by the manifests, features and poms it is computed from.
cache_dir=target/ui-test
cache="$cache_dir/modules-$(basename "$test_module")"
stamp=$(cat pom.xml */*/pom.xml */*/META-INF/MANIFEST.MF */*/feature.xml 2>/dev/null | md5sum | cut -d' ' -f1)
if [ -f "$cache" ] && [ "$(head -1 "$cache")" = "$stamp" ]; then
  modules=$(sed -n 2p "$cache")
else

# A manifest header's value, continuation lines joined; clauses one per line, attributes dropped.
header() { # file, header name
  awk -v h="$2:" '
    /^[^ ]/ { on = (index($0, h) == 1) ; if (on) { sub("^" h " *", ""); v = v $0 } ; next }
    /^ / && on { sub(/^ /, ""); v = v $0 }
    END { print v }' "$1" |
    awk 'BEGIN { RS = "," } { gsub(/\n/, ""); q = gsub(/"/, "\"") } { buf = buf (buf == "" ? "" : ",") $0; n += q }
         n % 2 == 0 { sub(/;.*/, "", buf); gsub(/^[ \t]+|[ \t]+$/, "", buf); if (buf != "") print buf; buf = ""; n = 0 }'
}

declare -A module_of_bundle module_of_package module_of_feature feature_plugins
for m in "${reactor[@]}"; do
  if [ -f "$m/META-INF/MANIFEST.MF" ]; then
    bsn=$(header "$m/META-INF/MANIFEST.MF" Bundle-SymbolicName)
    module_of_bundle[$bsn]=$m
    while read -r p; do [ -n "$p" ] && module_of_package[$p]=$m; done < <(header "$m/META-INF/MANIFEST.MF" Export-Package)
  elif [ -f "$m/feature.xml" ]; then
    fid=$(sed -n 's/.*<feature[^>]* id="\([^"]*\)".*/\1/p' "$m/feature.xml" | head -1)
    [ -z "$fid" ] && fid=$(tr '\n' ' ' < "$m/feature.xml" | sed -n 's/.*<feature[^>]*[[:space:]]id="\([^"]*\)".*/\1/p')
    module_of_feature[$fid]=$m
    feature_plugins[$fid]=$(tr '\n' ' ' < "$m/feature.xml" | grep -o '<plugin[^>]*' | sed -n 's/.*[[:space:]]id="\([^"]*\)".*/\1/p' | tr '\n' ' ')
  fi
done

declare -A needed
requirements_of() { # module: bundle:NAME, package:NAME, feature:NAME lines
  local m=$1
  if [ -f "$m/META-INF/MANIFEST.MF" ]; then
    header "$m/META-INF/MANIFEST.MF" Require-Bundle | sed 's/^/bundle:/'
    header "$m/META-INF/MANIFEST.MF" Import-Package | sed 's/^/package:/'
  fi
  if [ -f "$m/pom.xml" ]; then # tycho extraRequirements: <requirement><type>eclipse-feature|eclipse-plugin</type><id>..</id>
    tr '\n' ' ' < "$m/pom.xml" | grep -o '<requirement>[^/]*</type>[^<]*<id>[^<]*</id>' |
      sed -n 's#.*<type>eclipse-\(feature\|plugin\)</type>.*<id>\(.*\)</id>#\1:\2#p' | sed 's/^plugin:/bundle:/'
  fi
}
need() { # module
  local m=$1 req kind name target
  [ -n "${needed[$m]:-}" ] && return 0
  needed[$m]=1
  while read -r req; do
    [ -z "$req" ] && continue
    kind=${req%%:*}; name=${req#*:}
    case $kind in
      bundle)  target=${module_of_bundle[$name]:-} ;;
      package) target=${module_of_package[$name]:-} ;;
      feature) target=${module_of_feature[$name]:-}
               for p in ${feature_plugins[$name]:-}; do [ -n "${module_of_bundle[$p]:-}" ] && need "${module_of_bundle[$p]}"; done ;;
    esac
    if [ -n "${target:-}" ]; then need "$target"; fi
  done < <(requirements_of "$m")
}
need "$test_module"
modules="releng/org.agentproxy.target"
for m in "${reactor[@]}"; do
  if [ "$m" != releng/org.agentproxy.target ] && [ -n "${needed[$m]:-}" ]; then modules="$modules,$m"; fi
done
mkdir -p "$cache_dir" && printf '%s\n%s\n' "$stamp" "$modules" > "$cache"
fi

if [ $list_only = 1 ]; then echo "$modules" | tr ',' '\n'; exit 0; fi

pick_jdk
offline=()
# the second run on: the plug-ins and the target platform are in the local repository; -o skips the remote checks
if [ -d "$HOME/.m2/repository/org/eclipse/tycho/tycho-surefire-plugin" ] && [ "${UI_TEST_ONLINE:-0}" != 1 ]; then
  offline=(-o)
fi
test_filter=${test_spec##*.}
# the UI tests' second runtime (the pom's execution pseudo-translation) only for the test that needs it
# (and for that one, the default execution, which leaves it out, finds no test: not a failure)
pseudo=(-DfailIfNoTests=false)
if [ "$class" != PseudoTranslationUiTest ]; then pseudo=(-Dagentproxy.pseudo.skip=true); fi
echo "ui-test: $test_filter in $test_module; building $(echo "$modules" | tr ',' '\n' | wc -l) modules${offline:+ (offline)}"
start=$(date +%s)
status=0
# clean: a class left in target/classes by an earlier build (moved since to another bundle) would be compared with
# the API baseline as if it were still there, and fail the build (docs/api-policy.md)
# shellcheck disable=SC2086
with_display ./mvnw -B -ntp "${offline[@]}" clean verify -pl "$modules" -Dtest="$test_filter" "${pseudo[@]}" \
  -Dsurefire.failIfNoSpecifiedTests=false ${UI_TEST_MAVEN_ARGS:-} || status=$?
echo
echo "ui-test: $test_filter $( [ $status = 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - start )) s"
echo "  reports:     $test_module/target/surefire-reports/ (TEST-*.xml; *-output.txt has the test's own output)"
echo "  screenshots: target/screenshots/ (one PNG per failed test, taken at the moment of failure)"
find target/screenshots -name "$class.*.png" -newermt "@$start" 2>/dev/null | sed 's/^/    /' || true
exit $status
