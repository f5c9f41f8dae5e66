import { STATUS_LABEL, formatPoints, isoMonthLabel, type RenewalStatus, type ScoreHistory } from "../engine";

// Column heads short enough for a terminal.
const SHORT: Record<string, string> = {
  "net-customer-adds": "Customer adds",
  "intermediate-certifications": "Intermediate",
  "advanced-certifications": "Advanced",
  "usage-growth": "Usage growth",
  deployments: "Deployments",
};

const month = isoMonthLabel;

/** Partner Center's "Scores" table per designation (newest month first), then the renewal status. */
export function historyText(history: ScoreHistory, renewal: readonly RenewalStatus[]): string {
  // The exports' months; the qualification eligibility window runs to today and the renewal status names it.
  const out = [`Monthly scores: ${month(history.from)} to ${month(history.to)}`];
  for (const h of history.designations) {
    if (h.needs) {
      out.push("", `${h.name}: not scored. ${h.needs}`);
      continue;
    }
    out.push("", `${h.name}: ${h.qualifiedInWindow ? `qualified in ${h.qualifiedMonths.map(month).join(", ")}` : "not qualified in any of these months"}`);
    const metrics = h.months.find((m) => m.available)?.metrics ?? [];
    out.push(
      "  " +
        "Month".padEnd(10) +
        "Best".padStart(7) +
        "  " +
        "Status".padEnd(18) +
        metrics.map((m) => (SHORT[m.id] ?? m.label).padStart(15)).join("") +
        "  Best track"
    );
    for (const m of [...h.months].reverse()) {
      if (!m.available) {
        out.push("  " + month(m.month).padEnd(10) + "".padStart(7) + "  " + `${m.reason ?? "Data unavailable"}`);
        continue;
      }
      const points = metrics.map((x) => formatPoints(m.metrics.find((y) => y.id === x.id)?.points ?? 0).padStart(15)).join("");
      out.push(
        "  " +
          month(m.month).padEnd(10) +
          formatPoints(m.total).padStart(7) +
          "  " +
          (m.qualified ? "Qualified" : STATUS_LABEL[m.status]).padEnd(18) +
          points +
          `  ${m.countingTrackLabel}`
      );
    }
    const status = renewal.find((r) => r.designation === h.id);
    if (status) out.push(`  ${status.kind === "renewal" ? "Renewal" : "Enrolment"} status (as of ${status.today}): ${status.label}. ${status.reason}`);
  }
  return out.join("\n");
}
