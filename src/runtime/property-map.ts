// A PSObject's properties: lower-cased name → property, in insertion order, with the part of Map's
// interface the engine uses. Two arrays instead of a Map because report rows are small and many:
// `[PSCustomObject]@{ Name = ...; Size = ... }` in a loop makes one object per row, and a Map (its
// hash table included) cost about as much as the rest of the row. Rows made from the same literal
// share one array of names (copied on the first change), so a row costs its values and little more.
// Objects with many properties (Exchange's, 200+) get a name → position index once they are read,
// so a lookup stays one hash probe there.
import type { PSProperty } from './values.js';

/** Above this many properties a lookup goes through the index rather than a scan. */
const SCAN_LIMIT = 8;

const NO_NAMES: readonly string[] = Object.freeze([]);

export class PropertyMap implements Iterable<[string, PSProperty]> {
  private names: string[];
  private namesShared: boolean;
  private readonly props: PSProperty[];
  private index: Map<string, number> | undefined;

  /**
   * `sharedNames` (lower-cased, distinct) may be shared with other maps and is never written;
   * `props` holds their properties in the same order and is this map's own.
   */
  constructor(sharedNames: readonly string[] = NO_NAMES, props: PSProperty[] = []) {
    this.names = sharedNames as string[];
    this.namesShared = true;
    this.props = props;
    this.index = undefined;
  }

  get size(): number {
    return this.props.length;
  }

  private position(key: string): number {
    const names = this.names;
    const n = names.length;
    if (n <= SCAN_LIMIT) {
      for (let i = 0; i < n; i++) if (names[i] === key) return i;
      return -1;
    }
    let index = this.index;
    if (index === undefined) {
      index = new Map();
      for (let i = 0; i < n; i++) index.set(names[i]!, i);
      this.index = index;
    }
    return index.get(key) ?? -1;
  }

  get(key: string): PSProperty | undefined {
    const i = this.position(key);
    return i < 0 ? undefined : this.props[i];
  }

  has(key: string): boolean {
    return this.position(key) >= 0;
  }

  /** Replaces the property in place when the name is there, else adds it at the end (as Map.set). */
  set(key: string, prop: PSProperty): this {
    const i = this.position(key);
    if (i >= 0) {
      this.props[i] = prop;
      return this;
    }
    if (this.namesShared) {
      this.names = this.names.slice();
      this.namesShared = false;
    }
    this.index?.set(key, this.names.length);
    this.names.push(key);
    this.props.push(prop);
    return this;
  }

  delete(key: string): boolean {
    const i = this.position(key);
    if (i < 0) return false;
    if (this.namesShared) {
      this.names = this.names.slice();
      this.namesShared = false;
    }
    this.names.splice(i, 1);
    this.props.splice(i, 1);
    this.index = undefined;
    return true;
  }

  clear(): void {
    this.names = NO_NAMES as string[];
    this.namesShared = true;
    this.props.length = 0;
    this.index = undefined;
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.names.length; i++) yield this.names[i]!;
  }

  *values(): IterableIterator<PSProperty> {
    for (let i = 0; i < this.props.length; i++) yield this.props[i]!;
  }

  *entries(): IterableIterator<[string, PSProperty]> {
    for (let i = 0; i < this.props.length; i++) yield [this.names[i]!, this.props[i]!];
  }

  [Symbol.iterator](): IterableIterator<[string, PSProperty]> {
    return this.entries();
  }
}
