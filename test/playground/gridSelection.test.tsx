/** @jest-environment jsdom */
/**
 * The playground grid shows what "Go to cell" did without Excel: after the pane acts (the version
 * bumps), it shows the sheet the adapter activated, outlines the selected cell and scrolls it into view.
 */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { Grid } from "../../tools/playground/Grid";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { SEED, asOpenedInExcel } from "../helpers/seedInExcel";

let double: ExcelDouble;
let restore: () => void;
const scrolled: Element[] = [];
beforeEach(() => {
  double = createExcelDouble();
  restore = double.install();
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => restore());

function view(version: number) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Grid workbook={double.workbook} version={version} />
    </FluentProvider>
  );
}

test("Go to cell: the grid switches to the cell's sheet, marks the cell and scrolls to it", async () => {
  double.workbook.addSheet("Notes", [["a note"]]);
  double.workbook.addSheet("Data", [["title"], [], ...asOpenedInExcel(SEED).map((r) => ["", ...r])]);
  const { rerender } = render(view(0));
  expect(screen.getByRole("tab", { selected: true }).textContent).toBe("Notes");
  expect(scrolled).toEqual([]);

  await createExcelScoringService().goToCell({ file: "Data", row: 9, column: "ActiveUsage" });
  act(() => rerender(view(1)));

  expect(screen.getByRole("tab", { selected: true }).textContent).toBe("Data");
  const active = document.querySelector('td[data-selected="active"]') as HTMLTableCellElement;
  // F9: the ActiveUsage column (B + 4) of sheet row 9.
  const row = active.closest("tr")!;
  expect(row.querySelector("th")!.textContent).toBe("9");
  expect([...row.children].indexOf(active)).toBe(6); // the row number, then A..F
  expect(active.textContent).toBe(String(asOpenedInExcel(SEED)[6][4]));
  expect(active.style.outline).toMatch(/2px solid/);
  expect(document.querySelectorAll("td[data-selected]")).toHaveLength(1);
  expect(scrolled).toEqual([active]);
});

test("a range selected: every cell of it marked, the first one active", async () => {
  double.workbook.addSheet("Data", asOpenedInExcel(SEED));
  const { rerender } = render(view(0));
  await createExcelScoringService().goToCell({ file: "Data", row: 4 });
  act(() => rerender(view(1)));
  const marked = [...document.querySelectorAll("td[data-selected]")];
  expect(marked).toHaveLength(6); // A4:F4
  expect(marked[0].getAttribute("data-selected")).toBe("active");
  expect(marked.every((td) => td.closest("tr")!.querySelector("th")!.textContent === "4")).toBe(true);
});
