import { InputCollector, readCsvText, scoreDesignations, microsoftCloud, ALL_DESIGNATION_IDS, type DesignationResult } from "../../src/engine";
import { usageCsv, type UsageRow } from "../helpers/score";
import { azureCsv, monthly } from "../helpers/azure";

function input(files: Record<string, string>) {
  const c = new InputCollector();
  for (const [name, text] of Object.entries(files)) readCsvText(c, name, text);
  return c.result();
}

const M365: UsageRow[] = [
  ["T1", "CSP Tier 1", "Exchange", "Oct-2024", 10, 20],
  ["T1", "CSP Tier 1", "Exchange", "Oct-2025", 15, 20],
];

describe("scoreDesignations: every designation, from whatever exports there are", () => {
  test("with only an M365 export: Modern Work and Security are scored, the Azure and Business Applications designations say which export they need", () => {
    const { report } = scoreDesignations(input({ "usage.csv": usageCsv(M365) }));
    expect(report.designations.map((d) => d.id)).toEqual([
      "data-ai",
      "infrastructure",
      "digital-app-innovation",
      "business-applications",
      "modern-work",
      "security",
    ]);
    const byId = Object.fromEntries(report.designations.map((d) => [d.id, d])) as Record<string, DesignationResult>;
    expect(byId["modern-work"].scored).toBe(true);
    expect(byId.security.scored).toBe(true);
    for (const id of ["data-ai", "infrastructure", "digital-app-innovation"]) {
      expect(byId[id].scored).toBe(false);
      expect(byId[id].needs).toMatch(/Azure consumption export/);
      expect(byId[id].tracks).toEqual([]);
      expect(byId[id].total).toBe(0);
    }
    expect(byId["business-applications"].needs).toMatch(/Business Applications (usage|revenue)/);
    // Security without Azure: scored from M365 alone, with a warning naming the missing export.
    expect(report.warnings.map((w) => w.message).join("\n")).toMatch(/Security: no Azure consumption export/);
    expect(report.microsoftCloud).toEqual({ attained: false, qualified: [], missing: [...ALL_DESIGNATION_IDS] });
  });

  test("each designation takes its own latest month unless --as-of is given; the report's as-of is the latest overall", () => {
    const azure = azureCsv(monthly("A", "Storage", "2024-08", "2025-09", 2000));
    const { report } = scoreDesignations(input({ "usage.csv": usageCsv(M365), "azure.csv": azure }));
    expect(report.asOf).toBe("2025-10");
    const infra = report.designations.find((d) => d.id === "infrastructure")!;
    expect(infra.asOf).toBe("2025-09");
    expect(report.designations.find((d) => d.id === "modern-work")!.asOf).toBeUndefined();
    const forced = scoreDesignations(input({ "usage.csv": usageCsv(M365), "azure.csv": azure }), { asOf: "2025-09" });
    expect(forced.report.designations.every((d) => d.asOf === undefined)).toBe(true);
  });

  test("--rules 2026 picks every designation's 2026 set; a rule-set id changes only its designation", () => {
    const data = input({ "usage.csv": usageCsv(M365), "azure.csv": azureCsv(monthly("A", "Storage", "2024-09", "2025-10", 2000)) });
    const all2026 = scoreDesignations(data, { ruleSet: "2026" }).report.designations.filter((d) => d.scored);
    expect(all2026.map((d) => d.ruleSet.id).sort()).toEqual([
      "data-ai-2026",
      "digital-app-innovation-2026",
      "infrastructure-2026",
      "modern-work-2026",
      "security-2026",
    ]);
    const one = scoreDesignations(data, { ruleSet: "security-2026" }).report.designations.filter((d) => d.scored);
    expect(one.find((d) => d.id === "security")!.ruleSet.id).toBe("security-2026");
    expect(one.find((d) => d.id === "infrastructure")!.ruleSet.id).toBe("infrastructure-2023");
  });

  test("an unknown rule set or option is a clear error naming what is known", () => {
    const data = input({ "usage.csv": usageCsv(M365) });
    expect(() => scoreDesignations(data, { ruleSet: "2019" })).toThrow(/Unknown rule set "2019"\. Known: 2023, .*2026/);
    expect(() => scoreDesignations(data, { options: ["nca-everything"] })).toThrow(/Unknown rule option "nca-everything"\. Known: .*nca-either-month/);
  });

  test("named alternatives are applied and reported on the designations they belong to", () => {
    const data = input({ "azure.csv": azureCsv(monthly("A", "Storage", "2024-09", "2025-10", 2000)) });
    const { report } = scoreDesignations(data, { options: ["nca-either-month"] });
    expect(report.designations.find((d) => d.id === "infrastructure")!.ruleSet.options).toEqual(["nca-either-month"]);
    expect(report.designations.find((d) => d.id === "security")!.ruleSet.options).toEqual([]);
  });

  test("the three Azure designations share one warning for a problem in their shared export", () => {
    const rows = [
      ...monthly("A", "Storage", "2024-09", "2025-10", 2000),
      ["B", "Storage", "2025-10", 50, "Partner As End Customer"] as [string, string, string, number, string],
    ];
    const { report } = scoreDesignations(input({ "azure.csv": azureCsv(rows) }), { designations: ["data-ai", "infrastructure", "digital-app-innovation"] });
    const left = report.warnings.filter((w) => /association types that do not count/.test(w.message));
    expect(left).toHaveLength(1);
    expect(left[0].message).toMatch(/^Data & AI, Infrastructure, Digital & App Innovation: 1 rows? under association types that do not count/);
  });

  test("--designation limits the report; the Microsoft Cloud line still lists all six", () => {
    const { report } = scoreDesignations(input({ "usage.csv": usageCsv(M365) }), { designations: ["modern-work"] });
    expect(report.designations.map((d) => d.id)).toEqual(["modern-work"]);
    expect(report.microsoftCloud.missing).toHaveLength(6);
  });
});

describe("Solutions Partner for Microsoft Cloud", () => {
  const designation = (id: DesignationResult["id"], qualified: boolean) => ({ id, qualified }) as DesignationResult;

  test("attained when all six designations qualify", () => {
    expect(microsoftCloud(ALL_DESIGNATION_IDS.map((id) => designation(id, true)))).toEqual({
      attained: true,
      qualified: [...ALL_DESIGNATION_IDS],
      missing: [],
    });
  });

  test("not attained when one of the six does not qualify, or is not scored", () => {
    const five = ALL_DESIGNATION_IDS.map((id) => designation(id, id !== "security"));
    expect(microsoftCloud(five)).toEqual({ attained: false, qualified: ALL_DESIGNATION_IDS.filter((id) => id !== "security"), missing: ["security"] });
    expect(microsoftCloud(ALL_DESIGNATION_IDS.slice(1).map((id) => designation(id, true))).missing).toEqual(["data-ai"]);
  });
});

describe("renamed report fields keep their earlier JSON names for one version", () => {
  test("countingTrack (was bestTrack), lever (was association on gaps), and the qualifying total from the rule set", () => {
    const { report } = scoreDesignations(input({ "usage.csv": usageCsv(M365) }));
    const json = JSON.parse(JSON.stringify(report)) as { designations: Record<string, unknown>[] };
    const mw = json.designations.find((d) => d.id === "modern-work")!;
    expect(mw.countingTrack).toBe("smb");
    expect(mw.bestTrack).toBe(mw.countingTrack);
    expect(mw.qualifyingTotal).toBe(70);
    const notScored = json.designations.find((d) => d.id === "infrastructure")!;
    expect([notScored.countingTrack, notScored.bestTrack]).toEqual([null, null]);
    const gaps = report.designations.find((d) => d.id === "modern-work")!.tracks.flatMap((t) => t.metrics.flatMap((m) => m.gaps));
    const perAssociation = gaps.filter((g) => g.lever !== undefined);
    expect(perAssociation.length).toBeGreaterThan(0);
    for (const g of perAssociation) expect(g.association).toBe(g.lever);
  });
});
