import { scoreDesignations, skillingEligibility } from "../../../src/engine";
import { skillingCsv, usageCsv } from "../../helpers/score";
import { readInputs } from "../../helpers/input";

const USAGE = usageCsv([
  ["Contoso", "CSP Tier 1", "Exchange", "Oct-2025", 20, 40],
  ["Lost", "CSP Tier 1", "Exchange", "Oct-2024", 50, 100],
]);
const TEAMS = "Microsoft 365 Certified: Teams Administrator Associate";
const ENDPOINT = "Microsoft 365 Certified: Endpoint Administrator Associate";
const MESSAGING = "Microsoft 365 Certified: Messaging Administrator Associate";

const input = readInputs({
  "usage.csv": USAGE,
  "skilling.csv": skillingCsv([
    ["Ana Silva", TEAMS, "2024-03-14", "2026-03-14"],
    ["ana  silva", ENDPOINT, "2024-03-14", "2026-05-14"],
    ["Ben Carter", ENDPOINT, "2023-01-02", "2025-01-02"],
    ["Chloé Martin", MESSAGING, "2025-11-20", "2027-11-20"],
    ["Dan Ek", "Some Other Certification", "2024-01-01", ""],
  ]),
});

describe("skillingEligibility", () => {
  const mw = (options = {}) => {
    const base = scoreDesignations(input, { asOf: "2025-10", ...options });
    return skillingEligibility(input, base).designations.find((d) => d.designation === "modern-work")!;
  };

  test("per step: who counts (a person once, with each certification and until when), expired and not yet valid apart", () => {
    const d = mw();
    expect(d.asOf).toBe("2025-10");
    const intermediate = d.steps.find((s) => s.level === "intermediate")!;
    expect(intermediate.counted).toEqual([
      {
        person: "Ana Silva",
        certifications: [
          { certification: TEAMS, until: "2026-03", completed: "2024-03", file: "skilling.csv", row: 2 },
          { certification: ENDPOINT, until: "2026-05", completed: "2024-03", file: "skilling.csv", row: 3 },
        ],
      },
    ]);
    expect(intermediate.expired).toEqual([expect.objectContaining({ person: "Ben Carter", certification: ENDPOINT, status: "expired", date: "2025-01" })]);
    expect(intermediate.notYet).toEqual([expect.objectContaining({ person: "Chloé Martin", certification: MESSAGING, status: "not-yet", date: "2025-11" })]);
    // A certification on no list is on no step.
    expect(JSON.stringify(d.steps)).not.toContain("Dan Ek");
    expect(d.steps.find((s) => s.level === "advanced")).toMatchObject({ counted: [], expired: [], notYet: [], typed: false });
  });

  test("the same person counts the month Chloé's certification is valid, and Ben's is expired then", () => {
    const later = mw({ asOf: "2025-12" });
    const step = later.steps.find((s) => s.level === "intermediate")!;
    expect(step.counted.map((p) => p.person)).toEqual(["Ana Silva", "Chloé Martin"]);
  });

  test("a typed count says the export is replaced for that level", () => {
    const typed = mw({ intermediate: 3 });
    expect(typed.steps.find((s) => s.level === "intermediate")!.typed).toBe(true);
    expect(typed.steps.find((s) => s.level === "advanced")!.typed).toBe(false);
  });

  test("without a skilling export: no export, and every list empty", () => {
    const none = readInputs({ "usage.csv": USAGE });
    const result = skillingEligibility(none, scoreDesignations(none, { asOf: "2025-10" }));
    expect(result.hasExport).toBe(false);
    expect(result.designations.flatMap((d) => d.steps.flatMap((s) => s.counted))).toEqual([]);
  });
});
