import { metric, score, type UsageRow } from "../../helpers/score";

const M = "Oct-2025";
const P = "Oct-2024";

describe("tenant eligibility by paid units (PAU)", () => {
  test.each([
    [10, 0, 0],
    [11, 0, 1],
    [300, 0, 1],
    [301, 1, 0],
    [300.5, 1, 0],
    [10.5, 0, 1],
  ])("PAU %i → Enterprise %i, SMB %i (CPOR counts for both tracks)", (pau, ent, smb) => {
    const r = score([["T1", "CPOR", "Exchange", M, 1, pau]], { asOf: "2025-10" });
    expect(metric(r, "enterprise", "net-customer-adds").value).toBe(ent);
    expect(metric(r, "smb", "net-customer-adds").value).toBe(smb);
  });

  test("a tenant with one workload over 300 and another in 11–300 counts in both tracks", () => {
    const r = score([
      ["T1", "CPOR", "Exchange", M, 100, 500],
      ["T1", "CPOR", "Teams", M, 10, 50],
    ]);
    expect(metric(r, "enterprise", "net-customer-adds").value).toBe(1);
    expect(metric(r, "smb", "net-customer-adds").value).toBe(1);
  });

  test("only eligible workloads make a tenant eligible", () => {
    const r = score([["T1", "CSP Tier1", "Skype for Business", M, 10, 50]]);
    expect(metric(r, "smb", "net-customer-adds").value).toBe(0);
  });

  test("an association counts only for its tracks: CSP is SMB only, DPOR Enterprise only, PAL neither", () => {
    const r = score([
      ["CSP-big", "CSP Tier 2", "Exchange", M, 1, 5000],
      ["DPOR-small", "DPOR", "Exchange", M, 1, 50],
      ["DPOR-big", "DAP", "Exchange", M, 1, 5000],
      ["PAL-small", "Partner Admin Link", "Exchange", M, 1, 50],
      ["CSP-small", "CSP T1", "Exchange", M, 1, 50],
    ]);
    expect(metric(r, "enterprise", "net-customer-adds").value).toBe(1);
    expect(metric(r, "smb", "net-customer-adds").value).toBe(1);
  });

  test("workload names match loosely", () => {
    const rows: UsageRow[] = ["exchange online", "Teams Meetings", "TEAMSMEETINGS", "Yammer", "ProPlus", "Teams Phone Enabled Users"].map((w, i) => [
      `T${i}`,
      "CSP Tier1",
      w,
      M,
      1,
      20,
    ]);
    const r = score(rows);
    expect(metric(r, "smb", "net-customer-adds").value).toBe(6);
  });
});

describe("net customer adds", () => {
  test("eligible tenants in M minus eligible tenants in M−12, deduplicated across association types", () => {
    const r = score([
      // A: SMB under both CPOR and CSP in M → one tenant
      ["A", "CPOR", "Exchange", M, 5, 20],
      ["A", "CSP Tier1", "Teams", M, 5, 20],
      ["B", "CSP Tier1", "Exchange", M, 5, 20],
      ["C", "CSP Tier1", "Exchange", M, 5, 20],
      // C was already a customer a year ago; D was lost
      ["C", "CSP Tier1", "Exchange", P, 5, 20],
      ["D", "CSP Tier1", "Exchange", P, 5, 20],
    ]);
    const nca = metric(r, "smb", "net-customer-adds");
    expect(nca.value).toBe(3 - 2);
    expect(nca.points).toBe(2); // 1 / 10 × 20
  });

  test("a negative net value earns 0 points, not negative points", () => {
    const r = score([
      ["A", "CSP Tier1", "Exchange", P, 5, 20],
      ["B", "CSP Tier1", "Exchange", P, 5, 20],
      ["C", "CSP Tier1", "Exchange", M, 5, 20],
    ]);
    const nca = metric(r, "smb", "net-customer-adds");
    expect(nca.value).toBe(-1);
    expect(nca.points).toBe(0);
  });

  test("Enterprise: 4 points per net new customer, full 20 at 5 and capped", () => {
    const rows: UsageRow[] = Array.from({ length: 7 }, (_, i) => [`E${i}`, "DPOR", "Exchange", M, 1, 1000]);
    expect(metric(score(rows.slice(0, 3)), "enterprise", "net-customer-adds").points).toBe(12);
    expect(metric(score(rows), "enterprise", "net-customer-adds").points).toBe(20);
  });
});
