import type { Association, AssociationType } from "../parse/associations";
import { isExportMonth, type MonthIndex } from "../parse/months";
import { MAX_USD, MAX_USERS, parseNumber } from "../parse/numbers";
import { lineCause, quoted } from "./issues";
import type { IssueLog } from "./issueLog";
import { headerName, type DetectedLayout } from "./layouts";
import { RowCaches, RowTenant, associationMemo, itemMemo, lastCellMemo, text } from "./rowCaches";
import { MeasureColumnsBuilder, measureDataOf, type MeasureRowKind } from "./measureColumns";
import { KindNumbers } from "./rowColumns";
import { EXPORT_MONTH_RANGE, TOO_MANY_USERS, type ExportPart, type RejectedRow, type RowReader, type Tenant } from "./usage";

/**
 * One row of an Azure consumption or Business Applications export: a tenant, an item (Azure
 * service level 2, or Business Applications workload), a month and one amount (ACR in USD, MAU, or
 * revenue in USD).
 */
export interface MeasureRecord {
  file: number;
  row: number;
  tenant: number;
  item: string;
  /** looseKey(item): what rule sets match against. */
  itemKey: string;
  association: AssociationType;
  associationLabel: string;
  /** The raw association text: Business Applications rules tell "CPOR OSU" from "CPOR RevRec". */
  associationRaw: string;
  month: MonthIndex;
  value: number;
  /** Azure: the export's customer segment, when it has one (for the 2026 SMB classification). */
  segment?: string;
  /** Azure: the offer type, when the export has it (Support, Internal, Benefit Program and Trial don't count). */
  offer?: string;
  /** Business Applications usage: true on rows whose MetricType says trial. */
  trial?: boolean;
}

export interface MeasureData {
  files: string[];
  tenants: Tenant[];
  records: MeasureRecord[];
  rejected: RejectedRow[];
}

export interface MeasureKind {
  /** What the amount is, for messages: "is not an amount in USD". */
  valueWhat: string;
  /** ACR and revenue can be negative (credits, refunds); user counts cannot. */
  allowNegative: boolean;
  /** The largest amount one row can hold (MAX_USERS, MAX_USD), and what is said of one over it. */
  max: number;
  tooBig: string;
}

/** Amounts as exports write them: "$1,234.50", "USD 1 234,50", or plain numbers. */
function amount(value: unknown): number | null {
  if (typeof value === "string" && !plainEnds(value)) return parseNumber(value.replace(/^\s*(US\$|\$|USD)\s*|\s*(USD|\$)\s*$/gi, ""));
  return parseNumber(value);
}

/** Starts with a digit or minus and ends with a digit: no currency to strip (a million rows are mostly this). */
function plainEnds(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return ((first >= 48 && first <= 57) || first === 45) && last >= 48 && last <= 57;
}

type Item = { text: string; key: string };

/** Collects rows of one measure layout from any number of tables (tenants shared across them). */
export class MeasureCollector {
  private readonly columns = new MeasureColumnsBuilder(1024);
  readonly data: MeasureData = measureDataOf(this.columns);
  private readonly caches = new RowCaches(this.data.tenants);
  private readonly kinds = new KindNumbers(this.columns.kinds);

  constructor(
    private readonly log: IssueLog,
    private readonly kind: MeasureKind
  ) {}

  /** This reader's rows, tenants and skipped rows: a part of a table another reader read the start of (absorb). */
  part(): ExportPart<MeasureRowKind> {
    return { columns: this.columns.part(), tenants: this.data.tenants, rejected: this.data.rejected };
  }

  /**
   * Another reader's part of the table this one is reading, as if read here after its own rows: tenants
   * and kinds renumbered (first seen first, as one reader numbers them), rows moved by `rowOffset`.
   */
  absorb(part: ExportPart<MeasureRowKind>, rowOffset: number): void {
    const file = this.data.files.length - 1;
    const tenants = part.tenants.map((t) => this.caches.tenant(t.key, t.name));
    const kinds = part.columns.kinds.map((k) => this.kinds.of([k.item, k.associationRaw, k.segment, k.offer, k.trial], () => k));
    this.columns.appendPart(part.columns, file, rowOffset, tenants, kinds);
    for (const r of part.rejected) this.data.rejected.push({ file, row: r.row + rowOffset, reason: r.reason });
  }

  beginFile(name: string, header: readonly unknown[], detected: DetectedLayout): RowReader {
    const fileIndex = this.data.files.push(name) - 1;
    const c = detected.columns;
    const tenantField = c.tenantId !== undefined ? "tenantId" : "tenantName";
    const reject = (row: number, field: string, what: string, value: unknown) => {
      const empty = value === undefined || value === null || String(value).trim() === "";
      const shown = empty ? "is empty" : `${quoted(value)} ${what}`;
      const column = headerName(header, c[field]);
      const reason = `${column} ${shown}; the row was skipped. Fix the cell and score again.`;
      this.data.rejected.push({ file: fileIndex, row, reason });
      this.log.add({ file: name, row, column, message: reason, cause: empty ? "empty" : "unreadable" }, field);
    };
    const tenants = new RowTenant(this.caches, c, (message, row, field) =>
      this.log.add({ file: name, row, column: headerName(header, c[field]), message, cause: "invisible-character" }, `invisible-${field}`)
    );
    const itemOf = itemMemo(this.caches);
    const associationOf = associationMemo(this.caches);
    const monthOf = lastCellMemo((cell) => this.caches.month(cell));
    const segmentOf = lastCellMemo((cell) => this.caches.intern(text(cell)));
    const offerOf = lastCellMemo((cell) => this.caches.intern(text(cell)));
    const trialOf = lastCellMemo((cell) => /trial/i.test(text(cell)));
    const read = (cells: readonly unknown[], row: number) => {
      if (!tenants.read(cells, row)) return reject(row, tenantField, "", "");
      const item = itemOf(cells[c.item]);
      if (!item) return reject(row, "item", "", "");
      const month = monthOf(cells[c.month]);
      if (month === null) return reject(row, "month", "is not a month (use e.g. Oct-2025 or 2025-10)", cells[c.month]);
      if (!isExportMonth(month)) return reject(row, "month", EXPORT_MONTH_RANGE, cells[c.month]);
      const value = amount(cells[c.value]);
      if (value === null || (!this.kind.allowNegative && value < 0)) return reject(row, "value", this.kind.valueWhat, cells[c.value]);
      if (Math.abs(value) > this.kind.max) return reject(row, "value", this.kind.tooBig, cells[c.value]);
      const association = associationOf(cells[c.association]);
      const segment = c.segment === undefined ? undefined : segmentOf(cells[c.segment]);
      const offer = c.offer === undefined ? undefined : offerOf(cells[c.offer]);
      const trial = c.metricType === undefined ? undefined : trialOf(cells[c.metricType]);
      this.columns.append(fileIndex, row, tenants.indexOf(), kindOf(item, association, segment, offer, trial), month, value);
    };
    // Consecutive rows of one kind share the memos' objects and texts: no lookup.
    let last: unknown[] = [];
    let lastKind = -1;
    const kindOf = (item: Item, association: Association & { raw: string }, segment?: string, offer?: string, trial?: boolean): number => {
      if (item === last[0] && association === last[1] && segment === last[2] && offer === last[3] && trial === last[4]) return lastKind;
      last = [item, association, segment, offer, trial];
      const make = () => ({
        item: item.text,
        itemKey: item.key,
        association: association.type,
        associationLabel: association.label,
        associationRaw: association.raw,
        segment,
        offer,
        trial,
      });
      return (lastKind = this.kinds.of([item.text, association.raw, segment, offer, trial], make));
    };
    return Object.assign(read, {
      skip: (row: number, reason: string, kind: string, column?: string) => {
        this.data.rejected.push({ file: fileIndex, row, reason });
        this.log.add({ file: name, row, column, message: reason, cause: lineCause(kind) }, kind);
      },
    });
  }
}

/** ACR in USD: credits make it negative; over MAX_USD it is no tenant's month. */
export const USD_AMOUNT: MeasureKind = {
  valueWhat: "is not an amount in USD",
  allowNegative: true,
  max: MAX_USD,
  tooBig: `is more than any tenant spends in a month (over $${MAX_USD.toLocaleString("en-US")})`,
};

/** Business Applications MAU: people, never negative. */
export const USER_COUNT: MeasureKind = { valueWhat: "is not a count of users", allowNegative: false, max: MAX_USERS, tooBig: TOO_MANY_USERS };
