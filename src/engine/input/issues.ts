/** Something about the input a user should know: where it is (file, row, column) and what to do. */
export interface InputIssue {
  file: string;
  /** 1-based row as Excel shows it when the file is opened (the header is row 1 of a CSV). */
  row?: number;
  column?: string;
  message: string;
}

/** The input cannot be scored at all (no known layout, unreadable file). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

export function describeIssue(issue: InputIssue): string {
  const where = [issue.file, issue.row !== undefined ? `row ${issue.row}` : "", issue.column ? `column ${issue.column}` : ""]
    .filter(Boolean)
    .join(", ");
  return `${where}: ${issue.message}`;
}
