import type ExcelJS from "exceljs";
import { SUMMARY_SHEET, isGood, summaryLayout, type Report, type SummaryExtras } from "../engine";
import type { WorkbookNotes } from "./workbookNotes";

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

/** The summary sheet of the --out workbook, from the same layout as the add-in's, then what the workbook could not keep. */
export function addSummarySheet(workbook: Writer, report: Report, sources: string[], extras: SummaryExtras, notes: WorkbookNotes) {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET);
  [44, 26, 24, 22, 22, 10, 28, 12, 48, 48].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  // Summary text echoes names from the exports: every cell within Excel's limit too.
  let rowCount = 0;
  const add = (cells: readonly unknown[]) => {
    rowCount++;
    return sheet.addRow(cells.map((v, c) => (typeof v === "string" ? notes.fit(v, SUMMARY_SHEET, rowCount, c + 1) : v)));
  };
  const fill = (good: boolean): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: good ? "FFC6EFCE" : "FFFFC7CE" } });
  for (const block of summaryLayout(report, sources, extras)) {
    switch (block.kind) {
      case "title":
        add([block.text]).font = { bold: true, size: 14 };
        break;
      case "heading":
        add([block.text]).font = { bold: true, size: 12 };
        break;
      case "info":
        for (const r of block.rows) add(r);
        add([]);
        break;
      case "table": {
        const { table } = block;
        add(table.header).font = { bold: true };
        table.rows.forEach((cells, i) => {
          const row = add(cells);
          for (const [column, format] of Object.entries(table.formats)) row.getCell(Number(column) + 1).numFmt = format;
          row.getCell(table.statusColumn + 1).fill = fill(isGood(cells[table.statusColumn]));
          if (table.boldRows.includes(i)) row.font = { bold: true };
        });
        add([]);
        break;
      }
      case "lines":
        add([block.title]).font = { bold: true };
        for (const line of block.lines) add([line]);
        break;
      case "trend":
        // ExcelJS writes no charts: the add-in's summary sheet has the chart; the table above has the numbers.
        break;
    }
  }
  const said = notes.all();
  if (said.length) {
    add([]);
    add(["Notes on this workbook"]).font = { bold: true };
    for (const line of said) add([line]);
  }
  sheet.commit();
}

