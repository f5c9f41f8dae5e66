import * as React from "react";
import { useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DesignationEffect, DesignationRanking, NearMiss } from "../../../engine";
import { azureTogether, type Group } from "../../logic/designationGroups";
import { effectLines, nearMissWhat, nearMissWorth } from "../../logic/effectLines";
import { Delta } from "../Delta";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXS },
  item: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalM },
});

/** Customers (and near misses) shown before "Show all": enough to see who moves the score, short enough to scan. */
export const FIRST_TENANTS = 10;

interface Row {
  key: string;
  name: string;
  /** The largest effect on a group member's counting track, signed. */
  points: number;
  /** One set of lines when every designation of the group says the same; else per designation, named. */
  lines: string[];
}

/** A group's customers: one row per customer, the Azure designations' lines merged where equal. */
export function rows(group: Group<DesignationRanking>): Row[] {
  const byTenant = new Map<string, DesignationEffect[]>();
  for (const ranking of group.items) for (const e of ranking.tenants) byTenant.set(e.tenant.key, [...(byTenant.get(e.tenant.key) ?? []), e]);
  const out: Row[] = [];
  for (const [key, effects] of byTenant) {
    const per = effects.map((e) => ({ name: e.name, lines: effectLines(e) }));
    const same = per.every((p) => JSON.stringify(p.lines) === JSON.stringify(per[0].lines));
    const lines = same ? per[0].lines : per.flatMap((p) => p.lines.map((l) => `${p.name}: ${l}`));
    const points = effects.reduce((best, e) => (Math.abs(e.points) > Math.abs(best) ? e.points : best), 0);
    out.push({ key, name: effects[0].tenant.name || key, points, lines: lines.length ? lines : ["No metric moves with it"] });
  }
  // Largest effect either way first; a stable sort keeps the engine's order (ties by units moved) where equal.
  return out.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

function GroupPanel({ group, nearMisses }: { group: Group<DesignationRanking>; nearMisses: readonly NearMiss[] }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const [allMisses, setAllMisses] = useState(false);
  const ranked = rows(group);
  const shown = all ? ranked : ranked.slice(0, FIRST_TENANTS);
  const misses = nearMisses
    .filter((m) => m.designations.some((id) => group.ids.includes(id)))
    .sort((a, b) => nearMissWorth(b, group.ids) - nearMissWorth(a, group.ids));
  const shownMisses = allMisses ? misses : misses.slice(0, FIRST_TENANTS);
  return (
    <>
      {ranked.length === 0 ? (
        <Caption1 block>No customer's rows feed this designation.</Caption1>
      ) : (
        <ol className={styles.list} aria-label={`${group.name}: customers by effect`}>
          {shown.map((r) => (
            <li key={r.key}>
              <div className={styles.item}>
                <strong>{r.name}</strong>
                <Delta points={r.points} />
              </div>
              <ul className={styles.lines}>
                {r.lines.map((l) => (
                  <li key={l}>
                    <Caption1>{l}</Caption1>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {ranked.length > shown.length && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          Show all {ranked.length} customers
        </Button>
      )}
      {misses.length > 0 && (
        <>
          <Text size={200} block weight="semibold">
            Near misses
          </Text>
          <ul className={styles.list} aria-label={`${group.name}: near misses`}>
            {shownMisses.map((m, i) => (
              <li key={`${m.tenant.key}-${m.kind}-${m.item}-${i}`} className={styles.item}>
                <span>
                  {m.tenant.name || m.tenant.key}: {nearMissWhat(m)}
                </span>
                <Delta points={nearMissWorth(m, group.ids)} />
              </li>
            ))}
          </ul>
          {misses.length > shownMisses.length && (
            <Button appearance="subtle" size="small" onClick={() => setAllMisses(true)}>
              Show all {misses.length} near misses
            </Button>
          )}
        </>
      )}
    </>
  );
}

/** Customers by effect, one collapsible item per designation; the three Azure designations as one item. */
export function CustomerRankings({ designations, nearMisses }: { designations: readonly DesignationRanking[]; nearMisses: readonly NearMiss[] }) {
  const groups = azureTogether(
    designations,
    (d) => d.designation,
    (d) => d.name
  );
  return (
    <Accordion multiple collapsible>
      {groups.map((g) => (
        <AccordionItem key={g.name} value={g.name}>
          <AccordionHeader as="h4">{g.name}</AccordionHeader>
          <AccordionPanel>
            <GroupPanel group={g} nearMisses={nearMisses} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
