// PropertyMap stands in for the Map a PSObject's properties used to live in: the same answers for
// the operations the engine uses, whether names are shared with other rows and however many there are.
import { describe, expect, it } from 'vitest';
import { PropertyMap } from '../../src/runtime/property-map.js';
import type { PSProperty } from '../../src/runtime/values.js';

const note = (name: string, value: unknown): PSProperty => ({ kind: 'note', name, value });

describe('PropertyMap', () => {
  it('answers as a Map would, through adds, replacements and deletes, small and past the size where it moves into a Map', () => {
    const map = new PropertyMap();
    const ref = new Map<string, PSProperty>();
    for (let i = 0; i < 20; i++) {
      const k = `p${i}`;
      map.set(k, note(k, i));
      ref.set(k, note(k, i));
      if (i % 3 === 0) {
        map.set('p0', note('P0', i));
        ref.set('p0', note('P0', i));
      }
      if (i % 4 === 1) expect(map.delete(`p${i - 1}`)).toBe(ref.delete(`p${i - 1}`));
      expect(map.delete('absent')).toBe(ref.delete('absent'));
      expect([...map]).toEqual([...ref]);
      expect(map.size).toBe(ref.size);
      for (const key of ['p0', `p${i}`, `p${i - 1}`, 'absent']) {
        expect(map.get(key)).toEqual(ref.get(key));
        expect(map.has(key)).toBe(ref.has(key));
      }
    }
    expect([...map.keys()]).toEqual([...ref.keys()]);
    expect([...map.values()]).toEqual([...ref.values()]);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.get('p0')).toBeUndefined();
  });

  it('never writes the names it shares with other maps', () => {
    const names = ['name', 'size'];
    const a = new PropertyMap(names, [note('Name', 'a'), note('Size', 1)]);
    const b = new PropertyMap(names, [note('Name', 'b'), note('Size', 2)]);
    a.set('extra', note('Extra', true));
    b.delete('name');
    expect(names).toEqual(['name', 'size']);
    expect([...a.keys()]).toEqual(['name', 'size', 'extra']);
    expect([...b.keys()]).toEqual(['size']);
    expect(b.get('size')).toEqual(note('Size', 2));
  });
});
