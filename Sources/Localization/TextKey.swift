/// Every piece of text a planner reads that has a translation; each language's table holds every key.
public enum TextKey: String, Sendable, CaseIterable {
    // The text summary (`solve`).
    case summaryCaseLine, operatingCost, targetPenalties, targetPenaltiesNote
    case resource, kind, energyColumn, takenColumn, curtailedColumn, cyclesColumn, hoursCalledColumn, costColumn
    case simultaneousLine, curtailmentLine, utilisationLine, nonHydroLine, peakLoadLine, peakNetLoadLine, peakGeneratorsLine
    case unservedLine, surplusClause, co2Line, meanPriceLine
    case target, required, achieved, status, shortfall, shadowPrice, met, notMet, penaltyNote, notLPRow
    case marginalHeading, marginalLine, perEnergy, perPower, perCapacity
    case solverLine, solverNote, dataNote, assumptionLine
    // `plan check`.
    case planLine, year, qualifier, planFigure, caseValue, evaluation, firmness, bindingColumn, carriedYear, statusBy
    case applied, missed, context, tested, binding, aspirational, tight, slack, carriedFromLine, planCounts
}
