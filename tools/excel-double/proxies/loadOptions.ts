/**
 * Normalises every form office-js accepts for load(): "values, rowCount", ["values"],
 * { values: true, format: { font: { bold: true } } }, { select, expand, top, skip }, or nothing
 * (all scalar properties), into one tree of property paths.
 */

export interface LoadTree {
  /** Load every scalar property at this level (load() / a bare navigation property). */
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadTree>;
  top?: number;
  skip?: number;
}

export type LoadInput =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number }
  | { [property: string]: unknown }
  | null
  | undefined;

export function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), nav: new Map() };
}

/** A tree that asks for nothing in particular means "everything", as with load(). */
export function isEmpty(tree: LoadTree): boolean {
  return !tree.all && tree.scalars.size === 0 && tree.nav.size === 0;
}

function addPath(tree: LoadTree, path: string, expandAll: boolean): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return;
  let node = tree;
  for (let i = 0; i < parts.length - 1; i++) {
    let child = node.nav.get(parts[i]);
    if (!child) {
      child = emptyTree();
      node.nav.set(parts[i], child);
    }
    node = child;
  }
  const last = parts[parts.length - 1];
  if (expandAll) {
    const child = node.nav.get(last) ?? emptyTree();
    child.all = true;
    node.nav.set(last, child);
  } else node.scalars.add(last);
}

function addList(tree: LoadTree, list: string | string[], expandAll: boolean): void {
  const items = Array.isArray(list) ? list : [list];
  for (const item of items) for (const path of String(item).split(",")) addPath(tree, path, expandAll);
}

function addObject(tree: LoadTree, obj: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(obj)) {
    if (value === true) tree.scalars.add(key);
    else if (value && typeof value === "object") {
      const child = tree.nav.get(key) ?? emptyTree();
      addObject(child, value as Record<string, unknown>);
      if (isEmpty(child)) child.all = true;
      tree.nav.set(key, child);
    }
  }
}

export function parseLoadInput(input: LoadInput): LoadTree {
  const tree = emptyTree();
  if (input === undefined || input === null) {
    tree.all = true;
    return tree;
  }
  if (typeof input === "string" || Array.isArray(input)) {
    addList(tree, input, false);
  } else if ("select" in input || "expand" in input || "top" in input || "skip" in input) {
    const opt = input as { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number };
    if (opt.select !== undefined) addList(tree, opt.select, false);
    if (opt.expand !== undefined) addList(tree, opt.expand, true);
    if (typeof opt.top === "number") tree.top = opt.top;
    if (typeof opt.skip === "number") tree.skip = opt.skip;
  } else {
    addObject(tree, input as Record<string, unknown>);
  }
  if (isEmpty(tree)) tree.all = true;
  return tree;
}
