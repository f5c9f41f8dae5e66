import type { LayoutId } from "../engine";
import type { CertificationCounts, DesignationId, EditionId, Report, TrackId } from "../engine";

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
}

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
  summarySheet: string;
}

export interface ScoringService {
  inspect(onProgress?: (p: Progress) => void): Promise<WorkbookSummary>;
  score(request: ScoreRequest, onProgress?: (p: Progress) => void): Promise<ScoreOutcome>;
}
