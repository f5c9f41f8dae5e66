import type ExcelJS from "exceljs";
import { SUMMARY_SHEET, summaryLayout, type Report, type SummaryBlock, type SummaryCell, type SummaryExtras, type SummaryTable } from "../engine";
import type { WorkbookNotes } from "./workbookNotes";

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;
type Setup = Extract<SummaryBlock, { kind: "setup" }>;

/** Excel's default row height (Calibri 11), in points: a row of n wrapped lines is n times it. */
const LINE_HEIGHT = 15;
const TOP_WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * The summary sheet of the --out workbook: the blocks of the add-in's summary (summaryLayout) in the
 * same cells, with the same widths, formats, colours, wrapping and row heights (see SummaryBlock); the
 * trend charts are the add-in's alone (ExcelJS writes none), their tables are here. Then what the
 * workbook could not keep, among the notes.
 */
export function addSummarySheet(workbook: Writer, report: Report, sources: string[], extras: SummaryExtras, notes: WorkbookNotes) {
  const known = notes.all();
  const blocks = summaryLayout(report, sources, { ...extras, workbookNotes: known });
  const setup = blocks.find((b): b is Setup => b.kind === "setup");
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, {
    views: setup?.freezeRows ? [{ state: "frozen", xSplit: 0, ySplit: setup.freezeRows, topLeftCell: `A${setup.freezeRows + 1}` }] : [],
    // Printed one page wide, as many pages tall as it takes.
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  setup?.widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const noteColumns = setup?.noteColumns ?? 7;

  // Rows are 1-based here; rowIndex counts like the add-in's 0-based rows.
  let rowIndex = 0;
  // Summary text echoes names from the exports: every cell within Excel's limit too.
  const put = (r: number, c: number, value: SummaryCell, numFmt: string) => {
    const cell = sheet.getRow(r + 1).getCell(c + 1);
    cell.numFmt = numFmt;
    cell.value = typeof value === "string" ? notes.fit(value, SUMMARY_SHEET, r + 1, c + 1) : value;
    return cell;
  };
  const height = (r: number, lines: number) => {
    if (lines > 1) sheet.getRow(r + 1).height = lines * LINE_HEIGHT;
  };
  const wrapAcross = (r: number, from: number, lines: number) => {
    sheet.mergeCells(r + 1, from + 1, r + 1, noteColumns);
    sheet.getRow(r + 1).getCell(from + 1).alignment = TOP_WRAP;
    if (from > 0) sheet.getRow(r + 1).getCell(1).alignment = TOP_WRAP;
    height(r, lines);
  };
  const table = (top: number, t: SummaryTable) => {
    t.header.forEach((h, c) => {
      const cell = put(top, c, h, "@");
      cell.font = { bold: true };
      cell.alignment = TOP_WRAP;
      cell.border = { bottom: { style: "thin" } };
    });
    height(top, t.headerLines);
    t.rows.forEach((cells, i) => {
      const r = top + 1 + i;
      cells.forEach((v, c) => {
        const cell = put(r, c, v, t.formats[i][c]);
        // Text after column A one level in, off the number before it.
        cell.alignment = c > 0 && typeof v === "string" && v ? { ...TOP_WRAP, indent: 1 } : TOP_WRAP;
        if (t.boldRows.includes(i)) cell.font = { bold: true };
      });
      const tone = t.tones[i];
      if (t.statusColumn >= 0 && tone) {
        const cell = sheet.getRow(r + 1).getCell(t.statusColumn + 1);
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(tone.fill) } };
        cell.font = { ...(t.boldRows.includes(i) ? { bold: true } : {}), color: { argb: argb(tone.font) } };
      }
      height(r, t.lines[i]);
    });
  };

  for (const block of blocks) {
    switch (block.kind) {
      case "setup":
        break;
      case "title":
      case "heading":
        put(rowIndex, 0, block.text, "@").font = { bold: true, size: block.kind === "title" ? 14 : 12 };
        rowIndex += 1;
        break;
      case "info":
        for (const r of block.rows) {
          put(rowIndex, 0, r.label, "@");
          put(rowIndex, 1, r.value, r.format);
          if (r.lines > 0) wrapAcross(rowIndex, 1, r.lines);
          rowIndex += 1;
        }
        rowIndex += 1;
        break;
      case "table":
        table(rowIndex, block.table);
        rowIndex += block.table.rows.length + 2;
        break;
      case "notes":
        put(rowIndex, 0, block.title, "@").font = { bold: true };
        rowIndex += 1;
        for (const line of block.lines) {
          put(rowIndex, 0, line.text, "@");
          wrapAcross(rowIndex, 0, line.lines);
          rowIndex += 1;
        }
        rowIndex += 1;
        break;
      case "trend": {
        // The add-in's chart stands in A:B; here the table alone, where the add-in has it.
        // As writeTrendTable: the month and note columns are text, the totals two decimals.
        const { header, rows, trackCount } = block.table;
        const textColumn = (c: number) => c === 0 || c > trackCount + 1;
        header.forEach((h, c) => (put(rowIndex, block.column + c, h, textColumn(c) ? "@" : "General").font = { bold: true }));
        rows.forEach((cells, i) => cells.forEach((v, c) => put(rowIndex + 1 + i, block.column + c, v, textColumn(c) ? "@" : "0.00")));
        if (rows.length) put(rowIndex, 0, "Total points per month (the add-in draws the chart here)", "@").font = { italic: true, color: { argb: "FF595959" } };
        rowIndex += block.rows + 1;
        break;
      }
    }
  }
  // A summary cell cut to Excel's limit says so too.
  const later = notes.all().slice(known.length);
  if (later.length) {
    put(rowIndex, 0, known.length ? "More notes on this workbook" : "Notes on this workbook", "@").font = { bold: true };
    later.forEach((line, i) => put(rowIndex + 1 + i, 0, line, "@"));
  }
  sheet.commit();
}
