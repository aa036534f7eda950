// The ShouldProcess confirmation, asked as pwsh's console host asks it (InquireHelper through
// PromptForChoice): the caption and message, then the choices until one is picked. `?` lists each
// choice with its help and asks again; an answer that is no choice asks again; Suspend has no nested
// prompt to go to here, so it says so and asks again. Yes to All / No to All are the caller's to keep.

import type { HostApi } from '../pipeline/types.js';

export type ConfirmAnswer = 'Yes' | 'YesToAll' | 'No' | 'NoToAll';

const CHOICES = '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ';

const HELP = [
  'Y - Continue with only the next step of the operation.',
  'A - Continue with all the steps of the operation.',
  'N - Skip this operation and proceed with the next operation.',
  'L - Skip this operation and all subsequent operations.',
  'S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
].join('\n');

export const SUSPEND_NOT_SUPPORTED = 'Suspend is not available: awsps has no nested prompt to return to. Choose another option.';

/** Hot keys and full labels, as DetermineChoicePicked accepts them (case-insensitive). */
const PICKS: Record<string, ConfirmAnswer | 'Suspend'> = {
  y: 'Yes',
  yes: 'Yes',
  a: 'YesToAll',
  'yes to all': 'YesToAll',
  n: 'No',
  no: 'No',
  l: 'NoToAll',
  'no to all': 'NoToAll',
  s: 'Suspend',
  suspend: 'Suspend',
};

export async function askConfirmation(host: HostApi, action: string, target: string): Promise<ConfirmAnswer> {
  const header = `\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation "${action}" on target "${target}".\n`;
  let prompt = header + CHOICES;
  for (;;) {
    const raw = await host.readLine(prompt);
    prompt = CHOICES;
    // An empty answer takes the default; one of blanks only is no choice.
    if (raw.length === 0) return 'Yes';
    const answer = raw.trim().toLowerCase();
    if (answer === '?') {
      host.writeOut(HELP + '\n');
      continue;
    }
    const pick = PICKS[answer];
    if (pick === 'Suspend') {
      host.writeOut(SUSPEND_NOT_SUPPORTED + '\n');
      // pwsh asks the whole question again after a suspension.
      prompt = header + CHOICES;
      continue;
    }
    if (pick !== undefined) return pick;
  }
}
