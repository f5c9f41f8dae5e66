import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReportWarning } from "../../engine";
import type { CellTarget } from "../service";
import { count } from "../logic/formats";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  item: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  fix: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  // One line each at 320 px; the whole text is behind "More".
  line: { display: "block", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXXS },
  more: { display: "block", marginTop: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

/** "Usage · row 7 · MonthName": where the warning points, as the sheet shows it. */
export function whereText(w: Pick<ReportWarning, "file" | "row" | "column">, separator = " · "): string {
  return [w.file, w.row !== undefined ? `row ${count(w.row)}` : "", w.column].filter(Boolean).join(separator);
}

type GoTo = (target: CellTarget) => Promise<void>;

function WarningItem({ warning, onGoToCell }: { warning: ReportWarning; onGoToCell?: GoTo }) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [going, setGoing] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const id = React.useId();
  const where = whereText(warning);
  // The detail line: where the fix is and what to do; for a note, the start of its text.
  const detail = warning.kind === "fix" ? warning.action : warning.message;
  const canGo = onGoToCell !== undefined && warning.file !== undefined;
  const go = async () => {
    setGoing(true);
    setError(null);
    try {
      await onGoToCell!({ file: warning.file!, row: warning.row, column: warning.column });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setGoing(false);
    }
  };
  return (
    <li className={warning.kind === "fix" ? `${styles.item} ${styles.fix}` : styles.item}>
      <Text id={`${id}-title`} weight="semibold" className={styles.line} title={warning.title}>
        {warning.title}
      </Text>
      {where && (
        <Text size={200} className={styles.line} title={where}>
          {where}
        </Text>
      )}
      {detail && (
        <Text size={200} className={styles.line} title={detail}>
          {detail}
        </Text>
      )}
      <div className={styles.buttons}>
        {canGo && (
          <Button size="small" disabled={going} aria-label={`Go to cell: ${whereText(warning, ", ")}`} onClick={() => void go()}>
            Go to cell
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={`${id}-more`}
          aria-describedby={`${id}-title`}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? "Less" : "More"}
        </Button>
      </div>
      {open && (
        <Text id={`${id}-more`} size={200} className={styles.more}>
          {warning.message}
        </Text>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}

export interface ReportWarningsProps {
  warnings: readonly ReportWarning[];
  /** "Go to cell": selects the cell in the sheet (the service does; the pane never calls Excel). */
  onGoToCell?: GoTo;
}

/**
 * Check the data: what the partner must fix in the exports first, each with where it is and a "Go to
 * cell"; the notes on how the data was read folded away. The engine says which is which.
 */
export function ReportWarnings({ warnings, onGoToCell }: ReportWarningsProps) {
  const styles = useStyles();
  if (!warnings.length) return null;
  const fixes = warnings.filter((w) => w.kind === "fix");
  const notes = warnings.filter((w) => w.kind !== "fix");
  return (
    <section aria-labelledby="check-data-heading">
      <Subtitle1 as="h2" id="check-data-heading">
        Check the data
      </Subtitle1>
      {fixes.length > 0 && (
        <>
          <Text as="h3" weight="semibold" block>
            Needs fixing ({count(fixes.length)})
          </Text>
          <ul className={styles.list} aria-label="Needs fixing">
            {fixes.map((w, i) => (
              <WarningItem key={i} warning={w} onGoToCell={onGoToCell} />
            ))}
          </ul>
        </>
      )}
      {fixes.length === 0 && <Text block>Nothing to fix in the exports.</Text>}
      {notes.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="notes">
            <AccordionHeader as="h3">About how the data was read ({count(notes.length)})</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label="About how the data was read">
                {notes.map((w, i) => (
                  <WarningItem key={i} warning={w} onGoToCell={onGoToCell} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
