import * as React from "react";
import { Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DESIGNATION_SHORT_NAMES, isoMonthLabel, type DesignationId, type EditionId, type LayoutId } from "../../engine";
import type { ScoreRequest, WorkbookSummary } from "../service";
import { foundLine } from "../logic/formats";
import { CertifiedCountField } from "./CertifiedCountField";
import { useFieldValidity } from "../hooks/useFieldValidity";
import { asOfLabel } from "../logic/asOfData";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  row: { display: "flex", gap: tokens.spacingHorizontalM },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: "inherit", scrollMarginTop: "8px" },
  toggle: { minWidth: "auto", paddingLeft: 0, paddingRight: 0 },
  // A native select is as wide as its longest option ("Nov-2023 (no year-earlier data for 2 designations)"):
  // held to the pane's width, its text cut with an ellipsis.
  picker: { minWidth: 0 },
  pickerSelect: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

const LAYOUT_LABEL: Record<LayoutId, string> = {
  "m365-usage": "M365 usage export",
  "azure-usage": "Azure consumption export",
  "bizapps-usage": "Business Applications usage export",
  "bizapps-revenue": "Business Applications revenue export",
  skilling: "Skilling export",
};

const RULES: { value: EditionId | ""; text: string }[] = [
  { value: "", text: "In force in the as-of month" },
  { value: "2023", text: "2023 rules" },
  { value: "2026", text: "2026 rules" },
];

const label = isoMonthLabel;

function setCount(counts: ScoreRequest["counts"], id: DesignationId, level: "intermediate" | "advanced", n: number | undefined): ScoreRequest["counts"] {
  return { ...counts, [id]: { ...counts?.[id], [level]: n } };
}

export interface ExportsFoundProps {
  summary: WorkbookSummary;
  request: ScoreRequest;
  onChange: (request: ScoreRequest) => void;
  /** Once scored, what was found folds to one line ("5 exports, Nov-2023 – Oct-2025, 325 tenants"), expandable. */
  collapsed?: boolean;
  /** The heading, focused and scrolled to after Refresh. */
  headingRef?: React.Ref<HTMLHeadingElement>;
  /** Whether a typed certification count is not a count (Score waits until it is fixed). */
  onInvalid?: (invalid: boolean) => void;
}

/** What the pane found in the workbook, and the choices the user makes before scoring. */
export function ExportsFound({ summary, request, onChange, collapsed = false, headingRef, onInvalid }: ExportsFoundProps) {
  const styles = useStyles();
  const validityOf = useFieldValidity(onInvalid);
  const [expanded, setExpanded] = React.useState(false);
  const asOf = request.asOf ?? summary.latestMonth ?? "";
  const folded = collapsed && !expanded;
  return (
    <section aria-label="Exports found">
      <div className={styles.head}>
        <Text as="h2" weight="semibold" tabIndex={-1} ref={headingRef} className={styles.heading}>
          Found in this workbook
        </Text>
        {collapsed && (
          <>
            {folded && <Caption1>{foundLine(summary)}</Caption1>}
            <Button appearance="transparent" size="small" className={styles.toggle} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
              {expanded ? "Fewer details" : "Details"}
            </Button>
          </>
        )}
      </div>
      {!folded && (
        <>
          <ul className={styles.list}>
            {summary.exports.map((e) => (
              <li key={e.address}>
                <Text>
                  {LAYOUT_LABEL[e.layout]} on <b>{e.sheet}</b>: {e.rows.toLocaleString()} rows ({e.address})
                </Text>
              </li>
            ))}
          </ul>
          <Caption1>
            {summary.tenants.toLocaleString()} tenants, months {summary.months.map(label).join(", ") || "none"}
            {summary.skippedRows ? `; ${summary.skippedRows} rows could not be read` : ""}
          </Caption1>
          {summary.notes && summary.notes.length > 0 && (
            <MessageBar intent="info" layout="multiline" aria-label="How the exports were read">
              <MessageBarBody>
                <MessageBarTitle>Read as Excel opened it</MessageBarTitle>
                <ul className={styles.list}>
                  {summary.notes.map((note, i) => (
                    <li key={i}>{note}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      <Field label="As-of month" className={styles.picker}>
        <Select
          className={styles.picker}
          select={{ className: styles.pickerSelect }}
          value={asOf}
          onChange={(_, data) => onChange({ ...request, asOf: data.value })}
        >
          {[...summary.months].reverse().map((m) => (
            <option key={m} value={m}>
              {asOfLabel(m, summary)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Rules" className={styles.picker}>
        <Select
          className={styles.picker}
          select={{ className: styles.pickerSelect }}
          value={request.ruleSet ?? ""}
          onChange={(_, data) => onChange({ ...request, ruleSet: (data.value || undefined) as EditionId | undefined })}
        >
          {RULES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.text}
            </option>
          ))}
        </Select>
      </Field>
      {!folded && (
        <ul className={styles.list} aria-label="Designations">
          {summary.designations.map((d) => (
            <li key={d.id}>
              <Caption1>
                {DESIGNATION_SHORT_NAMES[d.id]}: {d.needs === null ? "can be scored" : `needs ${d.needs}`}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {!summary.hasSkilling && summary.designations.some((d) => d.id === "modern-work" && d.needs === null) && (
        <div className={styles.row}>
          <CertifiedCountField
            label="Modern Work intermediate certified people"
            hint="No skilling export found"
            value={request.intermediate}
            onCount={(n) => onChange({ ...request, intermediate: n })}
            onValidity={validityOf("modern-work:intermediate")}
          />
          <CertifiedCountField
            label="Modern Work advanced certified people"
            value={request.advanced}
            onCount={(n) => onChange({ ...request, advanced: n })}
            onValidity={validityOf("modern-work:advanced")}
          />
        </div>
      )}
      {!summary.hasSkilling &&
        summary.designations
          .filter((d) => d.id !== "modern-work" && d.needs === null)
          .map((d) => (
            <div key={d.id} className={styles.row}>
              {d.levels.map((level) => (
                <CertifiedCountField
                  key={level}
                  label={`${DESIGNATION_SHORT_NAMES[d.id]} ${level} certified people`}
                  value={request.counts?.[d.id]?.[level]}
                  onCount={(n) => onChange({ ...request, counts: setCount(request.counts, d.id, level, n) })}
                  onValidity={validityOf(`${d.id}:${level}`)}
                />
              ))}
            </div>
          ))}
    </section>
  );
}
