import { IssueLog, type IssueLogPart } from "./issueLog";
import { InputError, describeIssue, type InputIssue } from "./issues";
import {
  HEADER_SEARCH_ROWS,
  ambiguousLayoutMessage,
  detectLayout,
  duplicateHeaderMessage,
  headerName,
  noLayoutMessage,
  type DetectedLayout,
  type LayoutSpec,
} from "./layouts";
import { looseKey } from "../parse/keys";
import { MeasureCollector, USD_AMOUNT, USER_COUNT, type MeasureData } from "./measures";
import { SkillingCollector, type SkillingData } from "./skilling";
import { UsageCollector, type ExportPart, type RowReader, type UsageData } from "./usage";

export interface TableSummary {
  name: string;
  layout: LayoutSpec["id"];
  /** Data rows read (blank rows not counted), and of those, how many were skipped. */
  rows: number;
  skipped: number;
  /** The header's row number (1-based; rows above it were titles). */
  headerRow: number;
}

export interface ParsedInput {
  /** M365 usage rows (empty when no M365 export was given). */
  usage: UsageData;
  /** Azure consumption rows, or null without an Azure export. */
  azure: MeasureData | null;
  /** Business Applications usage (MAU) and revenue rows, or null without those exports. */
  bizAppsUsage: MeasureData | null;
  bizAppsRevenue: MeasureData | null;
  skilling: SkillingData | null;
  tables: TableSummary[];
  issues: InputIssue[];
}

/** A table being fed row by row: the first non-blank row is its header. */
export interface TableFeed {
  push(cells: readonly unknown[], row: number): void;
  end(): TableSummary;
  /**
   * The rows read so far as a part another collector's feed of the same table can take in (the rest of
   * a large file, read in a worker thread); null before the header, or for an export not read in parts.
   */
  part(): TablePart | null;
  /** Takes in such a part as the rows after these, numbered from `rowOffset` on; false when it is another table's (another layout or header). */
  absorb(part: TablePart, rowOffset: number): boolean;
}

/** Rows of a table read by another collector, with its header, how many it read and what it said of them. */
export interface TablePart {
  layout: LayoutSpec["id"];
  header: string[];
  headerRow: number;
  rows: number;
  data: ExportPart<unknown>;
  log: IssueLogPart;
}

/**
 * Whether a cell's first letter or digit is a loose key's first character: most first cells are not the
 * header again, and this tells so without building their loose key (once per row of a million).
 */
function sameFirstLetter(cell: string, key: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i) | 0x20;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && c === cell.charCodeAt(i))) return c === key.charCodeAt(0);
    if (cell.charCodeAt(i) > 127) return true;
  }
  return true;
}

function isBlank(cells: readonly unknown[]): boolean {
  for (const cell of cells) if (cell !== null && cell !== undefined && String(cell).trim() !== "") return false;
  return true;
}

/**
 * Reads any number of exports (CSV files, worksheet ranges) into one input. Each table's layout is
 * detected from its header row; a table whose header matches nothing is an InputError.
 */
export class InputCollector {
  private readonly log = new IssueLog();
  private readonly usage = new UsageCollector(this.log);
  private readonly skilling = new SkillingCollector(this.log);
  private readonly azure = new MeasureCollector(this.log, USD_AMOUNT);
  private readonly bizAppsUsage = new MeasureCollector(this.log, USER_COUNT);
  private readonly bizAppsRevenue = new MeasureCollector(this.log, USD_AMOUNT);
  private readonly tables: TableSummary[] = [];

  /**
   * Starts a table; its first non-blank row among the first HEADER_SEARCH_ROWS is its header. `text`:
   * the rows are lines of a text file, where a row with more cells than the header (a separator in an
   * unquoted cell) or too few (a line cut short) is misaligned; a worksheet row cannot be.
   */
  beginTable(name: string, { text = false }: { text?: boolean } = {}): TableFeed {
    let reader: RowReader | null = null;
    let layout: LayoutSpec["id"] | null = null;
    let header: readonly unknown[] = [];
    let headerRow = 0;
    let headerKeys: string[] = [];
    let header0Length = 0;
    // The columns the layout reads, and the last of them: a text line that ends before it is cut short.
    let readColumns: number[] = [];
    let lastRead = 0;
    let rows = 0;
    let rejectedBefore = 0;
    // Title lines above the header (a report name, a date, Excel's "sep=;") are passed over, as the add-in does.
    let firstRejected: { cells: readonly unknown[]; row: number } | null = null;
    let looked = 0;
    const misaligned = (cells: readonly unknown[]): { reason: string; kind: string; column?: string } | null => {
      if (cells.length > header.length) {
        for (let i = header.length; i < cells.length; i++)
          if (cells[i] !== null && cells[i] !== undefined && String(cells[i]).trim() !== "")
            return {
              kind: "misaligned",
              reason: `the row has ${cells.length} cells where the header has ${header.length} columns: a separator inside an unquoted cell (or a hand edit) shifts it, so its cells are not under their headers. The row was skipped; quote the cell, or download the export again.`,
            };
        return null;
      }
      if (cells.length <= lastRead) {
        const missing = Math.min(...readColumns.filter((i) => i >= cells.length));
        return {
          kind: "cut-short",
          column: headerName(header, missing),
          reason: `the line ends after ${cells.length} ${cells.length === 1 ? "cell" : "cells"} where the header has ${header.length} columns, before ${headerName(header, missing)}: the row is cut short (a download that stopped, or a hand edit). The row was skipped; download the export again.`,
        };
      }
      return null;
    };
    // A second header mid-file: two downloads joined into one (cat a.csv b.csv).
    const repeatsHeader = (cells: readonly unknown[]): boolean => {
      const first = cells[0];
      if (
        typeof first !== "string" ||
        first.length < headerKeys[0].length ||
        first.length > header0Length + 8 ||
        !sameFirstLetter(first, headerKeys[0]) ||
        looseKey(first) !== headerKeys[0]
      )
        return false;
      return headerKeys.every((k, i) => looseKey(String(cells[i] ?? "")) === k);
    };
    return {
      push: (cells, row) => {
        if (isBlank(cells)) return;
        if (reader) {
          if (repeatsHeader(cells)) {
            this.log.add(
              {
                file: name,
                row,
                message: "this row repeats the header (two exports joined into one file?); it was passed over and the rows below it read.",
                cause: "repeated-header",
              },
              "repeated-header"
            );
            return;
          }
          rows++;
          const wrong = text ? misaligned(cells) : null;
          if (wrong) reader.skip(row, wrong.reason, wrong.kind, wrong.column);
          else reader(cells, row);
          return;
        }
        const detected = detectLayout(cells);
        if (!detected) {
          firstRejected ??= { cells, row };
          if (++looked < HEADER_SEARCH_ROWS) return;
          throw new InputError(`${name}, row ${firstRejected.row}: ${noLayoutMessage(firstRejected.cells)}`, name, true);
        }
        // Two columns for one value (ActiveUsage twice, or ActiveUsage and MonthlyActiveUsers) before two layouts: the first is the likelier slip.
        if (detected.duplicates) throw new InputError(`${name}, row ${row}: ${duplicateHeaderMessage(detected.duplicates)}`, name);
        if (detected.alsoMatches) throw new InputError(`${name}, row ${row}: ${ambiguousLayoutMessage(cells, detected)}`, name);
        if (firstRejected)
          this.log.add({
            file: name,
            row,
            message: `the header is on row ${row}; the ${looked === 1 ? "line" : `${looked} lines`} above it ${looked === 1 ? "was" : "were"} passed over as titles.`,
            cause: "titles-above-header",
          });
        layout = detected.layout.id;
        header = cells;
        headerRow = row;
        headerKeys = cells.map((h) => looseKey(String(h ?? "")));
        header0Length = String(cells[0] ?? "").length;
        readColumns = Object.values(detected.columns);
        lastRead = Math.max(...readColumns);
        rejectedBefore = this.rejectedCount();
        reader = this.collectorFor(layout).beginFile(name, cells, detected);
      },
      part: () => {
        const parts = layout && this.partsOf(layout);
        if (!parts) return null;
        return { layout: layout!, header: header.map((h) => String(h ?? "")), headerRow, rows, data: parts.part(), log: this.log.part() };
      },
      absorb: (part, rowOffset) => {
        const parts = layout && this.partsOf(layout);
        // The part's header must be its first line, and this table's: only then is it the file's header and not a header repeated at the cut.
        const same = part.layout === layout && part.headerRow === 1 && headerRow === 1 && part.header.length === header.length;
        if (!parts || !same || part.header.some((h, i) => h !== String(header[i] ?? ""))) return false;
        rows += part.rows;
        this.log.absorb(part.log, rowOffset);
        parts.absorb(part.data as never, rowOffset);
        return true;
      },
      end: () => {
        if (!layout && firstRejected) throw new InputError(`${name}, row ${firstRejected.row}: ${noLayoutMessage(firstRejected.cells)}`, name, true);
        if (!layout) throw new InputError(`${name}: the file is empty (no header row). Download the export again from Partner Center Insights.`, name, true);
        const skipped = this.rejectedCount() - rejectedBefore;
        if (rows === 0)
          throw new InputError(
            `${name}: the export has a header (row ${headerRow}) but no data rows below it, so there is nothing to score. Download it again from Partner Center Insights; if it has no rows for you, leave the file out.`,
            name
          );
        if (skipped === rows) {
          const first = this.log.firstFor(name);
          const why = first ? ` (the first: ${describeIssue({ ...first, file: "" }).replace(/^: /, "")})` : "";
          throw new InputError(
            `${name}: none of its ${rows.toLocaleString("en-US")} data rows could be read${why}. Fix the cells, or download the export again.`,
            name
          );
        }
        const summary: TableSummary = { name, layout, rows, skipped, headerRow };
        this.tables.push(summary);
        return summary;
      },
    };
  }

  /** Something about a file the report should say (the encoding it was read in, …). */
  note(issue: InputIssue): void {
    this.log.add({ cause: "read-note", ...issue });
  }

  /** Reads a whole table given as a 2-D array (rows of cells), e.g. from a worksheet. */
  addTable(name: string, rows: Iterable<readonly unknown[]>, firstRowNumber = 1, options: { text?: boolean } = {}): TableSummary {
    const feed = this.beginTable(name, options);
    let n = firstRowNumber;
    for (const cells of rows) feed.push(cells, n++);
    return feed.end();
  }

  result(): ParsedInput {
    const some = <T extends { files: string[] }>(data: T) => (data.files.length ? data : null);
    return {
      usage: this.usage.data,
      azure: some(this.azure.data),
      bizAppsUsage: some(this.bizAppsUsage.data),
      bizAppsRevenue: some(this.bizAppsRevenue.data),
      skilling: some(this.skilling.data),
      tables: [...this.tables],
      issues: this.log.issues(),
    };
  }

  private collectorFor(layout: LayoutSpec["id"]): { beginFile(name: string, header: readonly unknown[], detected: DetectedLayout): RowReader } {
    switch (layout) {
      case "m365-usage":
        return this.usage;
      case "azure-usage":
        return this.azure;
      case "bizapps-usage":
        return this.bizAppsUsage;
      case "bizapps-revenue":
        return this.bizAppsRevenue;
      case "skilling":
        return this.skilling;
    }
  }

  /** The collectors whose tables can be read in parts (the large exports); null for the skilling export. */
  private partsOf(layout: LayoutSpec["id"]): UsageCollector | MeasureCollector | null {
    const collector = this.collectorFor(layout);
    return collector instanceof UsageCollector || collector instanceof MeasureCollector ? collector : null;
  }

  private rejectedCount(): number {
    return (
      this.usage.data.rejected.length +
      this.azure.data.rejected.length +
      this.bizAppsUsage.data.rejected.length +
      this.bizAppsRevenue.data.rejected.length +
      this.skilling.skipped
    );
  }
}
