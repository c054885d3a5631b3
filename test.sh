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
cmp -s LICENSE features/org.agentproxy.feature/LICENSE \
  || { echo "test.sh: features/org.agentproxy.feature/LICENSE differs from LICENSE: copy it again" >&2; exit 1; }
lint_api_contract
echo "Building and testing with JAVA_HOME=$JAVA_HOME"
with_display ./mvnw -B -ntp clean verify -Dagentproxy.contract.prism="$PWD/$PRISM" "$@"
check_contract_coverage        # every operation of the contract was exercised through Prism
with_display releng/scripts/smoke-product.sh target/smoke/studio.png
# the product pseudo-translated (locale en_XA, every text bracketed and 30 % longer): screenshots of each page, target/pseudo
with_display releng/scripts/pseudo-translate.sh target/pseudo
releng/scripts/install-plugin-test.sh   # the p2 repository, and a plug-in installed from dropins/ and removed
# the same with the example plug-in (Sandbox Analysis: code, validator, icon), built by the reactor above
DROPIN=$(ls examples/org.agentproxy.example.sandbox/target/org.agentproxy.example.sandbox-*.jar | grep -v sources | head -1) \
  releng/scripts/install-plugin-test.sh
# a copy of examples/plugin-template built outside the tree against the SDK p2 repository, tested, installed
releng/scripts/plugin-template-test.sh
# nothing the build or the tests ran may have replaced /dev/null (a JDK writing an AOT cache to it did)
[ -c /dev/null ] || { echo "test.sh: /dev/null is no longer a device: a step wrote a file over it" >&2; exit 1; }
REQUIRE_CONTRACT=1 releng/scripts/test-summary.sh
