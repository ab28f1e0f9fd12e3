#!/usr/bin/env bash
# GLPK's interior point on the LP of the example, the coverage case and the ten plan cases, once per ordering
# (AMD, GLPK's default, and SYMAMD), on the free MPS that the working tree's gridflex exports: the measurement
# behind SolverOptions.ordering (see Benchmarks/README.md, "Interior point").
#
#   bash Benchmarks/interior/ordering.sh
#
# Prints one line per case and ordering: seconds of glp_interior alone, how it ended (converged, or the
# instability / no-convergence stops whose best point gridflex accepts with a note), GLPK's status and the objective.
set -euo pipefail
cd "$(dirname "$0")/../.."

swift build -c release --product gridflex >/dev/null
scratch=$(mktemp -d "${TMPDIR:-/tmp}/ordering.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cc -O2 -o "$scratch/ordering" Benchmarks/interior/ordering.c -lglpk

for case_file in Models/examples/guangxi-2020.yaml Benchmarks/cases/guangdong-every-feature.yaml Models/*/20*.yaml; do
    .build/release/gridflex export "$case_file" --mps "$scratch/case.mps" >/dev/null
    for ordering in amd symamd; do
        echo "$case_file $("$scratch/ordering" "$scratch/case.mps" "$ordering")"
    done
done
