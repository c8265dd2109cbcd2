// A small PSComparableObject for tests: a byte count printed as Exchange prints sizes
// (`1.5 KB (1,536 bytes)`), comparing by its bytes; `Unlimited` is +Infinity.
import { PSComparableObject } from '../../src/runtime/values.js';

export class Bytes extends PSComparableObject {
  constructor(readonly bytes: number) {
    super(['Test.ByteQuantifiedSize', 'System.Object']);
    this.set('Value', bytes);
    this.toStringHook = () => (bytes === Infinity ? 'Unlimited' : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB (${bytes.toLocaleString('en-US')} bytes)` : `${bytes} B (${bytes} bytes)`);
  }

  compareKey(): number {
    return this.bytes;
  }

  keyOf(other: unknown): number | undefined {
    if (other instanceof Bytes) return other.bytes;
    if (typeof other === 'number') return other;
    if (typeof other === 'string') {
      if (other.toLowerCase() === 'unlimited') return Infinity;
      const m = /\(([\d,]+) bytes\)/.exec(other);
      if (m) return Number(m[1]!.replace(/,/g, ''));
      const n = Number(other);
      return other.trim() !== '' && Number.isFinite(n) ? n : undefined;
    }
    return undefined;
  }
}
