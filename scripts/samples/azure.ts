/**
 * The sample Azure consumption export: one row per tenant × service (ServiceLevel2) × month, ACR in USD,
 * for 24 months (Nov-2023 … Oct-2025). Tenants follow a few archetypes chosen for the story told in
 * samples/README.md: established customers growing 10–25 % a year, a handful crossing $1,000 a month in
 * the last months, boundary cases around the net-customer-add threshold, small CSP customers, and the
 * partner's own tenant, which counts for nothing.
 */
import { customers, type Customer } from "./companies";
import { Rng } from "./prng";

export const AZURE_HEADER = "CustomerTenantId,CustomerName,ServiceLevel2,Month,ACR_USD,PartnerAttributionType,CustomerSegment";

/** Month k = 0 … 23 is Nov-2023 … Oct-2025; k = 11 is Oct-2024 (the baseline), k = 23 Oct-2025 (as of). */
export const AZURE_MONTHS = 24;
const BASELINE = 11;

export function azureMonth(k: number): string {
  const index = 2023 * 12 + 10 + k; // Nov-2023 is month 10 (0-based) of 2023
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** Service mixes: ServiceLevel2 name → share of the tenant's monthly ACR. */
const MIX = {
  infra: {
    "Virtual Machines": 0.48,
    "Virtual Machines Licenses": 0.13,
    Storage: 0.17,
    Backup: 0.09,
    "Azure Monitor": 0.06,
    "Key Vault": 0.01,
    "Azure Bastion": 0.06,
  },
  apps: {
    "Azure App Service": 0.37,
    "Azure SQL Database": 0.27,
    Storage: 0.1,
    "Azure Kubernetes Service": 0.15,
    "Azure Cosmos DB": 0.08,
    "Key Vault": 0.01,
    "Azure Monitor": 0.02,
  },
  dataAi: {
    "Azure Databricks": 0.35,
    "Azure OpenAI": 0.25,
    Storage: 0.15,
    "Azure SQL Database": 0.1,
    "Azure Machine Learning": 0.1,
    "Key Vault": 0.01,
    "Azure Monitor": 0.04,
  },
  secured: {
    "Virtual Machines": 0.33,
    Storage: 0.1,
    Sentinel: 0.2,
    "Microsoft Defender for Cloud": 0.1,
    "Azure Firewall": 0.2,
    "Key Vault": 0.02,
    "Azure Bastion": 0.05,
  },
  web: { "Azure App Service": 0.6, "Azure SQL Database": 0.3, Storage: 0.1 },
  vm: { "Virtual Machines": 0.6, Storage: 0.25, Backup: 0.15 },
  ai: { "Azure OpenAI": 0.7, Storage: 0.1, "Azure App Service": 0.2 },
  security: { "Microsoft Defender for Cloud": 0.4, "Key Vault": 0.1, Sentinel: 0.5 },
  single: { "Azure App Service": 1 },
} as const;
type Mix = keyof typeof MIX;

interface AzureTenant {
  customer: Customer;
  association: string;
  segment: string;
  mix: Mix;
  /** Monthly ACR of month k, or null when the tenant has no rows that month. */
  total: (k: number) => number | null;
  /** Services billed under a second association (e.g. a CSP subscription beside PAL-linked ones). */
  second?: { association: string; services: string[] };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** ACR growing `g` a year through `anchor` at the baseline month, with ±`noise` month-to-month jitter. */
function growing(rng: Rng, anchor: number, g: number, noise = 0.03, from = 0, to = AZURE_MONTHS - 1): (k: number) => number | null {
  const jitter = Array.from({ length: AZURE_MONTHS }, () => 1 + noise * (2 * rng.float() - 1));
  return (k) => (k < from || k > to ? null : anchor * (1 + g) ** ((k - BASELINE) / 12) * jitter[k]);
}

export function sampleAzureTenants(): AzureTenant[] {
  const rng = new Rng(0xa2_2025);
  const pool = customers().slice(0, 60);
  let next = 0;
  const tenants: AzureTenant[] = [];
  const add = (association: string, segment: string, mix: Mix, total: AzureTenant["total"], second?: AzureTenant["second"]) =>
    tenants.push({ customer: pool[next++], association, segment, mix, total, ...(second ? { second } : {}) });

  // 12 established customers, over $1,000 every month: growth 15–25 % a year.
  const established: Array<[string, string, Mix]> = [
    ["PAL", "Enterprise", "secured"],
    ["PAL", "Corporate", "secured"],
    ["PAL", "Corporate", "dataAi"],
    ["PAL", "Enterprise", "infra"],
    ["PAL", "SMB", "apps"],
    ["DPOR", "Enterprise", "infra"],
    ["DPOR", "Corporate", "apps"],
    ["CSP Tier 1", "Corporate", "apps"],
    ["CSP Tier 1", "SMB", "infra"],
    ["CSP Tier 1", "SMB", "dataAi"],
    ["CSP Tier 2", "Corporate", "web"],
    ["CSP Tier 2", "SMB", "vm"],
  ];
  for (const [association, segment, mix] of established) {
    const anchor = Math.exp(rng.between(Math.log(1800), Math.log(22000)));
    // The data & AI customer on PAL also buys Azure OpenAI through a CSP subscription.
    const second = mix === "dataAi" && association === "PAL" ? { association: "CSP Tier 1", services: ["Azure OpenAI"] } : undefined;
    add(association, segment, mix, growing(rng, anchor, rng.between(0.15, 0.25)), second);
  }
  // 5 customers crossing $1,000 a month: under $910 in Oct-2024, over $1,000 in Sep- and Oct-2025.
  for (const [association, mix] of [
    ["CSP Tier 1", "web"],
    ["CSP Tier 1", "ai"],
    ["CSP Tier 2", "vm"],
    ["PAL", "infra"],
    ["DPOR", "apps"],
  ] as Array<[string, Mix]>)
    add(association, "SMB", mix, growing(rng, rng.between(780, 880), rng.between(0.36, 0.46)));
  // Exactly $1,000.00 in Sep- and Oct-2025 (one service): the threshold is "at least $1,000".
  add("CSP Tier 2", "SMB", "single", (k) => (k >= 22 ? 1000 : 620 + 15 * k));
  // Over $1,000 in Oct-2025 only: a customer under "one of the last two months", not under "two consecutive months".
  const oneMonth = growing(rng, 700, 0.2);
  add("CSP Tier 1", "SMB", "web", (k) => (k === 22 ? 985.4 : k === 23 ? 1042.1 : oneMonth(k)));
  // Over $1,000 in 2024, optimised down to about $690 a month by Apr-2025: a lost customer for net adds.
  add("PAL", "SMB", "infra", (k) => (k <= 13 ? 1150 * (1 + 0.02 * Math.sin(k)) : k <= 17 ? 1150 - (k - 13) * 115 : 690 * (1 + 0.02 * Math.cos(k))));
  // Left for another partner after Mar-2025.
  add("DPOR", "Corporate", "apps", growing(rng, rng.between(1300, 2000), 0.12, 0.03, 0, 16));
  // Two new customers ramping up over five months: from Jan-2025 and from Apr-2025.
  for (const [association, segment, mix, start] of [
    ["PAL", "Corporate", "apps", 14],
    ["CSP Tier 1", "SMB", "dataAi", 17],
  ] as Array<[string, string, Mix, number]>) {
    const full = rng.between(1600, 3800);
    add(association, segment, mix, (k) => (k < start ? null : full * Math.min(1, (k - start + 1) / 5) * (1 + 0.02 * Math.sin(3 * k))));
  }
  // The rest: small customers ($15–$600 a month), mostly CSP; some start or stop inside the two years.
  const smallMixes: Mix[] = ["web", "vm", "ai", "security", "apps"];
  while (next < pool.length) {
    const u = rng.float();
    const association = u < 0.55 ? "CSP Tier 1" : u < 0.88 ? "CSP Tier 2" : "PAL";
    const l = rng.float();
    const from = l < 0.15 ? rng.int(3, 20) : 0;
    const to = l > 0.88 ? rng.int(6, 20) : AZURE_MONTHS - 1;
    const anchor = Math.exp(rng.between(Math.log(15), Math.log(600)));
    add(association, "SMB", rng.pick(smallMixes), growing(rng, anchor, rng.between(0, 0.25), 0.06, from, to));
  }
  return tenants;
}

/** ACR credits (refunds, reservation exchanges) that make one service's month negative: [tenant, service, month, ACR]. */
const CREDITS: Array<[number, string, number, number]> = [
  [5, "Virtual Machines", 15, -420.55],
  [3, "Virtual Machines Licenses", 6, -188.2],
  [7, "Azure SQL Database", 19, -96.4],
  [25, "Storage", 23, -12.4],
];

/** The partner's own tenant: its consumption is "Partner As End Customer" and counts for no designation. */
const PARTNER_TENANT: Customer = { id: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", name: "Northbeam Cloud Partners Ltd" };

function tenantRows(t: AzureTenant, rng: Rng, out: string[][]): void {
  const shares = Object.entries(MIX[t.mix]) as Array<[string, number]>;
  for (let k = 0; k < AZURE_MONTHS; k++) {
    const total = t.total(k);
    if (total === null) continue;
    // Each service jitters ±5 %; the largest absorbs the rounding so the month adds up to the total.
    const values = shares.map(([, share]) => round2(total * share * (1 + 0.05 * (2 * rng.float() - 1))));
    const largest = shares.reduce((best, s, i) => (s[1] > shares[best][1] ? i : best), 0);
    values[largest] = round2(total - values.reduce((sum, v, i) => (i === largest ? sum : sum + v), 0));
    shares.forEach(([service], i) => {
      const association = t.second?.services.includes(service) ? t.second.association : t.association;
      out.push([t.customer.id, t.customer.name, service, azureMonth(k), values[i].toFixed(2), association, t.segment]);
    });
  }
}

export function azureCsv(): string {
  const rng = new Rng(0xacc_2025);
  const tenants = sampleAzureTenants();
  const rows: string[][] = [];
  for (const t of tenants) tenantRows(t, rng, rows);
  for (const [i, service, k, acr] of CREDITS) {
    const row = rows.find((r) => r[0] === tenants[i].customer.id && r[2] === service && r[3] === azureMonth(k));
    if (!row) throw new Error(`no ${service} row for tenant ${i} in month ${k}`);
    row[4] = acr.toFixed(2);
  }
  const own: AzureTenant = { customer: PARTNER_TENANT, association: "Partner As End Customer", segment: "SMB", mix: "ai", total: growing(rng, 2400, 0.15) };
  tenantRows(own, rng, rows);
  rows.sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[2] !== b[2] ? (a[2] < b[2] ? -1 : 1) : a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
  return `${[AZURE_HEADER, ...rows.map((r) => r.join(","))].join("\n")}\n`;
}
