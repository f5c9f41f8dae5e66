/**
 * The production manifest: manifest.xml with its development origin (https://localhost:3000/) replaced
 * by the HTTPS address where the built dist/ is hosted. webpack.config.js writes dist/manifest.xml with
 * this only when that address is given (SPD_PROD_URL, or `--env prodUrl=…`); test/manifest-xsd.test.ts
 * runs the same substitution and validates the result against Microsoft's schemas.
 */

const DEV_ORIGIN = "https://localhost:3000/";

/** How to give the address (the host is an example: use your own). */
const HOW_TO_GIVE_URL = [
  "Give the HTTPS address where dist/ will be hosted, e.g.",
  "  SPD_PROD_URL=https://addin.example.org/ npm run build",
  '  (PowerShell: $env:SPD_PROD_URL="https://addin.example.org/"; npm run build; or any shell: npm run build -- --env prodUrl=https://addin.example.org/)',
].join("\n");

/** What a production build without the address prints (as a webpack warning). */
const NO_MANIFEST_NOTICE = `No production manifest written (dist/manifest.xml). ${HOW_TO_GIVE_URL}\nThe bundles in dist/ are built; see README, Deploying.`;

/** Host names that are never where an add-in is really hosted: loopback, the templates' and the docs' placeholders. */
function placeholderHost(hostname) {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "localhost";
  if (/^127\./.test(host) || host === "::1" || host === "0.0.0.0") return "a loopback address";
  if (/(^|\.)contoso\.com$/.test(host) || host === "contoso") return "Contoso, Microsoft's placeholder company";
  if (/(^|\.)example\.(com|net|org)$/.test(host) || host.endsWith(".example") || host.endsWith(".invalid")) return "a documentation placeholder (RFC 2606)";
  return undefined;
}

/**
 * The production base URL from what the user gave, normalised to end in "/", or the reason it cannot be
 * one: an https URL of a real host, no credentials, query or fragment. `{ url }` or `{ problem }`.
 */
function checkProdUrl(raw) {
  const given = String(raw ?? "").trim();
  if (!given) return { problem: "no production URL was given" };
  let url;
  try {
    url = new URL(given);
  } catch {
    return { problem: `${given} is not a URL (expected e.g. https://addin.example.org/)` };
  }
  if (url.protocol !== "https:") return { problem: `${given} is not https: Office loads add-ins only over HTTPS` };
  const placeholder = placeholderHost(url.hostname);
  if (placeholder) return { problem: `${given} is ${placeholder}, not where the add-in is hosted` };
  if (url.username || url.password) return { problem: `${given} carries credentials` };
  if (url.search || url.hash || given.includes("?") || given.includes("#")) return { problem: `${given} has a query or fragment` };
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { url: `${url.origin}${path}` };
}

/** manifest.xml's text with every development URL moved under `baseUrl` (a checkProdUrl result). */
function prodManifest(manifestText, baseUrl) {
  const { url, problem } = checkProdUrl(baseUrl);
  if (problem) throw new Error(`Production manifest: ${problem}`);
  return manifestText.split(DEV_ORIGIN).join(url);
}

module.exports = { DEV_ORIGIN, HOW_TO_GIVE_URL, NO_MANIFEST_NOTICE, checkProdUrl, prodManifest };
