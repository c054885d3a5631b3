#!/usr/bin/env bash
# API check (docs/api-policy.md, "Import ranges"): every Import-Package of one of our packages (org.agentproxy.*)
# in a bundle under bundles/, tests/ or examples/ has a lower bound no lower than the highest @since of the API the
# importer's sources use from that package, and no higher than the version the package is exported at.
# What counts as "used" is in CheckImportRanges.java. Prints offenders; exit 1 if any.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/common.sh
pick_jdk
exec "$JAVA_HOME/bin/java" releng/scripts/CheckImportRanges.java .
