/**
 * What an input issue is about, for the pane's "Check the data" (model/warningKinds.ts gives each a title
 * and says whether the partner must fix it): a cell that stopped its row ("empty", "unreadable"), a line
 * that does not fit the header, a tenant cell to clean, or how the file was read (notes).
 */
export type IssueCause =
  "empty" | "unreadable" | "misaligned" | "cut-short" | "invisible-character" | "more-skipped" | "repeated-header" | "titles-above-header" | "read-note";

/** The cause of a text line skipped because it does not fit the header (the collector's "misaligned", "cut-short"). */
export function lineCause(kind: string): IssueCause {
  return kind === "cut-short" ? "cut-short" : "misaligned";
}

/** Something about the input a user should know: where it is (file, row, column) and what to do. */
export interface InputIssue {
  file: string;
  /** 1-based row as Excel shows it when the file is opened (the header is row 1 of a CSV). */
  row?: number;
  column?: string;
  message: string;
  /** Without it: a row skipped when the issue names a row, else a note on how the file was read. */
  cause?: IssueCause;
}

/**
 * The input cannot be scored at all (no known layout, unreadable file). `passable`: the table is not an
 * export at all (no header a layout knows, nothing in it), so a workbook may pass over such a sheet when
 * others are exports; any other refusal is about an export and stops the run.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly passable = false
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** The longest piece of a cell a message quotes: the start of a 32,000-character cell says what it is. */
const QUOTED_CHARACTERS = 60;

/** A cell's value quoted in a message: `"abc"`, or its start and its length when it is long. */
export function quoted(value: unknown): string {
  const text = String(value);
  if (text.length <= QUOTED_CHARACTERS + 20) return `"${text}"`;
  return `"${text.slice(0, QUOTED_CHARACTERS)}…" (${text.length.toLocaleString("en-US")} characters)`;
}

export function describeIssue(issue: InputIssue): string {
  const where = [issue.file, issue.row !== undefined ? `row ${issue.row}` : "", issue.column ? `column ${issue.column}` : ""].filter(Boolean).join(", ");
  return `${where}: ${issue.message}`;
}
