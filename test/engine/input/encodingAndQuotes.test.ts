import { InputCollector, InputError, decodeBytes, readCsvText, scoreDesignations } from "../../../src/engine";

const HEADER = "CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage";

function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

describe("decoding a file's bytes", () => {
  test("bytes that are not UTF-8 are read as Windows-1252, with a note: two tenants stay two", () => {
    const csv = `${HEADER}\nMüller GmbH,CSP Tier 1,Exchange,Oct-2025,15,20\nMöller GmbH,CSP Tier 1,Exchange,Oct-2025,15,20\n`;
    const decoded = decodeBytes(latin1(csv));
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.note).toMatch(/Windows-1252/);
    expect(decoded.text).toContain("Müller GmbH");
    expect(decoded.text).toContain("Möller GmbH");
    const c = new InputCollector();
    readCsvText(c, "usage.csv", decoded.text);
    expect(
      c
        .result()
        .usage.tenants.map((t) => t.name)
        .sort()
    ).toEqual(["Möller GmbH", "Müller GmbH"]);
  });

  test("Windows-1252's own characters (€, curly quotes) decode as Windows-1252 does, not as Latin-1", () => {
    expect(decodeBytes(Uint8Array.from([0x80, 0x20, 0x93, 0x61, 0x94])).text).toBe("€ “a”");
  });

  test("valid UTF-8 stays UTF-8, with or without its byte-order mark, and needs no note", () => {
    const bytes = new TextEncoder().encode("Müller GmbH");
    expect(decodeBytes(bytes)).toEqual({ text: "Müller GmbH", encoding: "utf-8" });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])).text.replace(/^\uFEFF/, "")).toBe("Müller GmbH");
  });

  test("UTF-16 without a byte-order mark is recognised, little- and big-endian", () => {
    const text = `${HEADER}\nContoso,CPOR,Exchange,Oct-2025,1,2\n`;
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    [...text].forEach((c, i) => {
      le[2 * i] = c.charCodeAt(0);
      be[2 * i + 1] = c.charCodeAt(0);
    });
    expect(decodeBytes(le)).toMatchObject({ text, encoding: "utf-16le" });
    expect(decodeBytes(be)).toMatchObject({ text, encoding: "utf-16be" });
    expect(decodeBytes(le).note).toMatch(/no byte-order mark/);
  });
});

describe("an unterminated quote", () => {
  test("refuses the file, naming the row, instead of swallowing every later row into one cell", () => {
    const rows = Array.from({ length: 16 }, (_, i) => `T${i + 1},CSP Tier 1,Exchange,Oct-2025,15,20`);
    rows[3] = `"T4,CSP Tier 1,Exchange,Oct-2025,15,20`; // row 5 of the file (the header is row 1)
    const c = new InputCollector();
    expect(() => readCsvText(c, "usage.csv", `${HEADER}\n${rows.join("\n")}\n`)).toThrow(InputError);
    expect(() => readCsvText(new InputCollector(), "usage.csv", `${HEADER}\n${rows.join("\n")}\n`)).toThrow(
      /usage\.csv, row 5: a quote \("\) opens in this row and is never closed/
    );
  });

  test("quoted cells that close, even across lines, read as before", () => {
    const c = new InputCollector();
    readCsvText(c, "usage.csv", `${HEADER}\n"Contoso, Ltd",CSP Tier 1,Exchange,Oct-2025,15,20\n"Line\nbreak",CSP Tier 1,Exchange,Oct-2025,15,20\n`);
    const input = c.result();
    expect(input.usage.tenants.map((t) => t.name)).toEqual(["Contoso, Ltd", "Line\nbreak"]);
    expect(scoreDesignations(input).report.designations.find((d) => d.id === "modern-work")!.scored).toBe(true);
  });
});

describe("lines above the header", () => {
  const rows = "Contoso,CSP Tier 1,Exchange,Oct-2025,15,20\nFabrikam,CSP Tier 1,Exchange,Oct-2025,15,20\n";

  test("Excel's sep=; line names the separator and is not the header; rows keep Excel's numbers", () => {
    const c = new InputCollector();
    const summary = readCsvText(c, "usage.csv", `sep=;\n${HEADER.replace(/,/g, ";")}\n${rows.replace(/,/g, ";")}`);
    expect(summary).toMatchObject({ layout: "m365-usage", rows: 2, skipped: 0 });
    expect(c.result().usage.tenants.map((t) => t.name)).toEqual(["Contoso", "Fabrikam"]);
  });

  test("title lines above the header are passed over, and the report says which row the header is on", () => {
    const c = new InputCollector();
    const summary = readCsvText(c, "usage.csv", `Partner Center Insights export\nDownloaded 2025-11-02\n\n${HEADER}\n${rows}`);
    expect(summary).toMatchObject({ layout: "m365-usage", rows: 2 });
    expect(c.result().issues.map((i) => `${i.row}: ${i.message}`)).toEqual(["4: the header is on row 4; the 2 lines above it were passed over as titles."]);
  });

  test("with no header in the first 20 lines, the message names the first line and what was expected", () => {
    const junk = Array.from({ length: 25 }, (_, i) => `line ${i + 1},x,y`).join("\n");
    expect(() => readCsvText(new InputCollector(), "notes.csv", junk)).toThrow(/notes\.csv, row 1: The header row matches no known export layout/);
    expect(() => readCsvText(new InputCollector(), "short.csv", "just a title\nand another\n")).toThrow(
      /short\.csv, row 1: The header row matches no known export layout/
    );
  });
});

describe("a header the layout reads twice", () => {
  test("two ActiveUsage columns are refused, naming both columns, instead of the first silently winning", () => {
    const header = `${HEADER},ActiveUsage`;
    expect(() => readCsvText(new InputCollector(), "usage.csv", `${header}\nContoso,CPOR,Exchange,Oct-2025,15,20,99\n`)).toThrow(
      /usage\.csv, row 1: columns E and G are both "ActiveUsage": only one of them can be read/
    );
  });

  test("a column the layout does not read may repeat", () => {
    const c = new InputCollector();
    readCsvText(c, "usage.csv", `${HEADER},Notes,Notes\nContoso,CPOR,Exchange,Oct-2025,15,20,a,b\n`);
    expect(c.result().usage.records).toHaveLength(1);
  });
});
