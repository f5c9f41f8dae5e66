/**
 * The sample skilling export: people, their certifications, dates. Names of the eligible Modern Work
 * certifications are the ones in src/engine/rules/modernWork2023.ts; the rest are other solution areas.
 * As of Oct-2025: 3 people hold a current intermediate Modern Work certification and 1 an advanced one.
 */
export const SKILLING_HEADER = "Individual name,Certification name,Certification type,Solution area,Completion date,Expiry date";

const ROWS: Array<[person: string, certification: string, type: string, area: string, completed: string, expires: string]> = [
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
  ["Inês Costa", "Microsoft Certified: Dynamics 365 Sales Functional Consultant Associate", "Intermediate", "Business Applications", "2025-01-30", "2026-01-30"],
  ["Jonas Berg", "Microsoft Certified: Azure Fundamentals", "Fundamentals", "Infrastructure (Azure)", "2022-05-18", ""],
  ["Kofi Mensah", "Microsoft Certified: Azure Developer Associate", "Intermediate", "Digital & App Innovation (Azure)", "2025-07-08", "2026-07-08"],
  ["Laura Schmidt", "Microsoft Certified: Azure Data Engineer Associate", "Intermediate", "Data & AI (Azure)", "2024-08-27", "2026-08-27"],
  ["Mateo García", "Microsoft Certified: Information Protection and Compliance Administrator Associate", "Intermediate", "Security", "2025-03-03", "2026-03-03"],
  ["Nadia Ivanova", "Microsoft Certified: Azure Security Engineer Associate", "Intermediate", "Security", "2024-11-19", "2025-11-19"],
  ["Oliver Brown", "Microsoft Certified: Power BI Data Analyst Associate", "Intermediate", "Data & AI (Azure)", "2025-05-26", "2026-05-26"],
];

export function skillingCsv(): string {
  return `${[SKILLING_HEADER, ...ROWS.map((r) => r.join(","))].join("\n")}\n`;
}
