import { describeIssue, type InputIssue, type IssueCause } from "../input/issues";
import type { ReportWarning, Warning, WarningKind } from "./results";

/**
 * Which warnings the partner must act on, and a one-line title for each: the pane lists the fixes
 * first ("Needs fixing") and folds the notes away, so a partner admin sees at a glance what to change
 * in the exports. Classified here, once, so the pane, the command line and the JSON agree.
 */
interface Classification {
  kind: WarningKind;
  title: string;
  action?: string;
}

const fix = (title: string, action: string): Classification => ({ kind: "fix", title, action });
const info = (title: string): Classification => ({ kind: "info", title });

/** Input issues, by cause (input/issues.ts): a row skipped or a cell to clean is a fix; how the file was read is a note. */
const ISSUES: Record<IssueCause, Classification> = {
  empty: fix("Empty cell: row skipped", "Fill in the cell and score again."),
  unreadable: fix("Unreadable value: row skipped", "Fix the cell and score again."),
  misaligned: fix("Row out of line: skipped", "Quote the cell, or download the export again."),
  "cut-short": fix("Row cut short: skipped", "Download the export again."),
  "invisible-character": fix("Invisible character in a tenant", "Clean the cell (it was read without it)."),
  "more-skipped": fix("More rows skipped", "Fix them as the rows above."),
  "repeated-header": info("Header repeated inside the export"),
  "titles-above-header": info("Title lines above the header"),
  "read-note": info("How the file was read"),
};

/**
 * The scorers' warnings, by code. A missing export or month makes metrics 0, and a missing column
 * makes the engine guess: fixes. Rows the rules do not count, and readings of the rules: notes.
 */
export const WARNING_CODES: Record<string, Classification> = {
  // An export, a month or a column missing: the score is not the partner's until it is added.
  "no-revenue-export": fix("Revenue export missing", "Add the Business Applications revenue export."),
  "no-usage-export": fix("Usage export missing", "Add the Business Applications usage export."),
  "security-no-azure": fix("Azure export missing", "Add the Azure consumption export."),
  "security-no-m365": fix("M365 usage export missing", "Add the M365 usage export."),
  "no-skilling": fix("No certified people", "Add the skilling export or type the counts."),
  "azure-month-missing": fix("A month missing in the Azure export", "Download the Azure export covering the months named."),
  "azure-ttm-baseline-partial": fix("Azure export starts too late", "Download the Azure export from an earlier month."),
  "no-rows-as-of": fix("No rows in the as-of month", "Pick a month the export covers."),
  "no-baseline-rows": fix("No rows a year before", "Download the export covering the trailing months."),
  "security-azure-no-rows-as-of": fix("No Azure rows in the as-of month", "Pick a month the export covers."),
  "security-azure-ttm-months-missing": fix("Months missing in the Azure export", "Download the Azure export covering the months named."),
  "security-m365-no-rows-as-of": fix("No M365 rows in the as-of month", "Pick a month the export covers."),
  "security-m365-no-baseline": fix("No M365 rows a year before", "Download the export covering the trailing months."),
  "claim-month-missing": fix("Claim months missing", "Include the claim months in the export."),
  "azure-segment-inferred": fix("CustomerSegment missing: track inferred", "Add CustomerSegment, or set the track."),
  // Rows the rules leave out, and how the rules were read: nothing to change in the exports.
  "azure-association-not-counted": info("Association types not counted"),
  "azure-offer-not-counted": info("Offers not counted"),
  "azure-vm-not-deployment": info("Virtual machines are not deployments"),
  "azure-negative-acr": info("Negative ACR (credits) included"),
  "azure-after-as-of": info("Rows after the as-of month"),
  "azure-growth-baseline": info("Baseline under the growth minimum"),
  "azure-track-ignored": info("Track setting ignored"),
  "track-not-applicable": info("Track setting ignored"),
  "revenue-ineligible-workloads": info("Revenue workloads not counted"),
  "revenue-ineligible-associations": info("Revenue association types not counted"),
  "usage-ineligible-associations": info("Usage association types not counted"),
  "trial-rows": info("Trial rows not counted"),
  "workloads-without-rate": info("Workloads without a rate"),
  "csp-counted-as-dpor": info("CSP usage counted as DPOR"),
  "rows-after-as-of": info("Rows after the as-of month"),
  "duplicate-rows": info("Repeated rows counted once"),
  "ineligible-workloads": info("Workloads not eligible"),
  "ineligible-associations": info("Association types not eligible"),
  "security-azure-ineligible-associations": info("Azure association types not counted"),
  "security-m365-ineligible-associations": info("M365 association types not counted"),
  "security-ineligible-services": info("Azure services not eligible"),
  "security-ineligible-workloads": info("M365 workloads not eligible"),
  "security-excluded-offers": info("Excluded offers not counted"),
  "counts-override-skilling": info("Typed counts replace the skilling export"),
};

/** An input issue as a report warning: where it is, and its kind (a row named without a cause was skipped). */
export function issueWarning(issue: InputIssue): ReportWarning {
  const cause = issue.cause ?? (issue.row !== undefined ? "unreadable" : "read-note");
  return {
    code: "input",
    message: describeIssue(issue),
    file: issue.file,
    row: issue.row,
    column: issue.column,
    ...ISSUES[cause],
  };
}

/** The longest title taken from a message when a code is not in WARNING_CODES. */
const TITLE_CHARACTERS = 48;

/**
 * A scorer's warning classified by its code. A code not listed (a new warning) is a note titled by its
 * first words, so it still shows; test/engine/model/warningKinds.test.ts fails until it is listed.
 */
export function classifyWarning(warning: Warning | ReportWarning): ReportWarning {
  if ("kind" in warning) return warning;
  const known = WARNING_CODES[warning.code];
  if (known) return { ...warning, ...known };
  const words = warning.message.replace(/^[^:]{0,80}: /, "").split(/[.;:(]/)[0];
  const title = words.length > TITLE_CHARACTERS ? `${words.slice(0, TITLE_CHARACTERS - 1).trimEnd()}…` : words;
  return { ...warning, kind: "info", title: title.charAt(0).toUpperCase() + title.slice(1) };
}

/** Fixes first, notes after, each in the order the report gave them. */
export function fixesFirst<T extends { kind: WarningKind }>(warnings: readonly T[]): T[] {
  return [...warnings.filter((w) => w.kind === "fix"), ...warnings.filter((w) => w.kind !== "fix")];
}
