#!/usr/bin/env bash
# One list of modules: the root pom.xml's <modules>. Adding a bundle means adding it there (and creating it); the
# other lists are derived from it or checked against it here (run by ./test.sh):
#   - releng/scripts/common.sh derives PRODUCT_MODULES (the product's reactor, for studio.sh) from the root pom;
#   - features/org.agentproxy.feature/feature.xml must list exactly the root pom's bundles/ modules;
#   - every folder under bundles/, tests/ and examples/ with a pom.xml must be a module of the root pom (but the
#     plug-in template, built outside the tree);
#   - every test bundle (tests/*.tests, examples/*.tests) must be counted by releng/scripts/test-summary.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
fail=0
problem() { echo "check-module-lists: $*" >&2; fail=1; }

modules=$(root_pom_modules)
pom_bundles=$(echo "$modules" | sed -n 's#^bundles/##p' | sort)
feature_bundles=$(sed -n 's#.*<plugin id="\(org\.agentproxy\.[^"]*\)".*#\1#p' features/org.agentproxy.feature/feature.xml | sort)
if [ "$pom_bundles" != "$feature_bundles" ]; then
  problem "features/org.agentproxy.feature/feature.xml does not list the root pom's bundles/ modules:"
  diff <(echo "$pom_bundles") <(echo "$feature_bundles") | sed -n 's/^</  only in pom.xml:     /p; s/^>/  only in feature.xml: /p' >&2
fi
for dir in bundles/*/ tests/*/ examples/*/; do
  dir=${dir%/}
  [ -f "$dir/pom.xml" ] || continue
  [ "$dir" = examples/plugin-template ] && continue   # built outside the tree against the SDK (plugin-template-test.sh)
  echo "$modules" | grep -qx "$dir" || problem "$dir has a pom.xml but is not a module of the root pom.xml"
done
for m in $(echo "$modules" | sed -n 's#^\(tests\|examples\)/\(.*\.tests\)$#\2#p'); do
  grep -qw -- "$m" releng/scripts/test-summary.sh \
    || problem "the test bundle $m is not counted by releng/scripts/test-summary.sh (add it to a tier)"
done
[ "$fail" = 0 ] && echo "check-module-lists: pom.xml, feature.xml, PRODUCT_MODULES and the test summary agree ($(echo "$pom_bundles" | wc -l) bundles)"
exit "$fail"
