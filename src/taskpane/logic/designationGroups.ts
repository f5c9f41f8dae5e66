import type { DesignationId } from "../../engine";

/**
 * The three Azure designations read the same export and mostly say the same about a customer: the
 * pane shows them once, as one group, where what it says is equal.
 */
export const AZURE: readonly DesignationId[] = ["infrastructure", "data-ai", "digital-app-innovation"];

export interface Group<T> {
  ids: DesignationId[];
  /** "Infrastructure, Data & AI, Digital & App Innovation". */
  name: string;
  items: T[];
}

/**
 * Items in their order, those with the same `same` key merged into the first one's group (the key
 * leaves the designation's own name out, so equal Azure lists become one).
 */
export function groupAlike<T>(items: readonly T[], idOf: (t: T) => DesignationId, nameOf: (t: T) => string, same: (t: T) => string): Group<T>[] {
  const groups: (Group<T> & { key: string })[] = [];
  for (const item of items) {
    const key = same(item);
    const found = groups.find((g) => g.key === key);
    if (found) {
      found.ids.push(idOf(item));
      found.name += `, ${nameOf(item)}`;
      found.items.push(item);
    } else groups.push({ key, ids: [idOf(item)], name: nameOf(item), items: [item] });
  }
  return groups.map(({ key: _key, ...g }) => g);
}

/** Items grouped by a fixed partition: the Azure designations as one group, the others each alone. */
export function azureTogether<T>(items: readonly T[], idOf: (t: T) => DesignationId, nameOf: (t: T) => string): Group<T>[] {
  return groupAlike(items, idOf, nameOf, (t) => (AZURE.includes(idOf(t)) ? "azure" : idOf(t)));
}
