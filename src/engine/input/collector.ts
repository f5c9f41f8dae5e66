import { IssueLog } from "./issueLog";
import { InputError, type InputIssue } from "./issues";
import { HEADER_SEARCH_ROWS, detectLayout, duplicateHeaderMessage, noLayoutMessage, type LayoutSpec } from "./layouts";
import { MeasureCollector, type MeasureData } from "./measures";
import { SkillingCollector, type SkillingData } from "./skilling";
import { UsageCollector, type UsageData } from "./usage";

export interface TableSummary {
  name: string;
  layout: LayoutSpec["id"];
  /** Data rows read (blank rows not counted), and of those, how many were skipped. */
  rows: number;
  skipped: number;
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
  private readonly azure = new MeasureCollector(this.log, { valueWhat: "is not an amount in USD", allowNegative: true });
  private readonly bizAppsUsage = new MeasureCollector(this.log, { valueWhat: "is not a count of users", allowNegative: false });
  private readonly bizAppsRevenue = new MeasureCollector(this.log, { valueWhat: "is not an amount in USD", allowNegative: true });
  private readonly tables: TableSummary[] = [];

  beginTable(name: string): TableFeed {
    let onRow: ((cells: readonly unknown[], row: number) => void) | null = null;
    let layout: LayoutSpec["id"] | null = null;
    let rows = 0;
    let rejectedBefore = 0;
    // Title lines above the header (a report name, a date, Excel's "sep=;") are passed over, as the add-in does.
    let firstRejected: { cells: readonly unknown[]; row: number } | null = null;
    let looked = 0;
    return {
      push: (cells, row) => {
        if (isBlank(cells)) return;
        if (onRow) {
          rows++;
          onRow(cells, row);
          return;
        }
        const detected = detectLayout(cells);
        if (!detected) {
          firstRejected ??= { cells, row };
          if (++looked < HEADER_SEARCH_ROWS) return;
          throw new InputError(`${name}, row ${firstRejected.row}: ${noLayoutMessage(firstRejected.cells)}`, name);
        }
        if (detected.duplicates) throw new InputError(`${name}, row ${row}: ${duplicateHeaderMessage(detected.duplicates)}`, name);
        if (firstRejected) this.log.add({ file: name, row, message: `the header is on row ${row}; the ${looked === 1 ? "line" : `${looked} lines`} above it ${looked === 1 ? "was" : "were"} passed over as titles.` });
        layout = detected.layout.id;
        rejectedBefore = this.rejectedCount();
        onRow = this.collectorFor(layout).beginFile(name, cells, detected);
      },
      end: () => {
        if (!layout && firstRejected) throw new InputError(`${name}, row ${firstRejected.row}: ${noLayoutMessage(firstRejected.cells)}`, name);
        if (!layout) throw new InputError(`${name}: the file is empty (no header row). Download the export again from Partner Center Insights.`, name);
        const summary: TableSummary = { name, layout, rows, skipped: this.rejectedCount() - rejectedBefore };
        this.tables.push(summary);
        return summary;
      },
    };
  }

  /** Something about a file the report should say (the encoding it was read in, …). */
  note(issue: InputIssue): void {
    this.log.add(issue);
  }

  /** Reads a whole table given as a 2-D array (rows of cells), e.g. from a worksheet. */
  addTable(name: string, rows: Iterable<readonly unknown[]>, firstRowNumber = 1): TableSummary {
    const feed = this.beginTable(name);
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

  private collectorFor(layout: LayoutSpec["id"]): { beginFile: UsageCollector["beginFile"] } {
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
