/**
 * Calibrate to Partner Center through the Excel adapter and the double: the sample exports in a
 * workbook, values typed as Partner Center prints them, "Use these options" kept in the workbook's
 * document settings, and every later score, simulation and history using them.
 */
import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { addSampleSheets } from "../helpers/sampleSheets";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { RULE_OPTIONS_SETTING, loadFunctionRuleOptions } from "../../src/excel/ruleOptions";
import { EMPTY_SCENARIO, parseObservation, type Report } from "../../src/engine";
import { functionRuleOptions, setFunctionRuleOptions } from "../../src/functions/ruleOptions";
import * as spd from "../../src/functions/spdFunctions";

const SAMPLES: [string, string][] = [
  ["Usage", "modern-work-usage.csv"],
  ["Skilling", "skilling.csv"],
  ["Azure", "azure-usage.csv"],
  ["BizApps usage", "bizapps-usage.csv"],
  ["BizApps revenue", "bizapps-revenue.csv"],
];

let double: ExcelDouble;
let restore: () => void;
beforeEach(() => {
  double = createExcelDouble();
  restore = double.install();
  addSampleSheets(double, SAMPLES);
});
afterEach(() => {
  restore();
  setFunctionRuleOptions([]);
});

const BIZAPPS_NCA = parseObservation("business-applications/smb/net-customer-adds=4");
const INFRA_GROWTH = parseObservation("infrastructure/all/usage-growth=20.26%");
const optionsOf = (report: Report, id: string) => report.designations.find((d) => d.id === id)!.ruleSet.options;
const bizAppsTotal = (report: Report) => report.designations.find((d) => d.id === "business-applications")!.total;

describe("Calibrate through the Excel adapter", () => {
  jest.setTimeout(60_000);

  test("finds the options behind the values typed, and writes nothing", async () => {
    const before = double.workbook.sheets.map((s) => s.name);
    const result = await createExcelScoringService().calibrate({}, [BIZAPPS_NCA, INFRA_GROWTH]);
    expect(result.byDesignation["business-applications"]).toEqual(["nca-smb-500"]);
    expect(result.byDesignation.infrastructure).toEqual(["growth-ttm"]);
    expect(result.options).toEqual(expect.arrayContaining(["nca-smb-500", "growth-ttm"]));
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(before);
    expect(double.workbook.settings.items).toHaveLength(0);
  });

  test("Use these options: saved in the workbook settings, found again by a new service (a reopened pane), used by every later score", async () => {
    const pane = createExcelScoringService();
    const plain = await pane.score({ today: "2025-11-02" });
    expect(optionsOf(plain.report, "business-applications")).toEqual([]);

    const result = await pane.calibrate({}, [BIZAPPS_NCA]);
    const used = await pane.useRuleOptions(result);
    expect(used.saved.options).toEqual(["nca-smb-500"]);
    expect(used.options.map((o) => [o.id, o.designations])).toEqual([["nca-smb-500", ["business-applications"]]]);
    expect(used.options[0].label).toMatch(/^Net customer adds, SMB/);
    // In the workbook, as `spd calibrate --save` writes it.
    expect(double.workbook.settings.get(RULE_OPTIONS_SETTING)).toMatchObject({
      kind: "spd-calibrated-options",
      version: 1,
      options: ["nca-smb-500"],
      // "ambiguous" where options that do not move net customer adds also reproduce it; the fewest options are chosen.
      designations: {
        "business-applications": { ruleSet: "business-applications-2023", options: ["nca-smb-500"], status: expect.stringMatching(/^(matched|ambiguous)$/) },
      },
      observed: ["business-applications/smb/net-customer-adds=4"],
      asOf: "2025-10",
    });

    // Reopening the pane: a new service reads them back from the workbook.
    const reopened = createExcelScoringService();
    expect((await reopened.ruleOptions())?.saved.options).toEqual(["nca-smb-500"]);
    const scored = await reopened.score({ today: "2025-11-02" });
    expect(optionsOf(scored.report, "business-applications")).toEqual(["nca-smb-500"]);
    const nca = scored.report.designations
      .find((d) => d.id === "business-applications")!
      .tracks.find((t) => t.id === "smb")!
      .metrics.find((m) => m.id === "net-customer-adds")!;
    expect(nca.value).toBe(4);
    // The history's latest month is the same score, under the same options.
    const history = scored.history.designations.find((h) => h.id === "business-applications")!;
    expect(history.months[history.months.length - 1].total).toBeCloseTo(bizAppsTotal(scored.report), 9);
    expect(bizAppsTotal(scored.report)).not.toBeCloseTo(bizAppsTotal(plain.report), 6);

    // The summary sheet says which options are in force and where they came from.
    const info = double.workbook
      .getSheet("SPD Summary")
      .getValues()
      .find((r) => r[0] === "Rule options");
    expect(String(info?.[1])).toMatch(/^nca-smb-500 \(Business Applications: Net customer adds, SMB: .+\) — from Calibrate$/);
    // The designation's section heading names its rules by name and date, with the option in force.
    expect(
      double.workbook
        .getSheet("SPD Summary")
        .getValues()
        .flat()
        .find((v) => String(v).startsWith("Business Applications —"))
    ).toMatch(/\(2023 rules.*option nca-smb-500\)/);

    // A simulation and Explain start from the same options.
    const sim = await reopened.simulate({}, EMPTY_SCENARIO);
    expect(optionsOf(sim.current, "business-applications")).toEqual(["nca-smb-500"]);
    expect(bizAppsTotal(sim.current)).toBeCloseTo(bizAppsTotal(scored.report), 9);
  });

  test("calibrating again keeps what was saved for other designations; the saved options are the reading in force", async () => {
    const pane = createExcelScoringService();
    await pane.useRuleOptions(await pane.calibrate({}, [BIZAPPS_NCA]));
    const again = await pane.calibrate({}, [INFRA_GROWTH]);
    expect(again.baseOptions).toEqual(["nca-smb-500"]);
    expect(again.options).toEqual(["nca-smb-500", "growth-ttm"]);
    const saved = (await pane.useRuleOptions(again)).saved;
    expect(saved.options).toEqual(["nca-smb-500", "growth-ttm"]);
    expect(Object.keys(saved.designations).sort()).toEqual(["business-applications", "infrastructure"]);
    expect(saved.observed).toEqual(["business-applications/smb/net-customer-adds=4", "infrastructure/single/usage-growth=20.26"]);
    // With nca-smb-500 in force, it is the current reading of Business Applications.
    const bizApps = await pane.calibrate({}, [BIZAPPS_NCA]);
    expect(bizApps.groups[0].combinations.find((c) => c.current)?.options).toEqual(["nca-smb-500"]);
  });

  test("Back to the default readings removes the setting; later scores use the default readings", async () => {
    const pane = createExcelScoringService();
    await pane.useRuleOptions(await pane.calibrate({}, [BIZAPPS_NCA]));
    await pane.clearRuleOptions();
    expect(double.workbook.settings.items).toHaveLength(0);
    expect(await pane.ruleOptions()).toBeNull();
    const scored = await pane.score({});
    expect(optionsOf(scored.report, "business-applications")).toEqual([]);
    expect(
      double.workbook
        .getSheet("SPD Summary")
        .getValues()
        .find((r) => r[0] === "Rule options")?.[1]
    ).toBe("Default readings (no rule options)");
    // Clearing twice is harmless.
    await pane.clearRuleOptions();
  });

  test("options saved that cannot be used fail the score with the way out; clearing or using new options replaces them", async () => {
    const pane = createExcelScoringService();
    const result = await pane.calibrate({}, [BIZAPPS_NCA]);
    // Hand-edited, or saved by a version that knew other options.
    double.workbook.settings.set(RULE_OPTIONS_SETTING, { kind: "spd-calibrated-options", version: 1, options: ["no-such-option"] });
    await expect(pane.ruleOptions()).rejects.toThrow(/unknown option "no-such-option".*Back to the default readings/);
    await expect(pane.score({})).rejects.toThrow(/^The rule options saved in this workbook: unknown option "no-such-option"/);
    await expect(pane.calibrate({}, [BIZAPPS_NCA])).rejects.toThrow(/no-such-option/);
    expect((await pane.useRuleOptions(result)).saved.options).toEqual(["nca-smb-500"]);
    double.workbook.settings.set(RULE_OPTIONS_SETTING, "not an options record");
    await pane.clearRuleOptions();
    expect(optionsOf((await pane.score({})).report, "business-applications")).toEqual([]);
  });

  test("the options in force reach the SPD.* functions: published on every read and change, the workbook recalculated when they change", async () => {
    const pane = createExcelScoringService();
    const result = await pane.calibrate({}, [BIZAPPS_NCA]);
    await pane.useRuleOptions(result);
    expect(functionRuleOptions()).toEqual(["nca-smb-500"]);
    // Business Applications' advanced-enterprise-2.14 changes what a certified person is worth.
    double.workbook.settings.set(RULE_OPTIONS_SETTING, { kind: "spd-calibrated-options", version: 1, options: ["advanced-enterprise-2.14"] });
    await createExcelScoringService().ruleOptions();
    expect(spd.points("business-applications/enterprise", "advanced-certifications", [[7]])[0][0]).toBeCloseTo(14.98, 9);
    await pane.clearRuleOptions();
    expect(functionRuleOptions()).toEqual([]);
    expect(spd.points("business-applications/enterprise", "advanced-certifications", [[7]])[0][0]).toBeCloseTo(15, 9);
  });

  test("the functions' start-up read: saved options apply to SPD.* before the pane opens, then the workbook recalculates", async () => {
    double.workbook.settings.set(RULE_OPTIONS_SETTING, { kind: "spd-calibrated-options", version: 1, options: ["advanced-enterprise-2.14"] });
    await Excel.run(async (context) => {
      const calculate = jest.spyOn(context.workbook.application, "calculate");
      await loadFunctionRuleOptions(context);
      expect(calculate).toHaveBeenCalledWith("Full");
    });
    expect(functionRuleOptions()).toEqual(["advanced-enterprise-2.14"]);
    // Options that cannot be used leave SPD.* with the default readings (the pane says why).
    double.workbook.settings.set(RULE_OPTIONS_SETTING, { kind: "spd-calibrated-options", version: 1, options: ["no-such-option"] });
    await Excel.run((context) => loadFunctionRuleOptions(context));
    expect(functionRuleOptions()).toEqual([]);
  });
});
