/**
 * monthsWithoutData (the as-of picker's marks) and per-designation anniversaries, over the checked-in
 * samples: a month it marks is a month the history says "Data unavailable" for, and the reverse.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputCollector, readCsvText, monthsWithoutData, renewalStatuses, scoreHistory } from "../../../src/engine";

const samplesDir = resolve(__dirname, "..", "..", "..", "samples");

function samples() {
  const c = new InputCollector();
  for (const name of readdirSync(samplesDir)
    .filter((n) => n.endsWith(".csv"))
    .sort())
    readCsvText(c, name, readFileSync(join(samplesDir, name), "utf8"));
  return c.result();
}

describe("monthsWithoutData over samples/*.csv", () => {
  const input = samples();

  test("Nov-2023 (the Azure export's first month) has no year-earlier data for Data & AI; Oct-2025 lacks nothing for it", () => {
    const marks = monthsWithoutData(input, ["2023-11", "2025-10"]);
    const dataAi = marks.filter((m) => m.designation === "data-ai");
    expect(dataAi.map((m) => [m.month, m.baseline])).toEqual([["2023-11", true]]);
    expect(dataAi[0].reason).toMatch(/^Data unavailable: the Azure consumption export has no rows for .*Nov-2022 \(its baseline month, 12 months before\)/);
  });

  test("it agrees with the history, month by month, for every designation (the window ending Apr-2024 straddles the Azure baseline)", () => {
    const history = scoreHistory(input, { asOf: "2024-04" });
    const months = history.designations[0].months.map((m) => m.month);
    const marks = monthsWithoutData(input, months);
    for (const d of history.designations) {
      if (d.needs) continue;
      for (const m of d.months) {
        const mark = marks.find((x) => x.designation === d.id && x.month === m.month);
        expect([d.id, m.month, !!mark]).toEqual([d.id, m.month, !m.available]);
        if (mark) expect(mark.reason).toBe(m.reason);
      }
    }
    // The test would pass vacuously without marked months: there are some.
    expect(marks.length).toBeGreaterThan(0);
  });
});

describe("renewalStatuses with one anniversary per designation", () => {
  const history = scoreHistory(samples(), { asOf: "2025-10" });

  test("a designation listed uses its own date, the others the shared one (or none)", () => {
    const statuses = renewalStatuses(history, { today: "2025-11-20", anniversaries: { "data-ai": "2026-01-15" } });
    const of = (id: string) => statuses.find((s) => s.designation === id)!;
    expect(of("data-ai")).toMatchObject({ kind: "renewal", anniversary: "2026-01-15", qualificationWindow: { from: "2025-08-01", to: "2026-01-31" } });
    expect(of("infrastructure")).toMatchObject({ kind: "new-partner", anniversary: null });

    const shared = renewalStatuses(history, { today: "2025-11-20", anniversary: "2026-03-10", anniversaries: { security: null, "data-ai": "2026-01-15" } });
    const sharedOf = (id: string) => shared.find((s) => s.designation === id)!;
    expect(sharedOf("infrastructure").anniversary).toBe("2026-03-10");
    expect(sharedOf("data-ai").anniversary).toBe("2026-01-15");
    // null: listed as not enrolled, whatever the shared date.
    expect(sharedOf("security").kind).toBe("new-partner");
  });

  test("a per-designation date that is not a date is refused, naming it", () => {
    expect(() => renewalStatuses(history, { today: "2025-11-20", anniversaries: { "data-ai": "2026-02-30" } })).toThrow("February 2026 has 28 days");
  });
});
