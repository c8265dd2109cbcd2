// Bad input is a normal case: every operator, conversion and member access either gives a value or
// a RuntimeError carrying an ErrorRecord (PowerShell's error), never a JavaScript crash.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binaryOperator, unaryOperator, compareValues } from '../../src/runtime/operators.js';
import { convertTo, toBool, toStringValue } from '../../src/runtime/conversions.js';
import { getMember, invokeMethod } from '../../src/runtime/member-access.js';
import { formatForOutput, toJson, toCsv } from '../../src/format/index.js';
import { RuntimeError } from '../../src/runtime/errors.js';
import { PSChar, PSDateTime, PSHashtable, PSObject, PSTimeSpan } from '../../src/runtime/values.js';

const scalar = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', '0', '1.5', '0x1F', '1kb', 'abc', '*', '[', '(', '$1', '{0}', '2024-01-02', 'True'),
  fc.boolean(),
  fc.constant(null),
  fc.integer({ min: 0, max: 0xffff }).map((c) => new PSChar(c)),
  fc.integer({ min: -1e12, max: 4e12 }).map((ms) => new PSDateTime(ms, 'Unspecified')),
  fc.integer().map((t) => new PSTimeSpan(t)),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), scalar), { maxLength: 3 }).map((es) => {
    const h = new PSHashtable();
    for (const [k, v] of es) h.set(k, v);
    return h;
  }),
  fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), scalar), { maxLength: 5 }).map((es) => PSObject.fromEntries(es)),
);

const BINARY = ['+', '-', '*', '/', '%', '-eq', '-ne', '-gt', '-lt', '-ceq', '-like', '-notlike', '-match', '-replace', '-split', '-join', '-contains', '-in', '-band', '-shl', '-f', '..', '-is', '-as', '??', '-and'];
const TYPES = ['int', 'long', 'double', 'string', 'bool', 'char', 'datetime', 'timespan', 'array', 'string[]', 'hashtable', 'pscustomobject', 'guid', 'version', 'regex', 'byte'];

function safely(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
  }
}

describe('robustness on arbitrary values', () => {
  it('binary operators give a value or a RuntimeError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BINARY), value, value, (op, a, b) => {
        safely(() => {
          const r = binaryOperator(op)(a, op === '..' ? 0 : b);
          if (op === '..' && Array.isArray(r)) expect(r.length).toBeLessThan(5e7);
        });
      }),
      { numRuns: 3000 },
    );
  });
  it('unary operators, casts, truthiness, strings, comparison for sorting', () => {
    fc.assert(
      fc.property(value, value, fc.constantFrom(...TYPES), fc.constantFrom('-not', '-bnot', '-', '-split', '-join'), (a, b, t, u) => {
        safely(() => unaryOperator(u)(a));
        safely(() => convertTo(a, t));
        toBool(a);
        toStringValue(a);
        expect(typeof compareValues(a, b)).toBe('number');
      }),
      { numRuns: 2000 },
    );
  });
  it('members and methods', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('Length', 'Count', 'Name', 'Keys', 'Day', 'TotalDays', 'PSObject', 'Foo'), fc.constantFrom('ToString', 'ToUpper', 'Substring', 'Split', 'Contains', 'AddDays', 'GetType', 'Foo', 'Add', 'IndexOf'), fc.array(scalar, { maxLength: 3 }), (v, prop, method, args) => {
        safely(() => getMember(v, prop));
        safely(() => invokeMethod(v, method, args));
      }),
      { numRuns: 2000 },
    );
  });
  it('output formatting, JSON and CSV', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), fc.integer({ min: 10, max: 200 }), (values, width) => {
        const text = formatForOutput(values, { width });
        expect(typeof text).toBe('string');
        safely(() => toJson(values));
        safely(() => toCsv(values));
      }),
      { numRuns: 500 },
    );
  });
});
