/**
 * The sample skilling export: people, their certifications, dates. Names of the eligible Modern Work
 * certifications are the ones in src/engine/rules/modernWork2023.ts; the rest are other solution areas.
 * As of Oct-2025: 3 people hold a current intermediate Modern Work certification and 1 an advanced one.
 *
 * The first 16 rows are the Modern Work sample's; the rows after them add Azure, Security and Business
 * Applications people without changing what counts for Modern Work (none of their certifications is on
 * a Modern Work list). samples/README.md tells what each designation makes of them.
 */
export const SKILLING_HEADER = "Individual name,Certification name,Certification type,Solution area,Completion date,Expiry date";

type Row = [person: string, certification: string, type: string, area: string, completed: string, expires: string];

const INFRA = "Infrastructure (Azure)";
const DATA = "Data & AI (Azure)";

/** Azure: the prerequisites (Administrator, Solutions Architect) and the Infrastructure and Data & AI people. */
const AZURE_ROWS: Row[] = [
  ["Priya Nair", "Microsoft Certified: Azure Administrator Associate", "Intermediate", INFRA, "2024-05-13", "2026-05-13"],
  // Counts in the Administrator prerequisite and, as a Windows Server Hybrid Administrator, in the scoring step.
  ["Priya Nair", "Microsoft Certified: Windows Server Hybrid Administrator Associate", "Intermediate", INFRA, "2025-06-02", "2026-06-02"],
  ["Quentin Moreau", "Microsoft Certified: Azure Administrator Associate", "Intermediate", INFRA, "2025-02-03", "2026-02-03"],
  ["Rosa Alvarez", "Microsoft Certified: Azure Solutions Architect Expert", "Advanced", INFRA, "2024-11-08", "2025-11-08"],
  ["Rosa Alvarez", "Microsoft Certified: Azure Virtual Desktop Specialty", "Advanced", INFRA, "2025-05-14", "2026-05-14"],
  ["Sven Larsen", "Microsoft Certified: Azure Network Engineer Associate", "Intermediate", INFRA, "2024-07-22", "2026-07-22"],
  ["Tomas Novak", "Microsoft Certified: Azure Network Engineer Associate", "Intermediate", INFRA, "2025-03-17", "2026-03-17"],
  ["Uma Reddy", "Microsoft Certified: Windows Server Hybrid Administrator Associate", "Intermediate", INFRA, "2024-12-09", "2025-12-09"],
  ["Victor Okafor", "Microsoft Certified: Azure Virtual Desktop Specialty", "Advanced", INFRA, "2024-09-30", "2026-09-30"],
  ["Wei Zhang", "Microsoft Certified: Azure for SAP Workloads Specialty", "Advanced", INFRA, "2025-01-21", "2026-01-21"],
  // Retired 31 Jul 2023, eligible through Jul 2024: no longer counts in Oct-2025.
  ["Yusuf Demir", "Microsoft Certified: Azure Stack Hub Operator Associate", "Intermediate", INFRA, "2022-11-15", ""],
  // Lapsed in Jun-2025: Data & AI is one current person short.
  ["Zara Ahmed", "Microsoft Certified: Azure AI Engineer Associate", "Intermediate", DATA, "2024-06-11", "2025-06-11"],
  // Lapsed in Sep-2025: Digital & App Innovation has no current advanced person.
  ["Aiko Tanaka", "Microsoft Certified: Power Platform Solution Architect Expert", "Advanced", "Digital & App Innovation (Azure)", "2024-09-19", "2025-09-19"],
];

/** Security (the second Security Operations Analyst has lapsed) and Business Applications people. */
const SECURITY_AND_BUSINESS_ROWS: Row[] = [
  ["Bruno Lima", "Microsoft Certified: Azure Security Engineer Associate", "Intermediate", "Security", "2025-04-07", "2026-04-07"],
  ["Carmen Ortiz", "Microsoft Certified: Cybersecurity Architect Expert", "Advanced", "Security", "2025-01-27", "2026-01-27"],
  ["Hana Kobayashi", "Microsoft Certified: Security Operations Analyst Associate", "Intermediate", "Security", "2023-08-14", "2024-08-14"],
  [
    "Dario Conti",
    "Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate",
    "Intermediate",
    "Business Applications",
    "2025-05-20",
    "2026-05-20",
  ],
  // App Maker stopped counting for Business Applications on 1 Dec 2023.
  ["Emma Wilson", "Microsoft Certified: Power Platform App Maker Associate", "Intermediate", "Business Applications", "2024-02-12", "2026-02-12"],
  [
    "Felix Wagner",
    "Microsoft Certified: Dynamics 365: Finance and Operations Apps Solution Architect Expert",
    "Advanced",
    "Business Applications",
    "2024-08-05",
    "2026-08-05",
  ],
];

const ROWS: Row[] = [
  ["Ana Silva", "Microsoft 365 Certified: Teams Administrator Associate", "Intermediate", "Modern Work", "2024-03-14", "2026-03-14"],
  // Two certifications: counts once as intermediate and once as advanced.
  ["Ben Carter", "Microsoft 365 Certified: Endpoint Administrator Associate", "Intermediate", "Modern Work", "2023-11-02", "2025-11-02"],
  ["Ben Carter", "Microsoft 365 Certified: Enterprise Administrator Expert", "Advanced", "Modern Work", "2024-06-20", "2026-06-20"],
  // Expired before the as-of month (Oct-2025): does not count.
  ["Chloé Martin", "Microsoft 365 Certified: Messaging Administrator Associate", "Intermediate", "Modern Work", "2023-06-30", "2025-06-30"],
  ["Dev Patel", "Azure Administrator Associate", "Intermediate", "Infrastructure (Azure)", "2024-09-05", "2026-09-05"],
  ["Elena Rossi", "Microsoft Certified: Identity and Access Administrator Associate", "Intermediate", "Modern Work", "2025-02-11", "2026-02-11"],
  ["Farid Haddad", "Azure Solutions Architect Expert", "Advanced", "Infrastructure (Azure)", "2024-12-01", "2025-12-01"],
  ["Grace Kim", "Microsoft Certified: Security Operations Analyst Associate", "Intermediate", "Security", "2025-04-22", "2026-04-22"],
  ["Hugo Dubois", "Microsoft Certified: Power Platform Functional Consultant Associate", "Intermediate", "Business Applications", "2024-10-15", "2025-10-15"],
  [
    "Inês Costa",
    "Microsoft Certified: Dynamics 365 Sales Functional Consultant Associate",
    "Intermediate",
    "Business Applications",
    "2025-01-30",
    "2026-01-30",
  ],
  ["Jonas Berg", "Microsoft Certified: Azure Fundamentals", "Fundamentals", "Infrastructure (Azure)", "2022-05-18", ""],
  ["Kofi Mensah", "Microsoft Certified: Azure Developer Associate", "Intermediate", "Digital & App Innovation (Azure)", "2025-07-08", "2026-07-08"],
  ["Laura Schmidt", "Microsoft Certified: Azure Data Engineer Associate", "Intermediate", "Data & AI (Azure)", "2024-08-27", "2026-08-27"],
  [
    "Mateo García",
    "Microsoft Certified: Information Protection and Compliance Administrator Associate",
    "Intermediate",
    "Security",
    "2025-03-03",
    "2026-03-03",
  ],
  ["Nadia Ivanova", "Microsoft Certified: Azure Security Engineer Associate", "Intermediate", "Security", "2024-11-19", "2025-11-19"],
  ["Oliver Brown", "Microsoft Certified: Power BI Data Analyst Associate", "Intermediate", "Data & AI (Azure)", "2025-05-26", "2026-05-26"],
  ...AZURE_ROWS,
  ...SECURITY_AND_BUSINESS_ROWS,
];

export function skillingCsv(): string {
  return `${[SKILLING_HEADER, ...ROWS.map((r) => r.join(","))].join("\n")}\n`;
}
