/** The scoring engine's public surface. Pure TypeScript: no Office, no DOM, no Node APIs. */
export { InputCollector, type ParsedInput, type TableSummary, type TableFeed, type TablePart } from "./input/collector";
export {
  readCsvText,
  readCsvPieces,
  CsvTableReader,
  utf8Pieces,
  decodedPieces,
  mayBeUtf8,
  csvRows,
  decodeText,
  decodeBytes,
  guessDelimiter,
  type DecodedText,
} from "./input/csv";
export { eachCsvRow } from "./input/csvRows";
export { InputError, describeIssue, type InputIssue, type IssueCause } from "./input/issues";
export { WARNING_CODES, classifyWarning, fixesFirst } from "./model/warningKinds";
export { LAYOUTS, HEADER_SEARCH_ROWS, columnLetter, detectLayout, headerName, type LayoutId } from "./input/layouts";
export type { MeasureData, MeasureRecord } from "./input/measures";
export { scoreModernWork, type ScoreResult } from "./scoring/scoreModernWork";
export {
  scoreDesignations,
  scoreWithFlagCells,
  microsoftCloud,
  ScoreOptionError,
  type ScoreOptions,
  type ScoreAllResult,
  type DesignationOutcome,
} from "./scoring/scoreDesignations";
export type { FileFlagCells } from "./scoring/rowFlags";
export { DESIGNATIONS } from "./designations/registry";
export { ALL_DESIGNATION_IDS, DESIGNATION_NAMES, DESIGNATION_SHORT_NAMES } from "./model/designationNames";
export type { DesignationModule, ScoreContext, DesignationScore, CertificationCounts, SimulatorParts, CertificationList, MonthRead } from "./model/module";
export { needsOf, latestMonthOf } from "./model/exportsRead";
export { MODERN_WORK_RULE_SETS, modernWorkRulesFor } from "./designations/modern-work/ruleSets";
export type * from "./model/ruleTypes";
export type * from "./model/results";
export { COUNTS_TOWARD, REASON, flagCells, flagColumnWidth, type FlagColumn, type FlagCell, type FlagTable, type RowFlags } from "./model/flags";
export { STATUS_LABEL, formatPoints, linearPoints, qualificationOf, trackStatus, type Qualification, type TrackStatus } from "./model/points";
export { PART_NAMES, signed as signedText, tinyChangeText, value as valueText } from "./model/text";
export { CATEGORY_LABEL, METRIC_CATEGORIES, METRIC_CATEGORY, categoryGroups, type CategoryGroup, type MetricCategory } from "./model/metricCategories";
export { formatMonth, isoMonthLabel, monthLabel, parseMonth, parseIsoMonth, type MonthIndex } from "./parse/months";
export { parseNumber } from "./parse/numbers";
export { normaliseAssociation, type AssociationType } from "./parse/associations";
export {
  summaryLayout,
  isGood,
  SUMMARY_SHEET,
  DESIGNATIONS_TABLE,
  DESIGNATION_HEADER,
  METRIC_HEADER,
  type SummaryBlock,
  type SummaryCell,
  type SummaryTable,
  type SummaryExtras,
} from "./sheets/summaryLayout";
export * from "./history";
export { simulate, type SimulationResult } from "./simulate/simulate";
export { recommendations, type Recommendation } from "./simulate/recommendations";
export { UnknownRecommendationError } from "./simulate/recommendationError";
export {
  compareReports,
  formatDelta,
  formatMetricValue,
  describeChange,
  type DesignationChange,
  type TrackChange,
  type MetricChange,
} from "./simulate/compare";
export {
  EMPTY_SCENARIO,
  ScenarioError,
  validateScenario,
  type Scenario,
  type HypotheticalCustomer,
  type HypotheticalCertification,
  type CustomerExport,
} from "./simulate/scenario";
export { simulatorCatalogue, type SimulatorCatalogue, type CatalogueCertification } from "./simulate/catalogue";
export * from "./optimise";
export { insights, type Insights, type InsightOptions } from "./insights/insights";
export * from "./explain";
export { exportColumns } from "./input/exportColumns";
export { tenantList } from "./input/tenantList";
export { tenantDirectory } from "./input/tenantDirectory";
export { exportsOf } from "./explain/designationExports";
export * from "./eligibility";
export * from "./calibrate";
export { SCENARIO_SHEET_PREFIX, scenarioFromCell, scenarioLayout, scenarioSheetName } from "./sheets/scenarioLayout";
export { looseKey } from "./parse/keys";
export { metricResult, type MetricValue } from "./model/trackResult";
export { inPaidBand } from "./designations/modern-work/usageModel";
export { isNoOpAlternative, withAlternatives } from "./model/ruleSelection";
export { describeSides, sidesLines, sidesShown } from "./model/sides";
export { trendTable, type TrendTable, type TrendCell } from "./sheets/trendTable";
