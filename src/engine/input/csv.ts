import type { InputCollector, TableFeed, TablePart, TableSummary } from "./collector";
import { CsvRowStream, eachCsvRow, type UnclosedQuote } from "./csvRows";
import { InputError } from "./issues";
import { HEADER_SEARCH_ROWS } from "./layouts";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Said in the report when the encoding was a guess: the bytes carried no byte-order mark. */
  note?: string;
}

/** UTF-16 without a byte-order mark: text of Latin letters has a zero byte in every other place. */
function utf16Without(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return "utf-16le";
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return "utf-16be";
  return null;
}

// 0x80–0x9F of Windows-1252 (the rest is Latin-1). Node's TextDecoder reads "windows-1252" as Latin-1.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function windows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...part).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 (what Excel's "Unicode Text" writes,
 * with or without BOM), and Windows-1252 when the bytes are not valid UTF-8 (what Excel's "CSV (Comma
 * delimited)" writes on Western Windows): read as UTF-8, "Müller" and "Möller" would become one tenant.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const wide = utf16Without(bytes);
  if (wide)
    return {
      text: new TextDecoder(wide).decode(bytes),
      encoding: wide,
      note: `read as ${wide === "utf-16le" ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)"}: the file has no byte-order mark.`,
    };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return {
      text: windows1252(bytes),
      encoding: "windows-1252",
      note: 'read as Windows-1252: the bytes are not valid UTF-8 (Excel\'s "CSV (Comma delimited)" on Western Windows writes this). Check that names with accents read right; save as "CSV UTF-8" to be sure.',
    };
  }
}

/** The text of a file's bytes (see decodeBytes). */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

/** Whether bytes starting with `head` (a file's first bytes) would be read as UTF-8 if valid: not UTF-16, marked or not. */
export function mayBeUtf8(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  return !utf16Without(head);
}

/**
 * The text of UTF-8 bytes a piece at a time, or null when decodeBytes would read them otherwise
 * (UTF-16, or not valid UTF-8: read whole), so a large export never exists as one string (issue 15).
 * `validUtf8`: the check of the bytes (Node's buffer.isUtf8 on the command line).
 */
export function utf8Pieces(bytes: Uint8Array, validUtf8: (bytes: Uint8Array) => boolean, size = 1 << 16): Iterable<string> | null {
  if (!mayBeUtf8(bytes) || !validUtf8(bytes)) return null;
  return decodedPieces(
    (function* () {
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
    })()
  );
}

/** UTF-8 pieces of bytes as text; a character cut between two pieces is decoded whole. */
export function* decodedPieces(pieces: Iterable<Uint8Array>): Generator<string> {
  // Streaming, so a byte-order mark is dropped at the start of the text only, not of each piece.
  const decoder = new TextDecoder("utf-8");
  for (const piece of pieces) yield decoder.decode(piece, { stream: true });
  yield decoder.decode();
}

const DELIMITERS = [",", ";", "\t", "|"];

/**
 * The separator, from the header line alone: data lines can hold decimal commas ("13,00" in a `;`
 * export) that make a guess over several lines pick the wrong one.
 */
export function guessDelimiter(text: string): string {
  const declared = sepLine(text);
  if (declared) return declared.delimiter;
  // The header is the line with the most separators among the first lines (titles above it have few).
  let best = ",";
  let bestCount = 0;
  let seen = 0;
  for (let start = 0; start < text.length && seen < HEADER_SEARCH_ROWS;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === "") continue;
    seen++;
    const unquoted = line.replace(/"[^"]*"/g, "");
    for (const d of DELIMITERS) {
      const count = unquoted.split(d).length - 1;
      if (count > bestCount) {
        best = d;
        bestCount = count;
      }
    }
  }
  return best;
}

/** Excel's own first line "sep=;" names the separator; it is not part of the table. */
function sepLine(text: string): { delimiter: string; length: number } | null {
  const match = /^sep=(.)\r?(\n|$)/i.exec(text);
  return match ? { delimiter: match[1] === "t" ? "\t" : match[1], length: match[0].length } : null;
}

/**
 * The text as lines end in it: CRLF, LF and a lone CR (old Mac files, pasted pieces) all end a line.
 * The CSV parser takes one line end per file, from its first lines: given a CRLF file with a few LF lines
 * it would merge each LF line with the next into one row, and lose it.
 */
function oneLineEnd(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** The parts of a CSV file: the "sep=" line (if any), the body, and the options it is parsed with. */
function csvParts(text: string): { declared: ReturnType<typeof sepLine>; body: string; delimiter: string } {
  const unmarked = oneLineEnd(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const declared = sepLine(unmarked);
  const body = declared ? unmarked.slice(declared.length) : unmarked;
  return { declared, body, delimiter: declared?.delimiter ?? guessDelimiter(body) };
}

/**
 * Every row of a CSV text as readCsvText numbers them (the "sep=" line is row 1 when there is one), for
 * copying the rows into a workbook.
 */
export function csvRows(text: string): string[][] {
  const { declared, body, delimiter } = csvParts(text);
  const rows: string[][] = [];
  const open = eachCsvRow(body, delimiter, (cells) => rows.push(cells));
  // Past a quote that never closes, the rest is one cell, as papaparse gave it (readCsvText refuses such a file).
  if (open) rows.push(open.partial);
  return declared ? [[`sep=${declared.delimiter === "\t" ? "t" : declared.delimiter}`], ...rows] : rows;
}

/**
 * Parses CSV text (`,` `;` or tab separated, detected from the file) into the collector, a row at a time,
 * so a large export never exists as one big array of rows.
 */
export function readCsvText(collector: InputCollector, name: string, text: string): TableSummary {
  const feed = collector.beginTable(name, { text: true });
  const { declared, body, delimiter } = csvParts(text);
  const first = declared ? 1 : 0;
  let row = first;
  // Problems come in the file's order: rows above a quote that never closes are read (and may refuse the file) first.
  const open = eachCsvRow(body, delimiter, (cells) => feed.push(cells, ++row));
  return finishTable(feed, name, first, row, open);
}

/** The table's summary once its rows are in; `row` is the last row's number, `first` the one before the table. */
function finishTable(feed: TableFeed, name: string, first: number, row: number, open: UnclosedQuote | null): TableSummary {
  // An unclosed quote makes every later line one cell: refuse the file rather than lose its rows.
  if (open)
    throw new InputError(
      `${name}, row ${first + open.row + 1}: a quote (") opens in this row and is never closed, so every line after it would be read as one cell. Close the quote, or download the export again from Partner Center Insights.`,
      name
    );
  if (row === first) throw new InputError(`${name}: the file is empty. Download the export again from Partner Center Insights.`, name, true);
  return feed.end();
}

/** "\r\n" and a lone "\r" as "\n" across pieces: a "\r" ending a piece waits to see whether "\n" follows. */
class LineEnds {
  private heldReturn = false;

  push(piece: string): string {
    let text = this.heldReturn ? `\r${piece}` : piece;
    this.heldReturn = text.endsWith("\r");
    if (this.heldReturn) text = text.slice(0, -1);
    return oneLineEnd(text);
  }

  end(): string {
    return this.heldReturn ? "\n" : "";
  }

  /** Whether a "\r" is held (the text so far does not end at a line end). */
  holding(): boolean {
    return this.heldReturn;
  }
}

/**
 * Text held until it holds the lines guessDelimiter reads (and a "sep=" line would be the first of
 * them): HEADER_SEARCH_ROWS lines that are not blank. Each piece is scanned once, so a large file of
 * few lines is not scanned again for every piece.
 */
class HeaderLines {
  private readonly pieces: string[] = [];
  private seen = 0;
  // Whether the line still open at the end of the pieces so far has more than spaces.
  private filled = false;

  /** Adds a piece; true once the header lines are all in. */
  add(text: string): boolean {
    this.pieces.push(text);
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; start = end + 1, end = text.indexOf("\n", start)) {
      if ((this.filled || text.slice(start, end).trim() !== "") && ++this.seen >= HEADER_SEARCH_ROWS) return true;
      this.filled = false;
    }
    this.filled ||= text.slice(start).trim() !== "";
    return false;
  }

  text(): string {
    return this.pieces.join("");
  }
}

/**
 * readCsvText for text in pieces (utf8Pieces): the same table, rows and problems as readCsvText gives
 * for the whole text, without the whole text as one string.
 */
export function readCsvPieces(collector: InputCollector, name: string, pieces: Iterable<string>): TableSummary {
  const reader = new CsvTableReader(collector, name);
  for (const piece of pieces) reader.push(piece);
  return reader.end();
}

/**
 * readCsvPieces a piece at a time. A large file can be read in two parts at once: this reader takes the
 * first part's pieces, another collector's reader reads the file's header line and the rest (part()),
 * and this one takes that part in (absorb) before it ends, as if it had read those rows itself.
 */
export class CsvTableReader {
  private readonly feed: TableFeed;
  private readonly lineEnds = new LineEnds();
  // Text is held until it shows the separator (a "sep=" line, or the header among the first lines).
  private readonly head = new HeaderLines();
  private rows: CsvRowStream | null = null;
  private first = 0;
  private row = 0;

  constructor(
    collector: InputCollector,
    private readonly name: string
  ) {
    this.feed = collector.beginTable(name, { text: true });
  }

  push(piece: string): void {
    const text = this.lineEnds.push(piece);
    if (this.rows) this.rows.push(text);
    else if (this.head.add(text)) this.rows = this.start(this.head.text());
  }

  /** The rows read as a part for another reader of the same file (its last part: the last line is read too); null when there is none. */
  part(): TablePart | null {
    if (!this.rows) this.rows = this.start(this.head.text());
    this.rows.push(this.lineEnds.end());
    if (this.rows.end()) return null;
    return this.feed.part();
  }

  /**
   * Takes in the part of the same table that follows the pieces pushed so far, which must end at a line
   * end; its rows are numbered on from these. The part was read from this table's first line, which
   * must be its header (row 1 of both), then the rest. False (nothing taken) when it does not fit:
   * another header, or a header elsewhere; the caller then pushes the rest of the text itself.
   */
  absorb(part: TablePart): boolean {
    if (!this.rows || this.rows.holding() || this.lineEnds.holding()) return false;
    // The part's first row after its header (row 1) is the row after this reader's last one.
    return this.feed.absorb(part, this.row - 1);
  }

  end(): TableSummary {
    if (this.rows) this.rows.push(this.lineEnds.end());
    else this.rows = this.start(this.head.text() + this.lineEnds.end());
    const open = this.rows.end(); // before reading `row`: the last rows come out here
    return finishTable(this.feed, this.name, this.first, this.row, open);
  }

  private start(text: string): CsvRowStream {
    const { declared, body, delimiter } = csvParts(text);
    this.first = this.row = declared ? 1 : 0;
    const stream = new CsvRowStream(delimiter, (cells) => this.feed.push(cells, ++this.row));
    stream.push(body);
    return stream;
  }
}
