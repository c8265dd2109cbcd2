// A PSObject's properties: lower-cased name → property, in insertion order, with the part of Map's
// interface the engine uses. Small objects keep two arrays instead of a Map because report rows
// are small and many: `[PSCustomObject]@{ Name = ...; Size = ... }` in a loop makes one object per
// row, and a Map (its hash table included) cost about as much as the rest of the row. Rows made
// from the same literal share one array of names (copied on the first change), so a row costs its
// properties and little more. Past SCAN_LIMIT names (Exchange's objects have 200+) the properties
// move into a Map, so a large object costs what it did when every object had one.
import type { PSProperty } from './values.js';

/** The most names kept in arrays and found by a scan; one more moves them into a Map. */
const SCAN_LIMIT = 8;

const NO_NAMES: readonly string[] = Object.freeze([]);

export class PropertyMap implements Iterable<[string, PSProperty]> {
  private names: string[];
  private namesShared: boolean;
  private props: PSProperty[];
  /** Every property once there are more than SCAN_LIMIT; `names` and `props` are then unused. */
  private large: Map<string, PSProperty> | undefined;

  /**
   * `sharedNames` (lower-cased, distinct) may be shared with other maps and is never written;
   * `props` holds their properties in the same order and becomes this map's own.
   */
  constructor(sharedNames: readonly string[] = NO_NAMES, props: PSProperty[] = []) {
    this.names = sharedNames as string[];
    this.namesShared = true;
    this.props = props;
    this.large = undefined;
    if (props.length > SCAN_LIMIT) this.moveToMap();
  }

  get size(): number {
    return this.large === undefined ? this.props.length : this.large.size;
  }

  private position(key: string): number {
    const names = this.names;
    for (let i = 0; i < names.length; i++) if (names[i] === key) return i;
    return -1;
  }

  private moveToMap(): void {
    const large = new Map<string, PSProperty>();
    for (let i = 0; i < this.props.length; i++) large.set(this.names[i]!, this.props[i]!);
    this.large = large;
    this.names = NO_NAMES as string[];
    this.namesShared = true;
    this.props = [];
  }

  get(key: string): PSProperty | undefined {
    if (this.large !== undefined) return this.large.get(key);
    const i = this.position(key);
    return i < 0 ? undefined : this.props[i];
  }

  has(key: string): boolean {
    if (this.large !== undefined) return this.large.has(key);
    return this.position(key) >= 0;
  }

  /** Replaces the property in place when the name is there, else adds it at the end (as Map.set). */
  set(key: string, prop: PSProperty): this {
    if (this.large !== undefined) {
      this.large.set(key, prop);
      return this;
    }
    const i = this.position(key);
    if (i >= 0) {
      this.props[i] = prop;
      return this;
    }
    if (this.namesShared) {
      this.names = this.names.slice();
      this.namesShared = false;
    }
    this.names.push(key);
    this.props.push(prop);
    if (this.props.length > SCAN_LIMIT) this.moveToMap();
    return this;
  }

  delete(key: string): boolean {
    if (this.large !== undefined) return this.large.delete(key);
    const i = this.position(key);
    if (i < 0) return false;
    if (this.namesShared) {
      this.names = this.names.slice();
      this.namesShared = false;
    }
    this.names.splice(i, 1);
    this.props.splice(i, 1);
    return true;
  }

  clear(): void {
    this.names = NO_NAMES as string[];
    this.namesShared = true;
    this.props = [];
    this.large = undefined;
  }

  keys(): IterableIterator<string> {
    return this.large !== undefined ? this.large.keys() : this.names.slice()[Symbol.iterator]();
  }

  values(): IterableIterator<PSProperty> {
    return this.large !== undefined ? this.large.values() : this.props.slice()[Symbol.iterator]();
  }

  entries(): IterableIterator<[string, PSProperty]> {
    if (this.large !== undefined) return this.large.entries();
    const out: [string, PSProperty][] = [];
    for (let i = 0; i < this.props.length; i++) out.push([this.names[i]!, this.props[i]!]);
    return out[Symbol.iterator]();
  }

  [Symbol.iterator](): IterableIterator<[string, PSProperty]> {
    return this.entries();
  }
}
