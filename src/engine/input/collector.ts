import { IssueLog } from "./issueLog";
import { InputError, type InputIssue } from "./issues";
import { detectLayout, noLayoutMessage, type LayoutSpec } from "./layouts";
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
  usage: UsageData;
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
  private readonly tables: TableSummary[] = [];

  beginTable(name: string): TableFeed {
    let onRow: ((cells: readonly unknown[], row: number) => void) | null = null;
    let layout: LayoutSpec["id"] | null = null;
    let rows = 0;
    let rejectedBefore = 0;
    return {
      push: (cells, row) => {
        if (isBlank(cells)) return;
        if (onRow) {
          rows++;
          onRow(cells, row);
          return;
        }
        const detected = detectLayout(cells);
        if (!detected) throw new InputError(`${name}, row ${row}: ${noLayoutMessage(cells)}`, name);
        layout = detected.layout.id;
        rejectedBefore = this.rejectedCount();
        onRow = layout === "m365-usage" ? this.usage.beginFile(name, cells, detected) : this.skilling.beginFile(name, cells, detected);
      },
      end: () => {
        if (!layout) throw new InputError(`${name}: the file is empty (no header row). Download the export again from Partner Center Insights.`, name);
        const summary: TableSummary = { name, layout, rows, skipped: this.rejectedCount() - rejectedBefore };
        this.tables.push(summary);
        return summary;
      },
    };
  }

  /** Reads a whole table given as a 2-D array (rows of cells), e.g. from a worksheet. */
  addTable(name: string, rows: Iterable<readonly unknown[]>, firstRowNumber = 1): TableSummary {
    const feed = this.beginTable(name);
    let n = firstRowNumber;
    for (const cells of rows) feed.push(cells, n++);
    return feed.end();
  }

  result(): ParsedInput {
    const skilling = this.skilling.data.files.length ? this.skilling.data : null;
    return { usage: this.usage.data, skilling, tables: [...this.tables], issues: this.log.issues() };
  }

  private rejectedCount(): number {
    return this.usage.data.rejected.length + this.skilling.skipped;
  }
}
