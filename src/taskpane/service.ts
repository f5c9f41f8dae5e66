import type { LayoutId } from "../engine";
import type {
  CertificationCounts,
  DesignationId,
  EditionId,
  Recommendation,
  RenewalStatus,
  Report,
  Scenario,
  ScoreHistory,
  SimulationResult,
  SimulatorCatalogue,
  TrackId,
} from "../engine";
import type { DesignationPaths, EffortWeightEdits } from "../engine";
import type { TenantRef } from "../engine";
import type { CustomerEffectRow, NearMissRow } from "./logic/explainGroups";
import type { CustomerEligibility, CustomerExplanation, CustomerMatches, SkillingEligibility, TenantRef as Customer } from "../engine";
import type { MonthWithoutData } from "../engine";
import type { CalibrationResult, ObservableCatalogue, Observation, OptionDescription, SavedOptions } from "../engine";

/**
 * What the task pane needs from a workbook. The Excel adapter implements it with office-js; tests
 * and the playground can pass any implementation. Components never touch Excel directly.
 */
export interface FoundExport {
  sheet: string;
  /** A1 address of the export's cells, header included, e.g. "Usage!A1:F26". */
  address: string;
  layout: LayoutId;
  rows: number;
  tableName?: string;
}

export interface WorkbookSummary {
  exports: FoundExport[];
  tenants: number;
  /** Months present in the usage data, YYYY-MM, ascending. */
  months: string[];
  /** Default as-of month (the latest), or null without usage rows. */
  latestMonth: string | null;
  hasSkilling: boolean;
  skippedRows: number;
  /** Every designation: whether the exports found can score it, and if not, which export it needs. */
  designations: { id: DesignationId; name: string; needs: string | null; levels: CertificationLevel[] }[];
  /**
   * How exports were read when Excel had changed them on opening (a CSV left in one column and split
   * in memory, months Excel made into days read back as months): the user's cells are unchanged.
   */
  notes?: string[];
  /**
   * Months (of `months`) whose score of a designation lacks data, mostly the year-earlier baseline: the
   * engine's monthsWithoutData, the same test as the history's "Data unavailable" months.
   */
  monthsWithoutData?: MonthWithoutData[];
}

/** Anniversary dates per designation, YYYY-MM-DD; a designation not listed is not enrolled yet. */
export type Anniversaries = Partial<Record<DesignationId, string>>;

/**
 * A cell to show: an address on a sheet, or where the engine found something in an export (its name as
 * in the report's warnings, the 1-based row as the sheet shows it, the column's header). Without a row
 * the column's header cell; without a column the row's cells of the export; without both, the header row.
 */
export type CellTarget = { sheet: string; address: string } | { file: string; row?: number; column?: string };

/** The certification metrics a designation has (Security and Data & AI have no advanced one). */
export type CertificationLevel = "intermediate" | "advanced";

export interface ScoreRequest {
  asOf?: string;
  /** Modern Work certified people typed in the pane. */
  intermediate?: number;
  advanced?: number;
  counts?: Partial<Record<DesignationId, CertificationCounts>>;
  /** A rule edition ("2023", "2026"); default: the rules in force in the as-of month. */
  ruleSet?: EditionId;
  options?: string[];
  tracks?: Partial<Record<DesignationId, TrackId>>;
  /** Effort weights for the cheapest path, as edited in the pane (default weights otherwise). */
  weights?: EffortWeightEdits;
  /** The anniversary date (YYYY-MM-DD) for the renewal status; none for a partner not enrolled yet. */
  anniversary?: string;
  /** Per designation (Partner Center keeps one each), YYYY-MM-DD; overrides `anniversary` for those listed. */
  anniversaries?: Anniversaries;
  /** Today (YYYY-MM-DD), for the renewal status; the pane passes the computer's date. */
  today?: string;
}

export interface Progress {
  stage: "reading" | "scoring" | "writing-flags" | "writing-summary";
  done: number;
  total: number;
}

export interface ScoreOutcome {
  report: Report;
  /** Where the flag columns were written, e.g. ["Usage!G1:N26"]. */
  flagRanges: string[];
  /** What was not written and why (an export with no room for its flag columns before column XFD), for the pane. */
  writeNotes: string[];
  summarySheet: string;
  /** The Recommendations view's actions: every metric gap of every track. */
  recommendations: Recommendation[];
  /** The cheapest plan to qualify, per designation and track. */
  paths: DesignationPaths[];
  /** The last six months (the qualification eligibility window), and the renewal status per designation. */
  history: ScoreHistory;
  renewal: RenewalStatus[];
  /** What the simulator's pickers offer (workloads, services, certifications). */
  catalogue: Pick<SimulatorCatalogue, "m365Workloads" | "azureServices" | "bizAppsWorkloads" | "certifications">;
  /** What Partner Center shows per scored designation (tracks, metrics, parts, units), for the Calibrate form. */
  observable: ObservableCatalogue;
  /** Every customer tenant of the exports (id, name), sorted by name: "Leave out a tenant" picks from these. */
  tenants: TenantRef[];
  /** Skilling eligibility: per designation and step, who counts and until when, and the expired and not-yet-valid apart. */
  skilling?: SkillingEligibility;
}

/**
 * The rule options "Use these options" saved in the workbook (Calibrate to Partner Center): every
 * later score, simulation, history and Explain applies them until they are cleared.
 */
export interface WorkbookRuleOptions {
  /** What was saved, in the format of `spd calibrate --save` (options, per designation its rule set and status, the observed values). */
  saved: SavedOptions;
  /** The saved options with their labels and the designations whose rule sets have them. */
  options: OptionDescription[];
}

/**
 * One group of designations (the three Azure ones together) explained: its first customers by effect
 * and near misses, and how many there are; more come from TenantExplanations when asked for.
 */
export interface ExplainedGroup {
  name: string;
  ids: DesignationId[];
  customers: CustomerEffectRow[];
  customerCount: number;
  nearMisses: NearMissRow[];
  nearMissCount: number;
}

/** Customers by effect, and customers just under a threshold with what crossing it would be worth. */
export interface TenantExplanations {
  /** Customers explained: those whose rows some scored designation reads. */
  tenants: number;
  groups: ExplainedGroup[];
  /** The group's customers from `from` on, a page at a time. */
  moreCustomers(group: ExplainedGroup, from: number): Promise<CustomerEffectRow[]>;
  moreNearMisses(group: ExplainedGroup, from: number): Promise<NearMissRow[]>;
}

/**
 * Customer eligibility as the pane reads it: the search runs on the pane's thread as the user types;
 * a customer's criteria and effects come from the engine (its worker) when one is opened.
 */
export interface CustomerLookup {
  /** Every customer whose rows some scored designation reads, by name. */
  tenants: readonly Customer[];
  search(text: string, limit?: number): CustomerMatches;
  /** By the tenant's key (its id); null when there is no such customer. */
  eligibility(key: string): Promise<CustomerEligibility | null>;
  explain(key: string): Promise<CustomerExplanation>;
}

/** A scenario saved to its own sheet. */
export interface SavedScenario {
  sheet: string;
  scenario: Scenario;
}

export interface ScoringService {
  inspect(onProgress?: (p: Progress) => void): Promise<WorkbookSummary>;
  /**
   * Reads (or reuses what is already parsed), scores, writes the flag columns and the summary. `signal`:
   * Cancel, while reading and scoring; it rejects with a message saying nothing was written.
   */
  score(request: ScoreRequest, onProgress?: (p: Progress) => void, signal?: AbortSignal): Promise<ScoreOutcome>;
  /** The scenario's score beside the current one; reads the workbook, writes nothing. */
  simulate(request: ScoreRequest, scenario: Scenario): Promise<SimulationResult>;
  /**
   * Customers by effect and near misses (from per-tenant sums: asked for, not run with every score).
   * `onGroup` has each group as soon as it is explained, before the others are.
   */
  explain(request: ScoreRequest, onGroup?: (group: ExplainedGroup, index: number, count: number) => void): Promise<TenantExplanations>;
  /**
   * Customer eligibility (Partner Center's "By customer"): the workbook scored with row flags, each
   * customer's criteria, effects and near misses worked out when asked for. Reads the workbook, writes nothing.
   */
  customers(request: ScoreRequest): Promise<CustomerLookup>;
  /** Writes the scenario and its result to its own sheet (replacing a saved scenario of the same name). */
  saveScenario(request: ScoreRequest, scenario: Scenario): Promise<SavedScenario>;
  /** Scenarios saved in the workbook, to reopen. */
  savedScenarios(): Promise<SavedScenario[]>;
  /**
   * Calibrate to Partner Center: scores every combination of the rule sets' named options (with the
   * request's as-of month and rules, and the options in force) against the values read off Partner
   * Center, and says which reproduce them. Reads the workbook, writes nothing.
   */
  calibrate(request: ScoreRequest, observed: Observation[]): Promise<CalibrationResult>;
  /** The rule options saved in the workbook, or null (the default readings). Throws when what is saved cannot be used. */
  ruleOptions(): Promise<WorkbookRuleOptions | null>;
  /** "Use these options": saves the calibration's chosen options in the workbook (its document settings). */
  useRuleOptions(calibration: CalibrationResult): Promise<WorkbookRuleOptions>;
  /** "Back to the default readings": removes the saved options from the workbook. */
  clearRuleOptions(): Promise<void>;
  /**
   * "Go to cell" (Check the data): activates the sheet and selects the cell a warning names. Throws with
   * a message for the pane when it cannot (the export is gone, its sheet is hidden).
   */
  goToCell(target: CellTarget): Promise<void>;
  /** The anniversary dates saved in the workbook (its document settings), per designation; {} when none. */
  anniversaries(): Promise<Anniversaries>;
  /** Saves the anniversary dates in the workbook, replacing what was saved (a designation left out is cleared). */
  saveAnniversaries(anniversaries: Anniversaries): Promise<Anniversaries>;
}
