import { TABLE_STYLE, cellView } from "../../tools/playground/cellView";

describe("cellView (what a playground grid cell shows)", () => {
  it("formats the value and aligns by type as Excel's General alignment does", () => {
    expect(cellView(0.425, "0.0%", {}, null)).toEqual({ text: "42.5%", style: { textAlign: "right" } });
    expect(cellView("Contoso", "General", {}, null).style.textAlign).toBe("left");
    expect(cellView(true, "General", {}, null)).toEqual({ text: "TRUE", style: { textAlign: "center" } });
    expect(cellView("#REF!", "General", {}, null).style.textAlign).toBe("center");
    expect(cellView(12, "General", { horizontalAlignment: "Left" }, null).style.textAlign).toBe("left");
  });

  it("shows #### for a number too wide for its column, as Excel does", () => {
    expect(cellView(45931, "d mmm yyyy", {}, null, 64).text).toBe("########");
    expect(cellView(45931, "d mmm yyyy", {}, null, 100).text).toBe("1 Oct 2025");
    expect(cellView("long text here", "General", {}, null, 20).text).toBe("long text here");
  });

  it("applies fonts, fills and wrapping", () => {
    const { style } = cellView("x", "General", { bold: true, italic: true, fontColor: "#C00000", fontSize: 14, fillColor: "#FFFF00", wrapText: true }, null);
    expect(style).toMatchObject({
      fontWeight: 700,
      fontStyle: "italic",
      color: "#C00000",
      fontSize: "14pt",
      backgroundColor: "#FFFF00",
      whiteSpace: "pre-wrap",
    });
  });

  it("styles a table's header and bands; direct formatting wins", () => {
    expect(cellView("Month", "General", {}, "header").style).toMatchObject({
      fontWeight: 700,
      color: TABLE_STYLE.headerFont,
      backgroundColor: TABLE_STYLE.headerFill,
    });
    expect(cellView(1, "General", {}, "band").style.backgroundColor).toBe(TABLE_STYLE.bandFill);
    expect(cellView(1, "General", {}, "body").style.backgroundColor).toBeUndefined();
    expect(cellView(1, "General", { fillColor: "#C6EFCE" }, "band").style.backgroundColor).toBe("#C6EFCE");
  });
});
