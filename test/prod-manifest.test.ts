/**
 * The production manifest is written only for a real address (scripts/prod-manifest.js, used by
 * webpack.config.js): an https URL of a real host. Without one the production build still builds the
 * bundles, writes no manifest and says how to give one; a wrong one stops the build. No full build here:
 * the webpack config is loaded and its plugins inspected.
 */
import { join } from "node:path";

const { checkProdUrl, NO_MANIFEST_NOTICE } = require("../scripts/prod-manifest") as {
  checkProdUrl: (raw: unknown) => { url?: string; problem?: string };
  NO_MANIFEST_NOTICE: string;
};

describe("checkProdUrl", () => {
  it.each([
    ["https://addin.partner.test/", "https://addin.partner.test/"],
    ["https://addin.partner.test", "https://addin.partner.test/"],
    ["https://static.fabrikam.net/partner-score", "https://static.fabrikam.net/partner-score/"],
    ["  https://Fabrikam.net:8443/a/b/  ", "https://fabrikam.net:8443/a/b/"],
  ])("accepts %s as %s", (given, url) => {
    expect(checkProdUrl(given)).toEqual({ url });
  });

  it.each([
    ["", /no production URL/],
    ["addin.partner.test", /not a URL/],
    ["http://addin.partner.test/", /not https/],
    ["https://localhost:3000/", /localhost/],
    ["https://127.0.0.1/", /loopback/],
    ["https://[::1]/", /loopback/],
    ["https://www.contoso.com/", /Contoso/],
    ["https://addin.example.org/", /placeholder/],
    ["https://user:secret@addin.partner.test/", /credentials/],
    ["https://addin.partner.test/?v=1", /query or fragment/],
  ])("refuses %j", (given, problem) => {
    expect(checkProdUrl(given).problem).toMatch(problem);
  });
});

type Plugin = { constructor: { name: string }; patterns?: Array<{ from: string; to: string; transform?: (c: Buffer) => string }> };
type Config = { plugins: Plugin[] };

const config = require(join(__dirname, "../webpack.config.js")) as (env: Record<string, unknown>, argv: { mode: string }) => Promise<Config>;

function copied(c: Config) {
  return c.plugins.find((p) => p.constructor.name === "CopyPlugin")!.patterns!;
}

describe("webpack.config.js production manifest", () => {
  const saved = process.env.SPD_PROD_URL;
  beforeEach(() => delete process.env.SPD_PROD_URL);
  afterAll(() => (saved === undefined ? delete process.env.SPD_PROD_URL : (process.env.SPD_PROD_URL = saved)));

  it("without a URL: no manifest copied, and a warning that says how to give one", async () => {
    const c = await config({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(copied(c).map((p) => p.from)).not.toContain("manifest.xml");
    expect(c.plugins.map((p) => p.constructor.name)).toEqual(
      expect.arrayContaining(["HtmlWebpackPlugin", "CustomFunctionsMetadataPlugin", "NoProductionManifestNotice"])
    );
    expect(NO_MANIFEST_NOTICE).toMatch(/^No production manifest written[^]*SPD_PROD_URL=https:\/\/addin\.example\.org\/ npm run build/);
  });

  it.each([
    ["SPD_PROD_URL", (url: string) => ((process.env.SPD_PROD_URL = url), {})],
    ["--env prodUrl", (url: string) => ({ prodUrl: url })],
  ])("with %s: the manifest with every localhost URL moved there", async (_how, give) => {
    const env = give("https://addin.partner.test/score");
    const c = await config({ WEBPACK_BUILD: true, ...env }, { mode: "production" });
    const manifest = copied(c).find((p) => p.from === "manifest.xml")!;
    const text = manifest.transform!(Buffer.from('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>'));
    expect(text).toBe('<SourceLocation DefaultValue="https://addin.partner.test/score/taskpane.html"/>');
    expect(c.plugins.map((p) => p.constructor.name)).not.toContain("NoProductionManifestNotice");
  });

  it("a URL that cannot be the host stops the build with the reason", async () => {
    await expect(config({ WEBPACK_BUILD: true, prodUrl: "https://www.contoso.com/" }, { mode: "production" })).rejects.toThrow(
      /Contoso[^]*nothing was built[^]*SPD_PROD_URL=/
    );
    await expect(config({ WEBPACK_BUILD: true, prodUrl: "http://addin.partner.test/" }, { mode: "production" })).rejects.toThrow(/not https/);
  });

  it("development keeps manifest.xml as it is (https://localhost:3000/)", async () => {
    process.env.SPD_PROD_URL = "https://addin.partner.test/";
    const c = await config({ WEBPACK_BUILD: true }, { mode: "development" });
    const manifest = copied(c).find((p) => p.from === "manifest.xml")!;
    expect(manifest.transform).toBeUndefined();
  });
});
