import { parseMonth, type MonthIndex } from "../parse/months";
import type { DetectedLayout } from "./layouts";
import { headerName } from "./layouts";
import type { IssueLog } from "./issueLog";
import { quoted } from "./issues";
import type { RowReader } from "./usage";

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

export interface SkillingData {
  files: string[];
  records: CertificationRecord[];
}

export class SkillingCollector {
  readonly data: SkillingData = { files: [], records: [] };
  skipped = 0;

  constructor(private readonly log: IssueLog) {}

  beginFile(name: string, header: readonly unknown[], detected: DetectedLayout): RowReader {
    const fileIndex = this.data.files.push(name) - 1;
    const c = detected.columns;
    const optionalMonth = (cells: readonly unknown[], row: number, field: string): MonthIndex | null | undefined => {
      if (c[field] === undefined) return null;
      const raw = cells[c[field]];
      if (raw === undefined || raw === null || String(raw).trim() === "") return null;
      const month = parseMonth(raw);
      if (month === null) {
        this.log.add(
          { file: name, row, column: headerName(header, c[field]), message: `${quoted(raw)} is not a date; the row was skipped. Fix the cell and score again.` },
          field,
        );
        return undefined;
      }
      return month;
    };
    const read = (cells: readonly unknown[], row: number) => {
      const person = String(cells[c.person] ?? "").trim();
      const certification = String(cells[c.certification] ?? "").trim();
      if (!person || !certification) {
        const field = person ? "certification" : "person";
        this.log.add({ file: name, row, column: headerName(header, c[field]), message: "is empty; the row was skipped." }, field);
        this.skipped++;
        return;
      }
      const completed = optionalMonth(cells, row, "completed");
      const expires = optionalMonth(cells, row, "expires");
      if (completed === undefined || expires === undefined) {
        this.skipped++;
        return;
      }
      this.data.records.push({
        file: fileIndex,
        row,
        person,
        personKey: person.toLowerCase().replace(/\s+/g, " "),
        certification,
        type: String(cells[c.type] ?? "").trim(),
        solutionArea: String(cells[c.solutionArea] ?? "").trim(),
        completed,
        expires,
      });
    };
    return Object.assign(read, {
      skip: (row: number, reason: string, kind: string, column?: string) => {
        this.skipped++;
        this.log.add({ file: name, row, column, message: reason }, kind);
      },
    });
  }
}
