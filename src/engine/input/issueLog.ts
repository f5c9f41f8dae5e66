import type { InputIssue } from "./issues";

/** A log's issues as added (each kept one with its kind) and how many of each kind, for another log to take in. */
export interface IssueLogPart {
  kept: { issue: InputIssue; kind: string }[];
  totals: { issue: InputIssue; kind: string; total: number }[];
}

/**
 * Keeps the first few issues of each kind in full and counts the rest, so a file with a million bad
 * cells produces a readable report instead of a million lines.
 */
export class IssueLog {
  private readonly kept: InputIssue[] = [];
  private readonly keptKinds: string[] = [];
  private readonly counts = new Map<
    string,
    { file: string; column?: string; total: number; kept: number; cleaned: boolean; first: InputIssue; kind: string }
  >();

  constructor(private readonly perKind = 20) {}

  /** Adds an issue of a kind (`times` of them alike: counted, the first kept while there is room). */
  add(issue: InputIssue, kind = issue.message, times = 1): void {
    const key = `${issue.file}\u0000${issue.column ?? ""}\u0000${kind}`;
    let entry = this.counts.get(key);
    if (!entry) {
      entry = { file: issue.file, column: issue.column, total: 0, kept: 0, cleaned: issue.cause === "invisible-character", first: issue, kind };
      this.counts.set(key, entry);
    }
    entry.total += times;
    if (entry.kept < this.perKind) {
      entry.kept++;
      this.kept.push(issue);
      this.keptKinds.push(kind);
    }
  }

  /** What was added, for a log that reads the rows before these (absorb). */
  part(): IssueLogPart {
    return {
      kept: this.kept.map((issue, i) => ({ issue, kind: this.keptKinds[i] })),
      totals: [...this.counts.values()].map((e) => ({ issue: e.first, kind: e.kind, total: e.total - e.kept })),
    };
  }

  /**
   * Takes in another log's issues as if added here after this log's own, their rows moved by
   * `rowOffset`: each kind keeps its first few in full, and counts the rest, as if one log had read both.
   */
  absorb(part: IssueLogPart, rowOffset: number): void {
    const moved = (issue: InputIssue) => (issue.row === undefined ? issue : { ...issue, row: issue.row + rowOffset });
    for (const { issue, kind } of part.kept) this.add(moved(issue), kind);
    // The ones not kept there come after those kept there: kept here only if room is still left (never, as that log kept as many).
    for (const { issue, kind, total } of part.totals) if (total > 0) this.add(moved(issue), kind, total);
  }

  /** The first row of this file that was skipped (what a refusal of the whole file quotes). */
  firstFor(file: string): InputIssue | undefined {
    return this.kept.find((i) => i.file === file && i.row !== undefined && /skipped/i.test(i.message));
  }

  issues(): InputIssue[] {
    const summaries: InputIssue[] = [];
    for (const entry of this.counts.values()) {
      if (entry.total > entry.kept)
        // Cells read without an invisible character were not skipped: say what they are.
        summaries.push({
          file: entry.file,
          column: entry.column,
          message: entry.cleaned
            ? `${entry.total - entry.kept} more cells like the ones above hold an invisible character; they were read without it. Clean the cells.`
            : `${entry.total - entry.kept} more rows like the ones above were skipped.`,
          cause: entry.cleaned ? "invisible-character" : "more-skipped",
        });
    }
    return [...this.kept, ...summaries];
  }
}
