import type { AssociationType } from "../../parse/associations";
import type { MonthIndex } from "../../parse/months";
import type { WorkloadRule } from "../../model/ruleTypes";
import { NO_CLAIM } from "../../input/usageColumns";

type Cell = { mau: number; deployed: boolean };
const NONE = -1; // no month: a month index is year × 12 + month, never negative
const DEPLOYED_0 = 1;
const DEPLOYED_1 = 2;

/**
 * The services of a usage model as columns: one eligible workload of one tenant under one association
 * type, month by month (its summed MAU, and whether any row reached the deployment ratio). A service has
 * rows in two months as a rule (P and M), kept in the columns; further months in a map. Half a million
 * services as objects, with a months object and a cell per month, took a third of a million-row score,
 * most of it collecting them (issue 15).
 */
export class ServiceTable {
  length = 0;
  tenant: Int32Array;
  claimMonth: Int32Array;
  month0: Int32Array;
  month1: Int32Array;
  mau0: Float64Array;
  mau1: Float64Array;
  deployed: Uint8Array;
  readonly workload: WorkloadRule[] = [];
  readonly association: AssociationType[] = [];
  private readonly more = new Map<number, Map<MonthIndex, Cell>>();

  /** `capacity`: the services expected (at most one per row: a single tenant's few dozen, or a first size). */
  constructor(capacity: number) {
    this.tenant = new Int32Array(capacity);
    this.claimMonth = new Int32Array(capacity);
    this.month0 = new Int32Array(capacity);
    this.month1 = new Int32Array(capacity);
    this.mau0 = new Float64Array(capacity);
    this.mau1 = new Float64Array(capacity);
    this.deployed = new Uint8Array(capacity);
  }

  /** A new service, without months yet; its index. */
  add(tenant: number, workload: WorkloadRule, association: AssociationType): number {
    const g = this.length;
    if (g === this.tenant.length) this.grow();
    this.tenant[g] = tenant;
    this.claimMonth[g] = NO_CLAIM;
    this.month0[g] = NONE;
    this.month1[g] = NONE;
    this.workload.push(workload);
    this.association.push(association);
    this.length = g + 1;
    return g;
  }

  /** Adds a row's MAU to service g's month m. */
  addRow(g: number, m: MonthIndex, mau: number, deployed: boolean): void {
    if (this.month0[g] === NONE || this.month0[g] === m) {
      this.month0[g] = m;
      this.mau0[g] += mau;
      if (deployed) this.deployed[g] |= DEPLOYED_0;
    } else if (this.month1[g] === NONE || this.month1[g] === m) {
      this.month1[g] = m;
      this.mau1[g] += mau;
      if (deployed) this.deployed[g] |= DEPLOYED_1;
    } else {
      let months = this.more.get(g);
      if (!months) this.more.set(g, (months = new Map()));
      const cell = months.get(m);
      if (cell) {
        cell.mau += mau;
        cell.deployed ||= deployed;
      } else months.set(m, { mau, deployed });
    }
  }

  has(g: number, m: MonthIndex): boolean {
    return m >= 0 && (m === this.month0[g] || m === this.month1[g] || this.more.get(g)?.has(m) === true);
  }

  mauIn(g: number, m: MonthIndex): number {
    if (m < 0) return 0;
    return m === this.month0[g] ? this.mau0[g] : m === this.month1[g] ? this.mau1[g] : (this.more.get(g)?.get(m)?.mau ?? 0);
  }

  deployedIn(g: number, m: MonthIndex): boolean {
    if (m < 0) return false;
    if (m === this.month0[g]) return (this.deployed[g] & DEPLOYED_0) !== 0;
    if (m === this.month1[g]) return (this.deployed[g] & DEPLOYED_1) !== 0;
    return this.more.get(g)?.get(m)?.deployed === true;
  }

  months(g: number): MonthIndex[] {
    const ms: MonthIndex[] = [];
    if (this.month0[g] !== NONE) ms.push(this.month0[g]);
    if (this.month1[g] !== NONE) ms.push(this.month1[g]);
    const more = this.more.get(g);
    if (more) ms.push(...more.keys());
    return ms;
  }

  private grow(): void {
    const size = Math.max(64, this.tenant.length * 4);
    for (const name of ["tenant", "claimMonth", "month0", "month1"] as const) this[name] = copied(new Int32Array(size), this[name]);
    for (const name of ["mau0", "mau1"] as const) this[name] = copied(new Float64Array(size), this[name]);
    this.deployed = copied(new Uint8Array(size), this.deployed);
  }
}

function copied<T extends Int32Array | Float64Array | Uint8Array>(into: T, from: T): T {
  into.set(from);
  return into;
}

/** One service of a table: a view, made when asked for (explanations and row flags keep some). */
export class ServiceGroup {
  constructor(
    private readonly table: ServiceTable,
    readonly index: number
  ) {}

  get tenant(): number {
    return this.table.tenant[this.index];
  }

  get workload(): WorkloadRule {
    return this.table.workload[this.index];
  }

  get association(): AssociationType {
    return this.table.association[this.index];
  }

  /** Claim month from DateAssociated (the as-of month's row wins), or null. */
  get claimMonth(): MonthIndex | null {
    const m = this.table.claimMonth[this.index];
    return m === NO_CLAIM ? null : m;
  }

  /** Whether the service has a row in month m. */
  has(m: MonthIndex): boolean {
    return this.table.has(this.index, m);
  }

  /** Its summed MAU in month m (0 without a row). */
  mauIn(m: MonthIndex): number {
    return this.table.mauIn(this.index, m);
  }

  /** Whether a row of month m reached the deployment ratio. */
  deployedIn(m: MonthIndex): boolean {
    return this.table.deployedIn(this.index, m);
  }

  /** The months it has rows in. */
  months(): MonthIndex[] {
    return this.table.months(this.index);
  }
}
