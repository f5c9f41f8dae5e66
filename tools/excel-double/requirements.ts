/**
 * Requirement sets: which ExcelApi version the double stands in for, and the small `Office` global a
 * test or the playground gets with it, so code asking `Office.context.requirements.isSetSupported(
 * "ExcelApi", "1.9")` takes the same path as in Excel. A double made with an older `excelApi` refuses
 * the newer APIs it has at sync with ApiNotFound, as an older Excel does (office-js sends the call,
 * the host does not know it).
 */
import { ErrorCode, excelError } from "./errors";

/**
 * The newest ExcelApi set the double can stand in for: WorksheetChangedEventArgs.triggerSource (1.14).
 * Sets are cumulative, so 1.10 to 1.13 are accepted too, but the double models only the APIs the add-in
 * uses from them: an adapter must not take isSetSupported("ExcelApi", "1.12") as "the double has every 1.12 API".
 */
export const DOUBLE_EXCEL_API = "1.14";

/**
 * The set a double answers for by default: the APIs the add-in uses up to it are Range.merge/unmerge
 * (1.2), the worksheet events (1.7; WorksheetCollection.onChanged 1.9), Worksheet.pageLayout and
 * RangeFormat.indentLevel (1.9). Pass excelApi "1.14" for an Excel whose change events say who made
 * the change (triggerSource).
 */
export const DEFAULT_EXCEL_API = "1.9";

/** Compares "1.10" and "1.9" part by part (1.10 is newer); a missing part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Fails the sync with ApiNotFound when the host's ExcelApi is older than `version`. */
export function requireApi(excelApi: string, version: string, what: string): void {
  if (compareVersions(excelApi, version) < 0)
    throw excelError(ErrorCode.apiNotFound, `${what} needs ExcelApi ${version}; this Excel has ExcelApi ${excelApi}.`);
}

export interface OfficeShim {
  context: { requirements: { isSetSupported(name: string, minVersion?: string | number): boolean } };
  /** Resolves at once: the "host" is ready. */
  onReady(callback?: (info: { host: string; platform: string | null }) => void): Promise<{ host: string; platform: string | null }>;
}

/**
 * Office.context.requirements.isSetSupported as Excel answers it: true for ExcelApi up to `excelApi`
 * (a version given as a number, 1.9, is read as "1.9"; none means 1.1), false for every other set
 * (the double has no other API: no SharedRuntime, no dialogs).
 */
export function officeShim(excelApi: string): OfficeShim {
  const info = { host: "Excel", platform: null };
  return {
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (typeof name !== "string" || name.toLowerCase() !== "excelapi") return false;
          const wanted = minVersion === undefined || minVersion === null || minVersion === "" ? "1.1" : String(minVersion);
          if (!/^\d+(\.\d+)*$/.test(wanted)) return false;
          return compareVersions(excelApi, wanted) >= 0;
        },
      },
    },
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}
