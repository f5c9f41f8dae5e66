/** The scoring engine's public surface. Pure TypeScript: no Office, no DOM, no Node APIs. */
export { InputCollector, type ParsedInput, type TableSummary, type TableFeed } from "./input/collector";
export { readCsvText, decodeText, guessDelimiter } from "./input/csv";
export { InputError, describeIssue, type InputIssue } from "./input/issues";
export { LAYOUTS, detectLayout } from "./input/layouts";
export { scoreModernWork, ScoreOptionError, type ScoreOptions, type ScoreResult } from "./scoreModernWork";
export { MODERN_WORK_RULE_SETS, modernWorkRulesFor } from "./rules/registry";
export type * from "./rules/types";
export type * from "./report/types";
export { FLAG_COLUMNS, FLAG_HEADER_PREFIX, type FlagColumn } from "./report/flagColumns";
export { STATUS_LABEL, formatPoints, linearPoints, trackStatus, type TrackStatus } from "./score/points";
export { formatMonth, monthLabel, parseMonth, parseIsoMonth, type MonthIndex } from "./parse/months";
export { parseNumber } from "./parse/numbers";
export { normaliseAssociation, type AssociationType } from "./parse/associations";
