import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { RangeRef } from "../excel-double/address";
import type { SheetModel } from "../excel-double/model/sheet";
import type { WorkbookModel } from "../excel-double/model/workbook";
import { ChartView } from "./ChartView";
import { PX_PER_PT, TABLE_STYLE, cellView, type TablePart } from "./cellView";

const MAX_ROWS = 300;
const MAX_COLS = 60;
const HEAD_HEIGHT = 20;
const ROW_HEAD_WIDTH = 40;
// The selection as Excel draws it: the active cell outlined in green, the rest of the range tinted.
const SELECTED_STYLE = { boxShadow: "inset 0 0 0 999px rgba(16, 124, 65, 0.12)" };
const ACTIVE_STYLE = { outline: "2px solid #107c41", outlineOffset: "-2px", boxShadow: "none" };

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateRows: "auto 1fr", minHeight: 0, height: "100%" },
  scroll: { overflow: "auto", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, position: "relative" },
  table: { borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed", fontSize: "11pt", fontFamily: "Calibri, 'Segoe UI', sans-serif" },
  cell: {
    borderRight: "1px solid #e1e1e1",
    borderBottom: "1px solid #e1e1e1",
    padding: "0 3px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "clip",
    backgroundColor: "#ffffff",
    verticalAlign: "bottom",
    boxSizing: "border-box",
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
    fontWeight: 400,
    fontSize: "12px",
    borderRight: "1px solid #d0d0d0",
    borderBottom: "1px solid #d0d0d0",
    boxSizing: "border-box",
  },
});

function columnName(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Rows and columns to draw: the used range from A1, plus room for the charts and frozen panes. */
function extent(sheet: SheetModel): { rows: number; cols: number } {
  const used = sheet.usedRef(false);
  let rows = used ? used.row + used.rowCount : 0;
  let cols = used ? used.col + used.colCount : 0;
  for (const chart of sheet.charts) {
    let bottom = 0;
    let r = 0;
    while (bottom < chart.top + chart.height && r < MAX_ROWS) bottom += sheet.rowHeight(r++);
    let right = 0;
    let c = 0;
    while (right < chart.left + chart.width && c < MAX_COLS) right += sheet.columnWidth(c++);
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  }
  return { rows: Math.min(MAX_ROWS, Math.max(rows, sheet.frozenRows)), cols: Math.min(MAX_COLS, Math.max(cols, sheet.frozenColumns)) };
}

/**
 * Merged areas within the drawn rows and columns, by their first cell ("r:c"), cut to what is drawn;
 * `covered` holds the other cells of each, which are not drawn (the first one spans them).
 */
export function mergedLayout(
  sheet: SheetModel,
  rows: number,
  cols: number
): { spans: Map<string, { rowSpan: number; colSpan: number }>; covered: Set<string> } {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    if (m.row >= rows || m.col >= cols) continue;
    const rowSpan = Math.min(m.rowCount, rows - m.row);
    const colSpan = Math.min(m.colCount, cols - m.col);
    spans.set(`${m.row}:${m.col}`, { rowSpan, colSpan });
    for (let r = m.row; r < m.row + rowSpan; r++) for (let c = m.col; c < m.col + colSpan; c++) if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
  }
  return { spans, covered };
}

/** Which part of a table (if any) the cell is in, for the table style. */
function tablePart(tables: { ref: RangeRef; showHeaders: boolean; showTotals: boolean }[], r: number, c: number): TablePart {
  for (const t of tables) {
    const { ref } = t;
    if (r < ref.row || r >= ref.row + ref.rowCount || c < ref.col || c >= ref.col + ref.colCount) continue;
    if (t.showHeaders && r === ref.row) return "header";
    if (t.showTotals && r === ref.row + ref.rowCount - 1) return "totals";
    const dataIndex = r - ref.row - (t.showHeaders ? 1 : 0);
    return dataIndex % 2 === 0 ? "band" : "body";
  }
  return null;
}

/**
 * A read-only view of the in-memory workbook as Excel would show it: sheet tabs; cells with their
 * number formats, fonts, fills, alignment, indents and wrapping; merged areas as one cell (colSpan,
 * rowSpan) whose text wraps when the area wraps (Excel's merged notes rows) and never spills; column
 * widths and row heights; frozen rows and columns that stay in view (sticky); tables in Excel's
 * default style; charts over the cells.
 */
export function Grid({ workbook, version, initialSheet }: { workbook: WorkbookModel; version: number; initialSheet?: string }) {
  const styles = useStyles();
  const names = workbook.sheets.map((s) => s.name);
  const [selected, setSelected] = React.useState(initialSheet ?? names[0]);
  // After the pane acts, show the sheet Excel would: the one it activated (the summary after Score, a cell's sheet after "Go to cell").
  const activeCell = React.useRef<HTMLTableCellElement>(null);
  const followed = React.useRef(false);
  React.useEffect(() => {
    const active = workbook.activeSheet?.name;
    if (version > 0 && active) {
      setSelected(active);
      followed.current = true;
    }
  }, [version]);
  const sheet = workbook.getSheet(names.includes(selected) ? selected : names[0]);
  const selection = sheet.selection;
  const isSelected = (r: number, c: number) =>
    r >= selection.row && r < selection.row + selection.rowCount && c >= selection.col && c < selection.col + selection.colCount;
  // Then scroll the selected cell into view, as Excel does when a range is selected.
  React.useEffect(() => {
    // Once the sheet shown is the one activated (the tab switch renders after the version's).
    if (!followed.current || sheet.name !== workbook.activeSheet?.name) return;
    followed.current = false;
    activeCell.current?.scrollIntoView?.({ block: "center", inline: "center" });
  });
  const { rows, cols } = extent(sheet);
  const values = rows > 0 && cols > 0 ? sheet.readValues({ row: 0, col: 0, rowCount: rows, colCount: cols }) : [];
  const tables = workbook.tablesOn(sheet);
  const colPx = Array.from({ length: cols }, (_, c) => Math.round(sheet.columnWidth(c) * PX_PER_PT));
  const rowPx = Array.from({ length: rows }, (_, r) => Math.round(sheet.rowHeight(r) * PX_PER_PT));
  const merged = mergedLayout(sheet, rows, cols);
  // Sticky offsets of frozen rows and columns (below the column letters, right of the row numbers).
  const topOf = (r: number) => HEAD_HEIGHT + rowPx.slice(0, r).reduce((a, b) => a + b, 0);
  const leftOf = (c: number) => ROW_HEAD_WIDTH + colPx.slice(0, c).reduce((a, b) => a + b, 0);
  const frozenStyle = (r: number | null, c: number | null): React.CSSProperties => {
    const s: React.CSSProperties = {};
    if (r !== null && r < sheet.frozenRows) {
      s.position = "sticky";
      s.top = topOf(r);
      s.zIndex = 6;
    }
    if (c !== null && c < sheet.frozenColumns) {
      s.position = "sticky";
      s.left = leftOf(c);
      s.zIndex = s.zIndex ? 8 : 6;
    }
    if (r !== null && r === sheet.frozenRows - 1) s.borderBottom = "2px solid #9e9e9e";
    if (c !== null && c === sheet.frozenColumns - 1) s.borderRight = "2px solid #9e9e9e";
    return s;
  };
  const totalWidth = ROW_HEAD_WIDTH + colPx.reduce((a, b) => a + b, 0);
  return (
    <div className={styles.root}>
      <TabList selectedValue={sheet?.name} onTabSelect={(_, d) => setSelected(String(d.value))} aria-label="Sheets">
        {names.map((n) => (
          <Tab key={n} value={n}>
            {n}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroll} data-frozen-rows={sheet.frozenRows} data-frozen-columns={sheet.frozenColumns}>
        <table className={styles.table} style={{ width: totalWidth }} aria-label={`Sheet ${sheet?.name ?? ""}`}>
          <colgroup>
            <col style={{ width: ROW_HEAD_WIDTH }} />
            {colPx.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr style={{ height: HEAD_HEIGHT }}>
              <th className={styles.head} style={{ position: "sticky", top: 0, left: 0, zIndex: 10 }} />
              {colPx.map((_, c) => (
                <th
                  key={c}
                  className={styles.head}
                  style={{ position: "sticky", top: 0, zIndex: 9, ...(c < sheet.frozenColumns ? { left: leftOf(c), zIndex: 10 } : {}) }}
                >
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.map((line, r) => (
              <tr key={r} style={{ height: rowPx[r] }}>
                <th className={styles.head} style={{ position: "sticky", left: 0, zIndex: 7, ...(r < sheet.frozenRows ? { top: topOf(r), zIndex: 9 } : {}) }}>
                  {r + 1}
                </th>
                {line.map((value, c) => {
                  if (merged.covered.has(`${r}:${c}`)) return null;
                  const span = merged.spans.get(`${r}:${c}`);
                  const part = tablePart(tables, r, c);
                  const format = sheet.formatAt(r, c);
                  const width = span ? colPx.slice(c, c + span.colSpan).reduce((a, b) => a + b, 0) : colPx[c];
                  const view = cellView(value, sheet.numberFormatAt(r, c), format, part, width);
                  const border = part ? { borderBottom: `1px solid ${TABLE_STYLE.border}` } : {};
                  // Text spills into empty cells on its right, as in Excel (never out of, or into, merged cells).
                  const spills =
                    !span &&
                    typeof value === "string" &&
                    value !== "" &&
                    !format.wrapText &&
                    view.style.textAlign === "left" &&
                    line[c + 1] === "" &&
                    !merged.spans.has(`${r}:${c + 1}`);
                  // As far as the next cell with content: Excel cuts the spilled text there.
                  let spillPx = 0;
                  if (spills)
                    for (let k = c + 1; k < line.length && line[k] === "" && !merged.spans.has(`${r}:${k}`) && !merged.covered.has(`${r}:${k}`); k++)
                      spillPx += colPx[k];
                  if (spills) Object.assign(border, { overflow: "visible", position: "relative", zIndex: 1 });
                  // The sheet's selection: the active cell outlined, the rest of the range tinted (over the cell's own fill).
                  const chosen = isSelected(r, c);
                  const active = r === selection.row && c === selection.col;
                  if (chosen) Object.assign(border, SELECTED_STYLE, active ? ACTIVE_STYLE : {});
                  return (
                    <td
                      key={c}
                      ref={active ? activeCell : undefined}
                      data-selected={chosen ? (active ? "active" : "true") : undefined}
                      className={styles.cell}
                      title={view.text}
                      colSpan={span && span.colSpan > 1 ? span.colSpan : undefined}
                      rowSpan={span && span.rowSpan > 1 ? span.rowSpan : undefined}
                      data-merged={span ? `${span.rowSpan}x${span.colSpan}` : undefined}
                      style={{ ...border, ...view.style, ...frozenStyle(r, c) } as React.CSSProperties}
                    >
                      {spills ? (
                        <span style={{ display: "block", width: colPx[c] + spillPx - 6, overflow: "hidden", whiteSpace: "nowrap" }}>{view.text}</span>
                      ) : (
                        view.text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {sheet.charts.map((chart) => (
          <ChartView key={chart.id} chart={chart.snapshot()} offsetX={ROW_HEAD_WIDTH} offsetY={HEAD_HEIGHT} />
        ))}
      </div>
    </div>
  );
}
