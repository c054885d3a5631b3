#!/usr/bin/env bash
# Prints the test counts of the last build per tier, from the surefire XML reports, and a closing line
# "N passed, N failed". Exit 1 if any test failed or no test ran (or, with REQUIRE_CONTRACT=1, no contract test ran).
set -euo pipefail
cd "$(dirname "$0")/../.."
total_pass=0; total_fail=0
tier_tests=0
tier() { # name, modules... (the reports folder: $REPORTS, default surefire-reports)
  local name=$1; shift
  local reports=${REPORTS:-surefire-reports}
  local tests=0 failed=0 skipped=0 f t e fl s
  for m in "$@"; do
    for f in tests/$m/target/$reports/TEST-*.xml examples/$m/target/$reports/TEST-*.xml target/$m/$reports/TEST-*.xml; do
      [ -f "$f" ] || continue
      t=$(grep -o '<testsuite [^>]*' "$f" | grep -o ' tests="[0-9]*"' | grep -o '[0-9]*')
      e=$(grep -o '<testsuite [^>]*' "$f" | grep -o ' errors="[0-9]*"' | grep -o '[0-9]*')
      fl=$(grep -o '<testsuite [^>]*' "$f" | grep -o ' failures="[0-9]*"' | grep -o '[0-9]*')
      s=$(grep -o '<testsuite [^>]*' "$f" | grep -o ' skipped="[0-9]*"' | grep -o '[0-9]*')
      tests=$((tests + t)); failed=$((failed + e + fl)); skipped=$((skipped + s))
    done
  done
  printf '  %-34s %4d tests, %d failed, %d skipped\n' "$name" "$tests" "$failed" "$skipped"
  total_pass=$((total_pass + tests - failed - skipped)); total_fail=$((total_fail + failed)); tier_tests=$tests
}
echo "Test summary:"
tier "model (plain JUnit 5)"            org.agentproxy.policy.tests org.agentproxy.simulation.tests
tier "OSGi (services, store, CLI, bot)" org.agentproxy.policy.store.tests org.agentproxy.smartprotection.tests org.agentproxy.cli.tests org.agentproxy.testing.bot.tests
tier "example plug-in (Sandbox Analysis)" org.agentproxy.example.sandbox.tests
# any other plug-in's test bundle added under examples/ gets a tier of its own (not the example's)
for d in examples/*/target/surefire-reports; do
  [ -d "$d" ] || continue
  m=$(basename "$(dirname "$(dirname "$d")")")
  [ "$m" = org.agentproxy.example.sandbox.tests ] || tier "plug-in $m" "$m"
done
# examples/plugin-template built from a copy outside the tree (releng/scripts/plugin-template-test.sh)
tier "plug-in template (outside tree)" plugin-template
tier "integration (real tinyproxy)"     org.agentproxy.connection.tests
tier "integration (real policy server)" org.agentproxy.server.tests org.agentproxy.deployment.tests
REPORTS=postgresql-reports \
tier "integration (policy server over real PostgreSQL)" org.agentproxy.server.tests
REPORTS=contract-reports \
tier "contract (server tests via Prism)" org.agentproxy.server.tests
contract_tests=$tier_tests
tier "contract (generated Java client)" org.agentproxy.server.client.tests
contract_tests=$((contract_tests < tier_tests ? contract_tests : tier_tests))
tier "fuzz (Jazzer, regression corpus)" org.agentproxy.fuzz.tests
tier "UI (real workbench, bot)"         org.agentproxy.ui.tests
echo "$total_pass passed, $total_fail failed"
if [ "${REQUIRE_CONTRACT:-0}" = 1 ] && [ "$contract_tests" = 0 ]; then
  echo "error: a contract tier ran no test (see docs/server.md#the-api-contract)" >&2
  exit 1
fi
[ "$total_fail" = 0 ] && [ "$total_pass" -gt 0 ]
