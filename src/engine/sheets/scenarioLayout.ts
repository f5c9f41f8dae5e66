import type { SimulationResult } from "../simulate/simulate";
import type { Scenario } from "../simulate/scenario";
import { formatDelta } from "../simulate/compare";
import { STATUS_LABEL } from "../model/points";
import { finish, type Draft, type SummaryBlock, type SummaryCell } from "./summaryLayout";

export const SCENARIO_SHEET_PREFIX = "SPD Scenario ";
/** The label beside the cell the scenario is reopened from. */
export const SCENARIO_DATA_LABEL = "Scenario data (the add-in reopens the scenario from the cell to the right; do not edit it)";

/** "SPD Scenario Two more SMB deployments", within Excel's 31 characters and without : \ / ? * [ ]. */
export function scenarioSheetName(name: string): string {
  const clean =
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/\s+/g, " ")
      .trim() || "Scenario";
  return (SCENARIO_SHEET_PREFIX + clean).slice(0, 31).trim();
}

/** A table name unique to the scenario: SPDScn_<name>_<part>. */
function tableName(scenario: Scenario, part: string): string {
  const key = scenario.name.replace(/[^A-Za-z0-9]+/g, "_").slice(0, 40) || "Scenario";
  return `SPDScn_${key}_${part}`;
}

type TableDraft = Extract<Draft, { kind: "table" }>["table"];

function table(scenario: Scenario, part: string, header: string[], rows: SummaryCell[][], statusColumn = -1, formats: Record<number, string> = {}): TableDraft {
  return { name: tableName(scenario, part), header, rows: rows.map((cells) => ({ cells, formats })), statusColumn };
}

const blank = (v: number | undefined): SummaryCell => (v === undefined ? "" : v);

/** The scenario sheet: what was assumed (reopenable), then the result beside the current score. */
export function scenarioLayout(result: SimulationResult): SummaryBlock[] {
  const s = result.scenario;
  const blocks: Draft[] = [
    { kind: "title", text: `Score simulator scenario: ${s.name}` },
    {
      kind: "info",
      rows: [
        // The data cell stays one plain cell (B2), read back as written.
        { label: SCENARIO_DATA_LABEL, value: JSON.stringify(s), plain: true },
        { label: "As-of month", value: result.simulated.asOf },
      ],
    },
  ];
  if (s.customers.length)
    blocks.push(
      { kind: "heading", text: "Hypothetical customers" },
      {
        kind: "table",
        table: table(
          s,
          "Customers",
          [
            "Name",
            "Association",
            "Workload or service",
            "TTM revenue (USD)",
            "Monthly active users",
            "Monthly protected users",
            "Paid units",
            "Customer",
            "Deployment",
          ],
          s.customers.map((c) => [
            c.name,
            c.association,
            c.workload,
            blank(c.ttmRevenue),
            blank(c.monthlyActiveUsers),
            blank(c.monthlyProtectedUsers),
            blank(c.paidUnits),
            c.customer,
            c.deployment,
          ])
        ),
      }
    );
  if (s.certifications.length)
    blocks.push(
      { kind: "heading", text: "Hypothetical certifications" },
      {
        kind: "table",
        table: table(
          s,
          "Certifications",
          ["Certification", "People"],
          s.certifications.map((c) => [c.name, c.people])
        ),
      }
    );
  if (s.exclude.length) blocks.push({ kind: "notes", title: "Customers left out", lines: s.exclude });
  if (result.applied.length)
    blocks.push(
      { kind: "heading", text: "Ticked recommendations" },
      {
        kind: "table",
        table: table(
          s,
          "Recommendations",
          ["Designation", "Track", "Recommendation"],
          result.applied.map((r) => [r.designationName, r.trackLabel, r.text])
        ),
      }
    );

  const rows: SummaryCell[][] = [];
  for (const c of result.changes)
    for (const t of c.tracks)
      rows.push([c.name, t.label, t.before.total, STATUS_LABEL[t.before.status], t.after.total, STATUS_LABEL[t.after.status], formatDelta(t.delta)]);
  const results = table(s, "Result", ["Designation", "Track", "Current total", "Current status", "Simulated total", "Simulated status", "Change"], rows, 5, {
    2: "0.0#",
    4: "0.0#",
  });
  blocks.push({ kind: "heading", text: "Simulated result" }, { kind: "table", table: results });

  const metrics: SummaryCell[][] = [];
  for (const c of result.changes)
    for (const t of c.tracks)
      for (const m of t.metrics)
        if (formatDelta(m.delta) || m.before.value !== m.after.value)
          metrics.push([c.name, t.label, m.label, m.before.value, m.after.value, m.before.points, m.after.points, formatDelta(m.delta)]);
  if (metrics.length) {
    const changed = table(
      s,
      "Metrics",
      ["Designation", "Track", "Metric", "Current value", "Simulated value", "Current points", "Simulated points", "Change"],
      metrics,
      -1,
      { 5: "0.0#", 6: "0.0#" }
    );
    blocks.push({ kind: "heading", text: "Metrics that change" }, { kind: "table", table: changed });
  }
  if (result.notes.length) blocks.push({ kind: "notes", title: "Notes", lines: result.notes });
  return finish(blocks, 1);
}

/** The scenario saved on a sheet, from the data cell's text; null when it is not one. */
export function scenarioFromCell(text: unknown): Scenario | null {
  if (typeof text !== "string") return null;
  try {
    const s = JSON.parse(text) as Scenario;
    const ok = typeof s.name === "string" && [s.customers, s.certifications, s.exclude, s.recommendations].every(Array.isArray);
    return ok ? s : null;
  } catch {
    return null;
  }
}
