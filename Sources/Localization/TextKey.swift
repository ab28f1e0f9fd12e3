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
    // The HTML pages (`--report`).
    case reportTitle, reportSubtitle, reportFooter, kpiSectionTitle, kpiOperatingCost, kpiOperatingCostDetail, kpiUtilisation
    case kpiUtilisationDetail, kpiCurtailment, kpiCurtailmentDetail, kpiUnserved, kpiUnservedNone, kpiUnservedHours, kpiPeakLoad
    case kpiPeakLoadDetail, kpiPeakNetLoad, kpiPeakNetLoadDetail, kpiCO2, kpiNonHydro, kpiNonHydroDetail, overviewTitle, factCase
    case factDescription, factRegion, factWindow, factWindowValue, factDataDirectory, factDataDirectoryValue, factDataYears, assumption
    case value, why, dataNotesHeading, dataNotesNone, assumptionsHeading, assumptionsNone, dispatchWholeTitle, dispatchPeakTitle
    case dispatchCurtailmentTitle, dispatchPeakNote, dispatchCurtailedNote, dispatchNoCurtailment, dispatchFigureTitle, axisPower
    case seriesLoad, dispatchCaption, dispatchCaptionBelow, dispatchCaptionCurtailment, storageTitle, storageNone, axisStateOfCharge
    case axisStateOfChargeUnit, storageCaptionHourly, seriesDailyRange, seriesDailyMean, storageCaptionDaily, durationTitle
    case durationFigureTitle, durationChartTitle, seriesLoadAfterFlex, seriesNetLoad, seriesNetLoadAfterFlex, durationCaption, sampledNote
    case curtailmentTitle, curtailmentNoRenewables, curtailmentNone, curtailmentChartTitle, axisMonth, axisMonthUnit, axisCurtailedEnergy
    case curtailmentCaption, curtailmentCaptionPartial, curtailmentFigureTitle, pricesTitle, pricesChartTitle, axisMarginalPrice
    case seriesMarginalPrice, pricesCaption, pricesFigureTitle, targetsTitle, targetsNone, source, targetsNote, resourcesTitle
    case powerColumn, deliveredColumn, fullCyclesColumn, costMillionsColumn, resourcesNote, solverTitle, factStatus, factMethod
    case factMethodValue, factTime, factTimeValue, factLPSize, factLPSizeValue, factObjective, notesHeading, noneListed, planSectionTitle
    case planIntro, inTheModel, planCountsShort, quote
    // The sweep page (`sweep --report`) and its frontier charts.
    case swTitle, swSubtitle, swFooter, swSection, swCaseFile, swFingerprint, swVaried, swVariedValue, swFixed, swNone, swPoints
    case swPointsValue, swSolves, swSolvesValue, swShard, swFrontier, swCurtailment, swCurtailmentCaption, swCost, swCostCaption
    case swStatus, swObjective, swCurtailmentEnergy, swCurtailmentShare, swUnserved, swNonHydro, swCO2, swPeakNetLoad, swStart
    case swSeconds, swNote, swWarm, swCold, swChartCurtailment, swAxisCurtailmentUnit, swChartCost, swAxisCostUnit, swNoParameter
    case swAllPoints, swDrawn, swLeftOut, swHeld, swChartFileTitle
    // The adequacy row and the contributions table.
    case adqLine, adqWorst, adqValuesHeading, adqValueLine, adqReport, ctbTitle, ctbWithout, ctbCost, ctbCurtailment, ctbHoursShort, ctbPeak
    case ctbPower
    case axisDate, axisTicksMonthly, axisTicksMidnight, axisBeijingTime, hoursRange
    // The workbooks (`--xlsx`).
    case wbSummary, wbResources, wbCurtailment, wbTargets, wbPlanTargets, wbMarginal, wbAssumptions, wbDataNotes, wbHourly, wbItem
    case wbValue, wbUnit, wbCase, wbRegion, wbWindow, wbStatus, wbHours, wbObjective, wbOperatingCost, wbTargetPenalty, wbLoad
    case wbRenewableAvailable, wbCurtailmentItem, wbUtilisation, wbNonHydro, wbUnserved, wbUnservedHours, wbSurplus, wbPeakLoad
    case wbPeakLoadAfterFlex, wbPeakNetLoad, wbPeakNetLoadAfterFlex, wbCO2, wbMeanPrice, wbName, wbKind, wbCapacity, wbEnergyCapacity
    case wbDelivered, wbConsumed, wbCurtailed, wbCurtailmentShare, wbCycles, wbHoursCalled, wbCost, wbAvailable, wbCurtailedKind, wbShare
    case wbId, wbRequired, wbAchieved, wbShortfall, wbShortfallUnit, wbBinding, wbShadowPrice, wbShadowPriceUnit, wbSource, wbYes, wbNo
    case wbYear, wbQualifier, wbFirmness, wbEvaluation, wbQuote, wbResource, wbQuantity, wbMarginalValue, wbKey, wbReason, wbNote
    // `gridflex compare`.
    case cmpComparedAgainst, cmpGroup, cmpMeasure, cmpDelta, cmpCapacity, cmpCost, cmpEnergy, cmpUtilisation, cmpAdequacy, cmpEmissions
    case cmpStorageEnergy, cmpCurtailmentKind, cmpReportTitle, cmpReportSubtitle, cmpCasesTitle, cmpCaseHours, cmpMeasuresTitle
    case cmpNoTargets, cmpFooter, cmpSheet, cmpStatusColumn, cmpAchievedColumn
    // `gridflex invest`.
    case invHeading, invProrated, invOptimalityGap, invCandidate, invPlan, invOptimum, invLimits, invAtMin, invAtMax, invRetrofit, invCapital, invCostSource
    case invEnergyLine, invCapitalRow, invOperatingRow, invPenaltyRow, invTotalRow, invAnnualRow, invPerPoint, invPerTonne
    case invAdequacyLine, invGapLine, invGapCapital, invReportTitle, invReportSubtitle, invComparisonTitle, invCostsTitle
    case invTargetsTitle, invGapTitle, invChartTitle, invAxisCapacity, invChartCaption, invGapNote, invFooter, invItem, invEUR
    // A regional solve.
    case regCaseLine, regTotalCost, regImportsNote, regRegionHeading, regLinksHeading, regLink, regCapacity, regForward, regBackward
    case regUtilisation, regHoursAtLimit, regRent, regGroupTargetsHeading, regGroupAccounting, rrGroupTargetsTitle
    // A regional investment.
    case rinvHeading, rinvRegionsNote, rinvLinksHeading, rinvExisting, rinvAdded, rinvSystemHeading, rinvOperatingNote, rinvNotExpandable
    // The page of a regional solve.
    case rrTitle, rrSubtitle, rrFooter, rrFactRegions, rrFactLinks, rrFactTotalCost, rrFactTotalCostValue, rrRegionsTitle, rrRegion, rrLoad
    case rrMeanPrice, rrReceived, rrSent, rrMapTitle, rrMapCaption, rrNodePrice, rrNodeLoad, rrNodeDetail, rrEdgeNet, rrEdgeLimit
    case rrEdgeDetail, rrLinksTitle, rrLink, rrCapacityForward, rrCapacityBackward, rrSentForward, rrSentBackward, rrUtilisation
    case rrHoursAtLimit, rrRent, rrLosses, rrWheeling, rrLinksNote, rrNoLinks, rrDurationTitle, rrAxisNetFlow, rrDurationCaption
    case rrRegionTitle, rrRegionIntro, rrRegionContents, rrRegionSection, rrSolverTitle
}
