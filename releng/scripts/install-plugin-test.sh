#!/usr/bin/env bash
# Install test (run by test.sh): the p2 repository of the product's features, read by p2 itself, and a plug-in
# installed into an unpacked product the documented way (docs/extending.md, "Installing a plug-in into an
# installed studio"): copied into dropins/, installed by p2's dropins reconciler when the product starts (here
# the command line, `agentproxy plugins`), resolved, its Smart Protection features registered; deleted from
# dropins/, uninstalled at the next start. Real product, real p2.
#   usage: releng/scripts/install-plugin-test.sh
#   DROPIN  the plug-in to install: a bundle jar, or a folder that is a bundle (META-INF/MANIFEST.MF, plugin.xml),
#           default releng/fixtures/dropin (a folder: jarred here, as plug-ins ship). Its symbolic name and the
#           feature ids of its plugin.xml are read from it, e.g.
#           DROPIN=examples/org.agentproxy.example.sandbox/target/org.agentproxy.example.sandbox-0.1.0-SNAPSHOT.jar
#   INSTALL_WORK  the folder it works in (default target/install-test)
#   PRODUCT_CHECKS  1 (default): also the checks that do not depend on the plug-in: the p2 repository listed by the
#           product's p2 director, and a plug-in whose requirement is missing reported and not installed. 0 leaves them
#           out: test.sh runs this script three times on the same product archive and repository (three plug-ins), and
#           these checks once (the run with the fixture); each would start the same product on the same input again.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
dropin="${DROPIN:-releng/fixtures/dropin}"
work=${INSTALL_WORK:-target/install-test}   # a folder of its own for each test run side by side (test.sh)
dir="$work/product"
repository=releng/org.agentproxy.product/target/repository
fail() { echo "FAIL: $*" >&2; exit 1; }

product_checks=${PRODUCT_CHECKS:-1}
unpack_product "$dir"
if [ "$product_checks" = 1 ]; then
  echo "== p2 repository $repository: listed by the p2 director of the product"
  "$dir/agentproxy" p2 -repository "file:$PWD/$repository" -list org.agentproxy.feature.feature.group > "$work/list.txt"
  grep -q '^org.agentproxy.feature.feature.group=' "$work/list.txt" || { cat "$work/list.txt" >&2; fail "the p2 repository has no org.agentproxy.feature.feature.group"; }
  grep '^org.agentproxy.feature.feature.group=' "$work/list.txt"
  # every bundle of the studio has its source bundle beside it (issue 14 §5), known to p2
  "$dir/agentproxy" p2 -repository "file:$PWD/$repository" -list > "$work/all.txt"
  for b in $(root_pom_modules | sed -n 's#^bundles/##p'); do
    grep -q "^$b\.source=" "$work/all.txt" || fail "the p2 repository has no source bundle $b.source"
  done
  echo "source bundles: $(grep -c '^org\.agentproxy\..*\.source=' "$work/all.txt")"
fi

echo "== the plug-in to install: $dropin"
if [ -d "$dropin" ]; then
  manifest=$(cat "$dropin/META-INF/MANIFEST.MF")
  pluginxml=$(cat "$dropin/plugin.xml" 2>/dev/null || true)
  jar="$work/$(basename "$dropin").jar"
  rm -f "$jar"
  "$JAVA_HOME/bin/jar" --create --file "$jar" --manifest "$dropin/META-INF/MANIFEST.MF" -C "$dropin" .
else
  manifest=$(unzip -p "$dropin" META-INF/MANIFEST.MF)
  pluginxml=$(unzip -p "$dropin" plugin.xml 2>/dev/null || true)
  jar="$dropin"
fi
# the manifest's Bundle-SymbolicName (lines may be continued), without its directives
bsn=$(printf '%s\n' "$manifest" | tr -d '\r' | sed -n '/^Bundle-SymbolicName:/{s/^Bundle-SymbolicName: *//;s/;.*//;p}')
features=$(printf '%s\n' "$pluginxml" | tr '\n' ' ' | grep -o '<feature [^>]*' | grep -o ' id="[^"]*"' | sed 's/ id="//;s/"$//' || true)
[ -n "$bsn" ] || fail "no Bundle-SymbolicName in $dropin"
echo "bundle $bsn, Smart Protection features: ${features:-none}"

plugins() { # runs `agentproxy plugins` on the product (a start: p2 reconciles dropins/ first); output in $work/$1
  "$dir/agentproxy" plugins > "$work/$1" 2>&1 || { cat "$work/$1" >&2; fail "agentproxy plugins failed"; }
  cat "$work/$1"
}
in_profile() { grep -q "^$bsn," "$dir/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; }

echo "== before: nothing in dropins/"
plugins before.txt
grep -q "^No plug-ins installed from " "$work/before.txt" || fail "plug-ins listed before any was dropped in"

echo "== install: copy the jar into dropins/, start"
mkdir -p "$dir/dropins"
cp "$jar" "$dir/dropins/"
plugins installed.txt
grep -Eq "^  $bsn [^ ]+ (RESOLVED|STARTING|ACTIVE) " "$work/installed.txt" \
  || fail "$bsn is not listed as resolved (see $dir/configuration/*.log)"
in_profile || fail "$bsn is not in bundles.info: p2 did not install it"
for id in $features; do
  grep -q "^      Smart Protection feature $id " "$work/installed.txt" || fail "feature $id of $bsn is not registered"
done

if [ -n "$features" ]; then
  echo "== its features in the installed studio's registry and simulation (agentproxy features / simulate)"
  "$dir/agentproxy" features --format json > "$work/features.json" || fail "agentproxy features failed"
  "$dir/agentproxy" simulate --policy docs/samples/sample-policy.json \
    --scenario docs/samples/scenarios/internal-agent.json --format json > "$work/simulate.json" \
    || fail "agentproxy simulate failed"
  for id in $features; do
    grep -q "\"id\" *: *\"$id\"" "$work/features.json" || fail "agentproxy features does not list $id"
    purpose=$(printf '%s\n' "$pluginxml" | tr '\n' ' ' | grep -o "<feature [^>]*id=\"$id\"[^>]*" | grep -o ' purpose="[^"]*"' | sed 's/ purpose="//;s/"$//' || true)
    purpose=${purpose:-$id}
    grep -q "\"purpose\" *: *\"$purpose\"" "$work/simulate.json" || fail "agentproxy simulate has no purpose $purpose"
    echo "feature $id listed; purpose $purpose simulated"
  done
fi

echo "== start again: still installed (nothing reconciled twice)"
plugins again.txt
diff "$work/installed.txt" "$work/again.txt" || fail "a second start changed what is installed"

echo "== uninstall: delete the jar from dropins/, start"
rm "$dir/dropins/$(basename "$jar")"
plugins removed.txt
grep -q "^No plug-ins installed from " "$work/removed.txt" || fail "$bsn is still listed after its jar was deleted"
! in_profile || fail "$bsn is still in bundles.info after its jar was deleted"
echo "== install and uninstall seen first by another command than plugins (the command line's own configuration)"
# the commands start in configuration/cli (lib/cli-configuration.sh): only while dropins/ is unchanged; a change makes
# that start run with the whole configuration, so p2 installs first, and the next starts in configuration/cli see it
cli_features() { # the Smart Protection features the command line lists, one id a line
  "$dir/agentproxy" features --format json > "$work/$1" || fail "agentproxy features failed"
  grep -o '"id" *: *"[^"]*"' "$work/$1" | sed 's/.*: *"//;s/"$//' | sort
}
cp "$jar" "$dir/dropins/"
cli_features features-installed-1.json > "$work/ids-1.txt"
in_profile || fail "$bsn is not in bundles.info after a command other than plugins: p2 did not install it"
cli_features features-installed-2.json > "$work/ids-2.txt"
[ -f "$dir/configuration/cli/config.ini" ] || fail "no configuration/cli: the command line started in the whole configuration"
grep -q "^$bsn," "$dir/configuration/cli/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "$bsn is not in configuration/cli's bundles.info"
for id in $features; do
  grep -qx "$id" "$work/ids-1.txt" || fail "agentproxy features (the start that installed $bsn) does not list $id"
  grep -qx "$id" "$work/ids-2.txt" || fail "agentproxy features (in configuration/cli) does not list $id"
done
rm "$dir/dropins/$(basename "$jar")"
cli_features features-removed-1.json > "$work/ids-3.txt"
cli_features features-removed-2.json > "$work/ids-4.txt"
! in_profile || fail "$bsn is still in bundles.info after its jar was deleted (seen by agentproxy features)"
for id in $features; do
  ! grep -qx "$id" "$work/ids-3.txt" || fail "agentproxy features still lists $id after its plug-in was deleted"
  ! grep -qx "$id" "$work/ids-4.txt" || fail "agentproxy features (in configuration/cli) still lists $id after its plug-in was deleted"
done
echo "installed and uninstalled through agentproxy features; configuration/cli followed"

if [ "$product_checks" = 1 ]; then
  echo "== a plug-in that requires a bundle the studio lacks: not installed, and said so (exit 1)"
  unresolvable="$work/unresolvable.jar"
  rm -f "$unresolvable"
  "$JAVA_HOME/bin/jar" --create --file "$unresolvable" --manifest releng/fixtures/dropin-unresolvable/META-INF/MANIFEST.MF
  cp "$unresolvable" "$dir/dropins/"
  set +e
  "$dir/agentproxy" plugins > "$work/unresolvable.txt" 2>&1
  rc=$?
  set -e
  cat "$work/unresolvable.txt"
  [ "$rc" = 1 ] || fail "expected exit code 1 with an unresolvable plug-in in dropins/, got $rc"
  grep -q "^  $PWD/$dir/dropins/unresolvable.jar\$" "$work/unresolvable.txt" || fail "the unresolvable jar is not listed as not installed"
  grep -q "^org.agentproxy.fixture.unresolvable," "$dir/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    && fail "p2 installed a plug-in whose requirement is missing"
  rm "$dir/dropins/unresolvable.jar"
  echo "install test passed: $bsn installed from dropins/ (features: ${features:-none}) and uninstalled; an unresolvable plug-in reported"
else
  echo "install test passed: $bsn installed from dropins/ (features: ${features:-none}) and uninstalled (the p2 repository and an unresolvable plug-in: PRODUCT_CHECKS=0, checked by another run)"
fi
