/**
 * The simulated result's rows on the real engine over the checked-in samples: a row per association type
 * or part, each with its value before → after in its unit, never the compare's merged "CPOR … · CSP …".
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputCollector, readCsvText, simulate, type DesignationResult, type ParsedInput, type Report } from "../../src/engine";
import { deltaWords, simulatedGroups, simulatedMetric } from "../../src/taskpane/logic/simulatedRows";

const samplesDir = resolve(__dirname, "..", "..", "samples");

function samples(): ParsedInput {
  const c = new InputCollector();
  for (const name of readdirSync(samplesDir).filter((n) => n.endsWith(".csv"))) readCsvText(c, name, readFileSync(join(samplesDir, name), "utf8"));
  return c.result();
}

const input = samples();
const designation = (r: Report, id: string): DesignationResult => r.designations.find((d) => d.id === id)!;

describe("simulated rows on the samples", () => {
  // Ticking Modern Work SMB's CPOR usage-growth gap moves one association type's row; the other stays as it was.
  const result = simulate(input, {}, { name: "", customers: [], certifications: [], exclude: [], recommendations: ["modern-work/smb/usage-growth/CPOR"] });
  const before = designation(result.current, "modern-work").tracks.find((t) => t.id === "smb")!;
  const after = designation(result.simulated, "modern-work").tracks.find((t) => t.id === "smb")!;

  test("usage growth: a row per association type, each with its own before → after in MAU; the change in words", () => {
    const growth = simulatedMetric(
      before.metrics.find((m) => m.id === "usage-growth"),
      after.metrics.find((m) => m.id === "usage-growth")!
    );
    expect(growth.rows.map((r) => r.key).sort()).toEqual(["CPOR", "CSP"]);
    const cpor = growth.rows.find((r) => r.key === "CPOR")!;
    expect(cpor.before).toMatch(/^−?[\d,]+ MAU growth$/);
    expect(cpor.after).toMatch(/^[\d,]+ MAU growth$/);
    expect(cpor.before).not.toBe(cpor.after);
    expect(cpor.change).toMatch(/^\+[\d,]+ MAU$/);
    expect(cpor.delta).toBeGreaterThan(0);
    expect(cpor.deltaLabel).toMatch(/^up [\d.]+ pts$/);
    for (const r of growth.rows) {
      expect(r.before).not.toContain("·");
      expect(r.after).not.toContain("·");
    }
    const csp = growth.rows.find((r) => r.key === "CSP")!;
    expect(csp.before).toBe(csp.after);
    expect(csp.change).toBe("");
  });

  test("categories carry their points before → after; the track's total moves by the sum of their deltas", () => {
    const groups = simulatedGroups(before, after);
    expect(groups.map((g) => g.label)).toEqual(["Performance", "Skilling", "Customer success"]);
    expect(groups.reduce((s, g) => s + g.delta, 0)).toBeCloseTo(after.total - before.total, 9);
    expect(groups.find((g) => g.id === "customer-success")!.delta).toBeGreaterThan(0);
  });

  test("Security's parts: Azure in dollars, Microsoft 365 named in full, each on its own row", () => {
    const security = simulate(input, {}, { name: "", customers: [], certifications: [], exclude: [], recommendations: [] });
    const track = designation(security.current, "security").tracks[0];
    const growth = simulatedMetric(
      track.metrics.find((m) => m.id === "usage-growth"),
      track.metrics.find((m) => m.id === "usage-growth")!
    );
    expect(growth.rows.map((r) => r.label)).toEqual(["Azure", "Microsoft 365"]);
    expect(growth.rows[0].after).toMatch(/^−?\$[\d,]+$/);
    expect(growth.rows[1].after).toMatch(/^−?[\d,]+ protected users growth$/);
    expect(growth.rows[1].after).not.toMatch(/m365|M365/);
  });
});

test("the ▲/▼ in words", () => {
  expect(deltaWords(4)).toBe("up 4 pts");
  expect(deltaWords(-2.504)).toBe("down 2.5 pts");
  expect(deltaWords(1)).toBe("up 1 pt");
  expect(deltaWords(0.001)).toBe("");
});
