/**
 * readCsvPieces (the command line's reader for large UTF-8 files) against readCsvText on the whole text:
 * the same table, records, skipped rows, issues and errors, wherever the pieces are cut; and utf8Pieces
 * decoding as decodeBytes does, or declining the bytes decodeBytes reads another way.
 */
import { isUtf8 } from "node:buffer";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { InputCollector, decodeBytes, readCsvPieces, readCsvText, utf8Pieces } from "../../../src/engine";
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
