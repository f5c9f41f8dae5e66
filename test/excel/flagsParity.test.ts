/**
 * One definition of the flag tables (the engine's), two writers: the add-in (office-js, here through the
 * Excel double) and `spd score --out` (ExcelJS). On the same exports they must write the same headers
 * and the same cells, export by export.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { createExcelDouble } from "../../tools/excel-double";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { ROOT, spd } from "../helpers/cli";

const SAMPLES = ["modern-work-usage.csv", "azure-usage.csv", "skilling.csv"];
/** A slice of each sample (header, then rows of the compared months and others), small enough to compare cell by cell. */
function slice(file: string): string[][] {
  const rows = Papa.parse<string[]>(readFileSync(join(ROOT, "samples", file), "utf8"), { skipEmptyLines: true }).data;
  return [rows[0], ...rows.slice(1).filter((_, i) => i % 40 === 0)];
}

const normal = (v: unknown): unknown => (v === null || v === undefined ? "" : v);

test("the add-in and --out write the same flag columns, cell for cell, on every export", async () => {
  const dir = mkdtempSync(join(tmpdir(), "spd-parity-"));
  const sheets = SAMPLES.map((file) => ({ name: file.replace(/\.csv$/, ""), rows: slice(file) }));
  for (const s of sheets) writeFileSync(join(dir, `${s.name}.csv`), Papa.unparse(s.rows));

  // --out
  const out = join(dir, "out.xlsx");
  const run = await spd(["score", ...sheets.map((s) => join(dir, `${s.name}.csv`)), "--as-of", "2025-10", "--out", out]);
  expect(run.stderr).toBe("");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);

  // The add-in, on the same cells (as text, the way a CSV pasted as text arrives).
  const double = createExcelDouble();
  const restore = double.install();
  try {
    for (const s of sheets) double.workbook.addSheet(s.name, s.rows);
    const outcome = await createExcelScoringService().score({ asOf: "2025-10" });
    expect(outcome.flagRanges).toHaveLength(sheets.length);
    for (const s of sheets) {
      const width = s.rows[0].length;
      const fromOut = workbook.getWorksheet(s.name)!;
      const header = (fromOut.getRow(1).values as unknown[]).slice(1 + width).map(normal);
      expect(header[0]).toBe("SPD Counts toward");
      const addIn = double.workbook.getSheet(s.name).getValues();
      expect(addIn[0].slice(width, width + header.length)).toEqual(header);
      for (let r = 1; r < s.rows.length; r++) {
        const cells = Array.from({ length: header.length }, (_, c) => normal(fromOut.getRow(r + 1).getCell(width + c + 1).value));
        expect({ sheet: s.name, row: r + 1, cells: addIn[r].slice(width, width + header.length).map(normal) }).toEqual({ sheet: s.name, row: r + 1, cells });
      }
    }
  } finally {
    restore();
  }
}, 120_000);
