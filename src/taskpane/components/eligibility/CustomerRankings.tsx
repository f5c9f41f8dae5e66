import * as React from "react";
import { useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExplainedGroup } from "../../service";
import { MORE_ROWS } from "../../logic/explainGroups";
import { count as countText } from "../../logic/formats";
import { Delta } from "../Delta";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXS },
  // A name too long to share its line with the points keeps its words (a tenant id whole) and the points
  // go below it, on the right; only a word longer than the whole line is broken.
  item: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, overflowWrap: "break-word" },
  name: { maxWidth: "100%" },
  points: { marginLeft: "auto", whiteSpace: "nowrap" },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalM },
});

/** Where a group's further rows come from (the engine keeps them); none while the others are still explained. */
export interface MoreRows {
  customers(group: ExplainedGroup, from: number): Promise<ExplainedGroup["customers"]>;
  nearMisses(group: ExplainedGroup, from: number): Promise<ExplainedGroup["nearMisses"]>;
}

/**
 * Rows shown, and a button for the next page of them: a million-row export has tens of thousands of
 * customers, never drawn at once.
 */
function usePaged<T>(first: T[], total: number, fetch: ((from: number) => Promise<T[]>) | undefined): Paged & { rows: T[] } {
  const [rows, setRows] = useState(first);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A new explanation starts from its own first rows.
  const [from, setFrom] = useState(first);
  if (from !== first) {
    setFrom(first);
    setRows(first);
    setError(null);
  }
  const more = async () => {
    if (!fetch) return;
    setLoading(true);
    setError(null);
    try {
      const next = await fetch(rows.length);
      setRows((shown) => [...shown, ...next]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };
  return { rows, left: total - rows.length, loading, error, more: fetch ? more : undefined };
}

interface Paged {
  left: number;
  loading: boolean;
  error: string | null;
  more?: () => Promise<void>;
}

function MoreButton({ paged, total, what }: { paged: Paged; total: number; what: string }) {
  if (paged.left <= 0) return null;
  const shown = `${countText(total - paged.left)} of ${countText(total)}`;
  // While the other groups are explained, the count only: further pages come once Explain is done.
  if (!paged.more) return <Caption1 block>{`${shown} ${what} shown; more when every group is explained.`}</Caption1>;
  return (
    <>
      {/* Kept mounted (focusable) while it reads, so keyboard focus stays on it for the next page. */}
      <Button
        appearance="subtle"
        size="small"
        disabledFocusable={paged.loading}
        icon={paged.loading ? <Spinner size="extra-tiny" /> : undefined}
        onClick={() => void paged.more!()}
      >
        {paged.loading ? `Reading more ${what}…` : `Show ${countText(Math.min(MORE_ROWS, paged.left))} more ${what} (${shown})`}
      </Button>
      {paged.error && <Caption1 block>Could not read more: {paged.error}</Caption1>}
    </>
  );
}

/** A customer or a near miss: its name or text with the points it moves, then what moves, one line each. */
function RankedRow({ name, points, lines }: { name: React.ReactNode; points: number; lines: readonly string[] }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.item}>
        {name}
        <span className={styles.points}>
          <Delta points={points} />
        </span>
      </div>
      {lines.length > 0 && (
        <ul className={styles.lines}>
          {lines.map((l) => (
            <li key={l}>
              <Caption1>{l}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function GroupPanel({ group, more }: { group: ExplainedGroup; more?: MoreRows }) {
  const styles = useStyles();
  const customers = usePaged(group.customers, group.customerCount, more && ((from) => more.customers(group, from)));
  const misses = usePaged(group.nearMisses, group.nearMissCount, more && ((from) => more.nearMisses(group, from)));
  return (
    <>
      {group.customerCount === 0 ? (
        <Caption1 block>No customer's rows feed this designation.</Caption1>
      ) : (
        <ol className={styles.list} aria-label={`${group.name}: customers by effect`}>
          {customers.rows.map((r) => (
            <li key={r.key}>
              <RankedRow name={<strong className={styles.name}>{r.name}</strong>} points={r.points} lines={r.lines} />
            </li>
          ))}
        </ol>
      )}
      <MoreButton paged={customers} total={group.customerCount} what="customers" />
      {group.nearMissCount > 0 && (
        <>
          <Text size={200} block weight="semibold">
            Near misses
          </Text>
          <ul className={styles.list} aria-label={`${group.name}: near misses`}>
            {misses.rows.map((m) => (
              <li key={m.key}>
                <RankedRow name={<span className={styles.name}>{m.text}</span>} points={m.points} lines={m.lines} />
              </li>
            ))}
          </ul>
          <MoreButton paged={misses} total={group.nearMissCount} what="near misses" />
        </>
      )}
    </>
  );
}

/** Customers by effect, one collapsible item per designation; the three Azure designations as one item. */
export function CustomerRankings({ groups, more }: { groups: readonly ExplainedGroup[]; more?: MoreRows }) {
  return (
    <Accordion multiple collapsible>
      {groups.map((g) => (
        <AccordionItem key={g.name} value={g.name}>
          <AccordionHeader as="h4">{g.name}</AccordionHeader>
          <AccordionPanel>
            <GroupPanel group={g} more={more} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
