/**
 * Anniversary dates per designation through the Excel adapter and the double: kept in the workbook's
 * document settings, read back by a new service (a reopened pane), used by the renewal status; and
 * inspect marking the as-of months the exports cannot score (the samples' Azure export starts Nov-2023).
 */
import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { addSampleSheets } from "../helpers/sampleSheets";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { ANNIVERSARIES_SETTING, usableAnniversaries } from "../../src/excel/anniversaries";

const SAMPLES: [string, string][] = [
  ["Usage", "modern-work-usage.csv"],
  ["Azure", "azure-usage.csv"],
];

let double: ExcelDouble;
let restore: () => void;
beforeEach(() => {
  double = createExcelDouble();
  restore = double.install();
  addSampleSheets(double, SAMPLES);
});
afterEach(() => restore());

describe("Anniversaries in the workbook", () => {
  jest.setTimeout(60_000);

  test("none saved: {} and no setting", async () => {
    expect(await createExcelScoringService().anniversaries()).toEqual({});
    expect(double.workbook.settings.items).toHaveLength(0);
  });

  test("saved per designation in the document settings, read back by a new service, cleared when none is left", async () => {
    const saved = await createExcelScoringService().saveAnniversaries({ "data-ai": "2026-01-15", security: " 2026-09-01 ", infrastructure: "" });
    expect(saved).toEqual({ "data-ai": "2026-01-15", security: "2026-09-01" });
    expect(double.workbook.settings.get(ANNIVERSARIES_SETTING)).toEqual({ "data-ai": "2026-01-15", security: "2026-09-01" });
    expect(await createExcelScoringService().anniversaries()).toEqual({ "data-ai": "2026-01-15", security: "2026-09-01" });
    await createExcelScoringService().saveAnniversaries({});
    expect(double.workbook.settings.items).toHaveLength(0);
    expect(await createExcelScoringService().anniversaries()).toEqual({});
  });

  test("a date that is not a date is refused and nothing is written", async () => {
    await expect(createExcelScoringService().saveAnniversaries({ "data-ai": "2026-02-30" })).rejects.toThrow("February 2026 has 28 days");
    expect(double.workbook.settings.items).toHaveLength(0);
  });

  test("what cannot be used in a saved value is left out, never an error", () => {
    expect(usableAnniversaries({ "data-ai": "2026-01-15", nonsense: "2026-01-15", security: "soon", infrastructure: 3 })).toEqual({ "data-ai": "2026-01-15" });
    expect(usableAnniversaries("2026-01-15")).toEqual({});
    expect(usableAnniversaries(null)).toEqual({});
  });

  test("score: each designation's renewal status from its own date", async () => {
    const outcome = await createExcelScoringService().score({ anniversaries: { "data-ai": "2026-01-15" }, today: "2025-11-20" });
    const of = (id: string) => outcome.renewal.find((r) => r.designation === id)!;
    expect(of("data-ai")).toMatchObject({ kind: "renewal", anniversary: "2026-01-15", qualificationWindow: { from: "2025-08-01", to: "2026-01-31" } });
    expect(of("infrastructure")).toMatchObject({ kind: "new-partner", anniversary: null });
  });

  test("inspect marks the months without the year-earlier data, as the history finds them", async () => {
    const summary = await createExcelScoringService().inspect();
    const dataAi = (summary.monthsWithoutData ?? []).filter((m) => m.designation === "data-ai").map((m) => m.month);
    expect(dataAi).toContain("2023-11");
    expect(dataAi).not.toContain("2025-10");
    expect(summary.monthsWithoutData!.find((m) => m.designation === "data-ai" && m.month === "2023-11")!.baseline).toBe(true);
  });
});
