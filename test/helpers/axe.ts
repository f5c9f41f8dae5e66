/**
 * axe-core (Deque's accessibility rules) in a Playwright page: the source is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy (script-src 'self') does not govern, so
 * the page under test keeps its real policy.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { AxeResults, Result } from "axe-core";

/**
 * Fluent UI v9's focus manager (tabster) puts aria-hidden focusable sentinels around arrow-key groups
 * (the view tabs): they pass focus on at once and must stay hidden from screen readers. A known false
 * positive of aria-hidden-focus (microsoft/tabster#288; Accessibility Insights drops these nodes too,
 * microsoft/accessibility-insights-web#7605); only these nodes are dropped, the rule still runs.
 */
const TABSTER_DUMMY = /^<i [^>]*data-tabster-dummy=""/;

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  /** The first few offending elements' selectors and HTML. */
  nodes: string[];
}

/** Runs axe on the elements `selector` matches (WCAG 2.x A and AA rules and best practices). */
export async function axeFindings(page: Page, selector: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (include) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(
        { include: [include] },
        { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }, resultTypes: ["violations"] }
      ),
    selector
  );
  return results.violations
    .map((v: Result) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === "aria-hidden-focus" && TABSTER_DUMMY.test(n.html))) }))
    .filter((v) => v.nodes.length)
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? "unknown",
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.html.slice(0, 160)}`),
    }));
}

/** The serious and critical findings: what the tests require to be none. */
export async function seriousAxeFindings(page: Page, selector: string): Promise<AxeFinding[]> {
  return (await axeFindings(page, selector)).filter((f) => f.impact === "serious" || f.impact === "critical");
}
