/**
 * Base of every proxy. Like office-js, creating an object through a method (getItem, getRange,
 * getUsedRange...) queues an "instantiate" action: the model lookup happens at that point of the
 * batch, fails the sync if it fails (ItemNotFound even when the object is never used), and makes
 * isNullObject readable after the sync. The entity found is then kept for the rest of the
 * Excel.run (office-js auto-tracks objects inside run). Navigation properties (range.format,
 * range.worksheet) derive from their parent instead, and objects made by add() are bound by the
 * add action itself.
 */
import type { RequestContext, SyncExecution } from "../context";
import { ErrorCode, excelError, propertyNotLoaded } from "../errors";
import { jsonBytes } from "../limits";
import { emptyTree, isEmpty, parseLoadInput, type LoadInput, type LoadTree } from "./loadOptions";

export type Resolver<E> = () => E | null;

/**
 * instantiate: resolved by an action queued at creation (method results);
 * derived: resolved from the parent on every use (navigation properties, collection items);
 * pending: bound later by the action that creates the entity (add()).
 */
export type ResolveMode = "instantiate" | "derived" | "pending";

export abstract class ClientObject<E> {
  readonly context: RequestContext;
  private readonly resolver: Resolver<E>;
  private memo: { entity: E | null } | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  /** @param origin where an instantiate failure is reported, e.g. "WorksheetCollection.getItem". */
  constructor(context: RequestContext, resolver: Resolver<E>, mode: ResolveMode, origin?: string) {
    this.context = context;
    this.resolver = resolver;
    if (mode === "instantiate") {
      // Read lazily: subclass getters are not usable while the base constructor runs.
      const self = this;
      context._enqueue({
        get location() {
          return origin ?? self.typeName;
        },
        run: (exec) => {
          const entity = this.resolver();
          this.memo = { entity };
          exec.onCommit(() => {
            this.nullState = entity === null;
          });
        },
      });
    }
  }

  // ---- hooks for subclasses ---------------------------------------------------------------

  /** Type name used in error locations, e.g. "Range". */
  protected abstract get typeName(): string;
  /** Scalar properties load() returns. */
  protected abstract scalarNames(): readonly string[];
  protected abstract readScalar(entity: E, name: string): unknown;
  /** Navigation properties that load paths may go through ("format/font/bold"). */
  protected navigation(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }
  /** Throws when a remembered entity no longer exists (deleted sheet/table). */
  protected checkAlive(_entity: E): void {}
  /** Lets Range enforce the cell limit and count cells before values are read. */
  protected beforeRead(_entity: E, _names: readonly string[], _exec: SyncExecution): void {}

  // ---- resolution -------------------------------------------------------------------------

  /** @internal The model entity, or null for a null object (…OrNullObject). */
  _resolve(): E | null {
    if (this.memo) return this.memo.entity;
    // Reached when the instantiate action never ran (an earlier action failed the sync).
    return this.resolver();
  }

  /** @internal The live entity; fails the sync for null objects and deleted entities. */
  _entity(): E {
    const entity = this._resolve();
    if (entity === null) throw excelError(ErrorCode.itemNotFound, `The requested ${this.typeName} doesn't exist (it is a null object).`);
    this.checkAlive(entity);
    return entity;
  }

  /** @internal Binds a proxy created by an add() action to the entity the action created. */
  _bind(entity: E, exec: SyncExecution): void {
    this.memo = { entity };
    exec.onCommit(() => {
      this.nullState = false;
    });
  }

  // ---- properties -------------------------------------------------------------------------

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  protected getProp<T>(name: string): T {
    if (this.loaded.has(name)) return this.loaded.get(name) as T;
    // office-js returns undefined (no error) for properties of a null object.
    if (this.nullState === true) return undefined as T;
    throw propertyNotLoaded(name);
  }

  /**
   * Queues a property write. As in office-js the written value is readable locally at once;
   * the workbook changes only at sync.
   */
  protected setProp(name: string, value: unknown, apply: (entity: E, exec: SyncExecution) => void, isPayload = false): void {
    this.loaded.set(name, value);
    this.context._enqueue({
      location: `${this.typeName}.${name}`,
      payload: isPayload ? value : undefined,
      run: (exec) => apply(this._entity(), exec),
    });
  }

  protected queueMethod(name: string, run: (entity: E, exec: SyncExecution) => void): void {
    this.context._enqueue({ location: `${this.typeName}.${name}`, run: (exec) => run(this._entity(), exec) });
  }

  // ---- load -------------------------------------------------------------------------------

  load(option?: LoadInput): this {
    const tree = parseLoadInput(option);
    this.context._enqueue({ location: `${this.typeName}.load`, run: (exec) => this._executeLoad(tree, exec) });
    return this;
  }

  /** @internal */
  _executeLoad(tree: LoadTree, exec: SyncExecution): void {
    const entity = this._resolve();
    if (entity === null) {
      exec.onCommit(() => {
        this.nullState = true;
      });
      return;
    }
    this.checkAlive(entity);
    this._snapshot(entity, tree, exec);
  }

  /** @internal Reads the requested properties now; they become visible if the sync succeeds. */
  _snapshot(entity: E, tree: LoadTree, exec: SyncExecution): void {
    const known = this.scalarNames();
    const names: string[] = [];
    const navLoads = new Map(tree.nav);
    for (const name of tree.all || isEmpty(tree) ? known : tree.scalars) {
      if (known.includes(name)) names.push(name);
      else if (this.navigation(name)) navLoads.set(name, navLoads.get(name) ?? emptyTree(true));
      else throw this.unknownProperty(name);
    }
    this.beforeRead(entity, names, exec);
    const values = names.map((name) => this.readScalar(entity, name));
    for (const v of values) exec.addResponseBytes(jsonBytes(v));
    for (const [name, sub] of navLoads) {
      const child = this.navigation(name);
      if (!child) throw this.unknownProperty(name);
      child._executeLoad(sub, exec);
    }
    exec.onCommit(() => this._commit(names, values));
  }

  /** @internal */
  _commit(names: readonly string[], values: readonly unknown[]): void {
    names.forEach((name, i) => this.loaded.set(name, values[i]));
    this.nullState = false;
  }

  private unknownProperty(name: string) {
    return excelError(
      ErrorCode.invalidArgument,
      `excel-double: ${this.typeName} has no property '${name}' (not an Excel property, or not implemented by the double).`
    );
  }

  /** Like office-js: the loaded properties as a plain object (what console.log shows). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, value] of this.loaded) {
      out[name] = Array.isArray(value) && value[0] instanceof ClientObject ? value.map((v: ClientObject<unknown>) => v.toJSON()) : value;
    }
    return out;
  }

  /** Excel objects from office-js have track/untrack; everything is tracked within a run here. */
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

/**
 * Base of collections (worksheets, tables, columns): load() loads the items; property names
 * other than the collection's own ("count") apply to each item, as office-js does.
 */
export abstract class ClientCollection<E, ItemEntity, Item extends ClientObject<ItemEntity>> extends ClientObject<E> {
  protected abstract itemEntities(entity: E): ItemEntity[];
  protected abstract wrapItem(entity: ItemEntity): Item;

  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(_entity: E, _name: string): unknown {
    return undefined;
  }

  get items(): Item[] {
    return this.getProp<Item[]>("items");
  }

  override _snapshot(entity: E, tree: LoadTree, exec: SyncExecution): void {
    const own = this.scalarNames();
    const fromItems = tree.nav.get("items");
    const itemTree: LoadTree = fromItems ? { ...fromItems, scalars: new Set(fromItems.scalars), nav: new Map(fromItems.nav) } : emptyTree();
    const ownNames: string[] = tree.all ? [...own] : [];
    for (const name of tree.scalars) {
      if (own.includes(name)) ownNames.push(name);
      else if (name !== "items") itemTree.scalars.add(name);
    }
    for (const [name, sub] of tree.nav) if (name !== "items") itemTree.nav.set(name, sub);
    if (tree.all || isEmpty(itemTree)) itemTree.all = true;
    let list = this.itemEntities(entity);
    const skip = tree.skip ?? itemTree.skip ?? 0;
    const top = tree.top ?? itemTree.top;
    list = list.slice(skip, top === undefined ? undefined : skip + top);
    const items = list.map((e) => this.wrapItem(e));
    items.forEach((item, i) => item._snapshot(list[i], itemTree, exec));
    const ownValues = ownNames.map((n) => this.readScalar(entity, n));
    exec.onCommit(() => this._commit(["items", ...ownNames], [items, ...ownValues]));
  }
}

/** ClientResult<T> of office-js: methods such as getCount() fill `value` at sync. */
export class ClientResult<T> {
  private loaded = false;
  private data: T | undefined;

  get value(): T {
    if (!this.loaded) throw excelError(ErrorCode.valueNotLoaded);
    return this.data as T;
  }

  /** @internal */
  _set(value: T): void {
    this.loaded = true;
    this.data = value;
  }
}
