import Papa from "papaparse";
import type { InputCollector, TableSummary } from "./collector";
import { InputError } from "./issues";

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM) or UTF-16 (what Excel's "Unicode Text" writes).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

const DELIMITERS = [",", ";", "\t", "|"];

/**
 * The separator, from the header line alone: data lines can hold decimal commas ("13,00" in a `;`
 * export) that make a guess over several lines pick the wrong one.
 */
export function guessDelimiter(text: string): string {
  let firstLine = "";
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== "") {
      firstLine = line;
      break;
    }
    start = end + 1;
  }
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  let best = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Parses CSV text (`,` `;` or tab separated, detected from the file) into the collector, in chunks so
 * a large export never exists as one big array of rows.
 */
export function readCsvText(collector: InputCollector, name: string, text: string): TableSummary {
  const feed = collector.beginTable(name);
  let row = 0;
  let failure: unknown = null;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  Papa.parse<string[]>(body, {
    delimiter: guessDelimiter(body),
    skipEmptyLines: false,
    chunkSize: 4 * 1024 * 1024,
    // Parsing a string with a chunk callback is synchronous; `complete` is required by the types only.
    complete: () => undefined,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      try {
        for (const cells of results.data) feed.push(cells, ++row);
      } catch (error) {
        failure = error;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  if (row === 0) throw new InputError(`${name}: the file is empty. Download the export again from Partner Center Insights.`, name);
  return feed.end();
}
