/**
 * Offline structural checks for the add-in-only XML manifest (manifest.xml).
 *
 * `office-addin-manifest validate` calls a Microsoft web service and no offline XSD is available
 * (see TOOLCHAIN.md §2), so these checks cover what a broken manifest most often gets wrong:
 * element order, ids, resource references, URLs, the shared-runtime wiring and the icon files.
 *
 * Every check returns a list of problems (empty = OK) so a test can assert both that the real
 * manifest passes and that a deliberately broken copy fails.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// xml2js ships no type declarations and @types/xml2js is not installed: type the one function used.
const xml2js = require("xml2js") as {
  parseStringPromise(xml: string, options: Record<string, unknown>): Promise<Record<string, RawNode>>;
};

interface RawNode {
  "#name"?: string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

/** A parsed XML element: name as written (with prefix, e.g. "bt:Image"), attributes, text, ordered children. */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XNode[];
}

function toNode(name: string, raw: RawNode): XNode {
  return {
    name,
    attrs: raw.$ ?? {},
    text: (raw._ ?? "").trim(),
    children: (raw.$$ ?? []).map((child) => toNode(child["#name"] ?? "?", child)),
  };
}

/** Parses XML keeping child order; rejects on malformed XML. */
export async function parseXml(xml: string): Promise<XNode> {
  const parsed = await xml2js.parseStringPromise(xml, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitCharkey: true,
    charsAsChildren: false,
    strict: true,
  });
  const names = Object.keys(parsed);
  if (names.length !== 1) throw new Error(`expected one root element, got ${names.length}`);
  return toNode(names[0], parsed[names[0]]);
}

// ---------------------------------------------------------------------------------------------
// Tree walking
// ---------------------------------------------------------------------------------------------

/** Direct children named `name`. */
export function kids(node: XNode | undefined, name: string): XNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** The single direct child named `name` (undefined when absent or repeated). */
export function kid(node: XNode | undefined, name: string): XNode | undefined {
  const found = kids(node, name);
  return found.length === 1 ? found[0] : undefined;
}

/** Follows a path of child names, e.g. path(root, "DefaultSettings", "SourceLocation"). */
export function path(node: XNode | undefined, ...names: string[]): XNode | undefined {
  return names.reduce<XNode | undefined>((n, name) => kid(n, name), node);
}

/** Every element below (and including) `node`, depth first, document order. */
export function descendants(node: XNode): XNode[] {
  return [node, ...node.children.flatMap(descendants)];
}

// ---------------------------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------------------------

export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

export interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
}

const RESOURCE_GROUPS: Array<[string, string, ResourceKind]> = [
  ["bt:Images", "bt:Image", "Image"],
  ["bt:Urls", "bt:Url", "Url"],
  ["bt:ShortStrings", "bt:String", "ShortString"],
  ["bt:LongStrings", "bt:String", "LongString"],
];

export function versionOverrides(root: XNode): XNode | undefined {
  return kid(root, "VersionOverrides");
}

export function resources(root: XNode): Resource[] {
  const res = kid(versionOverrides(root), "Resources");
  return RESOURCE_GROUPS.flatMap(([group, item, kind]) =>
    kids(res, group).flatMap((g) => kids(g, item).map((r) => ({ id: r.attrs.id ?? "", kind, value: r.attrs.DefaultValue ?? "" })))
  );
}

/** The elements outside <Resources> that carry a resid attribute. */
export function residUsers(root: XNode): XNode[] {
  const vo = versionOverrides(root);
  if (!vo) return [];
  return vo.children
    .filter((c) => c.name !== "Resources")
    .flatMap(descendants)
    .filter((n) => n.attrs.resid !== undefined);
}

/** The single resource with this id, or undefined. */
export function resource(root: XNode, id: string | undefined): Resource | undefined {
  const found = resources(root).filter((r) => r.id === id);
  return found.length === 1 ? found[0] : undefined;
}

/** Which resource kind an element's resid must point to (undefined = not constrained here). */
const RESID_KIND: Record<string, ResourceKind> = {
  "bt:Image": "Image",
  SourceLocation: "Url",
  FunctionFile: "Url",
  Runtime: "Url",
  LearnMoreUrl: "Url",
  Label: "ShortString",
  Title: "ShortString",
  Namespace: "ShortString",
  Description: "LongString",
};

const MAX_LENGTH: Record<ResourceKind, number> = { Image: 2048, Url: 2048, ShortString: 125, LongString: 250 };

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** Child order of <OfficeApp> required by the schema (TaskPaneApp). */
export const OFFICE_APP_ORDER = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const OPTIONAL_OFFICE_APP_CHILDREN = new Set(["AppDomains"]);

export function officeAppProblems(root: XNode): string[] {
  const problems: string[] = [];
  if (root.name !== "OfficeApp") problems.push(`root element is <${root.name}>, expected <OfficeApp>`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push(`OfficeApp xsi:type is "${root.attrs["xsi:type"]}"`);
  const names = root.children.map((c) => c.name);
  for (const name of names) {
    if (!OFFICE_APP_ORDER.includes(name)) problems.push(`unexpected <OfficeApp> child <${name}>`);
  }
  for (const name of OFFICE_APP_ORDER) {
    const count = names.filter((n) => n === name).length;
    if (count > 1) problems.push(`<${name}> appears ${count} times`);
    if (count === 0 && !OPTIONAL_OFFICE_APP_CHILDREN.has(name)) problems.push(`<${name}> is missing`);
  }
  const known = names.filter((n) => OFFICE_APP_ORDER.includes(n));
  for (let i = 1; i < known.length; i++) {
    if (OFFICE_APP_ORDER.indexOf(known[i]) < OFFICE_APP_ORDER.indexOf(known[i - 1])) {
      problems.push(`<${known[i]}> comes after <${known[i - 1]}>`);
    }
  }
  const vo = versionOverrides(root);
  if (vo && vo.attrs["xsi:type"] !== "VersionOverridesV1_0") problems.push(`VersionOverrides xsi:type is "${vo.attrs["xsi:type"]}"`);
  return problems;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

export function idAndVersionProblems(root: XNode): string[] {
  const problems: string[] = [];
  const id = kid(root, "Id")?.text ?? "";
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = kid(root, "Version")?.text ?? "";
  if (!VERSION.test(version) || version.split(".").some((p) => Number(p) > 65535)) {
    problems.push(`Version "${version}" is not n.n.n.n`);
  }
  return problems;
}

export function resourceProblems(root: XNode): string[] {
  const problems: string[] = [];
  const all = resources(root);
  if (all.length === 0) problems.push("no resources defined");
  const seen = new Map<string, number>();
  for (const r of all) {
    seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
    if (r.id.length === 0) problems.push(`a ${r.kind} resource has no id`);
    if (r.id.length > 32) problems.push(`resource id "${r.id}" is ${r.id.length} chars (max 32)`);
    if (r.value.length === 0) problems.push(`resource "${r.id}" has no DefaultValue`);
    if (r.value.length > MAX_LENGTH[r.kind]) problems.push(`${r.kind} "${r.id}" is ${r.value.length} chars (max ${MAX_LENGTH[r.kind]})`);
  }
  for (const [id, count] of seen) if (count > 1) problems.push(`resource id "${id}" is defined ${count} times`);

  const used = new Set<string>();
  for (const user of residUsers(root)) {
    const resid = user.attrs.resid;
    used.add(resid);
    const defs = all.filter((r) => r.id === resid);
    if (defs.length === 0) {
      problems.push(`<${user.name} resid="${resid}"> is not defined in Resources`);
      continue;
    }
    if (defs.length > 1) continue; // already reported as a duplicate
    const want = RESID_KIND[user.name];
    if (want && defs[0].kind !== want) problems.push(`<${user.name} resid="${resid}"> points to a ${defs[0].kind}, expected ${want}`);
  }
  for (const r of all) if (!used.has(r.id)) problems.push(`resource "${r.id}" is never used`);
  return problems;
}

/** Every DefaultValue that holds a URL, with where it came from. */
export function manifestUrls(root: XNode): Array<{ where: string; url: string; sameOrigin: boolean }> {
  const learnMore = new Set(
    residUsers(root)
      .filter((n) => n.name === "LearnMoreUrl")
      .map((n) => n.attrs.resid)
  );
  const top = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((name) => ({
    where: name,
    url: kid(root, name)?.attrs.DefaultValue ?? "",
    sameOrigin: name !== "SupportUrl",
  }));
  const source = { where: "DefaultSettings/SourceLocation", url: path(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue ?? "", sameOrigin: true };
  const res = resources(root)
    .filter((r) => r.kind === "Image" || r.kind === "Url")
    .map((r) => ({ where: `resource ${r.id}`, url: r.value, sameOrigin: !learnMore.has(r.id) }));
  return [...top, source, ...res];
}

export function urlProblems(root: XNode): string[] {
  const problems: string[] = [];
  const origin = originOf(path(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue ?? "");
  if (!origin) problems.push("DefaultSettings/SourceLocation is not a URL");
  for (const { where, url, sameOrigin } of manifestUrls(root)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${where}: "${url}" is not https`);
    if (sameOrigin && origin && parsed.origin !== origin) problems.push(`${where}: "${url}" is not under ${origin}`);
  }
  return problems;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function requirementsProblems(root: XNode): string[] {
  const problems: string[] = [];
  const hostNames = kids(kid(root, "Hosts"), "Host").map((h) => h.attrs.Name);
  if (hostNames.join() !== "Workbook") problems.push(`Hosts are [${hostNames.join(", ")}], expected [Workbook]`);
  if (kid(root, "Permissions")?.text !== "ReadWriteDocument") problems.push("Permissions is not ReadWriteDocument");
  const sets = path(root, "Requirements", "Sets");
  const setVersion = (name: string): string | undefined => {
    const set = kids(sets, "Set").find((s) => s.attrs.Name === name);
    return set ? (set.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion) : undefined;
  };
  if (setVersion("SharedRuntime") !== "1.1") problems.push(`SharedRuntime MinVersion is ${setVersion("SharedRuntime") ?? "missing"}, expected 1.1`);
  if (setVersion("CustomFunctionsRuntime") !== "1.1") {
    problems.push(`CustomFunctionsRuntime MinVersion is ${setVersion("CustomFunctionsRuntime") ?? "missing"}, expected 1.1`);
  }
  return problems;
}

/** The <Host xsi:type="Workbook"> inside VersionOverrides. */
export function workbookHost(root: XNode): XNode | undefined {
  const hosts = kids(kid(versionOverrides(root), "Hosts"), "Host").filter((h) => h.attrs["xsi:type"] === "Workbook");
  return hosts.length === 1 ? hosts[0] : undefined;
}

function extensionPoints(parent: XNode | undefined, type: string): XNode[] {
  return kids(parent, "ExtensionPoint").filter((e) => e.attrs["xsi:type"] === type);
}

/** The shared runtime: one long-lived Runtime whose page also hosts the custom functions, FunctionFile and task pane. */
export function sharedRuntimeProblems(root: XNode): string[] {
  const problems: string[] = [];
  const host = workbookHost(root);
  if (!host) return ['no single <Host xsi:type="Workbook"> in VersionOverrides'];
  if (host.children[0]?.name !== "Runtimes") problems.push(`first child of the Workbook host is <${host.children[0]?.name}>, expected <Runtimes>`);
  const runtimes = kids(kid(host, "Runtimes"), "Runtime");
  if (runtimes.length !== 1) problems.push(`${runtimes.length} <Runtime> elements, expected 1`);
  const runtime = runtimes[0];
  if (runtime && runtime.attrs.lifetime !== "long") problems.push(`Runtime lifetime is "${runtime.attrs.lifetime}", expected "long"`);
  const runtimeResid = runtime?.attrs.resid;

  const cf = extensionPoints(kid(host, "AllFormFactors"), "CustomFunctions");
  if (cf.length !== 1) problems.push(`${cf.length} CustomFunctions extension points, expected 1`);
  const cfPoint = cf[0];
  const cfOrder = cfPoint?.children.map((c) => c.name).join(",");
  if (cfPoint && cfOrder !== "Script,Page,Metadata,Namespace") problems.push(`CustomFunctions children are ${cfOrder}`);
  const pageResid = path(cfPoint, "Page", "SourceLocation")?.attrs.resid;
  if (pageResid !== runtimeResid) problems.push(`CustomFunctions Page resid "${pageResid}" differs from Runtime resid "${runtimeResid}"`);

  const desktop = kid(host, "DesktopFormFactor");
  const functionFileResid = kid(desktop, "FunctionFile")?.attrs.resid;
  if (functionFileResid !== runtimeResid) problems.push(`FunctionFile resid "${functionFileResid}" differs from Runtime resid "${runtimeResid}"`);

  const actions = extensionPoints(desktop, "PrimaryCommandSurface")
    .flatMap(descendants)
    .filter((n) => n.name === "Action" && n.attrs["xsi:type"] === "ShowTaskpane");
  if (actions.length === 0) problems.push("no ShowTaskpane action on the ribbon");
  for (const action of actions) {
    const resid = kid(action, "SourceLocation")?.attrs.resid;
    if (resid !== runtimeResid) problems.push(`ShowTaskpane SourceLocation resid "${resid}" differs from Runtime resid "${runtimeResid}"`);
  }

  // The runtime page must be the same page the add-in opens by default.
  const runtimeUrl = resource(root, runtimeResid)?.value;
  const defaultUrl = path(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
  if (runtimeUrl !== defaultUrl) problems.push(`Runtime URL "${runtimeUrl}" differs from DefaultSettings SourceLocation "${defaultUrl}"`);
  return problems;
}

/** The custom-functions files and namespace. */
export function customFunctionsProblems(root: XNode, namespace = "SPD"): string[] {
  const problems: string[] = [];
  const cfPoint = extensionPoints(kid(workbookHost(root), "AllFormFactors"), "CustomFunctions")[0];
  if (!cfPoint) return ["no CustomFunctions extension point"];
  const ns = resource(root, kid(cfPoint, "Namespace")?.attrs.resid);
  if (ns?.kind !== "ShortString" || ns.value !== namespace) problems.push(`Namespace is "${ns?.value}", expected "${namespace}"`);
  const expectFile = (what: string, resid: string | undefined, file: string) => {
    const url = resource(root, resid)?.value ?? "";
    if (!url.endsWith(`/${file}`)) problems.push(`${what} URL "${url}" does not end with /${file}`);
  };
  expectFile("Script", path(cfPoint, "Script", "SourceLocation")?.attrs.resid, "functions.js");
  expectFile("Metadata", path(cfPoint, "Metadata", "SourceLocation")?.attrs.resid, "functions.json");
  expectFile("Page", path(cfPoint, "Page", "SourceLocation")?.attrs.resid, "taskpane.html");
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Icons
// ---------------------------------------------------------------------------------------------

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) throw new Error("not a PNG (bad signature)");
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error("not a PNG (first chunk is not IHDR)");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Maps a manifest URL under the add-in origin to a file in the repo (assets/... → <repoRoot>/assets/...). */
export function assetFile(url: string, origin: string, repoRoot: string): string | undefined {
  if (!url.startsWith(`${origin}/assets/`)) return undefined;
  return join(repoRoot, decodeURIComponent(url.slice(origin.length + 1)));
}

/**
 * Every icon URL (IconUrl, HighResolutionIconUrl, bt:Image resources) must name an existing PNG in
 * assets/ whose IHDR size matches the size in its file name (icon-NN.png), its resid (Icon.NNxNN),
 * the size="NN" of the <bt:Image> elements that use it, and the store sizes for IconUrl (32) and
 * HighResolutionIconUrl (64).
 */
export function iconProblems(root: XNode, repoRoot: string): string[] {
  const problems: string[] = [];
  const origin = originOf(path(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue ?? "") ?? "";
  const icons: Array<{ where: string; url: string; expected: number[] }> = [
    { where: "IconUrl", url: kid(root, "IconUrl")?.attrs.DefaultValue ?? "", expected: [32] },
    { where: "HighResolutionIconUrl", url: kid(root, "HighResolutionIconUrl")?.attrs.DefaultValue ?? "", expected: [64] },
  ];
  const users = residUsers(root).filter((n) => n.name === "bt:Image");
  for (const r of resources(root).filter((x) => x.kind === "Image")) {
    const expected: number[] = [];
    const fromId = /(\d+)x(\d+)$/.exec(r.id);
    if (!fromId || fromId[1] !== fromId[2]) problems.push(`image resid "${r.id}" does not end with NNxNN`);
    else expected.push(Number(fromId[1]));
    for (const u of users.filter((n) => n.attrs.resid === r.id)) expected.push(Number(u.attrs.size));
    icons.push({ where: `resource ${r.id}`, url: r.value, expected });
  }
  for (const icon of icons) {
    const file = assetFile(icon.url, origin, repoRoot);
    if (!file) {
      problems.push(`${icon.where}: "${icon.url}" is not under ${origin}/assets/`);
      continue;
    }
    const fromName = /icon-(\d+)\.png$/.exec(file);
    if (!fromName) problems.push(`${icon.where}: file name of "${icon.url}" is not icon-NN.png`);
    else icon.expected.push(Number(fromName[1]));
    if (!existsSync(file)) {
      problems.push(`${icon.where}: ${file} does not exist`);
      continue;
    }
    let size: { width: number; height: number };
    try {
      size = pngSize(readFileSync(file));
    } catch (e) {
      problems.push(`${icon.where}: ${file}: ${(e as Error).message}`);
      continue;
    }
    for (const want of icon.expected) {
      if (size.width !== want || size.height !== want) {
        problems.push(`${icon.where}: ${file} is ${size.width}x${size.height}, expected ${want}x${want}`);
      }
    }
  }
  return problems;
}
