import type { ScoreAllResult } from "../../../src/engine";
import { filler, metric, scoreAzure, warning, warningCodes, type AzureTuple } from "../../helpers/azure";

// As-of Oct-2025: the deployment window is Nov-2024..Oct-2025.
const months = filler("2024-09", "2025-10"); // Storage, $1 a month: itself one deployment

function deployed(r: ScoreAllResult): string[] {
  const details = r.outcomes[0].score!.details as { deployments: { services: string[] } };
  return details.deployments.services;
}

describe("Azure deployments (distinct services with ACR over the last 12 months, 2 points each, max 10)", () => {
  test("VM services are excluded (matched loosely); services outside the window, netted to zero or under other associations are not counted", () => {
    const rows: AzureTuple[] = [
      ...months,
      ["A", "Azure SQL Database", "2025-03", 50],
      ["A", "Virtual Machines", "2025-10", 9000],
      ["B", "Virtual Machines Licenses", "2025-01", 300],
      ["B", "virtual machines", "2025-02", 300], // same service as "Virtual Machines", other spelling
      ["B", "App Service", "2024-10", 500], // M−12: outside the window
      ["B", "Key Vault", "2025-05", 50],
      ["B", "Key Vault", "2025-06", -50], // credited back to $0 over the window
      ["C", "Azure Functions", "2025-10", 80, "CPOR"], // association that does not count
    ];
    const r = scoreAzure({ rows });
    // Storage + Azure SQL Database = 2 → 2 × 2 = 4 points.
    expect(deployed(r)).toEqual(["Azure SQL Database", "Storage"]);
    expect(metric(r, "deployments").value).toBe(2);
    expect(metric(r, "deployments").points).toBe(4);
    expect(metric(r, "deployments").gaps[0].text).toBe("3 more deployed Azure services: +6 points");
    expect(warning(r, "azure-vm-not-deployment")).toBe(
      "Infrastructure: 3 rows of Virtual Machines, Virtual Machines Licenses in Nov-2024 to Oct-2025 are not deployments (Virtual Machines and Virtual Machines Licenses are excluded); they still count for net customer adds and usage growth."
    );
  });

  test("a service counts once across tenants; five earn the maximum 10 and a sixth adds nothing", () => {
    const services = ["Azure SQL Database", "Key Vault", "App Service", "Azure Kubernetes Service", "Azure Monitor"];
    const four = scoreAzure({
      rows: [
        ...months,
        ...services.slice(0, 4).flatMap((s): AzureTuple[] => [
          ["A", s, "2025-06", 10],
          ["B", s, "2025-07", 10],
        ]),
      ],
    });
    // Storage + 4 services = 5 (each in two tenants, counted once) → 10 points.
    expect(metric(four, "deployments").value).toBe(5);
    expect(metric(four, "deployments").points).toBe(10);
    const five = scoreAzure({ rows: [...months, ...services.map((s): AzureTuple => ["A", s, "2025-06", 10])] });
    expect(metric(five, "deployments").value).toBe(6);
    expect(metric(five, "deployments").points).toBe(10);
    expect(warningCodes(five)).not.toContain("azure-vm-not-deployment");
  });

  test("not a year-over-year difference: services used last year too still count", () => {
    const rows: AzureTuple[] = [...months, ["A", "Key Vault", "2024-09", 10], ["A", "Key Vault", "2024-12", 10], ["A", "Key Vault", "2025-09", 10]];
    // Storage and Key Vault were both in use a year ago; both count now: 2 → 4 points.
    const r = scoreAzure({ rows });
    expect(metric(r, "deployments").value).toBe(2);
    expect(metric(r, "deployments").points).toBe(4);
  });
});
