/**
 * A large synthetic Azure consumption export for the benchmark, in the sample's layout (AZURE_HEADER):
 * tenants of every association and segment, 3–8 services each, 24 months (Nov-2023 … Oct-2025), monthly
 * ACR from a few dollars to tens of thousands growing or shrinking by up to 40 % a year. 1M rows is about
 * 6,000 tenants and 115 MB. Streams in chunks, deterministic from the seed.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { AZURE_HEADER, AZURE_MONTHS, azureMonth } from "./azure";
import { Rng } from "./prng";

const SERVICES = [
  "Virtual Machines",
  "Virtual Machines Licenses",
  "Storage",
  "Backup",
  "Azure Monitor",
  "Key Vault",
  "Azure Bastion",
  "Azure App Service",
  "Azure SQL Database",
  "Azure Kubernetes Service",
  "Azure Cosmos DB",
  "Azure Databricks",
  "Azure OpenAI",
  "Azure Machine Learning",
  "Sentinel",
  "Microsoft Defender for Cloud",
  "Azure Firewall",
];
const ASSOCIATIONS = ["CSP Tier 1", "CSP Tier 2", "PAL", "DPOR", "CPOR"];
const SEGMENTS = ["SMB", "Corporate", "Enterprise"];

function guid(rng: Rng): string {
  const h = rng.hex(32).toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function writeBulkAzure(path: string, rows: number, seed = 1): number {
  const rng = new Rng(seed);
  const months = Array.from({ length: AZURE_MONTHS }, (_, k) => azureMonth(k));
  const fd = openSync(path, "w");
  let bytes = 0;
  const lines: string[] = [AZURE_HEADER];
  const flush = () => {
    if (!lines.length) return;
    bytes += writeSync(fd, `${lines.join("\n")}\n`);
    lines.length = 0;
  };
  try {
    let written = 0;
    for (let tenant = 0; written < rows; tenant++) {
      const id = guid(rng);
      const name = `Customer ${tenant + 1}`;
      const association = ASSOCIATIONS[rng.int(0, ASSOCIATIONS.length - 1)];
      const segment = SEGMENTS[rng.int(0, SEGMENTS.length - 1)];
      const base = 10 ** rng.between(1, 4.5);
      const growth = rng.between(-0.4, 0.4);
      const start = rng.chance(0.15) ? rng.int(1, AZURE_MONTHS - 1) : 0;
      const services = SERVICES.filter(() => rng.chance(0.3)).slice(0, 8);
      if (!services.length) services.push(SERVICES[rng.int(0, SERVICES.length - 1)]);
      for (const service of services) {
        const share = rng.between(0.05, 0.6);
        for (let k = start; k < AZURE_MONTHS && written < rows; k++) {
          const acr = base * share * (1 + growth) ** ((k - 11) / 12) * rng.between(0.9, 1.1);
          lines.push(`${id},${name},${service},${months[k]},${acr.toFixed(2)},${association},${segment}`);
          written++;
        }
      }
      if (lines.length >= 20_000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
