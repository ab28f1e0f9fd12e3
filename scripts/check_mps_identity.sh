#!/usr/bin/env bash
# Checks that a change leaves the linear program alone: writes the free MPS of the example, the coverage case
# and every region/year plan case with the gridflex of BASE_COMMIT and with the gridflex of the working tree,
# and compares the files byte for byte.
#
#   bash scripts/check_mps_identity.sh BASE_COMMIT
#
# BASE_COMMIT is checked out with `git worktree` under a temporary directory and built in release with its own
# scratch path, .build/mps-identity/COMMIT (kept, so later runs against the same commit reuse the binary); the
# working tree is built in release as usual.
# Prints one line per case and `N identical, M differ`; exits 1 when any file differs or a case fails.
#
# Both binaries read the working tree's case files, run from the repository root (so the data bundle is found
# the same way): the check is "same input, same LP". A case file changed since BASE_COMMIT is still a fair
# input for the old binary as long as it only uses keys that binary reads; e.g. the per-target
# `penalty_eur_per_unit` of Benchmarks/cases/guangdong-every-feature.yaml changes that case's objective, and
# both binaries put it into the LP the same way, so its MPS must still match.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 1 ]; then
    echo "usage: bash scripts/check_mps_identity.sh BASE_COMMIT" >&2
    exit 64
fi
base=$(git rev-parse --verify "$1^{commit}")

scratch=$(mktemp -d "${TMPDIR:-/tmp}/mps-identity.XXXXXX")
cleanup() {
    git worktree remove --force "$scratch/base" >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap cleanup EXIT

base_build="$PWD/.build/mps-identity/$base"
old_bin="$base_build/release/gridflex"
if [ ! -x "$old_bin" ]; then
    echo "check_mps_identity: building $base"
    git worktree add --detach --quiet "$scratch/base" "$base"
    if [ -f Package.resolved ]; then cp Package.resolved "$scratch/base/"; fi
    swift build -c release --product gridflex --package-path "$scratch/base" --scratch-path "$base_build" >/dev/null
fi

echo "check_mps_identity: building the working tree"
swift build -c release --product gridflex >/dev/null
new_bin=".build/release/gridflex"

cases=(Models/examples/guangxi-2020.yaml Benchmarks/cases/guangdong-every-feature.yaml Models/*/20*.yaml)
identical=0
differ=0
for case_file in "${cases[@]}"; do
    name=$(echo "$case_file" | tr '/' '_')
    old_mps="$scratch/old_$name.mps"
    new_mps="$scratch/new_$name.mps"
    if ! "$old_bin" export "$case_file" --mps "$old_mps" >/dev/null 2>"$scratch/old.err"; then
        echo "FAILED    $case_file (base binary: $(head -1 "$scratch/old.err"))"
        differ=$((differ + 1))
        continue
    fi
    if ! "$new_bin" export "$case_file" --mps "$new_mps" >/dev/null 2>"$scratch/new.err"; then
        echo "FAILED    $case_file (working tree: $(head -1 "$scratch/new.err"))"
        differ=$((differ + 1))
        continue
    fi
    if cmp -s "$old_mps" "$new_mps"; then
        echo "identical $case_file ($(wc -c < "$new_mps") bytes)"
        identical=$((identical + 1))
    else
        echo "DIFFER    $case_file ($(cmp "$old_mps" "$new_mps" | head -1))"
        differ=$((differ + 1))
    fi
done
echo "$identical identical, $differ differ"
[ "$differ" -eq 0 ]
