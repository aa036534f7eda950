// ShouldProcess and ShouldContinue as pwsh's MshCommandRuntime decides them (DoShouldProcess, DoShouldContinue,
// InquireHelper), shared by cmdlets (engine.shouldProcess) and advanced functions ($PSCmdlet).

import type { HostApi, MaybePromise } from '../pipeline/types.js';
import { RuntimeError, makeErrorRecord } from './errors.js';
import { toBool, toStr } from './conversions.js';
import type { Scope } from './scope.js';
import { ChoiceDescription } from './values/choice-description.js';
import { promptForChoice } from './values/prompt-for-choice.js';

export type ConfirmAnswer = 'Yes' | 'YesToAll' | 'No' | 'NoToAll';

const SUSPEND_NOT_SUPPORTED = 'Suspend is not available: awsps has no nested prompt to return to. Choose another option.';

/** ConfirmImpact and $ConfirmPreference levels, in .NET's order (None < Low < Medium < High). */
export type ConfirmImpact = 'None' | 'Low' | 'Medium' | 'High';
const IMPACT_ORDER: Record<ConfirmImpact, number> = { None: 0, Low: 1, Medium: 2, High: 3 };

export function parseConfirmImpact(value: unknown): ConfirmImpact | undefined {
  const text = toStr(value ?? null).toLowerCase();
  for (const k of Object.keys(IMPACT_ORDER) as ConfirmImpact[]) if (k.toLowerCase() === text) return k;
  return undefined;
}

/** The state a running command decides ShouldProcess from. */
export interface ShouldProcessRuntime {
  readonly host: HostApi;
  /** -WhatIf, else $WhatIfPreference. */
  whatIf(): boolean;
  /** -Confirm (Low) / -Confirm:$false (None), else $ConfirmPreference. */
  confirmThreshold(): ConfirmImpact;
  /** The command's ConfirmImpact. */
  readonly confirmImpact: ConfirmImpact;
  /** -Verbose, else $VerbosePreference: an auto-confirmed operation is then described as verbose output. */
  verbose(): boolean;
  writeVerbose(message: string): void;
  /** Yes to All / No to All given earlier to this command (pwsh's lastShouldProcessContinueStatus). */
  toAll: boolean | undefined;
}

export interface ShouldProcessText {
  /** "Performing the operation "X" on target "Y"." — shown after "What if: " and as verbose output. */
  description: string;
  /** The confirmation question; defaults to "Are you sure you want to perform this action?" and the description. */
  warning?: string;
  /** The prompt's caption; defaults to "Confirm". */
  caption?: string;
}

export type ShouldProcessReason = 'None' | 'WhatIf';

export function operationDescription(action: string, target: string): string {
  return `Performing the operation "${action}" on target "${target}".`;
}

/** DoShouldProcess: what if, auto-confirm, or ask. Reports why it returned false for -WhatIf. */
export function decideShouldProcess(rt: ShouldProcessRuntime, text: ShouldProcessText, reason?: (r: ShouldProcessReason) => void): MaybePromise<boolean> {
  reason?.('None');
  if (rt.toAll !== undefined) return rt.toAll;
  if (rt.whatIf()) {
    reason?.('WhatIf');
    rt.host.writeOut(`What if: ${text.description}\n`);
    return false;
  }
  const threshold = rt.confirmThreshold();
  if (threshold === 'None' || IMPACT_ORDER[threshold] > IMPACT_ORDER[rt.confirmImpact]) {
    if (rt.verbose()) rt.writeVerbose(text.description);
    return true;
  }
  requireInteractive(rt.host);
  const warning = text.warning || `Are you sure you want to perform this action?\n${text.description}`;
  return promptForContinue(rt.host, warning, text.caption || 'Confirm', true).then((answer) => {
    if (answer === 'YesToAll' || answer === 'NoToAll') rt.toAll = answer === 'YesToAll';
    return answer === 'Yes' || answer === 'YesToAll';
  });
}

/** DoShouldContinue: always asks (unless an earlier Yes/No to All says otherwise). */
export function decideShouldContinue(host: HostApi, query: string, caption: string, options: { hasSecurityImpact: boolean; toAll?: { yesToAll: boolean; noToAll: boolean } }): MaybePromise<boolean> {
  const toAll = options.toAll;
  if (toAll?.noToAll) return false;
  if (toAll?.yesToAll) return true;
  requireInteractive(host);
  return promptForContinue(host, query || 'Continue with this operation?', caption || 'Confirm', toAll !== undefined, options.hasSecurityImpact).then((answer) => {
    if (toAll && answer === 'NoToAll') toAll.noToAll = true;
    if (toAll && answer === 'YesToAll') toAll.yesToAll = true;
    return answer === 'Yes' || answer === 'YesToAll';
  });
}

/** As pwsh -NonInteractive: a confirmation that cannot be asked is an error, never a silent yes. */
function requireInteractive(host: HostApi): void {
  if (host.interactive) return;
  throw new RuntimeError(
    makeErrorRecord('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', {
      type: 'System.Management.Automation.PSInvalidOperationException',
      id: 'ShouldProcessNonInteractive',
      category: 'InvalidOperation',
      baseTypeNames: ['System.InvalidOperationException', 'System.Exception'],
    }),
  );
}

const CHOICES: ReadonlyArray<{ choice: ChoiceDescription; answer: ConfirmAnswer | 'Suspend' }> = [
  { choice: new ChoiceDescription('&Yes', 'Continue with only the next step of the operation.'), answer: 'Yes' },
  { choice: new ChoiceDescription('Yes to &All', 'Continue with all the steps of the operation.'), answer: 'YesToAll' },
  { choice: new ChoiceDescription('&No', 'Skip this operation and proceed with the next operation.'), answer: 'No' },
  { choice: new ChoiceDescription('No to A&ll', 'Skip this operation and all subsequent operations.'), answer: 'NoToAll' },
  {
    choice: new ChoiceDescription('&Suspend', 'Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.'),
    answer: 'Suspend',
  },
];

/** InquireHelper through the console host's PromptForChoice, for any caption and question. */
async function promptForContinue(host: HostApi, message: string, caption: string, allowToAll: boolean, hasSecurityImpact = false): Promise<ConfirmAnswer> {
  const offered = CHOICES.filter((c) => allowToAll || (c.answer !== 'YesToAll' && c.answer !== 'NoToAll'));
  const defaultChoice = hasSecurityImpact ? offered.findIndex((c) => c.answer === 'No') : 0;
  for (;;) {
    const picked = offered[await promptForChoice(host, caption, message, offered.map((c) => c.choice), defaultChoice)].answer;
    if (picked !== 'Suspend') return picked;
    // No nested prompt to suspend to: say so, then ask the whole question again (as pwsh does after a suspension).
    host.writeOut(SUSPEND_NOT_SUPPORTED + '\n');
  }
}

/** Preference variables as a command sees them from the scope it runs in. */
export function whatIfPreference(scope: Scope): boolean {
  return toBool(scope.lookup('whatifpreference')?.value ?? false);
}

export function confirmPreference(scope: Scope): ConfirmImpact {
  return parseConfirmImpact(scope.lookup('confirmpreference')?.value ?? 'High') ?? 'High';
}

export function verbosePreferenceOn(scope: Scope): boolean {
  const v = toStr(scope.lookup('verbosepreference')?.value ?? 'SilentlyContinue').toLowerCase();
  return v !== 'silentlycontinue' && v !== 'ignore';
}
