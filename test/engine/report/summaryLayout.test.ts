import { InputCollector, readCsvText, scoreDesignations, summaryLayout, type SummaryBlock, type SummaryTable } from "../../../src/engine";
import { usageCsv } from "../../helpers/score";

function report() {
  const c = new InputCollector();
  readCsvText(
    c,
    "usage.csv",
    usageCsv([
      ["T1", "CSP Tier 1", "Exchange", "Oct-2024", 10, 20],
      ["T1", "CSP Tier 1", "Exchange", "Oct-2025", 15, 20],
    ]),
  );
  return scoreDesignations(c.result(), { intermediate: 2, advanced: 1 }).report;
}

const tables = (blocks: SummaryBlock[]): SummaryTable[] => blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));

describe("summary sheet layout", () => {
  const blocks = summaryLayout(report(), ["Usage!A1:F3"]);

  test("opens with the info block, the Microsoft Cloud line, then one designations table with a row per designation", () => {
    expect(blocks[0]).toEqual({ kind: "title", text: "Partner Capability Score" });
    const info = blocks[1];
    expect(info.kind === "info" && info.rows).toEqual([
      ["As-of month", "2025-10"],
      ["Baseline month", "2024-10"],
      ["Source", "Usage!A1:F3"],
      ["Solutions Partner for Microsoft Cloud", "Not attained: 0 of 6 designations qualify"],
    ]);
    const first = tables(blocks)[0];
    expect(first.name).toBe("SPDDesignations");
    expect(first.header).toEqual(["Designation", "Track that counts", "Total", "Status", "Qualified", "Rule set", "Note"]);
    expect(first.rows.map((r) => r[0])).toEqual([
      "Solutions Partner for Data & AI (Azure)",
      "Solutions Partner for Infrastructure (Azure)",
      "Solutions Partner for Digital & App Innovation (Azure)",
      "Solutions Partner for Business Applications",
      "Solutions Partner for Modern Work",
      "Solutions Partner for Security",
    ]);
    const infra = first.rows[1];
    expect(infra.slice(1, 5)).toEqual(["", 0, "Not scored", "No"]);
    expect(String(infra[6])).toMatch(/^Needs the Azure consumption export/);
  });

  test("Modern Work's row names the best track and its total; its section lists both tracks' metrics and totals", () => {
    const first = tables(blocks)[0];
    const mw = first.rows[4];
    // SMB: T1 (20 PAU) is eligible in both months → NCA 0 → 0; intermediate 2/2 → 10; advanced 1/1 → 15;
    // CSP growth 15 − 10 = 5 → 5 × 30 / 2000 = 0.075; deployed in both months (75 %, 50 %) → net 0 → 0. Total 25.075.
    expect(mw[1]).toBe("SMB (best)");
    expect(mw[2]).toBeCloseTo(25.075, 9);
    const section = tables(blocks).find((t) => t.name === "SPD_modern_work")!;
    expect(section.rows.filter((r) => String(r[1]).startsWith("Total")).map((r) => [r[0], r[1]])).toEqual([
      ["Enterprise", "Total"],
      ["SMB", "Total (best track)"],
    ]);
    const headings = blocks.filter((b) => b.kind === "heading").map((b) => (b.kind === "heading" ? b.text : ""));
    expect(headings[0]).toMatch(/^Solutions Partner for Modern Work: 25\.08 points, In progress/);
  });

  test("two-part metrics (Security's Azure and M365 halves) show both parts' values", () => {
    const security = tables(blocks).find((t) => t.name === "SPD_security")!;
    const nca = security.rows.find((r) => r[1] === "Net customer adds")!;
    expect(nca[2]).toBe("azure + m365");
    expect(String(nca[3])).toMatch(/^azure 0, m365 0$/);
  });
});
