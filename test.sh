#!/usr/bin/env bash
# Runs every test: the Tycho build with the model, OSGi and UI tests (under Xvfb when there is no display),
# then a smoke test of the product archive (CLI on the samples, the studio window), the install test (p2 repository,
# a plug-in installed into the unpacked product from dropins/ and removed), the plug-in template built outside the
# tree against the SDK p2 repository and installed the same way, then the counts per tier.
set -euo pipefail
cd "$(dirname "$0")"
source releng/scripts/common.sh
pick_jdk
ensure_ui_packages
ensure_test_service_packages   # tinyproxy: the connection tests go through a real proxy
ensure_contract_tools          # npm: Redocly CLI and Prism, pinned (releng/contract)
releng/scripts/check-layers.sh
releng/scripts/check-import-ranges.sh   # Import-Package lower bounds cover the @since of what is used (docs/api-policy.md)
releng/scripts/check-module-lists.sh    # pom.xml's modules, feature.xml, PRODUCT_MODULES and the test summary agree
releng/scripts/check-api-baseline.sh    # the API baseline of the last release is intact (docs/api-policy.md)
releng/scripts/check-target-lock.sh --definition   # the target lists every artifact, exact versions, depth none
cmp -s LICENSE features/org.agentproxy.feature/LICENSE \
  || { echo "test.sh: features/org.agentproxy.feature/LICENSE differs from LICENSE: copy it again" >&2; exit 1; }
lint_api_contract
echo "Building and testing with JAVA_HOME=$JAVA_HOME"
with_display ./mvnw -B -ntp clean verify -Dagentproxy.contract.prism="$PWD/$PRISM" "$@"
check_contract_coverage        # every operation of the contract was exercised through Prism
releng/scripts/check-api-baseline.sh --built   # the 0.x rule on the built API bundles (Tycho's baseline ran in the build)
releng/scripts/check-target-lock.sh   # the target resolved the reviewed artifacts (releng/org.agentproxy.target/resolved-artifacts.txt)
# The checks of the built product run side by side (each in a folder of its own; their output in target/test-logs,
# printed in this order when all have finished):
#   smoke             the product smoke test (CLI on the samples, the studio's window; on a display)
#   install-fixture   the p2 repository, and a plug-in installed from dropins/ and removed
#   install-example   the same with the example plug-in (Sandbox Analysis: code, validator, icon), built by the reactor
#   plugin-template   a copy of examples/plugin-template built outside the tree against the SDK p2 repository, tested,
#                     installed the same way
#                     (the checks of the install test that do not depend on the plug-in, the p2 repository and an
#                     unresolvable plug-in, run once, with the fixture: PRODUCT_CHECKS=0 for the other two)
#   api-baseline      the API check proven: a copy of org.agentproxy.policy changed incompatibly, or compatibly
#                     without a version step, fails the check; a compatible addition with a minor step passes
#   pseudo            the product pseudo-translated (locale en_XA, every text bracketed and 30 % longer): a screenshot
#                     of each editor page and perspective in target/pseudo (on a display of its own)
example=$(ls examples/org.agentproxy.example.sandbox/target/org.agentproxy.example.sandbox-*.jar | grep -v sources | head -1)
run_parallel \
  smoke           with_display releng/scripts/smoke-product.sh target/smoke/studio.png -- \
  install-fixture env INSTALL_WORK=target/install-test releng/scripts/install-plugin-test.sh -- \
  install-example env INSTALL_WORK=target/install-test-example DROPIN="$example" PRODUCT_CHECKS=0 releng/scripts/install-plugin-test.sh -- \
  plugin-template env INSTALL_WORK=target/install-test-template PRODUCT_CHECKS=0 releng/scripts/plugin-template-test.sh -- \
  api-baseline    releng/scripts/api-baseline-test.sh target/api-baseline-test -- \
  pseudo          releng/scripts/pseudo-translate.sh target/pseudo
# nothing the build or the tests ran may have replaced /dev/null (a JDK writing an AOT cache to it did)
[ -c /dev/null ] || { echo "test.sh: /dev/null is no longer a device: a step wrote a file over it" >&2; exit 1; }
REQUIRE_CONTRACT=1 releng/scripts/test-summary.sh
