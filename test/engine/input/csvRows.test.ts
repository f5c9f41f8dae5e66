import Papa from "papaparse";
import { CsvRowStream, eachCsvRow } from "../../../src/engine/input/csvRows";
import { mulberry32 as random } from "../../../scripts/samples/prng";

/** Papaparse's rows and the row of its first "quote never closed", if any: the reference. */
function papaparse(text: string, delimiter: string): { rows: string[][]; unclosed: number | null } {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n", skipEmptyLines: false });
  const open = parsed.errors.find((e) => e.code === "MissingQuotes");
  return { rows: parsed.data, unclosed: open ? (open.row ?? 0) : null };
}

/** Ours, with the row of a quote that never closes at the end as papaparse gives it. */
function ours(text: string, delimiter: string): { rows: string[][]; unclosed: number | null } {
  const rows: string[][] = [];
  const open = eachCsvRow(text, delimiter, (cells) => rows.push(cells));
  if (open) rows.push(open.partial);
  return { rows, unclosed: open?.row ?? null };
}

// Pieces that make CSV hard: quotes in every place, separators, line ends, spaces before a separator.
const PIECES = ['"', '""', ",", ";", "\t", "|", "\n", " ", "a", "Contoso", "12,5", '"x"', " \t", "\u00a0", "é", "\ufeff"];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 24);
  let out = "";
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

/** Ours against papaparse's: the same rows, and the same row for a quote that never closes. */
function expectSameCut(text: string, delimiter: string): void {
  expect({ text, ...ours(text, delimiter) }).toEqual({ text, ...papaparse(text, delimiter) });
}

describe("eachCsvRow", () => {
  it.each([
    ["an empty text", ""],
    ["one cell", "a"],
    ["a line end at the end", "a,b\n"],
    ["empty lines", "a\n\n\nb"],
    ["a separator at the end", "a,b,"],
    ["a quoted cell with separators and line ends", 'id,name\n1,"Contoso, Ltd\nEurope"\n2,x'],
    ["doubled quotes", '"say ""hi""",b'],
    ["a quote inside an unquoted cell", 'a 5" screen,b\nc'],
    ["spaces after a closing quote", '"a"  ,b\n"c" \nd'],
    ["a quoted cell ending the text", 'a,"b"'],
    ["a quote followed by text inside a quoted cell", '"ab"cd,e\nf,"g"'],
    ["a quote that never closes", 'a,b\n"c,d\ne,f'],
    ["a quote that never closes after a quoted cell", '"a",b\nc,"d'],
    ["just a quote", '"'],
    ["two quotes", '""'],
    ["a byte-order mark first", "\ufeffa,b\nc"],
  ])("cuts %s as papaparse does", (_what, text) => {
    expectSameCut(text, ",");
  });

  it.each([",", ";", "\t", "|"])("cuts 20,000 random texts separated by %j as papaparse does", (delimiter) => {
    const next = random(delimiter.charCodeAt(0));
    for (let i = 0; i < 20_000; i++) expectSameCut(randomText(next), delimiter);
  });

  it.each(['"', "\n", "\r", "\ufeff"])("reads %j, which papaparse refuses as a separator, as a comma", (delimiter) => {
    expectSameCut('a,b"c"\nd,e', delimiter);
  });

  it("hands on a new array for each row", () => {
    const rows: string[][] = [];
    eachCsvRow("a,b\nc,d\n", ",", (cells) => rows.push(cells));
    expect(rows).toEqual([["a", "b"], ["c", "d"], [""]]);
    expect(rows[0]).not.toBe(rows[1]);
  });
});

/** Ours, given the text in pieces cut at `cuts` (offsets), as the command line reads a large file. */
function inPieces(text: string, delimiter: string, cuts: number[]): { rows: string[][]; unclosed: number | null } {
  const rows: string[][] = [];
  const stream = new CsvRowStream(delimiter, (cells) => rows.push(cells));
  let from = 0;
  for (const at of [...cuts, text.length]) {
    stream.push(text.slice(from, at));
    from = at;
  }
  const open = stream.end();
  if (open) rows.push(open.partial);
  return { rows, unclosed: open?.row ?? null };
}

function randomCuts(next: () => number, length: number): number[] {
  const cuts: number[] = [];
  for (let i = 0; i <= length; i++) if (next() < 0.3) cuts.push(i);
  return cuts;
}

describe("CsvRowStream", () => {
  it.each([",", ";"])("cuts 20,000 random texts in random pieces (%j) as eachCsvRow cuts them whole", (delimiter) => {
    const next = random(delimiter.charCodeAt(0) + 7);
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(next);
      const cuts = randomCuts(next, text.length);
      expect({ text, cuts, ...inPieces(text, delimiter, cuts) }).toEqual({ text, cuts, ...ours(text, delimiter) });
    }
  });

  it("hands on each row as soon as its line end arrives, and holds an open quoted cell until it closes", () => {
    const rows: string[][] = [];
    const stream = new CsvRowStream(",", (cells) => rows.push(cells));
    stream.push('a,b\nc,"d\n');
    expect(rows).toEqual([["a", "b"]]);
    stream.push('e",f\ng');
    expect(rows).toEqual([
      ["a", "b"],
      ["c", "d\ne", "f"],
    ]);
    expect(stream.end()).toBeNull();
    expect(rows).toEqual([["a", "b"], ["c", "d\ne", "f"], ["g"]]);
  });

  it("gives no rows for no text or a byte-order mark alone, and one empty row after a last line end", () => {
    for (const [pieces, expected] of [
      [[], []],
      [["", ""], []],
      [["\ufeff"], []],
      [["a\n"], [["a"], [""]]],
      [
        ["a", "\n", ""],
        [["a"], [""]],
      ],
    ] as Array<[string[], string[][]]>) {
      const rows: string[][] = [];
      const stream = new CsvRowStream(",", (cells) => rows.push(cells));
      for (const p of pieces) stream.push(p);
      stream.end();
      expect(rows).toEqual(expected);
    }
  });

  it("drops a byte-order mark only at the start of the text, not at the start of a later piece", () => {
    expect(inPieces("a\n\ufeffb", ",", [2])).toEqual(ours("a\n\ufeffb", ","));
    expect(inPieces("a\n\ufeffb", ",", [2]).rows).toEqual([["a"], ["\ufeffb"]]);
  });

  it("reads a file that is one quote never closed in a few passes, and says where it opened", () => {
    const text = 'id,name\n1,"' + "x".repeat(200_000);
    const cuts = Array.from({ length: 199 }, (_, i) => 9 + (i + 1) * 1000);
    const result = inPieces(text, ",", cuts);
    expect(result.unclosed).toBe(1);
    expect(result).toEqual(ours(text, ","));
  });
});
