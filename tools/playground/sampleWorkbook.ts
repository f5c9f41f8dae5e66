import Papa from "papaparse";
import { createExcelDouble, type ExcelDouble } from "../excel-double";

/** CSV text as Excel shows it once opened: plain numbers become numbers. */
function cells(csv: string): (string | number)[][] {
  const rows = Papa.parse<string[]>(csv.trim()).data;
  return rows.map((r) => r.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
}

/** An in-memory workbook holding the sample exports, standing in for Excel in the playground. The exports are a chunk loaded here. */
export async function sampleWorkbook(): Promise<ExcelDouble> {
  const { SAMPLE_SHEETS } = await import(/* webpackChunkName: "samples" */ "./sampleExports");
  const double = createExcelDouble({ syncDelayMs: 20, excelApi: "1.14" });
  for (const [name, csv] of SAMPLE_SHEETS) double.workbook.addSheet(name, cells(csv));
  return double;
}
