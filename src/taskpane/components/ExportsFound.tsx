import * as React from "react";
import { Caption1, Dropdown, Field, Option, SpinButton, Text, makeStyles, tokens } from "@fluentui/react-components";
import { monthLabel, parseIsoMonth } from "../../engine";
import type { ScoreRequest, WorkbookSummary } from "../service";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  row: { display: "flex", gap: tokens.spacingHorizontalM },
});

/** A SpinButton's new count: its value when stepped, the typed text otherwise; null when that is not a number. */
function typedCount(value: number | null | undefined, displayValue: string | undefined): number | null {
  const n = value ?? Number.parseFloat(displayValue ?? "");
  return Number.isFinite(n) ? Math.max(0, Math.round(n)) : null;
}

const label = (iso: string) => {
  const m = parseIsoMonth(iso);
  return m === null ? iso : monthLabel(m);
};

function CountField({ label, hint, value, onCount }: { label: string; hint?: string; value?: number; onCount: (n: number) => void }) {
  return (
    <Field label={label} hint={hint}>
      <SpinButton
        aria-label={label}
        min={0}
        value={value ?? 0}
        onChange={(_, data) => {
          const n = typedCount(data.value, data.displayValue);
          if (n !== null) onCount(n);
        }}
      />
    </Field>
  );
}

export interface ExportsFoundProps {
  summary: WorkbookSummary;
  request: ScoreRequest;
  onChange: (request: ScoreRequest) => void;
}

/** What the pane found in the workbook, and the choices the user makes before scoring. */
export function ExportsFound({ summary, request, onChange }: ExportsFoundProps) {
  const styles = useStyles();
  const asOf = request.asOf ?? summary.latestMonth ?? "";
  return (
    <section aria-label="Exports found">
      <Text weight="semibold">Found in this workbook</Text>
      <ul className={styles.list}>
        {summary.exports.map((e) => (
          <li key={e.address}>
            <Text>
              {e.layout === "m365-usage" ? "M365 usage export" : "Skilling export"} on <b>{e.sheet}</b>: {e.rows.toLocaleString()} rows ({e.address})
            </Text>
          </li>
        ))}
      </ul>
      <Caption1>
        {summary.tenants.toLocaleString()} tenants, months {summary.months.map(label).join(", ") || "none"}
        {summary.skippedRows ? `; ${summary.skippedRows} rows could not be read` : ""}
      </Caption1>
      <Field label="As-of month">
        <Dropdown
          aria-label="As-of month"
          value={asOf ? label(asOf) : ""}
          selectedOptions={asOf ? [asOf] : []}
          onOptionSelect={(_, data) => onChange({ ...request, asOf: data.optionValue })}
        >
          {[...summary.months].reverse().map((m) => (
            <Option key={m} value={m}>
              {label(m)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {!summary.hasSkilling && (
        <div className={styles.row}>
          <CountField label="Intermediate certified people" hint="No skilling export found" value={request.intermediate} onCount={(n) => onChange({ ...request, intermediate: n })} />
          <CountField label="Advanced certified people" value={request.advanced} onCount={(n) => onChange({ ...request, advanced: n })} />
        </div>
      )}
    </section>
  );
}
