import type { ParsedInput } from "../input/collector";
import { monthLabel, type MonthIndex } from "../parse/months";
import type { DesignationId } from "../rules/types";

/** The months one export has rows in. */
export interface ExportMonths {
  /** "the Azure consumption export": for messages. */
  name: string;
  months: ReadonlySet<MonthIndex>;
}

/** A month a designation's score reads that an export has no rows for. */
export interface MissingMonth {
  export: string;
  month: MonthIndex;
  /** What the month is to the scored month: "the month itself", "its baseline month", … */
  role: string;
}

const monthsOf = (records: readonly { month: MonthIndex }[] | undefined): Set<MonthIndex> => new Set((records ?? []).map((r) => r.month));

/**
 * The exports each designation reads, with the months they have rows in; only the exports that were
 * given (Security and Business Applications are scored from whichever of their exports is there).
 * One scan per export, shared by the designations that read it.
 */
export function monthsWithData(input: ParsedInput): Record<DesignationId, ExportMonths[]> {
  const m365: ExportMonths[] = input.usage.records.length ? [{ name: "the M365 usage export", months: monthsOf(input.usage.records) }] : [];
  const azure: ExportMonths[] = input.azure?.records.length ? [{ name: "the Azure consumption export", months: monthsOf(input.azure.records) }] : [];
  const bizApps: ExportMonths[] = [
    ...(input.bizAppsRevenue?.records.length ? [{ name: "the Business Applications revenue export", months: monthsOf(input.bizAppsRevenue.records) }] : []),
    ...(input.bizAppsUsage?.records.length ? [{ name: "the Business Applications usage export", months: monthsOf(input.bizAppsUsage.records) }] : []),
  ];
  return {
    "data-ai": azure,
    infrastructure: azure,
    "digital-app-innovation": azure,
    "business-applications": bizApps,
    "modern-work": m365,
    security: [...azure, ...m365],
  };
}

/**
 * Months before M that a designation's score compares M with. Every designation compares M with its
 * baseline M − trailing; the Azure designations' net customer adds also read the month before each
 * ("two consecutive months"), and their scorer asks for M − 13 to M, so a score without those months
 * would count every baseline customer as new.
 */
function offsetsRead(id: DesignationId, trailing: number): { offset: number; role: string }[] {
  const base = [
    { offset: 0, role: "the month itself" },
    { offset: trailing, role: `its baseline month, ${trailing} months before` },
  ];
  if (id !== "data-ai" && id !== "infrastructure" && id !== "digital-app-innovation") return base;
  return [base[0], { offset: 1, role: "the month before it" }, base[1], { offset: trailing + 1, role: "the month before its baseline" }];
}

/**
 * What is missing to score `month` honestly: each export the designation reads must have rows in the
 * month and in the months it is compared with. An empty list means the month has data.
 */
export function missingMonths(id: DesignationId, exports: readonly ExportMonths[], month: MonthIndex, trailing: number): MissingMonth[] {
  const missing: MissingMonth[] = [];
  for (const e of exports)
    for (const { offset, role } of offsetsRead(id, trailing)) if (!e.months.has(month - offset)) missing.push({ export: e.name, month: month - offset, role });
  return missing;
}

/** "the M365 usage export has no rows for Oct-2023 (its baseline month, 12 months before)". */
export function describeMissing(missing: readonly MissingMonth[]): string {
  const byExport = new Map<string, MissingMonth[]>();
  for (const m of missing) byExport.set(m.export, [...(byExport.get(m.export) ?? []), m]);
  const parts = [...byExport].map(([name, ms]) => `${name} has no rows for ${ms.map((m) => `${monthLabel(m.month)} (${m.role})`).join(", ")}`);
  return `Data unavailable: ${parts.join("; ")}.`;
}
