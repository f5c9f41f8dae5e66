import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ObservedDesignation, ReadValue } from "../../logic/calibration";

const useStyles = makeStyles({
  designation: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  track: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalXS },
  // Inputs otherwise keep a minimum width that overflows the 320 px pane.
  input: { minWidth: 0, width: "100%" },
});

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
                    {t.fields.map((f) => {
                      const error = read[f.address]?.error;
                      return (
                        <Field key={f.address} label={f.label} validationMessage={error} validationState={error ? "error" : "none"}>
                          <Input
                            className={styles.input}
                            aria-label={`${d.name} · ${t.label} · ${f.label}`}
                            placeholder={f.example}
                            value={texts[f.address] ?? ""}
                            onChange={(_, data) => onText(f.address, data.value)}
                          />
                        </Field>
                      );
                    })}
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
