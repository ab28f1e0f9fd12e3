/// The Python `extra_functionality` written next to an exported network. It reads `gridflex_extra.json` (see
/// ``ExtraRows``) and adds its variables, rows and costs to PyPSA's linopy model.
enum ExtraFunctionalityScript {
    /// The file's text for a single-region network.
    static let source = text(regional: false)

    /// The file's text for a regional network: the same but for its adequacy rows, one per region in
    /// `regional_adequacy`, whose rows and shortfall are named after their region (`adequacy[GX]`).
    static let regionalSource = text(regional: true)

    /// The text; `regional` changes only the lines that find and name the adequacy rows.
    private static func text(regional: Bool) -> String {
        let adequacyRows = regional ? #"""
    for spec in SPEC["regional_adequacy"]:
        costs.append(add_adequacy(m, snapshots, spec, sized))
"""# : #"""
    if SPEC.get("adequacy"):
        costs.append(add_adequacy(m, snapshots, SPEC["adequacy"], sized))
"""#
        func adequacyName(_ stem: String) -> String { regional ? "f\"\(stem)[{spec['region']}]\"" : "\"\(stem)\"" }
        return #"""
"""Rows and variables of GridFlex's model that PyPSA's components do not express, added with linopy.

Written by `gridflex export CASE.yaml --pypsa DIR` next to the network's CSV files; the numbers are in
gridflex_extra.json (its "mappings" list says how every feature of the case is expressed). Solve with:

    import pypsa, runpy
    n = pypsa.Network()
    n.import_from_csv_folder(DIR)
    extra = runpy.run_path(f"{DIR}/extra_functionality.py")["extra_functionality"]
    n.optimize(solver_name="highs", extra_functionality=extra, include_objective_constant=False)

n.objective is then GridFlex's objective (operating cost over the window, EUR; written with --invest, the
investment LP's: capital cost of the candidates over the window plus operating cost).
"""
import json
from pathlib import Path

import numpy as np
import xarray as xr

SPEC = json.loads(Path(__file__).with_name("gridflex_extra.json").read_text())


def extra_functionality(n, snapshots):
    """Adds the rows of gridflex_extra.json to n.model and their costs to its objective."""
    m = n.model
    sized = Sized()
    costs = add_investment(m, snapshots, SPEC["investment"], sized) if SPEC.get("investment") else []
    for pair in SPEC.get("link_expansions") or []:
        m.add_constraints(capacity_of(m, "Link-p_nom", pair["forward"]) - capacity_of(m, "Link-p_nom", pair["backward"]) == 0,
                          name=f"expand_equal[{pair['link']}]")
    costs += [add_commitment(m, snapshots, spec, sized) for spec in SPEC["commitment"]]
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
    costs += [add_energy_rows(m, snapshots, spec, sized) for spec in SPEC["energy_rows"]]
\#(adequacyRows)
    costs = [cost for cost in costs if cost is not None]
    if costs:
        m.objective = m.objective.expression + sum(costs)


class Sized:
    """The investment decisions as linopy expressions: capacity (p_nom or invest[NAME]) and storage energy by name."""

    def __init__(self):
        self.capacity, self.energy, self.min_soc, self.retrofits = {}, {}, {}, {}


def capacity_of(m, variable, name):
    """The extendable capacity `variable` (Generator-p_nom, StorageUnit-p_nom) of one component, without its name
    coordinate, so that capacities of different components add up."""
    return (1 * m[variable].sel(name=name)).drop_vars("name")


def add_investment(m, snapshots, spec, sized):
    """Reads the extendable capacities into `sized`; adds the energy decisions, the sized storage rows and the
    retrofit variables and rows. Returns their costs (p_nom's capital_cost is PyPSA's own)."""
    costs = []
    for name in spec["generators"]:
        sized.capacity[name] = capacity_of(m, "Generator-p_nom", name)
    for unit in spec["storage"]:
        name = unit["storage_unit"]
        power = capacity_of(m, "StorageUnit-p_nom", name)
        sized.capacity[name], sized.min_soc[name] = power, unit["min_soc"]
        if unit.get("energy"):
            decision = unit["energy"]
            energy = m.add_variables(lower=0, name=f"invest_energy[{name}]")
            m.add_constraints(energy - decision["min_hours"] * power >= 0, name=f"duration_min[{name}]")
            m.add_constraints(energy - decision["max_hours"] * power <= 0, name=f"duration_max[{name}]")
            costs.append(decision["cost_eur_per_mwh"] * energy)
            sized.energy[name] = 1 * energy
        else:
            sized.energy[name] = unit["duration_hours"] * power
        add_sized_storage_rows(m, snapshots, unit, power, sized.energy[name])
    for retrofit in spec["retrofits"]:
        name = retrofit["generator"]
        decision = m.add_variables(lower=retrofit["min_mw"], upper=retrofit["max_mw"], name=f"invest[{name}]")
        sized.capacity[name], sized.retrofits[name] = decision, retrofit
        costs.append(retrofit["cost_eur_per_mw"] * decision)
        if not retrofit["commitment"]:
            lowered = retrofit["min_stable_load"] - retrofit["retrofitted_min_stable_load"]
            m.add_constraints(m["Generator-p"].sel(name=name) + lowered * decision >= retrofit["min_stable_load"] * retrofit["capacity_mw"],
                              name=f"retrofit_floor[{name}]")
    return costs


def add_sized_storage_rows(m, snapshots, unit, power, energy):
    """soc ≤ max soc × energy; soc ≥ min soc × energy; p_store + p_dispatch ≤ p_nom; initial state × energy."""
    name = unit["storage_unit"]
    soc = m["StorageUnit-state_of_charge"].sel(name=name)
    if unit.get("energy") or unit["max_soc"] < 1:
        m.add_constraints(soc - unit["max_soc"] * energy <= 0, name=f"soc_cap[{name}]")
    if unit["min_soc"] > 0:
        m.add_constraints(soc - unit["min_soc"] * energy >= 0, name=f"soc_floor[{name}]")
    if unit["exclusive"]:
        m.add_constraints(m["StorageUnit-p_store"].sel(name=name) + m["StorageUnit-p_dispatch"].sel(name=name) - power <= 0,
                          name=f"exclusive[{name}]")
    if unit.get("initial_retained") is not None:
        # PyPSA 1.4 writes the first balance row −soc_0 − p_dispatch ÷ η_d + η_s × p_store = −state_of_charge_initial
        # (written 0); GridFlex's initial state is (1 − loss) × initial × energy, a decision: it moves to the left.
        balance = m.constraints["StorageUnit-energy_balance"]
        first = xr.zeros_like(balance.rhs, dtype=float)
        first.loc[{"snapshot": snapshots[0], "name": name}] = unit["initial_retained"]
        balance.lhs = balance.lhs + first * energy  # zero elsewhere, as PyPSA's own non-cyclic first rows carry


def add_commitment(m, snapshots, spec, sized):
    """online ≤ capacity; p ≤ online; p ≥ min-load × online; startup_t ≥ online_t − online_{t−1} (t > first).

    With a retrofit R (MW): retrofit_online r_t ≤ R and r_t ≤ online_t, and p ≥ min-load × online − (min-load −
    retrofitted min-load) × r."""
    name = spec["generator"]
    p = m["Generator-p"].sel(name=name)
    index = [snapshots.rename("snapshot")]
    online = m.add_variables(lower=0, upper=spec["capacity_mw"], coords=index, name=f"online[{name}]")
    startup = m.add_variables(lower=0, coords=index, name=f"startup[{name}]")
    m.add_constraints(p - online <= 0, name=f"online_cap[{name}]")
    if spec["min_stable_load"] > 0:
        floor = p - spec["min_stable_load"] * online
        if name in sized.retrofits:
            retrofit = sized.retrofits[name]
            retrofitted = m.add_variables(lower=0, coords=index, name=f"retrofit_online[{name}]")
            m.add_constraints(retrofitted - sized.capacity[name] <= 0, name=f"retrofit_cap[{name}]")
            m.add_constraints(retrofitted - online <= 0, name=f"retrofit_online[{name}]")
            floor = floor + (retrofit["min_stable_load"] - retrofit["retrofitted_min_stable_load"]) * retrofitted
        m.add_constraints(floor >= 0, name=f"min_load[{name}]")
    later = snapshots[1:]
    increase = startup.sel(snapshot=later) - online.sel(snapshot=later) + online.shift(snapshot=1).sel(snapshot=later)
    m.add_constraints(increase >= 0, name=f"startup[{name}]")
    return spec["startup_cost_eur_per_mw"] * startup.sum() if spec["startup_cost_eur_per_mw"] else None


def capacities(terms, sized):
    """Σ coefficient × capacity of the terms (investment LP), or None."""
    parts = [term["coefficient"] * sized.capacity[term["component"]] for term in terms]
    return sum(parts[1:], parts[0]) if parts else None


def add_energy_rows(m, snapshots, spec, sized):
    """One row per block: Σ_block Σ_terms coefficient × p (+ capacity terms) {sense} rhs, relaxed by a penalised
    shortfall for targets."""
    blocks = xr.DataArray(np.repeat(np.arange(len(spec["block_sizes"])), spec["block_sizes"]),
                          coords={"snapshot": snapshots}, name="block")
    rhs = xr.DataArray(spec["rhs"], coords={"block": np.arange(len(spec["rhs"]))})
    lhs = None
    if spec["terms"]:
        names = [term["generator"] for term in spec["terms"]]
        coefficients = xr.DataArray([term["coefficient"] for term in spec["terms"]], coords={"name": names})
        lhs = (coefficients * m["Generator-p"].sel(name=names)).sum("name").groupby(blocks).sum()
    capacity = capacities(spec.get("capacity_terms", []), sized)
    if capacity is not None:
        lhs = capacity if lhs is None else lhs + capacity
    cost = None
    if spec.get("shortfall_penalty") is not None:
        shortfall = m.add_variables(lower=0, coords=[rhs.indexes["block"]], name="shortfall" + spec["name"].removeprefix("target"))
        relief = shortfall if spec["sense"] == ">=" else -1 * shortfall
        lhs = relief if lhs is None else lhs + relief
        cost = spec["shortfall_penalty"] * shortfall.sum()
    m.add_constraints(lhs, spec["sense"], rhs, name=spec["name"])
    return cost


def add_adequacy(m, snapshots, spec, sized):
    """adequacy[t]: Σ storage and DR reserve + Σ wind and solar p (hourly output) + shortfall ≥ required, per snapshot.

    Storage: reserve + p_dispatch ≤ discharge power and reserve × hours ÷ η_d − state of charge ≤ −min soc.
    DR: reserve + p ≤ capacity and, with a daily limit, Σ_day (reserve + p) ≤ the limit.
    Investment LP: a sized storage's power is p_nom and its min soc × energy a decision; an extendable DR's
    capacity is p_nom; extendable wind and solar by capacity credit add credit × p_nom.
    """
    index = [snapshots.rename("snapshot")]
    required = xr.DataArray(spec["required_mw"], coords=index)
    shortfall = m.add_variables(lower=0, upper=xr.DataArray(spec["shortfall_max_mw"], coords=index), coords=index,
                                name=\#(adequacyName("adequacy_shortfall")))
    lhs = 1 * shortfall
    for unit in spec["storage"]:
        name = unit["storage_unit"]
        reserve = m.add_variables(lower=0, upper=unit["discharge_mw"], coords=index, name=f"reserve[{name}]")
        used = reserve + m["StorageUnit-p_dispatch"].sel(name=name)
        backed = unit["energy_per_mw"] * reserve - m["StorageUnit-state_of_charge"].sel(name=name)
        if unit.get("sized"):
            m.add_constraints(used - sized.capacity[name] <= 0, name=f"reserve_power[{name}]")
            m.add_constraints(backed + sized.min_soc[name] * sized.energy[name] <= 0, name=f"reserve_energy[{name}]")
        else:
            m.add_constraints(used <= unit["discharge_mw"], name=f"reserve_power[{name}]")
            m.add_constraints(backed <= -unit["min_mwh"], name=f"reserve_energy[{name}]")
        lhs = lhs + reserve
    blocks = xr.DataArray(np.repeat(np.arange(len(spec["day_sizes"])), spec["day_sizes"]), coords={"snapshot": snapshots}, name="block")
    for load in spec["demand_response"]:
        name = load["generator"]
        reserve = m.add_variables(lower=0, upper=load["capacity_mw"], coords=index, name=f"reserve[{name}]")
        used = reserve + m["Generator-p"].sel(name=name)
        if load.get("extendable"):
            m.add_constraints(used - sized.capacity[name] <= 0, name=f"reserve_power[{name}]")
        else:
            m.add_constraints(used <= load["capacity_mw"], name=f"reserve_power[{name}]")
        if load.get("per_day_mwh") is not None:
            m.add_constraints(used.groupby(blocks).sum() <= load["per_day_mwh"], name=f"reserve_day[{name}]")
        lhs = lhs + reserve
    if spec["renewables"]:
        lhs = lhs + m["Generator-p"].sel(name=spec["renewables"]).sum("name")
    capacity = capacities(spec.get("renewable_capacity", []), sized)
    if capacity is not None:
        lhs = lhs + capacity
    m.add_constraints(lhs >= required, name=\#(adequacyName("adequacy")))
    return spec["shortfall_penalty"] * shortfall.sum()
"""#
    }
}
