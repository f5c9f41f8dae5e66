import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { DESIGNATION_SHORT_NAMES, formatPoints, monthLabel, parseIsoMonth } from "../../engine";
import type { DesignationHistory } from "../../engine";

/**
 * Total points per month and track for one designation, as a plain SVG line chart: a line per
 * track, a dashed line at the qualifying total, months without data left as gaps (shaded). The
 * SVG is one image with a summary for screen readers; a visually hidden table holds every value.
 */

// Drawing area in viewBox units; the SVG scales to the pane's width.
const PLOT_WIDTH = 300;
const PLOT_HEIGHT = 200;
const MARGIN = { left: 40, right: 20, top: 10, bottom: 30 };
const WIDTH = MARGIN.left + PLOT_WIDTH + MARGIN.right;
const HEIGHT = MARGIN.top + PLOT_HEIGHT + MARGIN.bottom;
const TICKS = 5;

const TRACK_COLORS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPaletteBerryBorderActive,
];

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-05" → "May 25" (axis labels are short; the summary and table use "May-2025"). */
export function axisMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${SHORT_MONTHS[Number(m[2]) - 1]} ${m[1].slice(2)}` : month;
}

function longMonth(month: string): string {
  const index = parseIsoMonth(month);
  return index === null ? month : monthLabel(index);
}

export interface TrendSeries {
  id: string;
  label: string;
  /** One per month of the window; null where the month has no data for the track. */
  totals: (number | null)[];
}

/** A series per track seen in the window, in the order the months list them. */
export function trendSeries(history: DesignationHistory): TrendSeries[] {
  const series: TrendSeries[] = [];
  for (const m of history.months) for (const t of m.tracks) if (!series.some((s) => s.id === t.id)) series.push({ id: t.id, label: t.label, totals: [] });
  for (const s of series) s.totals = history.months.map((m) => (m.available ? (m.tracks.find((t) => t.id === s.id)?.total ?? null) : null));
  return series;
}

/**
 * What a screen reader hears: "Modern Work: SMB 64 → 86 points from May-2025 to Oct-2025; qualified
 * in 4 of 6 months". The track named is the one that counts in the latest month with data.
 */
export function trendSummary(history: DesignationHistory): string {
  const name = DESIGNATION_SHORT_NAMES[history.id] ?? history.name;
  const months = history.months;
  if (months.length === 0) return `${name}: no monthly scores`;
  const span = `from ${longMonth(months[0].month)} to ${longMonth(months[months.length - 1].month)}`;
  const qualified = `qualified in ${months.filter((m) => m.qualified).length} of ${months.length} ${months.length === 1 ? "month" : "months"}`;
  const missing = months.filter((m) => !m.available).map((m) => longMonth(m.month));
  const gaps = missing.length ? `; no data for ${missing.join(", ")}` : "";
  const latest = [...months].reverse().find((m) => m.available && m.countingTrack !== null);
  const track = latest && trendSeries(history).find((s) => s.id === latest.countingTrack);
  if (!track) return `${name}: no scores ${span}; ${qualified}${gaps}`;
  const values = track.totals.filter((v): v is number => v !== null);
  const change = values.length > 1 ? `${formatPoints(values[0])} → ${formatPoints(values[values.length - 1])}` : formatPoints(values[0]);
  return `${name}: ${track.label} ${change} points ${span}; ${qualified}${gaps}`;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** SVG path of one series: a run of "M x y L x y ..." per stretch of months with data. */
export function seriesPath(totals: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  const runs: string[] = [];
  let run: string[] = [];
  totals.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run.join(" "));
      run = [];
      return;
    }
    run.push(`${run.length ? "L" : "M"}${round(x(i))} ${round(y(v))}`);
  });
  if (run.length) runs.push(run.join(" "));
  return runs.join(" ");
}

// Visually hidden but read by screen readers (the usual "sr-only" rules). On a wrapping div: a
// table grows to fit its content whatever its width and height say.
const visuallyHidden: React.CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0, 0, 0, 0)",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
};

const useStyles = makeStyles({
  root: { position: "relative", display: "grid", rowGap: tokens.spacingVerticalXS },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  key: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

export interface TrendChartProps {
  history: DesignationHistory;
  /** The qualifying total (the rule set's `qualification.minTotal.value`). Default 70 (RULES.md §1.1). */
  minTotal?: number;
  /** Top of the y axis: the most points a track can score. Default 100 (RULES.md §1.1). */
  maxTotal?: number;
}

/** A line chart of total points per month and track, with the qualifying line. */
export function TrendChart({ history, minTotal = 70, maxTotal = 100 }: TrendChartProps) {
  const styles = useStyles();
  const series = trendSeries(history);
  const months = history.months;
  const name = DESIGNATION_SHORT_NAMES[history.id] ?? history.name;
  const step = PLOT_WIDTH / Math.max(1, months.length);
  const x = (i: number) => MARGIN.left + (i + 0.5) * step;
  const y = (v: number) => MARGIN.top + PLOT_HEIGHT * (1 - Math.min(Math.max(v, 0), maxTotal) / maxTotal);
  const text = (size: string, fill: string): React.CSSProperties => ({ fontFamily: tokens.fontFamilyBase, fontSize: size, fill });
  const lineLabel = `${formatPoints(minTotal)} to qualify`;

  return (
    <div className={styles.root}>
      <svg role="img" aria-label={trendSummary(history)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" preserveAspectRatio="xMidYMid meet">
        {months.map((m, i) =>
          m.available ? null : (
            <rect
              key={`gap-${m.month}`}
              data-unavailable={m.month}
              x={round(x(i) - step / 2)}
              y={MARGIN.top}
              width={round(step)}
              height={PLOT_HEIGHT}
              style={{ fill: tokens.colorNeutralBackground3 }}
            />
          )
        )}
        {Array.from({ length: TICKS + 1 }, (_, k) => (maxTotal * k) / TICKS).map((v) => (
          <g key={`tick-${v}`}>
            <line
              x1={MARGIN.left}
              x2={MARGIN.left + PLOT_WIDTH}
              y1={round(y(v))}
              y2={round(y(v))}
              style={{ stroke: tokens.colorNeutralStroke2, strokeWidth: 1 }}
            />
            <text
              x={MARGIN.left - 6}
              y={round(y(v))}
              textAnchor="end"
              dominantBaseline="middle"
              style={text(tokens.fontSizeBase100, tokens.colorNeutralForeground3)}
            >
              {formatPoints(v)}
            </text>
          </g>
        ))}
        {months.map((m, i) => (
          <text
            key={`month-${m.month}`}
            x={round(x(i))}
            y={HEIGHT - 10}
            textAnchor="middle"
            style={text(tokens.fontSizeBase100, tokens.colorNeutralForeground3)}
          >
            {axisMonth(m.month)}
          </text>
        ))}
        <line
          data-qualify-line
          x1={MARGIN.left}
          x2={MARGIN.left + PLOT_WIDTH}
          y1={round(y(minTotal))}
          y2={round(y(minTotal))}
          strokeDasharray="6 4"
          style={{ stroke: tokens.colorPaletteRedForeground1, strokeWidth: 1.5 }}
        />
        <text x={MARGIN.left + PLOT_WIDTH} y={round(y(minTotal)) - 4} textAnchor="end" style={text(tokens.fontSizeBase100, tokens.colorPaletteRedForeground1)}>
          {lineLabel}
        </text>
        {series.map((s, k) => {
          const color = TRACK_COLORS[k % TRACK_COLORS.length];
          return (
            <g key={s.id} data-series={s.id}>
              <path d={seriesPath(s.totals, x, y)} fill="none" style={{ stroke: color, strokeWidth: 2 }} />
              {s.totals.map((v, i) => (v === null ? null : <circle key={i} cx={round(x(i))} cy={round(y(v))} r={3} style={{ fill: color }} />))}
            </g>
          );
        })}
      </svg>
      <div className={styles.legend} aria-hidden="true">
        {series.map((s, k) => (
          <span key={s.id} className={styles.key}>
            <svg width="16" height="4" aria-hidden="true">
              <line x1="0" x2="16" y1="2" y2="2" style={{ stroke: TRACK_COLORS[k % TRACK_COLORS.length], strokeWidth: 2 }} />
            </svg>
            {s.label}
          </span>
        ))}
        <span className={styles.key}>
          <svg width="16" height="4" aria-hidden="true">
            <line x1="0" x2="16" y1="2" y2="2" strokeDasharray="4 2" style={{ stroke: tokens.colorPaletteRedForeground1, strokeWidth: 1.5 }} />
          </svg>
          {lineLabel}
        </span>
      </div>
      <div style={visuallyHidden}>
        <table>
          <caption>{name}: total points per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {series.map((s) => (
                <th key={s.id} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">Qualified</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m, i) => (
              <tr key={m.month}>
                <th scope="row">{longMonth(m.month)}</th>
                {series.map((s) => (
                  <td key={s.id}>{m.available ? (s.totals[i] === null ? "No score" : formatPoints(s.totals[i] as number)) : "Data unavailable"}</td>
                ))}
                <td>{m.available ? (m.qualified ? "Yes" : "No") : "Data unavailable"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
