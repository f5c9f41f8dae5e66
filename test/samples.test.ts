/**
 * The checked-in samples (samples/*.csv) are exactly what scripts/samples/generate.ts writes, and they
 * say what samples/README.md says: the SMB track qualifies, the Enterprise track does not.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SAMPLE_FILES, generateSamples, writeSamples } from "../scripts/samples/generate";
import { InputCollector, readCsvText, scoreModernWork } from "../src/engine";

const samplesDir = resolve(__dirname, "..", "samples");

describe("samples/ and their generator", () => {
  it("regenerating the samples gives the checked-in files byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "spd-samples-"));
    try {
      writeSamples(dir);
      expect(readdirSync(dir).sort()).toEqual([...SAMPLE_FILES].sort());
      for (const name of SAMPLE_FILES) {
        const fresh = readFileSync(join(dir, name));
        const checkedIn = readFileSync(join(samplesDir, name));
        // Compare as text first for a readable diff, then as bytes (line endings, encoding).
        expect(fresh.toString("utf8")).toBe(checkedIn.toString("utf8"));
        expect(fresh.equals(checkedIn)).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the generator is deterministic", () => {
    expect(generateSamples()).toEqual(generateSamples());
  });
});

describe("scoring the checked-in samples", () => {
  const collector = new InputCollector();
  for (const name of SAMPLE_FILES) readCsvText(collector, name, readFileSync(join(samplesDir, name), "utf8"));
  const input = collector.result();
  const { report } = scoreModernWork(input);
  const [designation] = report.designations;
  const track = (id: "enterprise" | "smb") => designation.tracks.find((t) => t.id === id)!;

  it("reads every row of both files, as of Oct-2025 against Oct-2024", () => {
    expect(report.asOf).toBe("2025-10");
    expect(report.baseline).toBe("2024-10");
    expect(report.inputs.map((i) => [i.name, i.layout, i.skipped])).toEqual([
      ["modern-work-usage.csv", "m365-usage", 0],
      ["skilling.csv", "skilling", 0],
    ]);
    expect(input.usage.tenants.length).toBeGreaterThanOrEqual(200);
  });

  it("the SMB track qualifies: at least 70 points with points in every metric", () => {
    const smb = track("smb");
    expect(smb.status).toBe("Qualified");
    expect(smb.total).toBeGreaterThanOrEqual(70);
    for (const m of smb.metrics) expect(m.points).toBeGreaterThan(0);
    expect(designation.qualified).toBe(true);
  });

  it("the Enterprise track does not qualify", () => {
    const enterprise = track("enterprise");
    expect(enterprise.status).not.toBe("Qualified");
    expect(enterprise.total).toBeLessThan(70);
  });
});
