import {
  MAX_COLUMNS,
  MAX_ROWS,
  boundingRect,
  columnToLetters,
  formatRef,
  intersect,
  lettersToColumn,
  parseAddress,
  qualifiedAddress,
  quoteSheetName,
} from "../../tools/excel-double/address";

describe("column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i <-> %s", (index, letters) => {
    expect(columnToLetters(index)).toBe(letters);
    expect(lettersToColumn(letters)).toBe(index);
    expect(lettersToColumn(letters.toLowerCase())).toBe(index);
  });

  it("rejects columns beyond XFD", () => {
    expect(lettersToColumn("XFE")).toBe(-1);
    expect(lettersToColumn("AAAA")).toBe(-1);
    expect(() => columnToLetters(MAX_COLUMNS)).toThrow(RangeError);
  });
});

describe("parseAddress", () => {
  it("parses single cells, absolute refs and blocks", () => {
    expect(parseAddress("A1")).toEqual({ ref: { row: 0, col: 0, rowCount: 1, colCount: 1 } });
    expect(parseAddress("$B$3")).toEqual({ ref: { row: 2, col: 1, rowCount: 1, colCount: 1 } });
    expect(parseAddress("A1:C10")?.ref).toEqual({ row: 0, col: 0, rowCount: 10, colCount: 3 });
    expect(parseAddress("c10:a1")?.ref).toEqual({ row: 0, col: 0, rowCount: 10, colCount: 3 });
  });

  it("parses whole columns and rows", () => {
    expect(parseAddress("A:C")?.ref).toEqual({ row: 0, col: 0, rowCount: MAX_ROWS, colCount: 3 });
    expect(parseAddress("$3:$5")?.ref).toEqual({ row: 2, col: 0, rowCount: 3, colCount: MAX_COLUMNS });
  });

  it("parses sheet qualifiers, quoted or not", () => {
    expect(parseAddress("Sheet1!B2")).toEqual({ sheet: "Sheet1", ref: { row: 1, col: 1, rowCount: 1, colCount: 1 } });
    expect(parseAddress("'My Sheet'!A1:B2")?.sheet).toBe("My Sheet");
    expect(parseAddress("'It''s'!A1")?.sheet).toBe("It's");
  });

  it.each(["", "A", "3", "A0", "XFE1", "A1048577", "A1:B", "A:3", "A1:B2:C3", "!A1", "'open!A1", "Foo Bar", "R1C1x"])("rejects %p", (bad) => {
    expect(parseAddress(bad)).toBeNull();
  });
});

describe("formatting", () => {
  it("formats like Excel", () => {
    expect(formatRef({ row: 0, col: 0, rowCount: 1, colCount: 1 })).toBe("A1");
    expect(formatRef({ row: 0, col: 0, rowCount: 3, colCount: 3 })).toBe("A1:C3");
    expect(formatRef({ row: 0, col: 1, rowCount: MAX_ROWS, colCount: 2 })).toBe("B:C");
    expect(formatRef({ row: 4, col: 0, rowCount: 2, colCount: MAX_COLUMNS })).toBe("5:6");
  });

  it("quotes sheet names the way Excel does", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Data_2024")).toBe("Data_2024");
    expect(quoteSheetName("My Sheet")).toBe("'My Sheet'");
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("Q1-Q2")).toBe("'Q1-Q2'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(qualifiedAddress("My Sheet", { row: 0, col: 0, rowCount: 3, colCount: 3 })).toBe("'My Sheet'!A1:C3");
  });

  it("round-trips through parse", () => {
    for (const a of ["A1", "B2:D9", "A:A", "7:9", "XFD1048576"]) expect(formatRef(parseAddress(a)!.ref)).toBe(a);
    const q = qualifiedAddress("It's here", parseAddress("C3:D4")!.ref);
    expect(parseAddress(q)).toEqual({ sheet: "It's here", ref: parseAddress("C3:D4")!.ref });
  });
});

describe("range arithmetic", () => {
  it("intersects and bounds", () => {
    const a = parseAddress("A1:C3")!.ref;
    const b = parseAddress("B2:D4")!.ref;
    expect(formatRef(intersect(a, b)!)).toBe("B2:C3");
    expect(intersect(a, parseAddress("E5")!.ref)).toBeNull();
    expect(formatRef(boundingRect(a, b))).toBe("A1:D4");
  });
});
