#!/usr/bin/env bash
# The API baseline the build compares with (docs/api-policy.md, "The API check against the last release") is there and
# intact: the root pom's <agentproxy.api.baseline> names a folder releng/baseline/VERSION (written by
# cut-api-baseline.sh), every file of it matches its SHA256SUMS, no file is missing from the sums, and no other
# baseline folder lies beside it. Run by ./test.sh before the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's#.*<agentproxy.api.baseline>\(.*\)</agentproxy.api.baseline>.*#\1#p' pom.xml)
[ -n "$version" ] || { echo "check-api-baseline: the root pom.xml names no <agentproxy.api.baseline>" >&2; exit 1; }
dir="releng/baseline/$version"
[ -f "$dir/SHA256SUMS" ] || { echo "check-api-baseline: $dir/SHA256SUMS is missing: cut the baseline with releng/scripts/cut-api-baseline.sh $version" >&2; exit 1; }
(cd "$dir" && sha256sum --quiet --strict -c SHA256SUMS) \
  || { echo "check-api-baseline: $dir differs from its SHA256SUMS: a baseline is never edited, only cut again" >&2; exit 1; }
unlisted=$(cd "$dir" && comm -23 <(find . -type f ! -name SHA256SUMS | sed 's#^\./##' | LC_ALL=C sort) \
                                 <(awk '{ print $2 }' SHA256SUMS | LC_ALL=C sort))
[ -z "$unlisted" ] || { echo "check-api-baseline: files in $dir without a checksum: $unlisted" >&2; exit 1; }
others=$(ls releng/baseline | grep -vx "$version" || true)
[ -z "$others" ] || { echo "check-api-baseline: releng/baseline holds other baselines than $version ($others): delete them" >&2; exit 1; }
echo "check-api-baseline: the API baseline $version is intact ($(ls "$dir"/plugins | wc -l) bundles)"
