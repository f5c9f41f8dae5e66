import * as React from "react";
import type { ChartSnapshot } from "../excel-double/model/chart";

const PX_PER_PT = 4 / 3;

/**
 * A chart of the double drawn as inline SVG at its place on the sheet: title, value axis with
 * gridlines, category labels, one line or column group per series, and a legend when Excel shows one.
 */
export function ChartView({ chart, offsetX, offsetY }: { chart: ChartSnapshot; offsetX: number; offsetY: number }) {
  const w = chart.width * PX_PER_PT;
  const h = chart.height * PX_PER_PT;
  const isLine = /line/i.test(chart.type);
  const plot = { left: 44, top: chart.title ? 30 : 12, right: w - 12, bottom: h - (chart.legend.visible ? 44 : 26) };
  const { minimum, maximum } = chart.valueAxis;
  const span = maximum - minimum || 1;
  const y = (v: number) => plot.bottom - ((v - minimum) / span) * (plot.bottom - plot.top);
  const categories = chart.series[0]?.categories ?? [];
  const n = Math.max(1, ...chart.series.map((s) => s.values.length));
  const band = (plot.right - plot.left) / n;
  const ticks = Array.from({ length: 5 }, (_, i) => minimum + (span * i) / 4);
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  return (
    <svg
      role="img"
      aria-label={`Chart ${chart.name}${chart.title ? `: ${chart.title}` : ""}`}
      width={w}
      height={h}
      style={{
        position: "absolute",
        left: offsetX + chart.left * PX_PER_PT,
        top: offsetY + chart.top * PX_PER_PT,
        background: "#fff",
        border: "1px solid #d9d9d9",
        zIndex: 5,
      }}
    >
      {chart.title && (
        <text x={w / 2} y={20} textAnchor="middle" fontSize={14} fill="#595959">
          {chart.title}
        </text>
      )}
      {ticks.map((t) => (
        <g key={t}>
          <line x1={plot.left} x2={plot.right} y1={y(t)} y2={y(t)} stroke="#e6e6e6" />
          <text x={plot.left - 4} y={y(t) + 3} textAnchor="end" fontSize={9} fill="#595959">
            {Number(t.toPrecision(4))}
          </text>
        </g>
      ))}
      {categories.map((c, i) => (
        <text key={i} x={plot.left + band * (i + 0.5)} y={plot.bottom + 12} textAnchor="middle" fontSize={9} fill="#595959">
          {String(c)}
        </text>
      ))}
      {chart.series.map((s, k) => {
        const color = s.line.color;
        if (isLine) {
          const pts = s.values.map((v, i) => (num(v) === null ? null : `${plot.left + band * (i + 0.5)},${y(num(v)!)}`));
          const d = pts.reduce<string>((acc, p, i) => (p === null ? acc : `${acc}${acc === "" || pts[i - 1] === null ? "M" : "L"}${p}`), "");
          return <path key={k} d={d} fill="none" stroke={color} strokeWidth={s.line.weight * PX_PER_PT} aria-label={`Series ${s.name}`} />;
        }
        const barW = (band * 0.7) / chart.series.length;
        return (
          <g key={k} aria-label={`Series ${s.name}`}>
            {s.values.map((v, i) => {
              const value = num(v);
              if (value === null) return null;
              const baseline = y(Math.min(Math.max(0, minimum), maximum));
              const top = y(value);
              return (
                <rect
                  key={i}
                  x={plot.left + band * i + band * 0.15 + barW * k}
                  y={Math.min(top, baseline)}
                  width={barW}
                  height={Math.abs(top - baseline)}
                  fill={color}
                />
              );
            })}
          </g>
        );
      })}
      {chart.legend.visible &&
        chart.series.map((s, k) => (
          <g key={k} transform={`translate(${plot.left + k * 110}, ${h - 14})`}>
            <rect width={10} height={10} y={-9} fill={s.line.color} />
            <text x={14} fontSize={10} fill="#595959">
              {s.name}
            </text>
          </g>
        ))}
    </svg>
  );
}
