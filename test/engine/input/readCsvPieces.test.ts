/**
 * readCsvPieces (the command line's reader for large UTF-8 files) against readCsvText on the whole text:
 * the same table, records, skipped rows, issues and errors, wherever the pieces are cut; and utf8Pieces
 * decoding as decodeBytes does, or declining the bytes decodeBytes reads another way.
 */
import { isUtf8 } from "node:buffer";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CsvTableReader, InputCollector, decodeBytes, readCsvPieces, readCsvText, utf8Pieces, type TablePart } from "../../../src/engine";
import { mulberry32 as random } from "../../../scripts/samples/prng";

type Outcome = { summary: unknown; input: unknown } | { error: string };

/** What a read gives: the table and the input, or the error's message. */
function outcome(read: (collector: InputCollector) => unknown): Outcome {
  const collector = new InputCollector();
  try {
    const summary = read(collector);
    return { summary, input: collector.result() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const whole = (name: string, text: string) => outcome((c) => readCsvText(c, name, text));
const inPieces = (name: string, pieces: string[]) => outcome((c) => readCsvPieces(c, name, pieces));

function cutAt(text: string, cuts: number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const at of [...cuts, text.length]) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  return pieces;
}

// Each layout's header and a row it reads; rows get random cells in places.
const LAYOUTS: Array<[string, string[]]> = [
  ["CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage", ["Contoso", "CSP Tier1", "Exchange", "Oct-2024", "13", "14"]],
  [
    "CustomerTenantId,CustomerName,PartnerAssociationType,WorkloadName,Month,MonthlyActiveUsers,PaidAvailableUnits,DateAssociated",
    ["3f2504e0-4f89-11d3-9a0c-0305e82c3301", '"Fabrikam, Inc"', "CPOR", "Teams", "2025-10", "120", "150", ""],
  ],
  [
    "CustomerTenantId,ServiceLevel2,Month,ACR_USD,PartnerAttributionType",
    ["3f2504e0-4f89-11d3-9a0c-0305e82c3302", "Virtual Machines", "Oct-2025", "1234.5", "PAL"],
  ],
  [
    "Individual name,Certification name,Certification type,Solution area,Completion date,Expiry date",
    ["Ann", "Azure Administrator Associate", "Role-based", "Azure", "2024-05-01", "2026-05-01"],
  ],
];
const CELLS = [
  "Contoso",
  '"Contoso, Ltd"',
  '"Fab ""X"""',
  "CSP Tier1",
  "CPOR",
  "Exchange",
  "Teams",
  "Oct-2024",
  "2025-10",
  "13",
  "1,234",
  "x",
  "",
  " ",
  "Müller",
  "\u200bAB",
  '"open',
];
const LINE_ENDS = ["\n", "\r\n", "\r"];

/** A file as people have them: titles or blank lines above, a "sep=" line, a header, rows good and bad. */
function randomFile(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const sep = pick([",", ";", "\t"]);
  const eol = () => pick(LINE_ENDS);
  let text = next() < 0.2 ? "\ufeff" : "";
  if (next() < 0.15) text += `sep=${sep === "\t" ? "t" : sep}${eol()}`;
  const above = Math.floor(next() * 4);
  for (let i = 0; i < above; i++) text += (next() < 0.5 ? "" : "Partner Center export") + eol();
  const [headerLine, good] = pick(LAYOUTS);
  const header = headerLine.split(",");
  text += header.join(sep);
  const rows = Math.floor(next() * 40);
  for (let r = 0; r < rows; r++) {
    text += eol();
    const width = next() < 0.9 ? header.length : Math.floor(next() * (header.length + 2));
    text += Array.from({ length: width }, (_, c) => (next() < 0.9 && c < good.length ? good[c] : pick(CELLS))).join(sep);
  }
  if (next() < 0.5) text += eol();
  return text;
}

describe("readCsvPieces", () => {
  it("reads 3,000 random files cut in random places as readCsvText reads them whole", () => {
    const next = random(15);
    for (let i = 0; i < 3_000; i++) {
      const text = randomFile(next);
      const cuts: number[] = [];
      for (let at = 0; at <= text.length; at++) if (next() < 0.05) cuts.push(at);
      expect({ text, cuts, ...inPieces("f.csv", cutAt(text, cuts)) }).toEqual({ text, cuts, ...whole("f.csv", text) });
    }
  });

  it("reads a file of fewer lines than the header search, its lines cut across pieces, as whole", () => {
    // Text is held until 20 lines that are not blank are in: here it never is, so all of it is held.
    const text = `${LAYOUTS[0][0]}\n${"\n".repeat(1 << 20)} \t \n${" ".repeat(1 << 18)}x\nContoso,CSP Tier1,Exchange,Oct-2024,13,14\n`;
    const pieces = cutAt(
      text,
      Array.from({ length: 40 }, (_, i) => (i + 1) << 15)
    );
    expect(inPieces("few.csv", pieces)).toEqual(whole("few.csv", text));
    expect(inPieces("few.csv", pieces)).toMatchObject({ summary: { layout: "m365-usage", rows: 2, skipped: 1 } });
  });

  it("finds the separator from the header even when the first piece ends before it", () => {
    const text = `Title\n\n${"CustomerTenantName;PartnerAttachType;WorkloadName;MonthName;ActiveUsage;QualifiedUsage"}\nContoso;CSP Tier1;Exchange;Oct-2024;13,00;14\n`;
    const pieces = [...text];
    expect(inPieces("semi.csv", pieces)).toEqual(whole("semi.csv", text));
    expect(inPieces("semi.csv", pieces)).toMatchObject({ summary: { layout: "m365-usage", rows: 1, skipped: 0, headerRow: 3 } });
  });

  it("names the row of a quote that never closes and refuses an empty file, as readCsvText does", () => {
    const open = `${LAYOUTS[0][0]}\nContoso,CSP Tier1,Exchange,Oct-2024,13,14\n"Fabrikam,CPOR,Teams,Oct-2024,1,2\nx,y\n`;
    expect(inPieces("open.csv", cutAt(open, [10, 80, 81]))).toEqual(whole("open.csv", open));
    expect(inPieces("open.csv", [open])).toEqual({ error: expect.stringMatching(/^open\.csv, row 3: a quote/) });
    expect(inPieces("empty.csv", ["", "\ufeff"])).toEqual(whole("empty.csv", "\ufeff"));
    expect(inPieces("empty.csv", [])).toEqual({ error: expect.stringMatching(/the file is empty/) });
  });

  it.each(readdirSync(join(__dirname, "../../../samples")).filter((f) => f.endsWith(".csv")))("reads samples/%s in 1 KB pieces as whole", (file) => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, "../../../samples", file)));
    const pieces = utf8Pieces(bytes, isUtf8, 1024);
    expect(pieces).not.toBeNull();
    const read = inPieces(file, [...pieces!]);
    expect(read).toEqual(whole(file, decodeBytes(bytes).text));
    expect(read).toMatchObject({ summary: { skipped: 0 } });
  });
});

describe("utf8Pieces", () => {
  it("decodes UTF-8 cut inside its characters, and drops a byte-order mark, as decodeBytes does", () => {
    const text = "\ufeffMüller GmbH,€5,日本,😀\r\n".repeat(50);
    const bytes = new Uint8Array(Buffer.from(text, "utf8"));
    for (const size of [1, 2, 3, 7, 64]) expect([...utf8Pieces(bytes, isUtf8, size)!].join("")).toBe(decodeBytes(bytes).text);
  });

  it("declines UTF-16 and bytes that are not UTF-8, which decodeBytes reads whole", () => {
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b\n", "utf16le")]));
    const bare16 = new Uint8Array(Buffer.from("CustomerTenantName,Month\nContoso,Oct-2024\n", "utf16le"));
    const cp1252 = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a]);
    expect([utf16, bare16, cp1252].map((b) => utf8Pieces(b, isUtf8))).toEqual([null, null, null]);
    expect(decodeBytes(bare16).encoding).toBe("utf-16le");
    expect(decodeBytes(cp1252).encoding).toBe("windows-1252");
  });

  it("takes the caller's check of the bytes (Node's buffer.isUtf8 on the command line)", () => {
    const bytes = new Uint8Array(Buffer.from("a,b\n", "utf8"));
    expect(utf8Pieces(bytes, () => false)).toBeNull();
    expect([...utf8Pieces(bytes, () => true)!].join("")).toBe("a,b\n");
  });
});

/**
 * A file read in two parts as the command line reads a large one (src/cli/splitRead.ts): one reader
 * takes the text up to a line end, another (a worker thread there) the first line and the rest; the
 * first takes the other's part in (through structuredClone, as between threads) and ends.
 */
function inTwoParts(name: string, text: string, cut: number): Outcome & { absorbed?: boolean } {
  const firstLine = text.slice(0, text.indexOf("\n") + 1);
  let absorbed = false;
  const read = outcome((c) => {
    let part: TablePart | null = null;
    try {
      // As the worker: a part it cannot read is none (the reader reads the rest itself, and says what is wrong).
      const other = new CsvTableReader(new InputCollector(), name);
      other.push(firstLine);
      other.push(text.slice(cut));
      part = other.part();
    } catch {
      part = null;
    }
    const reader = new CsvTableReader(c, name);
    reader.push(text.slice(0, cut));
    absorbed = !!part && reader.absorb(structuredClone(part));
    if (!absorbed) reader.push(text.slice(cut));
    return reader.end();
  });
  return { ...read, absorbed };
}

/**
 * Cuts the text at a random line end past its first 24 lines (as the middle of a large file is: the reader
 * holds its first 20 until it has the separator), reads it in two parts and expects what one reader gives.
 * Whether the part was taken in; null when the text has no such line end.
 */
function cutAndCompare(name: string, text: string, next: () => number): boolean | null {
  const ends = [...text.matchAll(/\n/g)]
    .map((m) => m.index! + 1)
    .slice(24)
    .filter((at) => at < text.length);
  if (!ends.length) return null;
  const cut = ends[Math.floor(next() * ends.length)];
  const { absorbed, ...read } = inTwoParts(name, text, cut);
  expect({ text, cut, ...read }).toEqual({ text, cut, ...whole(name, text) });
  return !!absorbed;
}

describe("a file read in two parts", () => {
  it("reads 1,000 random files without quotes, cut at a random line end, as readCsvText reads them whole", () => {
    const next = random(16);
    let absorbed = 0;
    for (let i = 0, n = 0; n < 1_000 && i < 40_000; i++) {
      const text = randomFile(next);
      // As the command line: no quote, a first line that is one line, cut after a "\n" past it.
      const first = text.indexOf("\n") + 1;
      if (text.includes('"') || first <= 0 || text.slice(0, first - 2).includes("\r")) continue;
      const took = cutAndCompare("f.csv", text, next);
      if (took === null) continue;
      n++;
      if (took) absorbed++;
    }
    // Some are taken in as a part; the others (a title above the header, a "sep=" line, a lone "\r") are read on, and read alike.
    expect(absorbed).toBeGreaterThan(10);
  });

  it("numbers the rows, names the problems and renumbers the tenants as one reader does", () => {
    const rows = [
      "CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage",
      ...Array.from(
        { length: 60 },
        (_, i) =>
          `Tenant ${i % 7},${i % 3 ? "CSP Tier1" : "CPOR"},${["Exchange", "Teams", "Intune"][i % 3]},${i % 12 === 5 ? "Someday" : "Oct-2025"},${i},${i + 5}`
      ),
      "contoso,CPOR,Exchange,Oct-2025,1,2",
      "tenant 3,CSP Tier1,Teams,Oct-2025,x,2",
      "",
      "CONTOSO,CPOR,Exchange,Oct-2024,1,2",
      ...Array.from({ length: 30 }, (_, i) => `New ${i % 4},PAL,Exchange,Oct-2025,${i},40`),
      "CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage",
      "Fabrikam,CSP Tier1,Exchange,Oct-2025,-3,2",
      "Tenant\u200b 1,CSP Tier1,Exchange,Oct-2025,3,2",
      // More skipped rows of one kind than the log keeps (20): the rest are counted, across both parts.
      ...Array.from({ length: 30 }, (_, i) => `Tenant ${i % 7},CPOR,Exchange,Someday,${i},2`),
    ];
    const text = rows.join("\r\n");
    // After 40 lines: the reader has found the separator (it holds the first 20 lines until then).
    let cut = 0;
    for (let i = 0; i < 40; i++) cut = text.indexOf("\n", cut) + 1;
    const two = inTwoParts("u.csv", text, cut);
    expect(two.absorbed).toBe(true);
    const { absorbed: _took, ...read } = two;
    expect(read).toEqual(whole("u.csv", text));
    const input = (read as { input: { usage: { tenants: { key: string }[] }; issues: { row?: number; message: string }[] } }).input;
    // Tenants first seen after the cut come after those before it; "CONTOSO" is the "contoso" seen first; Fabrikam's only row was skipped.
    const keys = input.usage.tenants.map((t) => t.key);
    expect(keys.filter((k) => /contoso/i.test(k))).toEqual(["contoso"]);
    expect(keys.indexOf("New 0")).toBeGreaterThan(keys.indexOf("contoso"));
    expect(keys).not.toContain("Fabrikam");
    expect(input.issues.map((i) => i.row)).toEqual(expect.arrayContaining([63, 96, 97, 98]));
    // Five "Someday" rows before the cut and 30 after: 20 named, the other 15 counted.
    expect(input.issues.filter((i) => /Someday/.test(i.message))).toHaveLength(20);
    expect(input.issues.map((i) => i.message)).toContain("15 more rows like the ones above were skipped.");
  });

  it("reads 500 random exports as the command line cuts them (header first, one kind of line end), taking nearly all in as a part", () => {
    const next = random(17);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
    const plain = CELLS.filter((c) => !c.includes('"'));
    let absorbed = 0;
    for (let n = 0; n < 500; n++) {
      const [headerLine, good] = pick(LAYOUTS.filter(([, cells]) => !cells.some((c) => c.includes('"'))));
      const sep = pick([",", ";", "\t"]);
      const eol = pick(["\n", "\r\n"]);
      const lines = [headerLine.split(",").join(sep)];
      const width = headerLine.split(",").length;
      for (let r = 0; r < 30 + Math.floor(next() * 90); r++) {
        const roll = next();
        if (roll < 0.03) lines.push("");
        else if (roll < 0.05) lines.push(lines[0]);
        else {
          const cells = Array.from({ length: next() < 0.95 ? width : Math.floor(next() * (width + 2)) }, (_, c) =>
            c === 0 && next() < 0.5 ? `T${Math.floor(next() * 12)}` : next() < 0.9 && c < good.length ? good[c] : pick(plain)
          );
          lines.push(cells.join(sep));
        }
      }
      const text = (next() < 0.2 ? "\ufeff" : "") + lines.join(eol) + (next() < 0.5 ? eol : "");
      if (cutAndCompare("e.csv", text, next)) absorbed++;
    }
    // Skilling exports are not read in parts; the other layouts always are.
    expect(absorbed).toBeGreaterThan(300);
  });

  it("reads on, as one reader, when the first line is not the header and the cut falls on a repeated header", () => {
    // Two exports joined: the worker's first line (a title, a blank line, "sep=,") is no header, and the first line
    // after the cut is one, on the row the real header has: its part must not be taken in.
    const header = LAYOUTS[0][0];
    const body = Array.from({ length: 30 }, (_, i) => `T${i % 5},CSP Tier1,Exchange,Oct-2025,${i},9`).join("\n");
    for (const above of ["Partner Center export", "", "sep=,"]) {
      const text = `${above}\n${header}\n${body}\n${header}\n${body}\nT1,CSP Tier1,Exchange,Someday,1,2\n`;
      const cut = text.indexOf(`\n${header}`, above.length + header.length + 2) + 1;
      const { absorbed, ...read } = inTwoParts("joined.csv", text, cut);
      expect(absorbed).toBe(false);
      expect(read).toEqual(whole("joined.csv", text));
      expect(JSON.stringify(read)).toContain("this row repeats the header");
    }
  });
});
