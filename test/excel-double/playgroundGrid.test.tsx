/**
 * @jest-environment jsdom
 */
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelDouble } from "../../tools/excel-double";
import { Grid, mergedLayout } from "../../tools/playground/Grid";
import { INDENT_PX, cellView } from "../../tools/playground/cellView";

/** The playground grid draws a merged area as one cell, and indents (tools/playground). */
function workbookWithMerges() {
  const double = createExcelDouble();
  const sheet = double.workbook.addSheet("S", [
    ["Label", "A note long enough to wrap inside the merged cells", "", ""],
    ["x", "y", "z", "w"],
    ["tall", "", "", ""],
    ["", "", "", "end"],
  ]);
  sheet.merge("B1:D1").merge("A3:B4");
  return double;
}

describe("playground grid: merged cells and indents", () => {
  it("mergedLayout gives each merged area's first cell its span and hides the others", () => {
    const { workbook } = workbookWithMerges();
    const { spans, covered } = mergedLayout(workbook.getSheet("S"), 4, 4);
    expect([...spans]).toEqual([
      ["0:1", { rowSpan: 1, colSpan: 3 }],
      ["2:0", { rowSpan: 2, colSpan: 2 }],
    ]);
    expect([...covered].sort()).toEqual(["0:2", "0:3", "2:1", "3:0", "3:1"]);
    // Cut to what is drawn.
    expect([...mergedLayout(workbook.getSheet("S"), 3, 2).spans]).toEqual([
      ["0:1", { rowSpan: 1, colSpan: 1 }],
      ["2:0", { rowSpan: 1, colSpan: 2 }],
    ]);
  });

  it("draws a merged area as one cell (colSpan / rowSpan) whose text wraps when the area wraps", () => {
    const { workbook } = workbookWithMerges();
    workbook.getSheet("S").cells.applyStyle({ row: 0, col: 1, rowCount: 1, colCount: 3 }, { patch: { wrapText: true } });
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <Grid workbook={workbook} version={0} initialSheet="S" />
      </FluentProvider>
    );
    const rows = [...container.querySelectorAll("tbody tr")];
    // Row 1: the row number, "Label", and the merged B1:D1.
    const first = [...rows[0].querySelectorAll("td")];
    expect(first.map((td) => td.textContent)).toEqual(["Label", "A note long enough to wrap inside the merged cells"]);
    expect(first[1].colSpan).toBe(3);
    expect(first[1].style.whiteSpace).toBe("pre-wrap");
    const third = [...rows[2].querySelectorAll("td")];
    expect(third[0].rowSpan).toBe(2);
    expect(third[0].colSpan).toBe(2);
    expect(third.map((td) => td.textContent)).toEqual(["tall", "", ""]);
    expect([...rows[3].querySelectorAll("td")].map((td) => td.textContent)).toEqual(["", "end"]);
  });

  it("indents left-aligned text on the left and right-aligned numbers on the right", () => {
    expect(cellView("All partners", "@", { indentLevel: 1 }, null).style).toMatchObject({ textAlign: "left", paddingLeft: `${3 + INDENT_PX}px` });
    expect(cellView(12, "General", { indentLevel: 2 }, null).style).toMatchObject({ textAlign: "right", paddingRight: `${3 + 2 * INDENT_PX}px` });
    expect(cellView("x", "General", {}, null).style.paddingLeft).toBeUndefined();
  });
});
