/**
 * Offline structural check of manifest.xml (office-addin-manifest validate needs a web service).
 * The first block asserts the real manifest passes every check; the second breaks a copy of the
 * manifest in one way per check and asserts that check reports it, so no check is vacuous.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { inflateSync } from "node:zlib";
import { ICON_SIZES, renderIcon } from "../scripts/make-icons";
import {
  XNode,
  customFunctionsProblems,
  iconProblems,
  idAndVersionProblems,
  kid,
  officeAppProblems,
  parseXml,
  path,
  pngSize,
  requirementsProblems,
  resource,
  resourceProblems,
  sharedRuntimeProblems,
  urlProblems,
  workbookHost,
} from "./helpers/manifest";

const repoRoot = resolve(__dirname, "..");
const manifestText = readFileSync(join(repoRoot, "manifest.xml"), "utf8");

type Check = (root: XNode) => string[];

const checks: Record<string, Check> = {
  officeApp: officeAppProblems,
  idAndVersion: idAndVersionProblems,
  resources: resourceProblems,
  urls: urlProblems,
  requirements: requirementsProblems,
  sharedRuntime: sharedRuntimeProblems,
  customFunctions: (root) => customFunctionsProblems(root, "SPD"),
  icons: (root) => iconProblems(root, repoRoot),
};

let root: XNode;

beforeAll(async () => {
  root = await parseXml(manifestText);
});

describe("manifest.xml", () => {
  it("is well-formed XML with an <OfficeApp> root", () => {
    expect(root.name).toBe("OfficeApp");
  });

  it.each(Object.keys(checks))("passes the %s check", (name) => {
    expect(checks[name](root)).toEqual([]);
  });

  it("wires the ids and URLs the build and the code rely on", () => {
    const host = workbookHost(root);
    const desktop = kid(host, "DesktopFormFactor");
    const tab = kid(kid(desktop, "ExtensionPoint"), "OfficeTab");
    const button = kid(kid(tab, "Group"), "Control");
    expect(tab?.attrs.id).toBe("TabHome");
    expect(button?.attrs["xsi:type"]).toBe("Button");
    expect(path(button, "Action", "TaskpaneId")?.text).toBe("ButtonId1");
    expect(resource(root, kid(button, "Label")?.attrs.resid)?.value).toBe("Partner score");
    expect(resource(root, "Taskpane.Url")?.value).toBe("https://localhost:3000/taskpane.html");
    expect(resource(root, "Functions.Script.Url")?.value).toBe("https://localhost:3000/functions.js");
    expect(resource(root, "Functions.Metadata.Url")?.value).toBe("https://localhost:3000/functions.json");
    expect(kid(root, "DisplayName")?.attrs.DefaultValue).toBe("Partner score");
    expect(kid(root, "ProviderName")?.text).toBe("SPD Partner Score");
  });
});

describe("assets/ icons", () => {
  // The checked-in PNGs must be what scripts/make-icons.ts draws (compare decoded pixels, not
  // compressed bytes, so a different zlib build cannot make this flaky).
  it.each([...ICON_SIZES])("icon-%i.png matches scripts/make-icons.ts", (size) => {
    const bytes = readFileSync(join(repoRoot, "assets", `icon-${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    expect(bytes[24]).toBe(8); // bit depth
    expect(bytes[25]).toBe(6); // RGBA
    const idat: Buffer[] = [];
    for (let o = 8; o < bytes.length;) {
      const len = bytes.readUInt32BE(o);
      if (bytes.toString("ascii", o + 4, o + 8) === "IDAT") idat.push(bytes.subarray(o + 8, o + 8 + len));
      o += 12 + len;
    }
    const raw = inflateSync(Buffer.concat(idat));
    const pixels = renderIcon(size);
    const stride = size * 4;
    expect(raw.length).toBe((stride + 1) * size);
    for (let y = 0; y < size; y++) {
      expect(raw[y * (stride + 1)]).toBe(0);
      expect(Buffer.compare(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), Buffer.from(pixels.subarray(y * stride, (y + 1) * stride)))).toBe(0);
    }
  });
});

/** A string edit (must occur exactly once) or a RegExp edit (must match). */
type Edit = [string | RegExp, string];

function mutate(edits: Edit[]): string {
  return edits.reduce((text, [from, to]) => {
    if (typeof from === "string") {
      const count = text.split(from).length - 1;
      if (count !== 1) throw new Error(`mutation target occurs ${count} times: ${from}`);
      return text.replace(from, () => to);
    }
    if (!from.test(text)) throw new Error(`mutation target not found: ${from}`);
    from.lastIndex = 0;
    return text.replace(from, to);
  }, manifestText);
}

const LONG_TEXT = "x".repeat(251);

const brokenCases: Array<[string, keyof typeof checks, RegExp, Edit[]]> = [
  [
    "Permissions before DefaultSettings",
    "officeApp",
    /comes after/,
    [
      ["  <Permissions>ReadWriteDocument</Permissions>\n", ""],
      ["  <DefaultSettings>\n", "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>\n"],
    ],
  ],
  ["DisplayName missing", "officeApp", /DisplayName> is missing/, [[/ *<DisplayName [^>]*\/>\n/, ""]]],
  ["unknown OfficeApp child", "officeApp", /unexpected/, [["  <Permissions>", "  <Foo/>\n  <Permissions>"]]],
  ["wrong xsi:type", "officeApp", /xsi:type/, [['xsi:type="TaskPaneApp"', 'xsi:type="MailApp"']]],
  ["Id not a GUID", "idAndVersion", /not a GUID/, [[/<Id>[^<]*<\/Id>/, "<Id>partner-score</Id>"]]],
  ["Version with three parts", "idAndVersion", /Version/, [["<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"]]],
  ["undefined resid", "resources", /not defined/, [['<Label resid="TaskpaneButton.Label"/>', '<Label resid="TaskpaneButton.Lable"/>']]],
  [
    "duplicate resource id",
    "resources",
    /defined 2 times/,
    [
      [
        '<bt:String id="Functions.Namespace" DefaultValue="SPD"/>',
        '<bt:String id="Functions.Namespace" DefaultValue="SPD"/><bt:String id="Functions.Namespace" DefaultValue="X"/>',
      ],
    ],
  ],
  ["resource id over 32 chars", "resources", /max 32/, [[/PartnerScore\.Group\.Label/g, "PartnerScore.Group.Label.TooLongById"]]],
  [
    "resid of the wrong kind",
    "resources",
    /expected ShortString/,
    [['<Namespace resid="Functions.Namespace"/>', '<Namespace resid="GetStarted.Description"/>']],
  ],
  ["long string over 250 chars", "resources", /max 250/, [[/(id="TaskpaneButton.Tooltip" DefaultValue=")[^"]*/, `$1${LONG_TEXT}`]]],
  ["unused resource", "resources", /never used/, [["</bt:Urls>", '<bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/x"/></bt:Urls>']]],
  ["http URL", "urls", /not https/, [['"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"']]],
  ["URL on another origin", "urls", /not under/, [["https://localhost:3000/functions.json", "https://example.com/functions.json"]]],
  ["not a URL", "urls", /not a URL/, [[/<SupportUrl DefaultValue="[^"]*"/, '<SupportUrl DefaultValue="help"']]],
  ["SharedRuntime missing", "requirements", /SharedRuntime/, [[/ *<Set Name="SharedRuntime"[^>]*\/>\n/, ""]]],
  [
    "SharedRuntime 1.0",
    "requirements",
    /SharedRuntime MinVersion is 1.0/,
    [['<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="SharedRuntime" MinVersion="1.0"/>']],
  ],
  ["CustomFunctionsRuntime missing", "requirements", /CustomFunctionsRuntime/, [[/ *<Set Name="CustomFunctionsRuntime"[^>]*\/>\n/, ""]]],
  ["Host not Workbook", "requirements", /Hosts are/, [['<Host Name="Workbook"/>', '<Host Name="Document"/>']]],
  [
    "Runtimes not first in Host",
    "sharedRuntime",
    /first child/,
    [[/( *<Runtimes>\n[^]*?<\/Runtimes>\n)( *<AllFormFactors>[^]*?<\/AllFormFactors>\n)/, "$2$1"]],
  ],
  ["short-lived runtime", "sharedRuntime", /lifetime/, [['lifetime="long"', 'lifetime="short"']]],
  ["Page not on the runtime", "sharedRuntime", /Page resid/, [[/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Functions.Script.Url"]]],
  [
    "FunctionFile not on the runtime",
    "sharedRuntime",
    /FunctionFile resid/,
    [['<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>']],
  ],
  [
    "task pane not on the runtime",
    "sharedRuntime",
    /ShowTaskpane/,
    [[/(<TaskpaneId>ButtonId1<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Functions.Script.Url"]],
  ],
  [
    "DefaultSettings page differs",
    "sharedRuntime",
    /DefaultSettings/,
    [[/(<DefaultSettings>\s*<SourceLocation DefaultValue="[^"]*)taskpane\.html/, "$1index.html"]],
  ],
  [
    "namespace not SPD",
    "customFunctions",
    /Namespace/,
    [['<bt:String id="Functions.Namespace" DefaultValue="SPD"/>', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>']],
  ],
  ["metadata file renamed", "customFunctions", /functions\.json/, [["/functions.json", "/metadata.json"]]],
  [
    "16px resid on a 32px file",
    "icons",
    /expected 16x16/,
    [['id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"', 'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"']],
  ],
  ["icon file missing", "icons", /does not exist/, [["assets/icon-64.png", "assets/icon-128.png"]]],
  ["size attribute disagrees", "icons", /expected 64x64/, [[/<bt:Image size="80" resid="Icon\.80x80"\/>/, '<bt:Image size="64" resid="Icon.80x80"/>']]],
  [
    "IconUrl not 32px",
    "icons",
    /expected 32x32/,
    [['<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>']],
  ],
];

describe("each check catches a broken manifest", () => {
  it("rejects malformed XML", async () => {
    await expect(parseXml(mutate([["</Resources>", ""]]))).rejects.toThrow();
  });

  it.each(brokenCases)("%s → %s check fails", async (_label, check, message, edits) => {
    const broken = await parseXml(mutate(edits));
    const problems = checks[check](broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(message);
  });
});
