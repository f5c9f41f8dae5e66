import * as React from "react";
import { useState } from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { DesignationRanking, NearMiss } from "../../../engine";
import { byEffect } from "../../logic/tenantOrder";
import { Delta } from "../Delta";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

/** Tenants (and near misses) shown before "Show all": enough to see who moves the score, short enough to scan. */
export const FIRST_TENANTS = 10;

/** One designation: its tenants by effect on the track that counts, then its near misses with their worth. */
export function TenantRanking({ ranking, trackLabel, nearMisses }: { ranking: DesignationRanking; trackLabel: string; nearMisses: readonly NearMiss[] }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const [allMisses, setAllMisses] = useState(false);
  const misses = allMisses ? nearMisses : nearMisses.slice(0, FIRST_TENANTS);
  const ordered = byEffect(ranking.tenants);
  const shown = all ? ordered : ordered.slice(0, FIRST_TENANTS);
  return (
    <section aria-label={`${ranking.name}: tenants`}>
      <Subtitle2 as="h3">{ranking.name}</Subtitle2>
      <Caption1 block>Tenants by effect on the {trackLabel} track, largest first</Caption1>
      {ranking.tenants.length === 0 ? (
        <Caption1 block>No tenant rows feed this designation.</Caption1>
      ) : (
        <ol className={styles.list} aria-label={`${ranking.name}: tenants by effect`}>
          {shown.map((e) => (
            <li key={e.tenant.key} className={styles.item}>
              <span>{e.text}</span>
              <Delta points={e.points} />
            </li>
          ))}
        </ol>
      )}
      {ranking.tenants.length > shown.length && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          Show all {ranking.tenants.length} tenants
        </Button>
      )}
      {nearMisses.length > 0 && (
        <>
          <Subtitle2 as="h4">Near misses</Subtitle2>
          <ul className={styles.list} aria-label={`${ranking.name}: near misses`}>
            {misses.map((m, i) => (
              <li key={`${m.tenant.key}-${m.kind}-${m.item}-${i}`} className={styles.item}>
                <span>{m.text}</span>
                <Delta points={m.worth.find((w) => w.designation === ranking.designation)?.points ?? m.points} />
              </li>
            ))}
          </ul>
          {nearMisses.length > misses.length && (
            <Button appearance="subtle" size="small" onClick={() => setAllMisses(true)}>
              Show all {nearMisses.length} near misses
            </Button>
          )}
        </>
      )}
    </section>
  );
}
