/** Layout detection from a header row: both naming schemes, loose matching, and the no-layout message. */
import { detectLayout, headerName, matchLayout, M365_USAGE, noLayoutMessage, SKILLING } from "../../../src/engine/input/layouts";

const SEED = ["CustomerTenantName", "PartnerAttachType", "WorkloadName", "MonthName", "ActiveUsage", "QualifiedUsage"];
const SEED_COLUMNS = { tenantName: 0, association: 1, workload: 2, month: 3, mau: 4, pau: 5 };
const SKILLING_HEADER = ["Individual name", "Certification name", "Certification type", "Solution area", "Completion date", "Expiry date"];

describe("detectLayout: M365 usage", () => {
  test("the seed layout maps every field to its column", () => {
    const d = detectLayout(SEED);
    expect(d?.layout.id).toBe("m365-usage");
    expect(d?.columns).toEqual(SEED_COLUMNS);
  });

  test("documented Insights names, with tenant id, customer name and DateAssociated", () => {
    const header = [
      "CustomerTenantId",
      "CustomerName",
      "PartnerAttributionType",
      "WorkloadName",
      "Month",
      "MonthlyActiveUsers",
      "PaidAvailableUnits",
      "DateAssociated",
    ];
    const d = detectLayout(header);
    expect(d?.layout.id).toBe("m365-usage");
    expect(d?.columns).toEqual({ tenantId: 0, tenantName: 1, association: 2, workload: 3, month: 4, mau: 5, pau: 6, dateAssociated: 7 });
  });

  test("Insights alternatives: PartnerAssociationType and Date, tenant id only", () => {
    const header = ["Date", "CustomerTenantId", "PartnerAssociationType", "WorkloadName", "PaidAvailableUnits", "MonthlyActiveUsers"];
    const d = detectLayout(header);
    expect(d?.layout.id).toBe("m365-usage");
    expect(d?.columns).toEqual({ tenantId: 1, association: 2, workload: 3, month: 0, mau: 5, pau: 4 });
  });

  test("an Insights header (MonthlyActiveUsers) has every column the Business Applications usage layout reads too, and is M365, not ambiguous", () => {
    const d = detectLayout(["CustomerTenantId", "CustomerName", "PartnerAttributionType", "WorkloadName", "Month", "MonthlyActiveUsers", "PaidAvailableUnits"]);
    expect(d?.layout.id).toBe("m365-usage");
    expect(d?.alsoMatches).toBeUndefined();
    expect(d?.duplicates).toBeUndefined();
  });

  test("M365 columns beside Azure's ServiceLevel2 and ACR_USD: two exports, both named", () => {
    const d = detectLayout([...SEED, "ServiceLevel2", "ACR_USD"]);
    expect([d?.layout.id, ...(d?.alsoMatches ?? []).map((m) => m.layout.id)].sort()).toEqual(["azure-usage", "m365-usage"]);
  });

  test("CustomerName alone is enough to identify tenants", () => {
    const header = ["CustomerName", "PartnerAttributionType", "WorkloadName", "Month", "MonthlyActiveUsers", "PaidAvailableUnits"];
    expect(detectLayout(header)?.columns.tenantName).toBe(0);
  });

  test("headers match regardless of case, spaces and underscores", () => {
    const header = ["customer_tenant_name", "Partner Attach Type", "WORKLOAD NAME", "month name", "Monthly Active Users", "paid_available_units"];
    const d = detectLayout(header);
    expect(d?.layout.id).toBe("m365-usage");
    expect(d?.columns).toEqual(SEED_COLUMNS);
  });

  test("surrounding spaces in header cells do not matter", () => {
    expect(detectLayout(SEED.map((h) => `  ${h} `))?.columns).toEqual(SEED_COLUMNS);
  });

  test("a UTF-8 BOM on the first header is ignored, and headerName drops it", () => {
    const header = [`\uFEFF${SEED[0]}`, ...SEED.slice(1)];
    const d = detectLayout(header);
    expect(d?.columns).toEqual(SEED_COLUMNS);
    expect(headerName(header, 0)).toBe("CustomerTenantName");
  });

  test("extra columns are kept out of the mapping and shift nothing else", () => {
    const header = ["Region", ...SEED.slice(0, 3), "Notes", ...SEED.slice(3), "Owner"];
    expect(detectLayout(header)?.columns).toEqual({ tenantName: 1, association: 2, workload: 3, month: 5, mau: 6, pau: 7 });
  });

  test("column order does not matter", () => {
    const header = [...SEED].reverse();
    expect(detectLayout(header)?.columns).toEqual({ tenantName: 5, association: 4, workload: 3, month: 2, mau: 1, pau: 0 });
  });

  test.each<[string, string]>([
    ["PartnerAttachType", "association"],
    ["WorkloadName", "workload"],
    ["MonthName", "month"],
    ["ActiveUsage", "mau"],
    ["QualifiedUsage", "pau"],
  ])("without %s (required %s) the header matches no layout", (missing) => {
    const header = SEED.filter((h) => h !== missing);
    expect(detectLayout(header)).toBeNull();
    expect(matchLayout(M365_USAGE, header)).toBeNull();
  });

  test("without any tenant column (id or name) the header matches no layout", () => {
    expect(detectLayout(SEED.slice(1))).toBeNull();
  });

  test("null and undefined header cells are tolerated", () => {
    expect(detectLayout([null, ...SEED, undefined])?.columns.tenantName).toBe(1);
  });
});

describe("detectLayout: skilling", () => {
  test("the skilling export maps every field", () => {
    const d = detectLayout(SKILLING_HEADER);
    expect(d?.layout.id).toBe("skilling");
    expect(d?.columns).toEqual({ person: 0, certification: 1, type: 2, solutionArea: 3, completed: 4, expires: 5 });
  });

  test("loosely matched, required columns only", () => {
    const d = detectLayout(["individual_name", "CERTIFICATION NAME"]);
    expect(d?.layout.id).toBe("skilling");
    expect(d?.columns).toEqual({ person: 0, certification: 1 });
  });

  test("without Certification name it is not a skilling export", () => {
    expect(matchLayout(SKILLING, ["Individual name", "Solution area"])).toBeNull();
    expect(detectLayout(["Individual name", "Solution area"])).toBeNull();
  });
});

describe("noLayoutMessage", () => {
  const message = noLayoutMessage(["Foo", " Bar ", "", "Month"]);

  test("lists the expected columns of each layout", () => {
    expect(message).toContain("CustomerTenantId or CustomerTenantName, PartnerAttachType, WorkloadName, MonthName, ActiveUsage, QualifiedUsage");
    expect(message).toContain("Individual name, Certification name");
    expect(message).toContain(M365_USAGE.title);
    expect(message).toContain(SKILLING.title);
  });

  test("lists the columns found, trimmed, without the empty ones", () => {
    expect(message).toContain("Found: Foo, Bar, Month");
  });

  test("an empty header row says so", () => {
    expect(noLayoutMessage(["", "  "])).toContain("Found: (an empty header row)");
  });
});

describe("headerName", () => {
  test("the header text, trimmed", () => {
    expect(headerName(["a", "  MonthName "], 1)).toBe("MonthName");
  });

  test("a missing or blank header is named by its position", () => {
    expect(headerName(["a", "", "c"], 1)).toBe("column 2");
    expect(headerName(["a"], 4)).toBe("column 5");
  });
});
