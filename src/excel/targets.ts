/**
 * Before Score writes anything: are the sheets it writes to writable? A protected sheet refuses every
 * write to its locked cells (all cells, by default) with AccessDenied, and its formatting too: Score
 * would stop halfway, flags on one sheet and no summary. So the targets are checked first, in one
 * sync, and a protected one refuses the whole run with a message naming it and what to do.
 */
import type { WriteLog } from "./writeFlags";

/** Score refused before writing: these sheets are protected. */
export class ProtectedSheetError extends Error {
  override name = "ProtectedSheetError";
  constructor(readonly sheets: Array<{ name: string; role: "export" | "ours" }>) {
    super(
      `Nothing was written: ${sheets
        .map((s) =>
          s.role === "export"
            ? `the sheet "${s.name}" is protected, so its flag columns cannot be written`
            : `the sheet "${s.name}" is protected, so it cannot be replaced`
        )
        .join("; ")}. Unprotect ${sheets.length === 1 ? "it" : "them"} (Review › Unprotect Sheet)${
        sheets.some((s) => s.role === "ours") ? ` or delete ${sheets.length === 1 ? "it" : "the add-in's own sheet"}` : ""
      }, then Score again.`
    );
  }
}

/**
 * Refuses with ProtectedSheetError when any target sheet is protected. `exports` are sheets whose
 * flag columns will be written; `ours` are the add-in's own sheets it replaces (when they exist).
 */
export async function checkWritable(context: Excel.RequestContext, exports: string[], ours: string[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/protection/protected");
  await context.sync();
  const upper = (s: string) => s.toUpperCase();
  const protectedSheets: Array<{ name: string; role: "export" | "ours" }> = [];
  for (const s of sheets.items) {
    if (!s.protection.protected) continue;
    if (exports.some((e) => upper(e) === upper(s.name))) protectedSheets.push({ name: s.name, role: "export" });
    else if (ours.some((o) => upper(o) === upper(s.name))) protectedSheets.push({ name: s.name, role: "ours" });
  }
  if (protectedSheets.length) throw new ProtectedSheetError(protectedSheets);
}

/**
 * A write Excel refused after others went through (a request too large, Excel busy, a sheet protected
 * meanwhile): says what was written and where, what was not, and that Score again repairs it.
 */
export class ScoreWriteError extends Error {
  override name = "ScoreWriteError";
  constructor(
    readonly step: string,
    readonly log: WriteLog,
    readonly notWritten: string[],
    readonly cause: unknown
  ) {
    const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/\.\s*$/, "");
    const written = [
      ...(log.done.length ? [`Flag columns were written to ${log.done.join(", ")}`] : ["No flag column was written"]),
      ...(log.partly ? [`${log.partly} was written in part`] : []),
    ];
    super(
      `Score stopped while writing ${step}: Excel refused the request (${reason}). ${written.join("; ")}. ` +
        `Not written: ${notWritten.join(", ")}. Score again to repair it: a run rewrites its own flag columns and the summary sheet in place.`
    );
  }
}
