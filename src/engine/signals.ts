// Non-error control flow (break, continue, return, exit) unwinds the JS stack with these. They are not
// Errors: no stack trace is captured, and catch blocks of scripts never see them.

export class BreakSignal {
  constructor(readonly label?: string) {}
}

export class ContinueSignal {
  constructor(readonly label?: string) {}
}

export class ReturnSignal {}

export class ExitSignal {
  constructor(readonly code: number) {}
}

export function isControlSignal(e: unknown): boolean {
  return e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal || e instanceof ExitSignal;
}
