import type { ParsedInput } from "../input/collector";
import type { TenantExport } from "../input/withoutTenants";
import type { MonthIndex } from "../parse/months";
import { exportColumns } from "../input/exportColumns";
import type { DesignationModule, MonthRead } from "./module";

/** An export that was given and has rows. */
export function hasRows(input: ParsedInput, exp: TenantExport): boolean {
  return (exportColumns(input, exp)?.length ?? 0) > 0;
}

/** Null when the input has an export the designation reads, else the sentence naming what to add. */
export function needsOf(module: DesignationModule, input: ParsedInput): string | null {
  return module.reads.some((exp) => hasRows(input, exp)) ? null : module.needs;
}

/** The latest month in the exports the designation reads: its default as-of month. */
export function latestMonthOf(module: DesignationModule, input: ParsedInput): MonthIndex | null {
  let latest: MonthIndex | null = null;
  for (const exp of module.reads) {
    const rows = exportColumns(input, exp);
    if (!rows) continue;
    for (let i = 0; i < rows.length; i++) if (latest === null || rows.month[i] > latest) latest = rows.month[i];
  }
  return latest;
}

/** Every month the score of M reads: M, the extra months the module names, and the baseline. */
export function monthsReadBy(module: DesignationModule, trailing: number): MonthRead[] {
  const extra = module.monthsRead(trailing);
  return [
    { offset: 0, role: "the month itself" },
    ...extra.filter((m) => m.offset < trailing),
    { offset: trailing, role: `its baseline month, ${trailing} months before` },
    ...extra.filter((m) => m.offset > trailing),
  ];
}
