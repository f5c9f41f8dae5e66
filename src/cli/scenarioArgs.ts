import type { HypotheticalCertification, HypotheticalCustomer } from "../engine";
import { UsageError } from "./usageError";

const KEYS: Record<string, keyof HypotheticalCustomer> = {
  name: "name",
  association: "association",
  assoc: "association",
  workload: "workload",
  service: "workload",
  export: "export",
  revenue: "ttmRevenue",
  ttm: "ttmRevenue",
  mau: "monthlyActiveUsers",
  users: "monthlyActiveUsers",
  protected: "monthlyProtectedUsers",
  mpu: "monthlyProtectedUsers",
  paid: "paidUnits",
  pau: "paidUnits",
  seats: "paidUnits",
  customer: "customer",
  deployment: "deployment",
};

const NUMBERS = new Set<keyof HypotheticalCustomer>(["ttmRevenue", "monthlyActiveUsers", "monthlyProtectedUsers", "paidUnits"]);

function amount(flag: string, key: string, raw: string): number {
  const n = Number(raw.replace(/[$,_\s]/g, ""));
  if (raw.trim() === "" || !Number.isFinite(n) || n < 0) throw new UsageError(`${flag}: ${key} takes a number of 0 or more, not "${raw}".`);
  return n;
}

/**
 * `--add-customer "workload=Exchange,association=CSP Tier 1,mau=120,paid=150,new"`: key=value pairs;
 * a bare "new" or "existing" is the customer type.
 */
export function parseCustomer(raw: string, index: number): HypotheticalCustomer {
  const flag = "--add-customer";
  const c: Record<string, unknown> = { name: `New customer ${index + 1}`, customer: "new", deployment: "new" };
  for (const part of raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq < 0) {
      if (part !== "new" && part !== "existing")
        throw new UsageError(`${flag}: "${part}" is not KEY=VALUE, "new" or "existing". Keys: ${Object.keys(KEYS).join(", ")}.`);
      c.customer = part;
      continue;
    }
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    const field = KEYS[key];
    if (!field) throw new UsageError(`${flag}: unknown key "${key}". Keys: ${Object.keys(KEYS).join(", ")}.`);
    if (NUMBERS.has(field)) c[field] = amount(flag, key, value);
    else if ((field === "customer" || field === "deployment") && value !== "new" && value !== "existing")
      throw new UsageError(`${flag}: ${key} is "new" or "existing", not "${value}".`);
    else if (field === "export" && !["m365", "azure", "bizapps"].includes(value))
      throw new UsageError(`${flag}: export is m365, azure or bizapps, not "${value}".`);
    else c[field] = value;
  }
  if (!c.workload) throw new UsageError(`${flag}: give workload=… (an M365 workload, Azure service or Business Applications workload).`);
  if (!c.association) throw new UsageError(`${flag}: give association=… (e.g. CSP Tier 1, CPOR, PAL).`);
  return c as unknown as HypotheticalCustomer;
}

/** `--add-cert "Teams Administrator Associate=2"`: a certification name and the number of people (1 without "=N"). */
export function parseCertification(raw: string): HypotheticalCertification {
  const m = /^(.*?)(?:=(\d+))?$/.exec(raw.trim())!;
  const name = m[1].trim();
  if (!name) throw new UsageError(`--add-cert takes "CERTIFICATION NAME=PEOPLE", not "${raw}".`);
  return { name, people: m[2] === undefined ? 1 : Number(m[2]) };
}
