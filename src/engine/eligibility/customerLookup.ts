import { exportColumns } from "../input/exportColumns";
import type { ParsedInput } from "../input/collector";
import type { LayoutId } from "../input/layouts";
import { tenantDirectory, type TenantEntry, type TenantRef } from "../input/tenantDirectory";
import { TENANT_EXPORTS, tenantData, type TenantExport } from "../input/withoutTenants";
import type { MeasureRecord } from "../input/measures";
import type { UsageRecord } from "../input/usage";
import { moduleOf } from "../designations/registry";
import { DESIGNATION_SHORT_NAMES } from "../model/designationNames";
import type { FlagColumn, RowContribution } from "../model/flags";
import type { DesignationId, TrackId } from "../model/ruleTypes";
import { tenantSearch, type CustomerMatches } from "./tenantSearch";
import type { ScoreAllResult, ScoreOptions } from "../model/scoreTypes";
import { parseIsoMonth } from "../parse/months";
import { scoreDesignations } from "../scoring/scoreDesignations";
import { explainTenants, type TenantExplanation } from "../explain/tenantEffects";
import { findNearMisses } from "../explain/nearMisses/nearMisses";
import type { NearMiss } from "../model/nearMiss/types";
import { criterionOf, splitCountsToward, type Criterion, type ItemCell } from "./criteria";

export interface TrackEligibility {
  track: TrackId;
  /** "SMB", "All partners". */
  label: string;
  /** The track that counts for the designation. */
  counting: boolean;
  /** The metrics the customer's rows count toward on this track, any compared month ("deployments (CSP)", "net customer adds (baseline Oct-2024)"). */
  countsToward: string[];
  /** The criteria of this track only (its paid-units band, its deployment threshold). */
  criteria: Criterion[];
}

export interface DesignationEligibility {
  designation: DesignationId;
  /** "Modern Work", "Data & AI". */
  name: string;
  /** The month the criteria are read in (the designation's as-of month), YYYY-MM. */
  asOf: string;
  /** The customer's rows this designation reads, all months, and in the as-of month. */
  rows: number;
  rowsInMonth: number;
  /** Criteria every track shares (workload, association, deployment share, ACR that month …). */
  criteria: Criterion[];
  tracks: TrackEligibility[];
  /** Metrics counted for the designation as a whole (no one track). */
  countsToward: string[];
  /** Why rows in the as-of month count toward nothing, each said once (at most five). */
  reasons: string[];
}

export interface CustomerEligibility {
  tenant: TenantRef;
  /** Each scored designation that reads the customer's rows, in the report's order. */
  designations: DesignationEligibility[];
}

/** What one customer adds to each metric, and its near misses (the explanations, for this customer only). */
export interface CustomerExplanation {
  effects: TenantExplanation | null;
  nearMisses: NearMiss[];
}

/**
 * Partner Center's "By customer" view on the partner's rows: find a customer by name or id, and read,
 * per designation and track, each criterion from the row flags, what it counts toward, what it adds
 * and its near misses. Built from one score with row flags; each customer's part is worked out only
 * when asked for, so opening the view costs one score and a directory, not a copy of every row.
 */
export interface CustomerLookup {
  /** Every customer whose rows some scored designation reads, by name. */
  tenants: readonly TenantRef[];
  search(text: string, limit?: number): CustomerMatches;
  /** By the tenant's key (its id); null when there is no such customer. */
  eligibility(key: string): CustomerEligibility | null;
  explain(key: string): CustomerExplanation;
}

const LAYOUT_OF: Record<TenantExport, LayoutId> = {
  usage: "m365-usage",
  azure: "azure-usage",
  bizAppsUsage: "bizapps-usage",
  bizAppsRevenue: "bizapps-revenue",
};

/** "Exchange (CSP)", "Virtual Machines (DPOR)": what a row is about, to tell a customer's rows apart. */
function itemOf(exp: TenantExport, record: UsageRecord | MeasureRecord): string {
  const name = exp === "usage" ? (record as UsageRecord).workload : (record as MeasureRecord).item;
  return `${name} (${record.associationLabel})`;
}

const MAX_REASONS = 5;

const PAID_UNITS: FlagColumn = {
  id: "paid-units",
  header: "Paid units",
  numberFormat: "#,##0",
  meaning: "The row's paid available units (QualifiedUsage): each track counts a customer whose eligible workload's paid units are in its band.",
};

export function customerLookup(input: ParsedInput, options: ScoreOptions = {}): CustomerLookup {
  const scored = scoreDesignations(input, { ...options, rows: true });
  // The merged rows are what the sheets get; here each designation's own rows are read (they keep its reasons apart).
  const { rows: _merged, ...report } = scored.report;
  const base: ScoreAllResult = { report, outcomes: scored.outcomes };
  const directory = tenantDirectory(input);
  const scoredOutcomes = base.outcomes.filter((o) => o.rules && o.score?.rows);
  const layoutsOf = new Map<DesignationId, Set<LayoutId>>(
    scoredOutcomes.map((o) => [o.id, new Set((moduleOf(o.id).flagColumns?.(o.rules!) ?? []).map((p) => p.layout))])
  );
  const read = new Set([...layoutsOf.values()].flatMap((s) => [...s]));
  const entries = directory.entries.filter((e) => e.ref.exports.some((exp) => read.has(LAYOUT_OF[exp])));
  const label = (ref: TenantRef) => ref.name || ref.key;
  entries.sort((a, b) => label(a.ref).localeCompare(label(b.ref)));
  const byKey = new Map(entries.map((e) => [e.ref.key, e]));

  // Per designation, its row flags by file and row number: made on the first customer asked for.
  const indexes = new Map<DesignationId, Map<string, RowContribution[]>>();
  const indexOf = (id: DesignationId) => {
    let index = indexes.get(id);
    if (index) return index;
    index = new Map();
    for (const r of scoredOutcomes.find((o) => o.id === id)!.score!.rows!) {
      const fileKey = `${r.layout}\u0000${r.file}`;
      let rows = index.get(fileKey);
      if (!rows) index.set(fileKey, (rows = []));
      rows[r.row] = r;
    }
    indexes.set(id, index);
    return index;
  };

  const designationOf = (entry: TenantEntry, id: DesignationId): DesignationEligibility | null => {
    const outcome = scoredOutcomes.find((o) => o.id === id)!;
    const result = report.designations.find((d) => d.id === id)!;
    const asOfIso = result.asOf ?? report.asOf;
    const asOf = parseIsoMonth(asOfIso);
    const parts = moduleOf(id).flagColumns?.(outcome.rules!) ?? [];
    const index = indexOf(id);
    const tracks = result.tracks;
    const trackCounts = new Map<TrackId, Set<string>>(tracks.map((t) => [t.id, new Set()]));
    const shared = new Set<string>();
    const reasons = new Set<string>();
    const inMonth = new Map<LayoutId, { item: string; flags: RowContribution; record: UsageRecord | MeasureRecord }[]>();
    let rows = 0;
    for (const exp of TENANT_EXPORTS) {
      const layout = LAYOUT_OF[exp];
      if (!layoutsOf.get(id)!.has(layout)) continue;
      const data = tenantData(input, exp);
      if (!data) continue;
      const columns = exportColumns(input, exp)!;
      for (const i of entry.records[exp]) {
        const record = columns.record(i);
        const flags = index.get(`${layout}\u0000${data.files[record.file]}`)?.[record.row];
        if (!flags) continue;
        rows++;
        for (const text of flags.countsToward) {
          const { head, metrics } = splitCountsToward(text);
          const track = tracks.length === 1 ? tracks[0] : tracks.find((t) => head.endsWith(` ${t.label}`));
          const into = track ? trackCounts.get(track.id)! : shared;
          for (const m of metrics) into.add(m);
        }
        if (record.month !== asOf) continue;
        if (!flags.countsToward.length && flags.reason && reasons.size < MAX_REASONS) reasons.add(flags.reason);
        const list = inMonth.get(layout) ?? [];
        inMonth.set(layout, list);
        list.push({ item: itemOf(exp, record), flags, record });
      }
    }
    if (!rows) return null;
    // A column of one track names it in its id ("modern-work-smb-eligible", "bizapps-enterprise-deployment").
    const trackOf = (columnId: string) =>
      tracks.length > 1 ? tracks.find((t) => columnId.includes(`-${t.id}-`) || columnId.endsWith(`-${t.id}`))?.id : undefined;
    const common: Criterion[] = [];
    const byTrack = new Map<TrackId, Criterion[]>(tracks.map((t) => [t.id, []]));
    for (const part of parts) {
      const list = inMonth.get(part.layout) ?? [];
      // The paid units a track's band is checked against are the row's own value, not a flag: read from the record.
      if (part.layout === "m365-usage") {
        const paid = criterionOf(
          PAID_UNITS,
          list.map((x) => ({ item: x.item, value: (x.record as UsageRecord).pau }))
        );
        if (paid) common.push(paid);
      }
      for (const column of part.columns) {
        const cells: ItemCell[] = list.map((x) => ({ item: x.item, value: x.flags.cells[column.id] ?? null }));
        const criterion = criterionOf(column, cells);
        if (!criterion) continue;
        const track = trackOf(column.id);
        (track ? byTrack.get(track)! : common).push(criterion);
      }
    }
    return {
      designation: id,
      name: DESIGNATION_SHORT_NAMES[id],
      asOf: asOfIso,
      rows,
      rowsInMonth: [...inMonth.values()].reduce((n, l) => n + l.length, 0),
      criteria: common,
      tracks: tracks.map((t) => ({
        track: t.id,
        label: t.label,
        counting: result.countingTrack === t.id,
        countsToward: [...trackCounts.get(t.id)!],
        criteria: byTrack.get(t.id)!,
      })),
      countsToward: [...shared],
      reasons: [...reasons],
    };
  };

  return {
    tenants: entries.map((e) => e.ref),
    search: tenantSearch(entries.map((e) => e.ref)),
    eligibility(key) {
      const entry = byKey.get(key);
      if (!entry) return null;
      const designations = scoredOutcomes.flatMap((o) => designationOf(entry, o.id) ?? []);
      return { tenant: entry.ref, designations };
    },
    explain(key) {
      if (!byKey.has(key)) return { effects: null, nearMisses: [] };
      const effects = explainTenants(input, { ...options, base, tenants: [key] });
      const nearMisses = findNearMisses(input, { ...options, base, tenants: [key] }).nearMisses;
      return { effects: effects.tenants.find((t) => t.tenant.key === key) ?? null, nearMisses };
    },
  };
}
