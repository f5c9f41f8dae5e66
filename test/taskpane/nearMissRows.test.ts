/**
 * The pane's near-miss rows (Customer eligibility → Explain tenants): what the customer is short of,
 * what crossing is worth, and what it moves, as a customer's rows say it.
 */
import { InputCollector, readCsvText } from "../../src/engine";
import { findNearMisses } from "../../src/engine/explain";
import { nearMissRows } from "../../src/taskpane/logic/explainGroups";
import { metricLine } from "../../src/taskpane/logic/effectLines";
import { signedPts } from "../../src/taskpane/logic/formats";
import { azureCsv, monthly } from "../helpers/azure";
import { usageCsv } from "../helpers/score";

function read(files: Record<string, string>) {
  const c = new InputCollector();
  for (const [name, text] of Object.entries(files)) readCsvText(c, name, text);
  return c.result();
}

describe("near-miss rows", () => {
  it("say what crossing moves on the counting track, once for the Azure designations when they agree", () => {
    // As test/engine/explain/nearMisses.test.ts: A950 is $50 short in Oct-2025; a customer more is +10 points, growth already capped.
    const input = read({
      "azure.csv": azureCsv([
        ...monthly("Fabrikam", "Storage", "2024-09", "2025-10", 1000),
        ["A950", "Storage", "2025-09", 1000],
        ["A950", "Storage", "2025-10", 950],
      ]),
    });
    const ids = ["data-ai", "infrastructure", "digital-app-innovation"] as const;
    const [row] = nearMissRows(findNearMisses(input, { designations: [...ids] }).nearMisses, [...ids]);
    expect(row.text).toBe(
      "A950: ACR $950 in Oct-2025, $1,000 in Sep-2025; a customer needs $1,000 in both of the last two months: $50 more in Oct-2025 makes it one"
    );
    expect(row.points).toBe(10);
    expect(row.lines).toEqual(["Net customer adds +1: +10 pts", "Usage growth +5: 0 pts, already at full points"]);
  });

  it("say why a near miss is worth nothing: its metric is already at full points", () => {
    // Four new customers since Oct-2024 already give the 30 points of net customer adds; growth is capped too.
    const input = read({
      "azure.csv": azureCsv([
        ...monthly("Base", "Storage", "2024-09", "2025-10", 1000),
        ...["C1", "C2", "C3", "C4"].flatMap((t) => monthly(t, "Storage", "2025-09", "2025-10", 1000)),
        ["A950", "Storage", "2025-09", 1000],
        ["A950", "Storage", "2025-10", 950],
      ]),
    });
    const [row] = nearMissRows(findNearMisses(input, { designations: ["infrastructure"] }).nearMisses, ["infrastructure"]);
    expect(row.text).toMatch(/^A950: ACR \$950 in Oct-2025/);
    expect(row.points).toBe(0);
    expect(row.lines).toEqual(["Net customer adds +1: 0 pts, already at full points", "Usage growth +5: 0 pts, already at full points"]);
  });

  it("say what a Modern Work customer more moves, per association type", () => {
    // P10 → 11 paid units: an SMB customer for Modern Work (+2), and its 3 MAU (+0.04).
    const input = read({
      "usage.csv": usageCsv([
        ["P10", "CSP Tier 1", "Exchange", "Oct-2025", 3, 10],
        ["P11", "CSP Tier 1", "Exchange", "Oct-2025", 11, 11],
      ]),
    });
    const [row] = nearMissRows(findNearMisses(input, { designations: ["modern-work"] }).nearMisses, ["modern-work"]);
    expect(row.text).toMatch(/^P10: Exchange \(CSP Tier 1\) has 10 paid units in Oct-2025/);
    expect(row.lines).toEqual(["Net customer adds +1: +2 pts", "Usage growth CSP +3: +0.04 pts"]);
  });
});

describe("effect lines", () => {
  it("show a small change with one significant digit and a true minus sign, never “+0” or a hyphen", () => {
    const line = (units: number, points: number) => metricLine({ metric: "usage-growth", label: "Usage growth", units, points, text: "" });
    expect(line(0.0029, 0.0029)).toBe("Usage growth +0.003: +0.003 pts");
    expect(line(-1, -3)).toBe("Usage growth −1: −3 pts");
    expect(line(2.5, 0)).toBe("Usage growth +2.5: 0 pts");
    expect(signedPts(-0.0048)).toBe("−0.005 pts");
  });
});
