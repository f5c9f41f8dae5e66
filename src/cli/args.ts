import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  ALL_DESIGNATION_IDS,
  DESIGNATIONS,
  DESIGNATION_SHORT_NAMES,
  type CertificationCounts,
  type DesignationId,
  type RuleAlternative,
  type TrackId,
} from "../engine";
import { isNoOpAlternative } from "../engine";
import type { Scenario } from "../engine";
import type { EffortWeightEdits } from "../engine";
import { checkCalibrateFlags } from "./calibrateArgs";
import { parseCertification, parseCustomer } from "./scenarioArgs";
import { UsageError } from "./usageError";

const AZURE_IDS: readonly DesignationId[] = ["data-ai", "infrastructure", "digital-app-innovation"];

/**
 * Every `--option` id the rule sets know, one a line, with the designations and editions it applies
 * to; an id kept only so earlier command lines still work (it sets nothing) says so.
 */
function optionLines(): string {
  const byId = new Map<string, { alternative: RuleAlternative<object>; designations: Set<DesignationId>; editions: Set<string> }>();
  for (const scorer of DESIGNATIONS)
    for (const rules of scorer.ruleSets as { edition: string; alternatives?: RuleAlternative<object>[] }[])
      for (const alternative of rules.alternatives ?? []) {
        let entry = byId.get(alternative.id);
        if (!entry) byId.set(alternative.id, (entry = { alternative, designations: new Set(), editions: new Set() }));
        entry.designations.add(scorer.id);
        entry.editions.add(rules.edition);
      }
  return [...byId.entries()]
    .map(([id, { alternative, designations, editions }]) => {
      const ds = [...designations];
      const where =
        AZURE_IDS.every((d) => designations.has(d)) && ds.length === AZURE_IDS.length ? "Azure" : ds.map((d) => DESIGNATION_SHORT_NAMES[d]).join(", ");
      const note = isNoOpAlternative(alternative) ? ": now the default; still accepted, changes nothing" : "";
      return `                             ${id.padEnd(28)} ${where} ${[...editions].sort().join(", ")}${note}`;
    })
    .join("\n");
}

export const USAGE = `Usage: npm run -s spd -- score FILE... [options]
       npm run -s spd -- simulate FILE... [scenario] [options]
       npm run -s spd -- calibrate FILE... --observed "DESIGNATION/TRACK/METRIC[/PART]=VALUE"... [options]

Scores every Solutions Partner designation the exports support (Modern Work, Security, Infrastructure,
Data & AI, Digital & App Innovation, Business Applications) from Partner Center exports: M365 usage,
Azure consumption, Business Applications usage and revenue, and skilling (CSV or .xlsx). A designation
whose export is missing is listed with the export it needs.

Options:
  --as-of YYYY-MM          as-of month M (default: the latest month in each designation's exports)
  --rules ID               a rule edition (2023, 2026) or rule set id (security-2026) instead of the
                           rules in force in the as-of month
  --option ID              apply a documented alternative reading of a rule (repeatable; docs/rules-*.md):
${optionLines()}
  --track DESIGNATION=T    the track Partner Center classified you in (enterprise or smb), e.g.
                           --track infrastructure=smb (repeatable)
  --designation ID         score only this designation (repeatable): ${ALL_DESIGNATION_IDS.join(", ")}
  --intermediate N         Modern Work intermediate certified people (instead of the skilling export)
  --advanced N             Modern Work advanced certified people
  --certified D:LEVEL=N    certified people for designation D, e.g. --certified security:intermediate=6
  --weight KIND=N[/PER]    effort weight for the cheapest path (repeatable), e.g. --weight new-customer=8,
                           --weight mau=1/100; kinds: new-customer, deployment, intermediate-certified-person,
                           advanced-certified-person, mau, growth-point, acr-usd, protected-users
  --history                also score each month of the qualification eligibility window (last six months)
  --anniversary YYYY-MM-DD with --history: your anniversary date, for the renewal status; or per
                           designation (Partner Center keeps one each), repeatable:
                           --anniversary security=2026-03-15
  --today YYYY-MM-DD       with --history: the date the renewal status is for (default: today)
  --json                   print one JSON document (see README) instead of tables
  --rows                   with --json: include the per-row flags
  --out FILE.xlsx          also write a workbook: the export rows with flag columns, and a summary sheet
  --options-file FILE      apply the options saved by calibrate --save (score, simulate, calibrate)
  -h, --help               this text

Scenario (simulate: what-if on your own rows; the exports are not changed):
  --add-customer SPEC      a hypothetical customer (repeatable): KEY=VALUE pairs separated by commas:
                           workload= (M365 workload, Azure service or Business Applications workload),
                           association= (CSP Tier 1, CPOR, PAL, …), mau=, paid= (seats), protected=,
                           revenue= (TTM USD), customer=new|existing, deployment=new|existing, name=
                           e.g. --add-customer "workload=Exchange,association=CSP Tier 1,mau=120,paid=150"
  --add-cert "NAME=N"      N more people holding certification NAME (repeatable)
  --exclude TENANT         leave a real tenant out, by id or name: "what if this customer leaves" (repeatable)
  --recommend ID           tick a recommendation (repeatable); simulate without a scenario lists their ids

Calibrate (which documented reading of the rules reproduces what Partner Center shows):
  --observed ADDR=VALUE    a value read off Partner Center (repeatable): designation/track/metric[/part]
                           = the metric's Progress, e.g. business-applications/smb/net-customer-adds=3,
                           modern-work/smb/usage-growth/CSP=1340, security/smb/usage-growth/azure=$5,400;
                           Points earned with "pts" (…/net-customer-adds=9pts) or "points:" before it;
                           a track's total as …/smb/total=56.36. Matched to 2 decimals (points, %),
                           to the dollar, counts exactly; "~0.05" after a value sets its own tolerance
  --save FILE.json         write the best options per designation, for --options-file

Exit codes: 0 scored, 2 bad usage, 3 unreadable input.`;

export interface CliOptions {
  command: "score" | "simulate" | "calibrate";
  files: string[];
  scenario: Scenario;
  asOf?: string;
  intermediate?: number;
  advanced?: number;
  counts: Partial<Record<DesignationId, CertificationCounts>>;
  rules?: string;
  options: string[];
  tracks: Partial<Record<DesignationId, TrackId>>;
  designations?: DesignationId[];
  json: boolean;
  rows: boolean;
  weights: EffortWeightEdits;
  history: boolean;
  anniversary?: string;
  /** --anniversary DESIGNATION=YYYY-MM-DD: that designation's own anniversary (the others take --anniversary's). */
  anniversaries: Partial<Record<DesignationId, string>>;
  today?: string;
  out?: string;
  /** calibrate: the --observed texts, and where to --save the chosen options. */
  observed: string[];
  save?: string;
  optionsFile?: string;
}

export { UsageError };

function count(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`--${name} takes a whole number of people, not "${raw}".`);
  return Number(raw);
}

function designation(raw: string, flag: string): DesignationId {
  const id = raw.trim().toLowerCase() as DesignationId;
  if (!ALL_DESIGNATION_IDS.includes(id)) throw new UsageError(`--${flag}: unknown designation "${raw}"; use one of ${ALL_DESIGNATION_IDS.join(", ")}.`);
  return id;
}

function parseTrack(raw: string): [DesignationId, TrackId] {
  const m = /^([a-z-]+)=(enterprise|smb)$/i.exec(raw.trim());
  if (!m) throw new UsageError(`--track takes DESIGNATION=enterprise or DESIGNATION=smb, not "${raw}".`);
  return [designation(m[1], "track"), m[2].toLowerCase() as TrackId];
}

/** "2026-03-15" (every designation) or "security=2026-03-15" (one); the date itself is checked by the engine. */
function parseAnniversaries(raws: readonly string[]): { anniversary?: string; anniversaries: Partial<Record<DesignationId, string>> } {
  let anniversary: string | undefined;
  const anniversaries: Partial<Record<DesignationId, string>> = {};
  for (const raw of raws) {
    const m = /^([a-z-]+)=(.*)$/i.exec(raw.trim());
    if (!m) {
      if (anniversary !== undefined)
        throw new UsageError(`--anniversary ${anniversary} and --anniversary ${raw}: give one date for all, or DESIGNATION=YYYY-MM-DD each.`);
      anniversary = raw;
      continue;
    }
    const id = designation(m[1], "anniversary");
    if (anniversaries[id] !== undefined) throw new UsageError(`--anniversary ${id}=… is given twice; give it once.`);
    anniversaries[id] = m[2];
  }
  return { anniversary, anniversaries };
}

function parseCertified(raw: string): [DesignationId, "intermediate" | "advanced", number] {
  const m = /^([a-z-]+):(intermediate|advanced)=(\d+)$/i.exec(raw.trim());
  if (!m) throw new UsageError(`--certified takes DESIGNATION:intermediate=N or DESIGNATION:advanced=N, not "${raw}".`);
  return [designation(m[1], "certified"), m[2].toLowerCase() as "intermediate" | "advanced", Number(m[3])];
}

function parseWeight(raw: string): [string, { weight: number; per?: number }] {
  const m = /^([a-z-]+)=(\d+(?:\.\d+)?)(?:\/(\d+))?$/i.exec(raw.trim());
  if (!m) throw new UsageError(`--weight takes KIND=N or KIND=N/PER (e.g. mau=1/100), not "${raw}".`);
  return [m[1].toLowerCase(), { weight: Number(m[2]), ...(m[3] ? { per: Number(m[3]) } : {}) }];
}

/** Parses `score FILE... [options]`; returns "help" for -h/--help. */
export function parseCli(argv: string[]): CliOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        intermediate: { type: "string" },
        advanced: { type: "string" },
        certified: { type: "string", multiple: true },
        rules: { type: "string" },
        option: { type: "string", multiple: true },
        track: { type: "string", multiple: true },
        designation: { type: "string", multiple: true },
        json: { type: "boolean", default: false },
        weight: { type: "string", multiple: true },
        history: { type: "boolean", default: false },
        anniversary: { type: "string", multiple: true },
        today: { type: "string" },
        rows: { type: "boolean", default: false },
        out: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        "add-customer": { type: "string", multiple: true },
        "add-cert": { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        recommend: { type: "string", multiple: true },
        observed: { type: "string", multiple: true },
        save: { type: "string" },
        "options-file": { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const [command, ...files] = positionals;
  if (command !== "score" && command !== "simulate" && command !== "calibrate")
    throw new UsageError(command ? `Unknown command "${command}"; use score, simulate or calibrate.` : "No command given.");
  if (!files.length) throw new UsageError(`Give at least one export file to ${command}.`);
  const scenarioFlags = ["add-customer", "add-cert", "exclude", "recommend"] as const;
  const misplaced = command !== "simulate" ? scenarioFlags.find((f) => values[f]?.length) : undefined;
  if (misplaced) throw new UsageError(`--${misplaced} belongs to the simulate command: npm run -s spd -- simulate FILE... --${misplaced} …`);
  checkCalibrateFlags(command, values);
  if (values.out !== undefined && !/\.xlsx$/i.test(values.out)) throw new UsageError(`--out must name an .xlsx file, not "${values.out}".`);
  const overwritten = values.out !== undefined ? files.find((f) => samePath(f, values.out!)) : undefined;
  if (overwritten) throw new UsageError(`--out ${values.out} is an input file: the workbook would replace it. Give --out another file name.`);
  const counts: CliOptions["counts"] = {};
  for (const raw of values.certified ?? []) {
    const [id, level, n] = parseCertified(raw);
    counts[id] = { ...counts[id], [level]: n };
  }
  const tracks: CliOptions["tracks"] = {};
  for (const raw of values.track ?? []) {
    const [id, track] = parseTrack(raw);
    tracks[id] = track;
  }
  checkConflicts(values, counts, tracks);
  return {
    command,
    files,
    scenario: {
      name: "Command line",
      customers: (values["add-customer"] ?? []).map(parseCustomer),
      certifications: (values["add-cert"] ?? []).map(parseCertification),
      exclude: values.exclude ?? [],
      recommendations: values.recommend ?? [],
    },
    asOf: values["as-of"],
    intermediate: count("intermediate", values.intermediate),
    advanced: count("advanced", values.advanced),
    counts,
    rules: values.rules,
    options: values.option ?? [],
    tracks,
    designations: values.designation?.map((d) => designation(d, "designation")),
    json: values.json ?? false,
    weights: Object.fromEntries((values.weight ?? []).map(parseWeight)),
    history: values.history ?? false,
    ...parseAnniversaries(values.anniversary ?? []),
    today: values.today,
    rows: values.rows ?? false,
    out: values.out,
    observed: values.observed ?? [],
    save: values.save,
    optionsFile: values["options-file"],
  };
}

/** Options that would be silently ignored or overruled are refused, saying which to keep. */
function checkConflicts(
  values: { intermediate?: string; advanced?: string; history?: boolean; anniversary?: string[]; today?: string },
  counts: CliOptions["counts"],
  tracks: CliOptions["tracks"]
): void {
  for (const level of ["intermediate", "advanced"] as const) {
    const typed = counts[PLAIN_COUNTS_DESIGNATION]?.[level];
    if (values[level] !== undefined && typed !== undefined)
      throw new UsageError(
        `--${level} ${values[level]} and --certified ${PLAIN_COUNTS_DESIGNATION}:${level}=${typed} both give ${DESIGNATION_SHORT_NAMES[PLAIN_COUNTS_DESIGNATION]}'s ${level} count; give it once.`
      );
  }
  for (const flag of ["anniversary", "today"] as const)
    if (values[flag] !== undefined && !values.history)
      throw new UsageError(`--${flag} is for the renewal status, which only --history prints; add --history or leave --${flag} out.`);
  for (const id of Object.keys(tracks) as DesignationId[]) {
    const module = DESIGNATIONS.find((d) => d.id === id)!;
    if (!module.ruleSets.some((r) => r.trackChoice.value === "classified"))
      throw new UsageError(
        `--track ${id}=…: ${module.shortName} is never classified into a track (it scores ${module.ruleSets.some((r) => r.trackChoice.value === "best") ? "every track and counts the better" : "one track"}), so --track would be ignored. Leave it out.`
      );
  }
}

/** The designation the plain --intermediate/--advanced counts are for (Modern Work's module says so). */
const PLAIN_COUNTS_DESIGNATION: DesignationId = DESIGNATIONS.find((d) => d.takesPlainCounts)!.id;

/** Whether two paths name one file (through links where it exists; letter case alike where the disk ignores it). */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const [x, y] = [real(a), real(b)];
  return process.platform === "win32" || process.platform === "darwin" ? x.toLowerCase() === y.toLowerCase() : x === y;
}
