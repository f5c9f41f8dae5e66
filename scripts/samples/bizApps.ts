/**
 * The sample Business Applications usage and revenue exports (RULES.md §8.2 layouts), May-2024 … Oct-2025,
 * for the same 26 customers: seats per tenant workload move linearly between the two Octobers (and along
 * the same line in the five months before, so each month of the qualification window has its year-ago
 * baseline); usage is MAU (profiles for Customer Insights) and revenue is seats × list price. The tenants
 * are written out one by one, because each stands for a case samples/README.md explains.
 */
import { customers, type Customer } from "./companies";
import { Rng } from "./prng";

export const BIZAPPS_USAGE_HEADER = "FiscalMonthName,PartnerAssociationType,CustomerTenantID,CustomerTenantName,MetricType,Workload,MAU";
export const BIZAPPS_REVENUE_HEADER = "FiscalMonthName,PartnerAssociationType,CustomerTenantID,CustomerTenantName,Workloads,AdjustedRevenueAmtCD";

/** Month k = 0 … 12 is Oct-2024 … Oct-2025, written like `Oct 2025`; k = −5 … −1 is May- … Sep-2024. */
const MONTHS = 13;
const EARLIER = 5;
const NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const fiscalMonth = (k: number) => {
  const m = 2024 * 12 + 9 + k; // Oct-2024, months counted from January of year 0
  return `${NAMES[m % 12]} ${Math.floor(m / 12)}`;
};

/** List price per seat and month (Customer Insights: per tenant), and whether usage is a Power Platform / Customer Insights one (PAL). */
const WORKLOADS = {
  Sales: { price: 105, pal: false },
  "Customer Service": { price: 105, pal: false },
  "Field Service": { price: 105, pal: false },
  "Business Central": { price: 80, pal: false },
  Finance: { price: 210, pal: false },
  "Power Apps": { price: 20, pal: true },
  "Power Automate": { price: 15, pal: true },
  "Power BI": { price: 14, pal: true },
  "Customer Insights": { price: 1700, pal: true },
} as const;
type Workload = keyof typeof WORKLOADS;

/** [workload, seats in Oct-2024 (or the first month), seats in Oct-2025 (or the last), MAU per seat, first month, last month]. Customer Insights "seats" are profiles. */
type Line = [Workload, number, number, number, number?, number?];

interface BizTenant {
  /** Association of Dynamics 365 usage rows (Power Platform and Customer Insights usage is PAL). */
  usage: string;
  /** Association of revenue rows. */
  revenue: string;
  lines: Line[];
  /** Trial usage: [workload, first month, MAU per month]. */
  trial?: [Workload, number, number[]];
}

const TENANTS: BizTenant[] = [
  // Three tenant workloads over $5,000 in both Octobers (Finance, Sales, Customer Service): fewer than 5, so SMB.
  {
    usage: "CPOR OSU",
    revenue: "CPOR RevRec",
    lines: [
      ["Finance", 35, 38, 0.85],
      ["Power BI", 40, 40, 0.7],
    ],
  },
  { usage: "DPOR", revenue: "DPOR", lines: [["Sales", 60, 64, 0.87]] },
  {
    usage: "CPOR OSU",
    revenue: "CPOR RevRec",
    lines: [
      ["Customer Service", 52, 55, 0.85],
      ["Field Service", 12, 14, 0.8],
    ],
  },
  // New Sales customer from Feb-2025: over $5,000 in Oct-2025 only, a net add and a new deployment.
  { usage: "CPOR OSU", revenue: "CPOR RevRec", lines: [["Sales", 30, 50, 0.8, 4]] },
  // Business Central under CSP: a deployment in both years, a new deployment, a new customer, a lost one.
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Business Central", 18, 20, 0.9]] },
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Business Central", 6, 9, 0.7]] },
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Business Central", 3, 5, 0.7, 7]] },
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Business Central", 8, 8, 0.9, 0, 5]] },
  // Power Platform: usage through PAL, licences through CSP.
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Power Apps", 40, 55, 0.75]] },
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Power BI", 25, 34, 0.8]] },
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Power Automate", 10, 19, 0.8]] }, // $150 → $285: crosses $250
  { usage: "CPOR OSU", revenue: "CPOR RevRec", lines: [["Customer Insights", 60000, 66000, 1]] },
  { usage: "CPOR OSU", revenue: "CPOR RevRec", lines: [["Sales", 4, 6, 0.75]] },
  { usage: "DPOR", revenue: "DPOR", lines: [["Field Service", 5, 8, 0.75, 6]] },
  // A prospect on a Sales trial: trial usage, no revenue.
  { usage: "CPOR OSU", revenue: "CPOR RevRec", lines: [], trial: ["Sales", 10, [18, 22, 25]] },
  // Revenue under PAL, which does not count for net customer adds; a Power Automate trial.
  { usage: "PAL", revenue: "PAL", lines: [["Power BI", 30, 32, 0.75]], trial: ["Power Automate", 11, [6, 9]] },
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Power Apps", 20, 20, 0.7, 0, 7]] }, // lost after May-2025
  // Sales since before Oct-2024, Customer Service added in Mar-2025: one new tenant workload.
  {
    usage: "CPOR OSU",
    revenue: "CPOR RevRec",
    lines: [
      ["Sales", 10, 10, 0.8],
      ["Customer Service", 4, 6, 0.8, 5],
    ],
  },
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Business Central", 12, 12, 0.85]] },
  { usage: "DPOR", revenue: "DPOR", lines: [["Sales", 15, 16, 0.8]] },
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Power BI", 12, 14, 0.75]] }, // under $250 a month
  { usage: "CPOR OSU", revenue: "CPOR RevRec", lines: [["Finance", 8, 8, 0.9]] },
  {
    usage: "CSP Tier 1",
    revenue: "CSP Tier 1",
    lines: [
      ["Business Central", 4, 5, 0.75],
      ["Power Apps", 8, 10, 0.7],
    ],
  },
  // Usage reported under CPOR RevRec, which is a revenue association: it counts for no customer-success metric.
  { usage: "CPOR RevRec", revenue: "CPOR RevRec", lines: [["Customer Service", 20, 22, 0.8]] },
  { usage: "DPOR", revenue: "DPOR", lines: [["Sales", 30, 24, 0.8]] },
  { usage: "CSP Tier 1", revenue: "CSP Tier 1", lines: [["Customer Service", 6, 7, 0.8]] },
];

/**
 * Seats of a line in month k, or null outside its months. A line already there in Oct-2024 was there
 * since May-2024, on the same straight line (at least one seat).
 */
function seats([, first, last, , from = 0, to = MONTHS - 1]: Line, k: number): number | null {
  if (k > to || (k < from && (from > 0 || k < -EARLIER))) return null;
  return Math.max(1, Math.round(first + ((last - first) * (k - from)) / (MONTHS - 1 - from)));
}

function sampleTenants(): Array<BizTenant & { customer: Customer }> {
  // Customers 52–77 of the shared list: 52–59 are Azure customers too.
  const pool = customers().slice(52, 52 + TENANTS.length);
  return TENANTS.map((t, i) => ({ ...t, customer: pool[i] }));
}

export function bizAppsCsvs(): { usage: string; revenue: string } {
  const rng = new Rng(0xb12_2025);
  // May- … Sep-2024 draw from their own stream, so adding them shifted no row of Oct-2024 … Oct-2025.
  const earlier = new Rng(0xb12_2024_05);
  const usage: string[][] = [];
  const revenue: string[][] = [];
  const tenants = sampleTenants();
  // Month by month, as Partner Center lists them.
  for (let k = -EARLIER; k < MONTHS; k++) {
    const noise = k < 0 ? earlier : rng;
    for (const t of tenants) {
      const who = [t.customer.id, t.customer.name];
      for (const line of t.lines) {
        const n = seats(line, k);
        if (n === null) continue;
        const [workload, , , perSeat] = line;
        const { price, pal } = WORKLOADS[workload];
        // Active use moves ±4 % month to month around the tenant's usual rate.
        const mau = Math.round(n * perSeat * (1 + 0.04 * (2 * noise.float() - 1)));
        usage.push([fiscalMonth(k), pal ? "PAL" : t.usage, ...who, "Paid", workload, String(mau)]);
        const amount = workload === "Customer Insights" ? price : n * price;
        revenue.push([fiscalMonth(k), t.revenue, ...who, workload, amount.toFixed(2)]);
      }
      if (t.trial && k >= t.trial[1]) {
        const [workload, from, mau] = t.trial;
        usage.push([fiscalMonth(k), WORKLOADS[workload].pal ? "PAL" : t.usage, ...who, "Trial", workload, String(mau[k - from])]);
      }
      // A refund for three Sales seats in Mar-2025: a second, negative revenue row for that month.
      if (t === tenants[1] && k === 5) revenue.push([fiscalMonth(k), t.revenue, ...who, "Sales", (-3 * WORKLOADS.Sales.price).toFixed(2)]);
    }
  }
  const csv = (header: string, rows: string[][]) => `${[header, ...rows.map((r) => r.join(","))].join("\n")}\n`;
  return { usage: csv(BIZAPPS_USAGE_HEADER, usage), revenue: csv(BIZAPPS_REVENUE_HEADER, revenue) };
}
