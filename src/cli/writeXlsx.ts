import ExcelJS from "exceljs";
import { FLAG_COLUMNS, STATUS_LABEL, type ParsedInput, type Report, type RowFlags, type ScoreResult } from "../engine";
import type { SourceRows } from "./readFiles";

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/g;

/** Excel sheet names: ≤ 31 characters, none of : \ / ? * [ ], unique regardless of case. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(INVALID_SHEET_CHARS, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function keyOf(file: string, row: number): string {
  return `${file}\u0000${row}`;
}

/** CSV cells arrive as text; plain numbers go back as numbers so Excel does not flag "number stored as text". */
function cellValue(value: unknown): ExcelJS.CellValue {
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value as ExcelJS.CellValue;
}

function trimBlankTail(rows: unknown[][]): unknown[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((c) => c === null || c === undefined || String(c).trim() === "")) end--;
  return rows.slice(0, end);
}

function addUsageSheet(workbook: ExcelJS.Workbook, name: string, rows: unknown[][], flags: Map<string, RowFlags>, file: string) {
  const sheet = workbook.addWorksheet(name);
  const headerIndex = rows.findIndex((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== ""));
  const width = Math.max(0, ...rows.map((r) => r.length));
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, c) => (row.getCell(c + 1).value = cellValue(value)));
    if (i === headerIndex) FLAG_COLUMNS.forEach((col, c) => (row.getCell(width + c + 1).value = col.header));
    else if (i > headerIndex) {
      const f = flags.get(keyOf(file, i + 1));
      if (f) FLAG_COLUMNS.forEach((col, c) => (row.getCell(width + c + 1).value = col.value(f)));
    }
  });
  FLAG_COLUMNS.forEach((col, c) => {
    const column = sheet.getColumn(width + c + 1);
    column.numFmt = col.numberFormat === "@" ? "" : col.numberFormat;
    column.width = Math.max(14, col.header.length + 2);
  });
  if (headerIndex >= 0) {
    sheet.getRow(headerIndex + 1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: headerIndex + 1 }];
  }
}

function addSkillingSheet(workbook: ExcelJS.Workbook, name: string, rows: unknown[][], result: ScoreResult, input: ParsedInput, file: string) {
  const sheet = workbook.addWorksheet(name);
  const flags = new Map<number, { level: string; counts: string; reason: string }>();
  input.skilling?.records.forEach((r, i) => {
    const f = result.certifications?.rows[i];
    if (f && input.skilling!.files[r.file] === file) flags.set(r.row, { level: f.level ?? "Not eligible", counts: f.counts ? "Yes" : "No", reason: f.reason });
  });
  const width = Math.max(0, ...rows.map((r) => r.length));
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, c) => (row.getCell(c + 1).value = value as ExcelJS.CellValue));
    const f = i === 0 ? { level: "SPD Level", counts: "SPD Counts", reason: "SPD Reason" } : flags.get(i + 1);
    if (f) [f.level, f.counts, f.reason].forEach((v, c) => (row.getCell(width + c + 1).value = v));
  });
  sheet.getRow(1).font = { bold: true };
}

function addSummarySheet(workbook: ExcelJS.Workbook, report: Report) {
  const sheet = workbook.addWorksheet("SPD Summary");
  sheet.addRow(["Partner Capability Score"]).font = { bold: true, size: 14 };
  sheet.addRow(["As-of month", report.asOf]);
  sheet.addRow(["Baseline month", report.baseline]);
  for (const d of report.designations) sheet.addRow(["Rule set", `${d.ruleSet.name} (${d.ruleSet.id}, effective ${d.ruleSet.effectiveFrom})`]);
  sheet.addRow(["Source files", report.inputs.map((i) => i.name).join(", ")]);
  sheet.addRow([]);
  const header = sheet.addRow(["Designation", "Track", "Metric", "Value", "Target", "Points", "Max points", "Met", "Missing for full points"]);
  header.font = { bold: true };
  const show = (v: number | Record<string, number>) =>
    typeof v === "number" ? v : Object.entries(v).map(([a, n]) => `${a} ${n}`).join(", ");
  for (const d of report.designations)
    for (const t of d.tracks) {
      for (const m of t.metrics) {
        const row = sheet.addRow([d.name, t.label, m.label + (m.bestAssociation ? ` (${m.bestAssociation})` : ""), show(m.value), show(m.target), m.points, m.maxPoints, m.points >= m.maxPoints ? "Met" : "Not met", m.gaps[0]?.text ?? ""]);
        row.getCell(6).numFmt = "0.00";
        row.getCell(8).fill = { type: "pattern", pattern: "solid", fgColor: { argb: m.points >= m.maxPoints ? "FFC6EFCE" : "FFFFC7CE" } };
      }
      const total = sheet.addRow([d.name, t.label, "Total", "", 70, t.total, 100, STATUS_LABEL[t.status], t.pointsToQualify > 0 ? `${Math.round(t.pointsToQualify * 100) / 100} points to 70` : ""]);
      total.font = { bold: true };
      total.getCell(6).numFmt = "0.00";
    }
  if (report.warnings.length) {
    sheet.addRow([]);
    sheet.addRow(["Warnings"]).font = { bold: true };
    for (const w of report.warnings) sheet.addRow([w.message]);
  }
  [28, 12, 34, 22, 22, 10, 11, 12, 48].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** Writes the input rows with their flag columns, then a summary sheet. */
export async function writeXlsx(path: string, input: ParsedInput, result: ScoreResult, sources: SourceRows): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SPD Partner Score";
  const taken = new Set<string>(["spd summary"]);
  const flags = new Map<string, RowFlags>();
  const rows = result.report.rows ?? [];
  for (const f of rows) flags.set(keyOf(f.file, f.row), f);
  for (const table of input.tables) {
    const tableRows = trimBlankTail(sources.get(table.name)?.() ?? []);
    const name = sheetName(table.name.replace(/\.(csv|txt|xlsx)/i, ""), taken);
    if (table.layout === "m365-usage") addUsageSheet(workbook, name, tableRows, flags, table.name);
    else addSkillingSheet(workbook, name, tableRows, result, input, table.name);
  }
  addSummarySheet(workbook, result.report);
  await workbook.xlsx.writeFile(path);
}
