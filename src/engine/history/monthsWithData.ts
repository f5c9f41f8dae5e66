import type { ParsedInput } from "../input/collector";
import type { TenantExport } from "../input/withoutTenants";
import { monthLabel, type MonthIndex } from "../parse/months";
import type { DesignationModule } from "../model/module";
import { monthsReadBy } from "../model/exportsRead";
import { exportColumns } from "../input/exportColumns";
import type { DesignationId } from "../model/ruleTypes";

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

const EXPORT_NAMES: Record<TenantExport, string> = {
  usage: "the M365 usage export",
  azure: "the Azure consumption export",
  bizAppsRevenue: "the Business Applications revenue export",
  bizAppsUsage: "the Business Applications usage export",
};

/**
 * The exports each designation reads, with the months they have rows in; only the exports that were
 * given (Security and Business Applications are scored from whichever of their exports is there).
 * One scan per export, shared by the designations that read it.
 */
export function monthsWithData(input: ParsedInput, modules: readonly DesignationModule[]): Partial<Record<DesignationId, ExportMonths[]>> {
  const scanned = new Map<TenantExport, ExportMonths | null>();
  const of = (exp: TenantExport): ExportMonths | null => {
    if (!scanned.has(exp)) {
      const rows = exportColumns(input, exp);
      scanned.set(exp, rows?.length ? { name: EXPORT_NAMES[exp], months: new Set(rows.month.subarray(0, rows.length)) } : null);
    }
    return scanned.get(exp)!;
  };
  return Object.fromEntries(modules.map((m) => [m.id, m.reads.flatMap((exp) => of(exp) ?? [])]));
}

/**
 * What is missing to score `month` honestly: each export the designation reads must have rows in the
 * month and in the months it is compared with (its baseline, and any month its module says it reads).
 * An empty list means the month has data.
 */
export function missingMonths(module: DesignationModule, exports: readonly ExportMonths[], month: MonthIndex, trailing: number): MissingMonth[] {
  const missing: MissingMonth[] = [];
  for (const e of exports)
    for (const { offset, role } of monthsReadBy(module, trailing))
      if (!e.months.has(month - offset)) missing.push({ export: e.name, month: month - offset, role });
  return missing;
}

/** "the M365 usage export has no rows for Oct-2023 (its baseline month, 12 months before)". */
export function describeMissing(missing: readonly MissingMonth[]): string {
  const byExport = new Map<string, MissingMonth[]>();
  for (const m of missing) byExport.set(m.export, [...(byExport.get(m.export) ?? []), m]);
  const parts = [...byExport].map(([name, ms]) => `${name} has no rows for ${ms.map((m) => `${monthLabel(m.month)} (${m.role})`).join(", ")}`);
  return `Data unavailable: ${parts.join("; ")}.`;
}
