import { isExcelSerial, monthYear, parseMonth, type MonthIndex } from "../parse/months";
import type { DetectedLayout } from "./layouts";
import { headerName } from "./layouts";
import type { IssueLog } from "./issueLog";
import { lineCause, quoted } from "./issues";
import type { RejectedRow, RowReader } from "./usage";

/** One row of a skilling (certifications) export. */
export interface CertificationRecord {
  file: number;
  row: number;
  person: string;
  /** Case- and space-insensitive person key: "Ana  Silva" and "ana silva" are one person. */
  personKey: string;
  certification: string;
  type: string;
  solutionArea: string;
  completed: MonthIndex | null;
  expires: MonthIndex | null;
}

/** The days of the month of a record's dates, where the cells are full dates (kept beside the record, which holds months). */
export interface CertificationDays {
  completed?: number;
  expires?: number;
}

const DAYS = new WeakMap<CertificationRecord, CertificationDays>();

/** "Expired 3 Mar 2025" in the row flags: the day the export gave, if it gave one. */
export function certificationDays(record: CertificationRecord): CertificationDays {
  return DAYS.get(record) ?? {};
}

export interface SkillingData {
  files: string[];
  records: CertificationRecord[];
  /** Rows the reader skipped, and why (the row flags list them). */
  rejected?: RejectedRow[];
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The day of a date cell parseMonth read as `month`, or undefined when the cell names a month only
 * ("Mar-2025", "2025-03"). d/m and m/d are told apart as parseMonth does: the part that is not the month.
 */
function dayOf(raw: unknown, month: MonthIndex): number | undefined {
  let date: Date | null = null;
  if (raw instanceof Date) date = raw;
  else if (typeof raw === "number" && isExcelSerial(raw)) date = new Date(EXCEL_EPOCH_MS + Math.floor(raw) * 86_400_000);
  else if (typeof raw === "string") {
    const text = raw.trim();
    let m = /^\d{4}[-/.]\d{1,2}[-/.](\d{1,2})(?:[ T].*)?$/.exec(text) ?? /^(\d{1,2})[\s-][A-Za-z]{3,9}[\s-](?:\d{4}|\d{2})$/.exec(text);
    if (m) return Number(m[1]);
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{4}|\d{2})(?:\s.*)?$/.exec(text);
    if (m) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return a === monthYear(month).month && b !== a ? b : a;
    }
    if (/^\d+(\.\d+)?$/.test(text) && isExcelSerial(Number(text))) date = new Date(EXCEL_EPOCH_MS + Math.floor(Number(text)) * 86_400_000);
  }
  return date && !Number.isNaN(date.getTime()) ? date.getUTCDate() : undefined;
}

export class SkillingCollector {
  readonly data: SkillingData & { rejected: RejectedRow[] } = { files: [], records: [], rejected: [] };
  skipped = 0;

  constructor(private readonly log: IssueLog) {}

  beginFile(name: string, header: readonly unknown[], detected: DetectedLayout): RowReader {
    const fileIndex = this.data.files.push(name) - 1;
    const c = detected.columns;
    const skip = (row: number, reason: string) => {
      this.skipped++;
      this.data.rejected.push({ file: fileIndex, row, reason });
    };
    /** A date cell's month (and day): null when empty; the reason the row is skipped when it is not a date. */
    const optionalMonth = (cells: readonly unknown[], row: number, field: string): { month: MonthIndex | null; day?: number } | string => {
      if (c[field] === undefined) return { month: null };
      const raw = cells[c[field]];
      if (raw === undefined || raw === null || String(raw).trim() === "") return { month: null };
      const month = parseMonth(raw);
      if (month === null) {
        const column = headerName(header, c[field]);
        const message = `${quoted(raw)} is not a date; the row was skipped. Fix the cell and score again.`;
        this.log.add({ file: name, row, column, message, cause: "unreadable" }, field);
        return `${column} ${message}`;
      }
      return { month, day: dayOf(raw, month) };
    };
    const read = (cells: readonly unknown[], row: number) => {
      const person = String(cells[c.person] ?? "").trim();
      const certification = String(cells[c.certification] ?? "").trim();
      if (!person || !certification) {
        const field = person ? "certification" : "person";
        const column = headerName(header, c[field]);
        this.log.add({ file: name, row, column, message: "is empty; the row was skipped.", cause: "empty" }, field);
        skip(row, `${column} is empty; the row was skipped.`);
        return;
      }
      const completed = optionalMonth(cells, row, "completed");
      const expires = optionalMonth(cells, row, "expires");
      if (typeof completed === "string" || typeof expires === "string") {
        skip(row, typeof completed === "string" ? completed : (expires as string));
        return;
      }
      const record: CertificationRecord = {
        file: fileIndex,
        row,
        person,
        personKey: person.toLowerCase().replace(/\s+/g, " "),
        certification,
        type: String(cells[c.type] ?? "").trim(),
        solutionArea: String(cells[c.solutionArea] ?? "").trim(),
        completed: completed.month,
        expires: expires.month,
      };
      if (completed.day !== undefined || expires.day !== undefined) DAYS.set(record, { completed: completed.day, expires: expires.day });
      this.data.records.push(record);
    };
    return Object.assign(read, {
      skip: (row: number, reason: string, kind: string, column?: string) => {
        skip(row, reason);
        this.log.add({ file: name, row, column, message: reason, cause: lineCause(kind) }, kind);
      },
    });
  }
}
