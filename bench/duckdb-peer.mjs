/**
 * The peer in the command-line benchmark (bench/peer.ts): DuckDB loads the same export and computes the
 * aggregates the score rests on, in one process, so its wall time and peak memory can stand beside
 * `spd score --json` on the same file. Not a second scorer: the figures are printed, not compared.
 *   node bench/duckdb-peer.mjs usage|azure FILE
 * Usage (Modern Work): per tenant and month the paid and active users, the SMB/Enterprise band, the
 * deployments (active ≥ 40 % of paid per workload), MAU per association, in the as-of and baseline months.
 * Azure (Infrastructure): per tenant the months at $1,000 or more in the last six months of each year,
 * the trailing-twelve-month ACR now and a year earlier, and the services each tenant uses.
 */
import { DuckDBInstance } from "@duckdb/node-api";

const [kind, file] = process.argv.slice(2);
if (!["usage", "azure"].includes(kind) || !file) {
  process.stderr.write("usage: node bench/duckdb-peer.mjs usage|azure FILE\n");
  process.exit(2);
}

const QUERIES = {
  usage: [
    `CREATE TABLE rows AS SELECT CustomerTenantName AS t, PartnerAttachType AS a, WorkloadName AS w,
       strptime(MonthName, '%b-%Y')::DATE AS mo, ActiveUsage AS mau, QualifiedUsage AS paid FROM read_csv($file, header = true)`,
    `CREATE TABLE tw AS SELECT t, a, w, mo, sum(mau) AS mau, sum(paid) AS paid FROM rows
       WHERE mo IN (DATE '2025-10-01', DATE '2024-10-01') GROUP BY ALL`,
    `SELECT mo, count(*) FILTER (WHERE paid BETWEEN 1 AND 300) AS smb, count(*) FILTER (WHERE paid > 300) AS enterprise,
       sum(deployments) AS deployments, sum(mau) AS mau
     FROM (SELECT t, mo, max(paid) AS paid, sum(mau) AS mau, count(*) FILTER (WHERE paid > 0 AND mau >= 0.4 * paid) AS deployments FROM tw GROUP BY t, mo)
     GROUP BY mo ORDER BY mo`,
    `SELECT mo, a, sum(mau) AS mau FROM tw GROUP BY ALL ORDER BY ALL`,
  ],
  azure: [
    `CREATE TABLE rows AS SELECT CustomerTenantId AS t, ServiceLevel2 AS s, Month::DATE AS mo, ACR_USD AS acr,
       PartnerAttributionType AS a FROM read_csv($file, header = true)`,
    `CREATE TABLE tm AS SELECT t, mo, sum(acr) AS acr FROM rows GROUP BY t, mo`,
    `SELECT count(*) FILTER (WHERE now >= 1) AS customers_now, count(*) FILTER (WHERE before >= 1) AS customers_before
     FROM (SELECT t, count(*) FILTER (WHERE acr >= 1000 AND mo BETWEEN DATE '2025-05-01' AND DATE '2025-10-01') AS now,
                     count(*) FILTER (WHERE acr >= 1000 AND mo BETWEEN DATE '2024-05-01' AND DATE '2024-10-01') AS before FROM tm GROUP BY t)`,
    `SELECT sum(acr) FILTER (WHERE mo > DATE '2024-10-01') AS ttm_now, sum(acr) FILTER (WHERE mo <= DATE '2024-10-01') AS ttm_before FROM tm`,
    `SELECT t, count(DISTINCT s) AS services, sum(acr) AS acr FROM rows WHERE mo = DATE '2025-10-01' GROUP BY t`,
  ],
};

const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const figures = [];
for (const sql of QUERIES[kind]) {
  const reader = await connection.runAndReadAll(sql, sql.includes("$file") ? { file } : undefined);
  figures.push(reader.getRowsJson().length);
}
process.stdout.write(`${JSON.stringify({ kind, file, resultRows: figures })}\n`);
