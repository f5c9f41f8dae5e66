import * as React from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookModel } from "../excel-double/model/workbook";

const MAX_ROWS = 300;

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateRows: "auto 1fr", minHeight: 0, height: "100%" },
  scroll: { overflow: "auto", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: "12px", whiteSpace: "nowrap" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", maxWidth: "320px", overflow: "hidden", textOverflow: "ellipsis" },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: "center", position: "sticky", top: 0 },
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

function show(v: unknown): string {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(3);
  return v === null || v === undefined ? "" : String(v);
}

/** A read-only view of the in-memory workbook: sheet tabs and the first rows of the chosen sheet. */
export function Grid({ workbook, version }: { workbook: WorkbookModel; version: number }) {
  const styles = useStyles();
  const names = workbook.sheets.map((s) => s.name);
  const [selected, setSelected] = React.useState(names[0]);
  React.useEffect(() => {
    if (names.includes("SPD Summary") && version > 0) setSelected("SPD Summary");
  }, [version]); // eslint-disable-line react-hooks/exhaustive-deps
  const sheet = workbook.getSheet(names.includes(selected) ? selected : names[0]);
  const values = sheet ? sheet.getValues().slice(0, MAX_ROWS) : [];
  const width = Math.max(0, ...values.map((r) => r.length));
  return (
    <div className={styles.root}>
      <TabList selectedValue={sheet?.name} onTabSelect={(_, d) => setSelected(String(d.value))} aria-label="Sheets">
        {names.map((n) => (
          <Tab key={n} value={n}>
            {n}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={`Sheet ${sheet?.name ?? ""}`}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} />
              {Array.from({ length: width }, (_, i) => (
                <th key={i} className={`${styles.cell} ${styles.head}`}>
                  {columnName(i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.map((row, r) => (
              <tr key={r}>
                <th className={`${styles.cell} ${styles.head}`}>{r + 1}</th>
                {Array.from({ length: width }, (_, c) => (
                  <td key={c} className={styles.cell} title={show(row[c])}>
                    {show(row[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
