import type { Association, AssociationType } from "../parse/associations";
import { FIRST_EXPORT_MONTH, LAST_EXPORT_MONTH, isExportMonth, monthLabel, parseMonth, type MonthIndex } from "../parse/months";
import { MAX_USERS, parseNumber } from "../parse/numbers";
import { lineCause, quoted } from "./issues";
import type { DetectedLayout } from "./layouts";
import { headerName } from "./layouts";
import { IssueLog } from "./issueLog";
import { RowCaches, RowTenant, associationMemo, itemMemo, lastCellMemo, text } from "./rowCaches";
import { UsageColumnsBuilder, usageDataOf, type UsageKind } from "./usageColumns";
import { KindNumbers, type ColumnsPart } from "./rowColumns";

/** One readable row of an M365 usage export. */
export interface UsageRecord {
  /** Index into UsageData.files. */
  file: number;
  /** 1-based row in the source (Excel's row number). */
  row: number;
  /** Index into UsageData.tenants. */
  tenant: number;
  workload: string;
  /** looseKey(workload): what rule sets match against. */
  workloadKey: string;
  association: AssociationType;
  associationLabel: string;
  /** The raw association text, to tell true duplicates from CSP Tier 1 + Tier 2 rows. */
  associationRaw: string;
  month: MonthIndex;
  /** Monthly active users (ActiveUsage). */
  mau: number;
  /** Paid available units (QualifiedUsage). */
  pau: number;
  /** Claim / association month (DateAssociated), when the export has it. */
  claimMonth: MonthIndex | null;
}

export interface RejectedRow {
  file: number;
  row: number;
  reason: string;
}

export interface Tenant {
  key: string;
  name: string;
}

/** A reader's rows of one export as columns, with its tenants and skipped rows (UsageCollector.part, MeasureCollector.part). */
export interface ExportPart<K> {
  columns: ColumnsPart<K>;
  tenants: readonly Tenant[];
  rejected: readonly RejectedRow[];
}

export interface UsageData {
  files: string[];
  tenants: Tenant[];
  records: UsageRecord[];
  rejected: RejectedRow[];
}

/** Reads one table's rows, and skips a whole row for a reason that is not one cell's (a misaligned line). */
export interface RowReader {
  (cells: readonly unknown[], row: number): void;
  skip(row: number, reason: string, kind: string, column?: string): void;
}

/** Collects usage rows from one or more exports into one data set (tenants shared across files). */
export class UsageCollector {
  private readonly columns = new UsageColumnsBuilder(1024);
  readonly data: UsageData = usageDataOf(this.columns);
  private readonly caches = new RowCaches(this.data.tenants);
  // A number per distinct workload and association text: rows name a few dozen.
  private readonly kinds = new KindNumbers(this.columns.kinds);

  constructor(private readonly log: IssueLog) {}

  /** This reader's rows, tenants and skipped rows: a part of a table another reader read the start of (absorb). */
  part(): ExportPart<UsageKind> {
    return { columns: this.columns.part(), tenants: this.data.tenants, rejected: this.data.rejected };
  }

  /**
   * Another reader's part of the table this one is reading, as if read here after its own rows: tenants
   * and kinds renumbered (first seen first, as one reader numbers them), rows moved by `rowOffset`.
   */
  absorb(part: ExportPart<UsageKind>, rowOffset: number): void {
    const file = this.data.files.length - 1;
    const tenants = part.tenants.map((t) => this.caches.tenant(t.key, t.name));
    const kinds = part.columns.kinds.map((k) => this.kinds.of([k.workload, k.associationRaw], () => k));
    this.columns.appendPart(part.columns, file, rowOffset, tenants, kinds);
    for (const r of part.rejected) this.data.rejected.push({ file, row: r.row + rowOffset, reason: r.reason });
  }

  beginFile(name: string, header: readonly unknown[], detected: DetectedLayout): RowReader {
    const fileIndex = this.data.files.push(name) - 1;
    const c = detected.columns;
    const columnName = (field: string) => headerName(header, c[field]);
    const tenantField = c.tenantId !== undefined ? "tenantId" : "tenantName";
    const reject = (row: number, field: string, what: string, value: unknown) => {
      const empty = value === undefined || value === null || String(value).trim() === "";
      const shown = empty ? "is empty" : `${quoted(value)} ${what}`;
      const reason = `${columnName(field)} ${shown}; the row was skipped. Fix the cell and score again.`;
      this.data.rejected.push({ file: fileIndex, row, reason });
      this.log.add({ file: name, row, column: columnName(field), message: reason, cause: empty ? "empty" : "unreadable" }, `${field}`);
    };
    const tenants = new RowTenant(this.caches, c, (message, row, field) =>
      this.log.add({ file: name, row, column: headerName(header, c[field]), message, cause: "invisible-character" }, `invisible-${field}`)
    );
    const workloadOf = itemMemo(this.caches);
    const associationOf = associationMemo(this.caches);
    const monthOf = lastCellMemo((cell) => this.caches.month(cell));
    // Consecutive rows of one kind share the memos' objects: no lookup.
    let lastWorkload: unknown = null;
    let lastAssociation: unknown = null;
    let lastKind = -1;
    const kindOf = (workload: { text: string; key: string }, association: Association & { raw: string }): number => {
      if (workload === lastWorkload && association === lastAssociation) return lastKind;
      const kind = this.kinds.of([workload.text, association.raw], () => ({
        workload: workload.text,
        workloadKey: workload.key,
        association: association.type,
        associationLabel: association.label,
        associationRaw: association.raw,
      }));
      lastWorkload = workload;
      lastAssociation = association;
      return (lastKind = kind);
    };
    const read = (cells: readonly unknown[], row: number) => {
      if (!tenants.read(cells, row)) return reject(row, tenantField, "", "");
      const workload = workloadOf(cells[c.workload]);
      if (!workload) return reject(row, "workload", "", cells[c.workload]);
      const month = monthOf(cells[c.month]);
      if (month === null) return reject(row, "month", "is not a month (use e.g. Oct-2025 or 2025-10)", cells[c.month]);
      if (!isExportMonth(month)) return reject(row, "month", EXPORT_MONTH_RANGE, cells[c.month]);
      const mau = parseNumber(cells[c.mau]);
      if (mau === null || mau < 0) return reject(row, "mau", "is not a count of users", cells[c.mau]);
      if (mau > MAX_USERS) return reject(row, "mau", TOO_MANY_USERS, cells[c.mau]);
      const pau = parseNumber(cells[c.pau]);
      if (pau === null || pau < 0) return reject(row, "pau", "is not a count of paid units", cells[c.pau]);
      if (pau > MAX_USERS) return reject(row, "pau", TOO_MANY_USERS, cells[c.pau]);
      let claimMonth: MonthIndex | null = null;
      if (c.dateAssociated !== undefined && text(cells[c.dateAssociated])) {
        claimMonth = parseMonth(cells[c.dateAssociated]);
        if (claimMonth === null) return reject(row, "dateAssociated", "is not a date", cells[c.dateAssociated]);
      }
      const association = associationOf(cells[c.association]);
      this.columns.append(fileIndex, row, tenants.indexOf(), kindOf(workload, association), month, mau, pau, claimMonth);
    };
    return Object.assign(read, {
      skip: (row: number, reason: string, kind: string, column?: string) => {
        this.data.rejected.push({ file: fileIndex, row, reason });
        this.log.add({ file: name, row, column, message: reason, cause: lineCause(kind) }, kind);
      },
    });
  }
}

/** Said of a usage month outside the months an export can hold. */
export const EXPORT_MONTH_RANGE = `is outside ${monthLabel(FIRST_EXPORT_MONTH)} to ${monthLabel(LAST_EXPORT_MONTH)}, the months a Partner Center export holds (a typing slip?)`;

/** Said of a count of users over MAX_USERS. */
export const TOO_MANY_USERS = `is more than any tenant has (over ${MAX_USERS.toLocaleString("en-US")} users)`;
