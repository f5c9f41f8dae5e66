import type { ExcelDouble } from "../../tools/excel-double";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { EMPTY_SCENARIO, type Scenario } from "../../src/engine";
import { freshDoubleEachTest } from "../helpers/freshDouble";

// Three months of one Modern Work SMB tenant set, so the history has several months with data:
// Aug/Sep/Oct-2025 against Aug/Sep/Oct-2024.
const HEADER = ["CustomerTenantName", "PartnerAttachType", "WorkloadName", "MonthName", "ActiveUsage", "QualifiedUsage"];
function rows(): (string | number)[][] {
  const out: (string | number)[][] = [HEADER];
  for (const month of ["Aug-2024", "Sep-2024", "Oct-2024", "Aug-2025", "Sep-2025", "Oct-2025"]) {
    out.push(["Fabrikam", "CSP Tier 1", "Exchange", month, 12, 20]);
    if (month.endsWith("2025")) out.push(["Tailspin", "CSP Tier 1", "Teams", month, 30, 40]);
  }
  return out;
}

let double: ExcelDouble;
freshDoubleEachTest((d) => (double = d));

const scenario: Scenario = { ...EMPTY_SCENARIO, name: "Two more adds", recommendations: ["modern-work/smb/net-customer-adds"] };

describe("Excel adapter: simulator, history and scenarios", () => {
  test("score writes the history tables and a trend chart per scored designation on the summary sheet", async () => {
    double.workbook.addSheet("Usage", rows());
    const outcome = await createExcelScoringService().score({ intermediate: 2, advanced: 1, today: "2025-11-02" });
    expect(outcome.history.from).toBe("2025-05");
    expect(outcome.recommendations.some((r) => r.id === "modern-work/smb/net-customer-adds")).toBe(true);
    expect(outcome.paths.find((p) => p.designation === "modern-work")?.cheapest?.text).toMatch(/^Cheapest path: .* → [\d.]+ points$/);
    expect(outcome.renewal.find((r) => r.designation === "modern-work")?.kind).toBe("new-partner");
    const summary = double.workbook.getSheet("SPD Summary");
    expect(double.workbook.getTable("SPD_History_modern_work")).toBeTruthy();
    const charts = summary.charts.filter((c) => !c.deleted).map((c) => c.snapshot());
    // The M365 export scores Modern Work and Security's M365 half: a chart each, none for the rest.
    expect(charts.map((c) => c.name)).toEqual(["SPD trend – Modern Work", "SPD trend – Security"]);
    // One line per track plus the qualifying line.
    expect(charts[0].series.map((s) => s.name)).toEqual(expect.arrayContaining(["Enterprise", "SMB"]));
    expect(charts[0].series).toHaveLength(3);
    expect(summary.getValues().flat()).toEqual(expect.arrayContaining(["Cheapest path"]));
  });

  test("simulate reads the workbook and writes nothing", async () => {
    const sheet = double.workbook.addSheet("Usage", rows());
    const before = sheet.getValues();
    const result = await createExcelScoringService().simulate({}, scenario);
    const smb = result.changes.find((c) => c.id === "modern-work")!.tracks.find((t) => t.id === "smb")!;
    expect(smb.delta).toBeGreaterThan(0);
    expect(sheet.getValues()).toEqual(before);
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(["Usage"]);
  });

  test("a saved scenario goes to its own sheet and reopens as it was", async () => {
    const sheet = double.workbook.addSheet("Usage", rows());
    const before = sheet.getValues();
    const service = createExcelScoringService();
    const saved = await service.saveScenario({}, scenario);
    expect(saved.sheet).toBe("SPD Scenario Two more adds");
    expect(sheet.getValues()).toEqual(before);
    const values = double.workbook.getSheet("SPD Scenario Two more adds").getValues().flat();
    expect(values).toEqual(expect.arrayContaining(["Simulated result", "Ticked recommendations"]));
    // Saving again under the same name replaces the sheet rather than adding another.
    await service.saveScenario({}, scenario);
    expect(double.workbook.sheets.filter((s) => s.name.startsWith("SPD Scenario"))).toHaveLength(1);
    expect(await service.savedScenarios()).toEqual([{ sheet: "SPD Scenario Two more adds", scenario }]);
  });

  test("saving over a protected earlier save is refused, naming the sheet, and the earlier save is kept", async () => {
    double.workbook.addSheet("Usage", rows());
    const service = createExcelScoringService();
    await service.saveScenario({}, scenario);
    const saved = double.workbook.getSheet("SPD Scenario Two more adds").protect();
    const before = saved.getValues();
    await expect(service.saveScenario({}, scenario)).rejects.toThrow(/"SPD Scenario Two more adds" is protected.*Unprotect Sheet/);
    expect(double.workbook.getSheet("SPD Scenario Two more adds").getValues()).toEqual(before);
  });
});
