import Papa from "papaparse";
import { eachCsvRow } from "../../../src/engine/input/csvRows";
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
