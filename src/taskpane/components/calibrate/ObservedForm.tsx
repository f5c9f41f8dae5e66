import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Input, Label, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ObservedDesignation, ObservedField, ReadValue } from "../../logic/calibration";

const useStyles = makeStyles({
  designation: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  track: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalXS },
  // The label beside a short box: a 320 px pane shows a track's metrics without scrolling far; the message takes the whole width.
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 7.5em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  input: { minWidth: 0, width: "100%" },
  error: { gridColumn: "1 / -1", color: tokens.colorPaletteRedForeground1 },
});

function FieldRow({ field, name, text, error, onText }: { field: ObservedField; name: string; text: string; error?: string; onText: (text: string) => void }) {
  const styles = useStyles();
  const id = useId("observed");
  return (
    <div className={styles.row}>
      <Label htmlFor={id}>{field.label}</Label>
      <Input
        id={id}
        className={styles.input}
        aria-label={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder={field.example}
        value={text}
        onChange={(_, data) => onText(data.value)}
      />
      {error && (
        <Text id={`${id}-error`} size={200} className={styles.error}>
          {error}
        </Text>
      )}
    </div>
  );
}

export interface ObservedFormProps {
  form: ObservedDesignation[];
  texts: Record<string, string>;
  read: Record<string, ReadValue>;
  onText: (address: string, text: string) => void;
}

/** A box per metric Partner Center shows (per association type or part) and per track total, grouped by designation. */
export function ObservedForm({ form, texts, read, onText }: ObservedFormProps) {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible aria-label="Values read off Partner Center">
      {form.map((d) => {
        const typed = d.tracks.flatMap((t) => t.fields).filter((f) => (texts[f.address] ?? "").trim() !== "").length;
        return (
          <AccordionItem key={d.id} value={d.id}>
            <AccordionHeader as="h3" size="small">
              {d.name}
              {typed ? ` (${typed} typed)` : ""}
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.designation}>
                {d.tracks.map((t) => (
                  <div key={t.id} className={styles.track} role="group" aria-label={`${d.name} ${t.label}`}>
                    <Text weight="semibold">{t.label}</Text>
                    {t.fields.map((f) => (
                      <FieldRow
                        key={f.address}
                        field={f}
                        name={`${d.name} · ${t.label} · ${f.label}`}
                        text={texts[f.address] ?? ""}
                        error={read[f.address]?.error}
                        onText={(text) => onText(f.address, text)}
                      />
                    ))}
                  </div>
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
