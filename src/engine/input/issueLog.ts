import type { InputIssue } from "./issues";

/**
 * Keeps the first few issues of each kind in full and counts the rest, so a file with a million bad
 * cells produces a readable report instead of a million lines.
 */
export class IssueLog {
  private readonly kept: InputIssue[] = [];
  private readonly counts = new Map<string, { file: string; column?: string; total: number; kept: number; cleaned: boolean }>();

  constructor(private readonly perKind = 20) {}

  add(issue: InputIssue, kind = issue.message): void {
    const key = `${issue.file}\u0000${issue.column ?? ""}\u0000${kind}`;
    let entry = this.counts.get(key);
    if (!entry) {
      entry = { file: issue.file, column: issue.column, total: 0, kept: 0, cleaned: issue.cause === "invisible-character" };
      this.counts.set(key, entry);
    }
    entry.total++;
    if (entry.kept < this.perKind) {
      entry.kept++;
      this.kept.push(issue);
    }
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
