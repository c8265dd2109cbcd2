// System.Collections.Generic.Queue`1 and Stack`1 (and the non-generic Queue/Stack of
// System.Collections). A queue is an array with a moving head so Dequeue is O(1); a stack is an
// array whose top is the end, enumerated top first as .NET does.
import { genericToString } from './type-names.js';
import { DEFAULT_COMPARER } from './comparers.js';
import { type DotNetMembers, DotNetException, type Overload } from './members.js';

export class DotNetQueue {
  private buffer: unknown[] = [];
  private head = 0;

  constructor(readonly elementType: string, readonly generic = true) {}

  get typeName(): string {
    return this.generic ? `System.Collections.Generic.Queue\`1[${genericToString(this.elementType)}]` : 'System.Collections.Queue';
  }

  get count(): number {
    return this.buffer.length - this.head;
  }

  enqueue(x: unknown): void {
    this.buffer.push(x);
  }

  dequeue(): unknown {
    if (this.count === 0) throw new DotNetException('System.InvalidOperationException', 'Queue empty.');
    const x = this.buffer[this.head];
    this.buffer[this.head++] = undefined;
    // Compact once the consumed half dominates, keeping Dequeue amortised O(1).
    if (this.head > 1024 && this.head * 2 > this.buffer.length) {
      this.buffer = this.buffer.slice(this.head);
      this.head = 0;
    }
    return x;
  }

  peek(): unknown {
    if (this.count === 0) throw new DotNetException('System.InvalidOperationException', 'Queue empty.');
    return this.buffer[this.head];
  }

  items(): unknown[] {
    return this.buffer.slice(this.head);
  }

  clear(): void {
    this.buffer = [];
    this.head = 0;
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.items()[Symbol.iterator]();
  }
}

export class DotNetStack {
  readonly buffer: unknown[] = [];

  constructor(readonly elementType: string, readonly generic = true) {}

  get typeName(): string {
    return this.generic ? `System.Collections.Generic.Stack\`1[${genericToString(this.elementType)}]` : 'System.Collections.Stack';
  }

  peek(): unknown {
    if (this.buffer.length === 0) throw new DotNetException('System.InvalidOperationException', 'Stack empty.');
    return this.buffer[this.buffer.length - 1];
  }

  /** Top first, as Stack<T> enumerates. */
  items(): unknown[] {
    return this.buffer.slice().reverse();
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.items()[Symbol.iterator]();
  }
}

const one = <S>(params: Overload<S>['params'], invoke: Overload<S>['invoke']): Overload<S>[] => [{ params, invoke }];
const contains = (xs: unknown[], x: unknown) => {
  const k = DEFAULT_COMPARER.key(x);
  return xs.some((y) => DEFAULT_COMPARER.key(y) === k);
};

export const QUEUE_MEMBERS: DotNetMembers<DotNetQueue> = {
  methods: {
    enqueue: one([['item', 'T']], (q, [x]) => q.enqueue(x)),
    dequeue: one([], (q) => q.dequeue()),
    peek: one([], (q) => q.peek()),
    trydequeue: one([['result', 'ref TValue']], (q, [r]) => {
      if (q.count === 0) return false;
      (r as { set(v: unknown): void }).set(q.dequeue());
      return true;
    }),
    trypeek: one([['result', 'ref TValue']], (q, [r]) => {
      if (q.count === 0) return false;
      (r as { set(v: unknown): void }).set(q.peek());
      return true;
    }),
    contains: one([['item', 'T']], (q, [x]) => contains(q.items(), x)),
    clear: one([], (q) => q.clear()),
    toarray: one([], (q) => q.items()),
    getenumerator: one([], (q) => q.items()[Symbol.iterator]()),
  },
  properties: { count: (q) => q.count },
};

export const STACK_MEMBERS: DotNetMembers<DotNetStack> = {
  methods: {
    push: one([['item', 'T']], (s, [x]) => {
      s.buffer.push(x);
    }),
    pop: one([], (s) => {
      const x = s.peek();
      s.buffer.pop();
      return x;
    }),
    peek: one([], (s) => s.peek()),
    trypop: one([['result', 'ref TValue']], (s, [r]) => {
      if (s.buffer.length === 0) return false;
      (r as { set(v: unknown): void }).set(s.buffer.pop());
      return true;
    }),
    trypeek: one([['result', 'ref TValue']], (s, [r]) => {
      if (s.buffer.length === 0) return false;
      (r as { set(v: unknown): void }).set(s.peek());
      return true;
    }),
    contains: one([['item', 'T']], (s, [x]) => contains(s.buffer, x)),
    clear: one([], (s) => {
      s.buffer.length = 0;
    }),
    toarray: one([], (s) => s.items()),
    getenumerator: one([], (s) => s.items()[Symbol.iterator]()),
  },
  properties: { count: (s) => s.buffer.length },
};
