import { metric, score, skillingCsv } from "../../helpers/score";

const usage: Parameters<typeof score>[0] = [["A", "CSP Tier1", "Exchange", "Oct-2025", 10, 20]];

describe("certifications", () => {
  test("unique people per level; the same person can count for both levels", () => {
    const r = score(
      usage,
      {},
      skillingCsv([
        ["Ana Silva", "Microsoft 365 Certified: Teams Administrator Associate"],
        ["ana  silva", "Microsoft Certified: Identity and Access Administrator Associate"], // same person, second cert
        ["Bo Chen", "Microsoft 365 Fundamentals"],
        ["Ana Silva", "Microsoft 365 Certified: Enterprise Administrator Expert"],
      ])
    );
    expect(metric(r, "enterprise", "intermediate-certifications").value).toBe(2);
    expect(metric(r, "enterprise", "intermediate-certifications").points).toBe(5); // 2 / 4 × 10
    expect(metric(r, "enterprise", "advanced-certifications").value).toBe(1);
    expect(metric(r, "enterprise", "advanced-certifications").points).toBe(7.5);
    expect(metric(r, "smb", "intermediate-certifications").points).toBe(10);
    expect(metric(r, "smb", "advanced-certifications").points).toBe(15);
    expect(metric(r, "smb", "advanced-certifications").basis).toBe("skilling-export");
  });

  test("an expired certification (expiry before the as-of month) does not count; one expiring in it does", () => {
    const r = score(
      usage,
      {},
      skillingCsv([
        ["A", "Microsoft 365 Fundamentals", "2023-01-01", "2025-09-30"],
        ["B", "Microsoft 365 Fundamentals", "2023-01-01", "2025-10-31"],
        ["C", "Microsoft 365 Fundamentals", "2025-11-02", ""], // completed after M
      ])
    );
    expect(metric(r, "enterprise", "intermediate-certifications").value).toBe(1);
    const rows = r.certifications!.rows;
    expect(rows[0].reason).toMatch(/Expired Sep-2025/);
    expect(rows[2].reason).toMatch(/after the as-of month/);
  });

  test("renamed and prefixed names match: Modern Desktop = Endpoint Administrator Associate", () => {
    const r = score(
      usage,
      {},
      skillingCsv([
        ["A", "Microsoft 365 Certified: Modern Desktop Administrator Associate"],
        ["B", "Endpoint Administrator Associate"],
        ["C", "Teams Meetings and Meeting Rooms Technical Assessment"],
        ["D", "Microsoft Certified: Azure Administrator Associate"],
      ])
    );
    expect(metric(r, "enterprise", "intermediate-certifications").value).toBe(2);
    expect(metric(r, "enterprise", "advanced-certifications").value).toBe(1);
    expect(r.certifications!.rows[3].reason).toMatch(/not an eligible Modern Work certification/);
  });

  test("counts given as options are used without a skilling export, and override one", () => {
    const opt = score(usage, { intermediate: 3, advanced: 0 });
    expect(metric(opt, "enterprise", "intermediate-certifications").points).toBe(7.5);
    expect(metric(opt, "enterprise", "advanced-certifications").points).toBe(0);
    expect(metric(opt, "enterprise", "advanced-certifications").basis).toBe("option");
    const none = score(usage);
    expect(metric(none, "smb", "intermediate-certifications").basis).toBe("none");
    expect(none.report.warnings.map((w) => w.code)).toContain("no-skilling");
    const both = score(usage, { advanced: 2 }, skillingCsv([["A", "Microsoft 365 Fundamentals"]]));
    expect(metric(both, "enterprise", "advanced-certifications").value).toBe(2);
    expect(metric(both, "enterprise", "intermediate-certifications").value).toBe(1);
    expect(both.report.warnings.map((w) => w.code)).toContain("counts-override-skilling");
  });
});
