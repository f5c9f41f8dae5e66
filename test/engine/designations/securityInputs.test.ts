import { SECURITY_RULE_SETS, securityModule } from "../../../src/engine/designations/security/module";
import { latestMonthOf, needsOf } from "../../../src/engine/model/exportsRead";
import { monthIndex } from "../../../src/engine/parse/months";
import { everyMonth, scoreSecurity, securityInput, securityMetric, warningCodes, type AzureRow, type SkillRow, type UsageRow } from "../../helpers/security";

describe("Security: which exports it needs", () => {
  test("needs() names both exports when neither is there; the designation is listed, not scored", () => {
    const skilling: SkillRow[] = [["A", "Microsoft Certified: Cybersecurity Architect Expert"]];
    expect(needsOf(securityModule, securityInput({ skilling }))).toMatch(/^the Azure consumption export .* or the M365 usage export/);
    expect(needsOf(securityModule, securityInput({ m365: [["T", "CPOR", "Intune", "Oct-2025", 1, 1]] }))).toBeNull();
    expect(needsOf(securityModule, securityInput({ azure: [["A", "Sentinel", "2025-10", 1, "PAL"]] }))).toBeNull();
    const d = scoreSecurity({ skilling }, { asOf: "2025-10" }).report.designations[0];
    expect(d.scored).toBe(false);
    expect(d.needs).toMatch(/^Needs the Azure consumption export/);
  });

  test("with only the M365 export, the Azure half is 0 and a warning says so", () => {
    const r = scoreSecurity({ m365: [["T", "CPOR", "Intune", "Oct-2025", 30, 30]] }, { asOf: "2025-10" });
    expect(r.report.designations[0].scored).toBe(true);
    expect(r.report.warnings).toContainEqual({
      code: "security-no-azure",
      kind: "fix",
      title: "Azure export missing",
      action: "Add the Azure consumption export.",
      message: "Security: no Azure consumption export; the Azure half of every metric is 0. Add the Azure export.",
    });
    expect(securityMetric(r, "single", "net-customer-adds").value).toEqual({ azure: 0, m365: 1 });
  });

  test("with only the Azure export, the M365 half is 0 and a warning says so", () => {
    const r = scoreSecurity({ azure: [["A", "Sentinel", "2025-10", 100, "PAL"]] }, { asOf: "2025-10" });
    expect(warningCodes(r)).toContain("security-no-m365");
    expect(warningCodes(r)).not.toContain("security-no-azure");
    expect(securityMetric(r, "single", "net-customer-adds").value).toEqual({ azure: 1, m365: 0 });
  });

  test("the as-of month is the latest month across the two exports", () => {
    const azureLater = { azure: [["A", "Sentinel", "2025-10", 100, "PAL"]] as AzureRow[], m365: [["T", "CPOR", "Intune", "Aug-2025", 30, 30]] as UsageRow[] };
    expect(latestMonthOf(securityModule, securityInput(azureLater))).toBe(monthIndex(2025, 10));
    expect(scoreSecurity(azureLater).report.asOf).toBe("2025-10");
    const m365Later = { azure: [["A", "Sentinel", "2025-06", 100, "PAL"]] as AzureRow[], m365: [["T", "CPOR", "Intune", "Sep-2025", 30, 30]] as UsageRow[] };
    expect(latestMonthOf(securityModule, securityInput(m365Later))).toBe(monthIndex(2025, 9));
  });
});

describe("Security: the rule set in force", () => {
  const usage = (month: string): UsageRow[] => [["T", "CPOR", "Intune", month, 1, 1]];
  const idAt = (asOf: string, ruleSet?: string) => scoreSecurity({ m365: usage(asOf) }, { asOf, ruleSet }).report.designations[0].ruleSet.id;

  test("by as-of month: June 2023 rules, the 1 Dec 2023 skilling step, then the 2026 rules", () => {
    expect(SECURITY_RULE_SETS.map((r) => [r.id, r.edition, r.effectiveFrom])).toEqual([
      ["security-2023", "2023", "2023-06-13"],
      ["security-2023-12", "2023", "2023-12-01"],
      ["security-2026", "2026", "2026-05-08"],
    ]);
    expect(idAt("2023-06")).toBe("security-2023");
    expect(idAt("2023-11")).toBe("security-2023");
    expect(idAt("2023-12")).toBe("security-2023-12");
    expect(idAt("2026-04")).toBe("security-2023-12");
    expect(idAt("2026-05")).toBe("security-2026");
  });

  test("an edition or a rule-set id overrides the month", () => {
    expect(idAt("2025-10", "2026")).toBe("security-2026");
    expect(idAt("2026-10", "2023")).toBe("security-2023-12"); // the edition's step in force in the month
    expect(idAt("2026-10", "security-2023")).toBe("security-2023");
  });

  test("every number of every rule set names a source the rule set lists", () => {
    for (const rules of SECURITY_RULE_SETS) {
      const ids = new Set(rules.sources.map((s) => s.id));
      const sourced: { source: string }[] = [];
      const walk = (x: unknown): void => {
        if (Array.isArray(x)) x.forEach(walk);
        else if (x && typeof x === "object") {
          if ("source" in x && "value" in x) sourced.push(x as { source: string });
          Object.values(x).forEach(walk);
        }
      };
      walk(rules);
      expect(sourced.length).toBeGreaterThan(20);
      for (const s of sourced) expect(ids).toContain(s.source);
    }
  });
});

describe("Security: matching and reading the exports", () => {
  test("Azure services match loosely, with their other names", () => {
    // Each tenant has $100 on one spelling: all are eligible 2023 customers.
    const names = [
      "Azure Defender",
      "Security Center",
      "Microsoft Defender for Cloud",
      "azure ad b2c",
      "AZURE ACTIVE DIRECTORY B2C",
      "Azure AD Domain Services",
      "Microsoft Sentinel",
      "Azure Key Vault",
    ];
    const azure: AzureRow[] = names.map((n, i) => [`A${i}`, n, "2025-10", 100, "PAL"]);
    const r = scoreSecurity({ azure }, { asOf: "2025-10", ruleSet: "2023" });
    expect(securityMetric(r, "single", "net-customer-adds").value).toEqual({ azure: names.length, m365: 0 });
    expect(warningCodes(r)).not.toContain("security-ineligible-services");
  });

  test("M365 workloads match loosely, with their short names", () => {
    const names = ["AADP", "Azure AD Premium", "Entra ID P2", "MDO", "MDE", "MDI", "MIP", "Purview Information Protection", "InTune"];
    const m365: UsageRow[] = names.map((n, i) => [`T${i}`, "CPOR", n, "Oct-2025", 25, 25]);
    const r = scoreSecurity({ m365 }, { asOf: "2025-10", ruleSet: "2023" });
    expect(securityMetric(r, "single", "net-customer-adds").value).toEqual({ azure: 0, m365: names.length });
  });

  test("ACR rows of one tenant add up; seats of one workload under several associations are taken once", () => {
    const r = scoreSecurity(
      {
        // 2026: $400 under PAL + $300 under CSP Tier 1 = $700 ≥ $600: a customer.
        azure: [
          ["A", "Sentinel", "2026-10", 400, "PAL"],
          ["A", "Sentinel", "2026-10", 300, "CSP Tier 1"],
        ],
        // The same Intune licences under CPOR and CSP: the row with most paid seats (100), not 200.
        m365: [
          ["W", "CPOR", "Intune", "Oct-2026", 50, 100],
          ["W", "CSP Tier 1", "Intune", "Oct-2026", 60, 100],
        ],
      },
      { asOf: "2026-10" }
    );
    expect(securityMetric(r, "smb", "net-customer-adds").value).toEqual({ azure: 1, m365: 1 });
    // Protected users: one Intune row, not both: equal paid seats (100), so the row with more active users (60).
    expect((securityMetric(r, "smb", "usage-growth").value as Record<string, number>).m365).toBe(60);
  });
});

describe("Security: warnings about missing months", () => {
  test("Azure: the months of the two TTM windows the export lacks are named", () => {
    // Rows only for Jan-2025..Oct-2025: 14 of the 24 months Nov-2023..Oct-2025 are missing.
    const azure = everyMonth("2025-01", "2025-10", (m): AzureRow => ["A", "Sentinel", m, 10, "PAL"]);
    const r = scoreSecurity({ azure }, { asOf: "2025-10" });
    const w = r.report.warnings.find((x) => x.code === "security-azure-ttm-months-missing")!;
    expect(w.message).toMatch(/no rows for Nov-2023, Dec-2023, Jan-2024, Feb-2024, Mar-2024, Apr-2024 and 8 more \(14 of the 24 months Nov-2023\.\.Oct-2025\)/);
    expect(warningCodes(r)).not.toContain("security-azure-no-rows-as-of");
  });

  test("Azure: a complete 24 months gives no such warning", () => {
    const azure = everyMonth("2023-11", "2025-10", (m): AzureRow => ["A", "Sentinel", m, 10, "PAL"]);
    expect(warningCodes(scoreSecurity({ azure }, { asOf: "2025-10" }))).not.toContain("security-azure-ttm-months-missing");
  });

  test("M365: the baseline month M − 12 absent, and the as-of month absent", () => {
    const r = scoreSecurity({ m365: [["T", "CPOR", "Intune", "Oct-2025", 30, 30]] }, { asOf: "2025-10" });
    expect(r.report.warnings.find((w) => w.code === "security-m365-no-baseline")!.message).toMatch(/no rows for Oct-2024, 12 months before Oct-2025/);
    const later = scoreSecurity({ m365: [["T", "CPOR", "Intune", "Oct-2025", 30, 30]] }, { asOf: "2025-11" });
    expect(warningCodes(later)).toContain("security-m365-no-rows-as-of");
  });
});
