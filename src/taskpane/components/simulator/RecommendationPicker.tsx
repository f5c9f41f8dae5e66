import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Recommendation } from "../../../engine";
import { groupRecommendations, type DesignationGroup } from "../../logic/recommendationGroups";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalXS },
  panel: { display: "grid", gap: tokens.spacingVerticalS },
  track: { display: "grid", paddingLeft: tokens.spacingHorizontalS, borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
  trackHead: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface RecommendationPickerProps {
  recommendations: readonly Recommendation[];
  ticked: readonly string[];
  onTick: (id: string, on: boolean) => void;
}

const tickedIn = (d: DesignationGroup, ticked: readonly string[]) => d.tracks.reduce((n, t) => n + t.items.filter((r) => ticked.includes(r.id)).length, 0);

/**
 * Every metric gap as an action to tick, per designation (collapsible: six are long) and track, the
 * track that counts first and marked where there are several.
 */
export function RecommendationPicker({ recommendations, ticked, onTick }: RecommendationPickerProps) {
  const styles = useStyles();
  const groups = groupRecommendations(recommendations);
  if (!groups.length) return <Caption1 block>No recommendations: every metric of every scored track is at full points.</Caption1>;
  return (
    <Accordion multiple collapsible className={styles.list}>
      {groups.map((d) => {
        const n = tickedIn(d, ticked);
        return (
          <AccordionItem key={d.designation} value={d.designation}>
            <section aria-label={`${d.name} recommendations`}>
              <AccordionHeader as="h3">
                {d.name}
                {n ? `, ${n} ticked` : ""}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {d.tracks.map((t) => (
                  <div key={t.track} role="group" aria-label={`${d.name} ${t.label} track recommendations`} className={styles.track}>
                    <div className={styles.trackHead}>
                      <Text weight="semibold">{t.label} track</Text>
                      {t.counting && d.tracks.length > 1 && (
                        <Badge appearance="tint" color="brand">
                          Counts
                        </Badge>
                      )}
                    </div>
                    {t.items.map((r) => (
                      <Checkbox key={r.id} label={r.text} checked={ticked.includes(r.id)} onChange={(_, data) => onTick(r.id, data.checked === true)} />
                    ))}
                  </div>
                ))}
              </AccordionPanel>
            </section>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
