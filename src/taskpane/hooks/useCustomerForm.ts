import { useCallback, useMemo, useState } from "react";
import type { HypotheticalCustomer } from "../../engine";
import { EMPTY_CUSTOMER, customerFromDraft, entryErrors, nextCustomerName, relevantFields, type Catalogue, type CustomerDraft } from "../logic/customerDraft";

/**
 * The "Add customer" form: the draft as typed, which amounts the workload reads, and the messages
 * that stop it. What is typed wrong is said at once and keeps Add disabled; what is missing is said
 * once Add was pressed, then follows the typing until the customer is added.
 */
export function useCustomerForm(catalogue: Catalogue, added: readonly HypotheticalCustomer[], onAdd: (c: HypotheticalCustomer) => void) {
  const [draft, setDraft] = useState<CustomerDraft>(EMPTY_CUSTOMER);
  const [tried, setTried] = useState(false);
  const checked = useMemo(() => customerFromDraft(draft, nextCustomerName(added), catalogue), [draft, added, catalogue]);

  const set = useCallback(<K extends keyof CustomerDraft>(field: K, value: CustomerDraft[K]) => setDraft((d) => ({ ...d, [field]: value })), []);
  const add = useCallback(() => {
    if (!checked.customer) {
      setTried(true);
      return false;
    }
    onAdd(checked.customer);
    // Association and customer/deployment types usually repeat; the workload and amounts do not.
    setDraft((d) => ({ ...EMPTY_CUSTOMER, association: d.association, customer: d.customer, deployment: d.deployment }));
    setTried(false);
    return true;
  }, [checked, onAdd]);

  const entry = entryErrors(draft, checked.errors);
  return { draft, set, add, relevant: relevantFields(draft, catalogue), errors: tried ? checked.errors : entry, canAdd: !Object.keys(entry).length };
}
