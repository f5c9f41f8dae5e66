import * as React from "react";
import { Button, Caption1, Field, SearchBox, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { CustomerEligibility, CustomerExplanation } from "../../../engine";
import type { CustomerLookup } from "../../service";
import { focusResult } from "../../logic/focus";
import { CustomerDetail } from "./CustomerDetail";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  matches: { margin: 0, padding: 0, listStyle: "none", display: "grid" },
  match: { justifyContent: "flex-start", textAlign: "start", overflowWrap: "anywhere", minWidth: 0 },
});

/** Matches shown as you type: enough to pick from, short enough for a narrow pane. */
export const SHOWN_MATCHES = 8;

/** Search a customer by name or id; the one picked is shown with its criteria, effects and near misses. */
export function CustomerFinder({ lookup }: { lookup: CustomerLookup }) {
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const [key, setKey] = React.useState<string | null>(null);
  const [explanation, setExplanation] = React.useState<CustomerExplanation | undefined>();
  const [explainError, setExplainError] = React.useState<string | undefined>();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const matches = React.useMemo(() => lookup.search(query, SHOWN_MATCHES), [lookup, query]);
  // undefined while it is read, null for a key that is no customer.
  const [eligibility, setEligibility] = React.useState<CustomerEligibility | null | undefined>(undefined);

  // The criteria first; the effects, which take longer, once the criteria are on screen.
  React.useEffect(() => {
    setEligibility(undefined);
    setExplanation(undefined);
    setExplainError(undefined);
    if (!key) return undefined;
    let live = true;
    const said = (error: unknown) => {
      // Said in place of "What it adds" instead of a spinner that never ends.
      if (live) setExplainError(error instanceof Error ? error.message : String(error));
    };
    lookup
      .eligibility(key)
      .then((found) => {
        if (!live) return;
        setEligibility(found);
        if (found) lookup.explain(key).then((e) => live && setExplanation(e), said);
      })
      .catch(said);
    return () => {
      live = false;
    };
  }, [lookup, key]);
  React.useEffect(() => {
    if (eligibility) focusResult(heading.current);
  }, [eligibility]);

  return (
    <div className={styles.root}>
      <Field label="Find a customer" hint={`Name or tenant id; ${lookup.tenants.length} customers`}>
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      {query.trim() !== "" &&
        (matches.total === 0 ? (
          <Caption1 block>No customer's name or id contains "{query.trim()}".</Caption1>
        ) : (
          <>
            <ul className={styles.matches} aria-label="Matching customers">
              {matches.tenants.map((t) => (
                <li key={t.key}>
                  <Button
                    appearance="subtle"
                    className={styles.match}
                    aria-pressed={t.key === key}
                    onClick={() => setKey(t.key)}
                    aria-label={`${t.name || t.key}${t.name && t.name !== t.key ? `, tenant id ${t.key}` : ""}`}
                  >
                    {t.name || t.key}
                  </Button>
                </li>
              ))}
            </ul>
            {matches.total > matches.tenants.length && (
              <Caption1 block>{matches.total - matches.tenants.length} more match: type more of the name or id.</Caption1>
            )}
          </>
        ))}
      {key &&
        eligibility === undefined &&
        (explainError ? (
          <Caption1 block role="alert">
            {explainError}
          </Caption1>
        ) : (
          <Spinner size="tiny" label="Reading this customer…" />
        ))}
      {eligibility && <CustomerDetail eligibility={eligibility} explanation={explanation} explainError={explainError} headingRef={heading} />}
    </div>
  );
}
