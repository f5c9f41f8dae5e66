/** The sample exports (samples/) as sheets of an Excel double, as Excel shows them once opened: plain numbers become numbers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { ExcelDouble } from "../../tools/excel-double";

/** Adds each [sheet, sample file] as a sheet of the double's workbook. */
export function addSampleSheets(double: ExcelDouble, sheets: readonly (readonly [string, string])[]): void {
  for (const [sheet, file] of sheets) {
    const rows = Papa.parse<string[]>(readFileSync(join(__dirname, "../../samples", file), "utf8").trim()).data;
    double.workbook.addSheet(
      sheet,
      rows.map((r) => r.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)))
    );
  }
}
