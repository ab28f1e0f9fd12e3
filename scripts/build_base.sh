#!/usr/bin/env bash
# Builds the gridflex of an earlier commit in release and prints the binary's path, for scripts that compare
# that commit's binary with the working tree's (scripts/check_mps_identity.sh, Benchmarks/speedup_vs_base.sh).
#
#   bash scripts/build_base.sh COMMIT
#
# COMMIT is checked out with `git worktree` under a temporary directory (removed afterwards) and built with its
# own scratch path, .build/mps-identity/COMMIT, kept so later runs against the same commit reuse the binary.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 1 ]; then
    echo "usage: bash scripts/build_base.sh COMMIT" >&2
    exit 64
fi
base=$(git rev-parse --verify "$1^{commit}")
base_build="$PWD/.build/mps-identity/$base"
old_bin="$base_build/release/gridflex"
if [ ! -x "$old_bin" ]; then
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/base-build.XXXXXX")
    cleanup() {
        git worktree remove --force "$scratch/base" >/dev/null 2>&1 || true
        rm -rf "$scratch"
    }
    trap cleanup EXIT
    echo "build_base: building $base" >&2
    git worktree add --detach --quiet "$scratch/base" "$base"
    if [ -f Package.resolved ]; then cp Package.resolved "$scratch/base/"; fi
    swift build -c release --product gridflex --package-path "$scratch/base" --scratch-path "$base_build" >&2
fi
echo "$old_bin"
