/** Something about the input a user should know: where it is (file, row, column) and what to do. */
export interface InputIssue {
  file: string;
  /** 1-based row as Excel shows it when the file is opened (the header is row 1 of a CSV). */
  row?: number;
  column?: string;
  message: string;
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
