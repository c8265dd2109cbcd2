// Non-local control flow as exceptions: break/continue/return/exit unwind through compiled closures
// (and through ForEach-Object script blocks, as in PowerShell) to whatever construct handles them.

export class BreakSignal {
  constructor(readonly label: string | undefined) {}
}

export class ContinueSignal {
  constructor(readonly label: string | undefined) {}
}

/** `return`: its value was already written to the output; this only unwinds to the script block. */
export class ReturnSignal {}

/** `exit N`: unwinds to the script file or the top level with the exit code. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** Thrown through upstream stages when a downstream command called stopUpstream(). */
export class StopUpstreamSignal {
  constructor(readonly pipelineId: object, readonly stageIndex: number) {}
}

export function isControlSignal(e: unknown): boolean {
  return (
    e instanceof BreakSignal ||
    e instanceof ContinueSignal ||
    e instanceof ReturnSignal ||
    e instanceof MethodReturnSignal ||
    e instanceof ExitSignal ||
    e instanceof StopUpstreamSignal
  );
}

/** `return $x` inside a class method: the method's value (other output of a method is discarded). */
export class MethodReturnSignal {
  constructor(readonly value: unknown) {}
}
