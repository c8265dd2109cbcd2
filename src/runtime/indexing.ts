// `$a[0]`, `$a[-1]`, `$a[1..3]`, `$h['key']`, `$s[0]`, and assignment to them.
import { bankersRound, convertTo, enumerate, toNumber, toStringValue } from './conversions.js';
import { ErrorRecord, RuntimeError } from './errors.js';
import { PSChar, PSHashtable, PSList, PSObject } from './values.js';

function nullArray(): RuntimeError {
  return new RuntimeError(new ErrorRecord('Cannot index into a null array.', 'NullArray', 'InvalidOperation', null));
}

function indexList(index: unknown): unknown[] | undefined {
  if (Array.isArray(index)) return index;
  if (typeof index === 'object' && index !== null && !(index instanceof PSHashtable) && !(index instanceof PSObject)) {
    const it = enumerate(index);
    if (it) return [...it];
  }
  return undefined;
}

function elementAt(items: ArrayLike<unknown>, i: unknown, get: (n: number) => unknown): unknown {
  let n = bankersRound(toNumber(i, 'System.Int32'));
  if (n < 0) n += items.length;
  if (n < 0 || n >= items.length) return undefined;
  return get(n);
}

export function getIndex(target: unknown, index: unknown): unknown {
  if (target === null || target === undefined) throw nullArray();
  if (target instanceof PSHashtable) {
    const many = indexList(index);
    if (many) return many.map((k) => target.get(k) ?? null);
    const v = target.get(index);
    return v === undefined ? null : v;
  }
  if (target instanceof PSObject) {
    const v = target.get(toStringValue(index));
    return v === undefined ? null : v;
  }
  const many = indexList(index);
  if (Array.isArray(target)) {
    if (many) {
      const out: unknown[] = [];
      for (const i of many) {
        const v = elementAt(target, i, (n) => target[n]);
        if (v !== undefined) out.push(v);
      }
      return out;
    }
    const v = elementAt(target, index, (n) => target[n]);
    return v === undefined ? null : v;
  }
  if (typeof target === 'string') {
    const at = (n: number) => new PSChar(target.charCodeAt(n));
    if (many) return many.map((i) => elementAt(target, i, at)).filter((v) => v !== undefined);
    const v = elementAt(target, index, at);
    return v === undefined ? null : v;
  }
  if (typeof target === 'object') {
    const it = enumerate(target);
    if (it) return getIndex([...it], index);
  }
  // A scalar behaves as a one-element array.
  return getIndex([target], index);
}

export function setIndex(target: unknown, index: unknown, value: unknown): void {
  if (target === null || target === undefined) throw nullArray();
  if (target instanceof PSHashtable) {
    target.set(index, value);
    return;
  }
  if (target instanceof PSObject) {
    target.set(toStringValue(index), value);
    return;
  }
  if (Array.isArray(target)) {
    let n = bankersRound(toNumber(index, 'System.Int32'));
    if (n < 0) n += target.length;
    if (n < 0 || n >= target.length) {
      throw new RuntimeError(new ErrorRecord('Index was outside the bounds of the array.', 'IndexOutOfRange', 'InvalidOperation', index, undefined, undefined, 'System.IndexOutOfRangeException'));
    }
    target[n] = value;
    return;
  }
  if (target instanceof PSList) {
    // List[T] / ArrayList: the indexer converts to the element type; a negative index counts from the end.
    const items = target.items;
    let n = bankersRound(toNumber(index, 'System.Int32'));
    if (n < 0) n += items.length;
    if (n < 0 || n >= items.length) {
      throw new RuntimeError(
        new ErrorRecord(
          "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')",
          'ArgumentOutOfRangeException',
          'InvalidOperation',
          index,
          undefined,
          undefined,
          'System.ArgumentOutOfRangeException',
        ),
      );
    }
    items[n] = target.elementType === 'System.Object' || target.elementType === 'System.Management.Automation.PSObject' ? value : convertTo(value, target.elementType);
    return;
  }
  throw new RuntimeError(
    new ErrorRecord(`Unable to index into an object of type ${typeof target === 'string' ? 'System.String' : 'System.Object'}.`, 'CannotIndex', 'InvalidOperation', target),
  );
}
