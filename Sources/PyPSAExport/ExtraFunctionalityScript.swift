/// The Python `extra_functionality` written next to an exported network. It reads `gridflex_extra.json` (see
/// ``ExtraRows``) and adds its variables, rows and costs to PyPSA's linopy model.
enum ExtraFunctionalityScript {
    /// The file's text.
    static let source = #"""
"""Rows and variables of GridFlex's model that PyPSA's components do not express, added with linopy.

Written by `gridflex export CASE.yaml --pypsa DIR` next to the network's CSV files; the numbers are in
gridflex_extra.json (its "mappings" list says how every feature of the case is expressed). Solve with:

    import pypsa, runpy
    n = pypsa.Network()
    n.import_from_csv_folder(DIR)
    extra = runpy.run_path(f"{DIR}/extra_functionality.py")["extra_functionality"]
    n.optimize(solver_name="highs", extra_functionality=extra, include_objective_constant=False)

n.objective is then GridFlex's objective (operating cost over the window, EUR).
"""
import json
from pathlib import Path

import numpy as np
import xarray as xr

SPEC = json.loads(Path(__file__).with_name("gridflex_extra.json").read_text())


def extra_functionality(n, snapshots):
    """Adds the rows of gridflex_extra.json to n.model and their costs to its objective."""
    m = n.model
    costs = [add_commitment(m, snapshots, spec) for spec in SPEC["commitment"]]
    soc = m.variables["StorageUnit-state_of_charge"] if SPEC["state_of_charge_bounds"] else None
    for spec in SPEC["state_of_charge_bounds"]:
        unit = {"name": spec["storage_unit"]}
        soc.lower.loc[unit] = spec["min_mwh"]
        soc.upper.loc[unit] = spec["max_mwh"]
    for spec in SPEC["exclusive_charge_discharge"]:
        unit = {"name": spec["storage_unit"]}
        m.add_constraints(m["StorageUnit-p_store"].sel(unit) / spec["charge_mw"]
                          + m["StorageUnit-p_dispatch"].sel(unit) / spec["discharge_mw"] <= 1,
                          name=f"exclusive[{spec['storage_unit']}]")
    costs += [add_energy_rows(m, snapshots, spec) for spec in SPEC["energy_rows"]]
    if SPEC.get("adequacy"):
        costs.append(add_adequacy(m, snapshots, SPEC["adequacy"]))
    costs = [cost for cost in costs if cost is not None]
    if costs:
        m.objective = m.objective.expression + sum(costs)


def add_commitment(m, snapshots, spec):
    """online ≤ capacity; p ≤ online; p ≥ min-load × online; startup_t ≥ online_t − online_{t−1} (t > first)."""
    name = spec["generator"]
    p = m["Generator-p"].sel(name=name)
    index = [snapshots.rename("snapshot")]
    online = m.add_variables(lower=0, upper=spec["capacity_mw"], coords=index, name=f"online[{name}]")
    startup = m.add_variables(lower=0, coords=index, name=f"startup[{name}]")
    m.add_constraints(p - online <= 0, name=f"online_cap[{name}]")
    if spec["min_stable_load"] > 0:
        m.add_constraints(p - spec["min_stable_load"] * online >= 0, name=f"min_load[{name}]")
    later = snapshots[1:]
    increase = startup.sel(snapshot=later) - online.sel(snapshot=later) + online.shift(snapshot=1).sel(snapshot=later)
    m.add_constraints(increase >= 0, name=f"startup[{name}]")
    return spec["startup_cost_eur_per_mw"] * startup.sum() if spec["startup_cost_eur_per_mw"] else None


def add_energy_rows(m, snapshots, spec):
    """One row per block: Σ_block Σ_terms coefficient × p {sense} rhs, relaxed by a penalised shortfall for targets."""
    blocks = xr.DataArray(np.repeat(np.arange(len(spec["block_sizes"])), spec["block_sizes"]),
                          coords={"snapshot": snapshots}, name="block")
    rhs = xr.DataArray(spec["rhs"], coords={"block": np.arange(len(spec["rhs"]))})
    lhs = None
    if spec["terms"]:
        names = [term["generator"] for term in spec["terms"]]
        coefficients = xr.DataArray([term["coefficient"] for term in spec["terms"]], coords={"name": names})
        lhs = (coefficients * m["Generator-p"].sel(name=names)).sum("name").groupby(blocks).sum()
    cost = None
    if spec.get("shortfall_penalty") is not None:
        shortfall = m.add_variables(lower=0, coords=[rhs.indexes["block"]], name="shortfall" + spec["name"].removeprefix("target"))
        relief = shortfall if spec["sense"] == ">=" else -1 * shortfall
        lhs = relief if lhs is None else lhs + relief
        cost = spec["shortfall_penalty"] * shortfall.sum()
    m.add_constraints(lhs, spec["sense"], rhs, name=spec["name"])
    return cost


def add_adequacy(m, snapshots, spec):
    """adequacy[t]: Σ storage and DR reserve + Σ wind and solar p (hourly output) + shortfall ≥ required, per snapshot.

    Storage: reserve + p_dispatch ≤ discharge power and reserve × hours ÷ η_d − state of charge ≤ −min soc.
    DR: reserve + p ≤ capacity and, with a daily limit, Σ_day (reserve + p) ≤ the limit.
    """
    index = [snapshots.rename("snapshot")]
    required = xr.DataArray(spec["required_mw"], coords=index)
    shortfall = m.add_variables(lower=0, upper=xr.DataArray(spec["shortfall_max_mw"], coords=index), coords=index,
                                name="adequacy_shortfall")
    lhs = 1 * shortfall
    for unit in spec["storage"]:
        name = unit["storage_unit"]
        reserve = m.add_variables(lower=0, upper=unit["discharge_mw"], coords=index, name=f"reserve[{name}]")
        m.add_constraints(reserve + m["StorageUnit-p_dispatch"].sel(name=name) <= unit["discharge_mw"], name=f"reserve_power[{name}]")
        m.add_constraints(unit["energy_per_mw"] * reserve - m["StorageUnit-state_of_charge"].sel(name=name) <= -unit["min_mwh"],
                          name=f"reserve_energy[{name}]")
        lhs = lhs + reserve
    blocks = xr.DataArray(np.repeat(np.arange(len(spec["day_sizes"])), spec["day_sizes"]), coords={"snapshot": snapshots}, name="block")
    for load in spec["demand_response"]:
        name = load["generator"]
        reserve = m.add_variables(lower=0, upper=load["capacity_mw"], coords=index, name=f"reserve[{name}]")
        used = reserve + m["Generator-p"].sel(name=name)
        m.add_constraints(used <= load["capacity_mw"], name=f"reserve_power[{name}]")
        if load.get("per_day_mwh") is not None:
            m.add_constraints(used.groupby(blocks).sum() <= load["per_day_mwh"], name=f"reserve_day[{name}]")
        lhs = lhs + reserve
    if spec["renewables"]:
        lhs = lhs + m["Generator-p"].sel(name=spec["renewables"]).sum("name")
    m.add_constraints(lhs >= required, name="adequacy")
    return spec["shortfall_penalty"] * shortfall.sum()
"""#
}
