// The console host's PromptForChoice (ConsoleHostUserInterface.PromptForChoice with HostUIHelperMethods):
// caption and message, the "[Y] Yes  [N] No  [?] Help (default is "Y"): " line wrapped to the window, "?"
// for help, and the index of the choice picked by its label or its hot key.

import type { HostApi } from '../../pipeline/types.js';
import { DotNetException } from '../methods/support.js';
import type { ChoiceDescription } from './choice-description.js';

interface LabelledChoice {
  /** The upper-cased character after '&', '' when the label has none. */
  hotKey: string;
  /** The label without its '&'. */
  plain: string;
  help: string;
}

/** BuildHotkeysAndPlainLabels. */
export function labelChoices(choices: readonly ChoiceDescription[]): LabelledChoice[] {
  return choices.map((c) => {
    const label = c.label;
    const amp = label.indexOf('&');
    let hotKey = '';
    let plain = label;
    if (amp >= 0) {
      hotKey = amp + 1 < label.length ? label.slice(amp + 1, amp + 2).trim().toUpperCase() : '';
      plain = (label.slice(0, amp) + label.slice(amp + 1)).trim();
    }
    if (hotKey === '?') {
      throw new DotNetException('Cannot process the hot key because a question mark ("?") cannot be used as a hot key.', 'System.Management.Automation.PSArgumentException');
    }
    return { hotKey, plain, help: c.helpMessage };
  });
}

/** The argument checks PromptForChoice makes before it writes anything. */
export function checkChoiceArguments(choices: readonly ChoiceDescription[] | null, defaultChoice: number): void {
  if (choices === null) {
    throw new DotNetException(
      'Cannot process argument because the value of argument "choices" is null. Change the value of argument "choices" to a non-null value.',
      'System.Management.Automation.PSArgumentNullException',
    );
  }
  if (choices.length === 0) throw new DotNetException('"choices" should have at least one element.', 'System.Management.Automation.PSArgumentException');
  if (defaultChoice < -1 || defaultChoice >= choices.length) {
    throw new DotNetException('"defaultChoice" must be a valid index into "choice" or -1 for no default choice.', 'System.Management.Automation.PSArgumentOutOfRangeException');
  }
}

/** WriteChoicePrompt: the choices, "[?] Help " and the default, starting a new line before a part that would pass the window's last column. */
export function choicePromptLine(labelled: readonly LabelledChoice[], defaultChoice: number, windowWidth: number): string {
  const parts = labelled.map((c) => `[${c.hotKey}] ${c.plain}  `);
  parts.push('[?] Help ');
  if (defaultChoice >= 0) {
    const d = labelled[defaultChoice];
    parts.push(`(default is "${d.hotKey || d.plain}"): `);
  }
  const max = windowWidth - 1;
  let text = '';
  let lineLength = 0;
  for (const part of parts) {
    if (lineLength + part.length > max) {
      text += '\n' + part.trimEnd();
      lineLength = part.length;
    } else {
      text += part;
      lineLength += part.length;
    }
  }
  return text;
}

/** DetermineChoicePicked: a whole label first, then a hot key (both ignoring case); -1 for neither. */
export function choicePicked(response: string, labelled: readonly LabelledChoice[]): number {
  const r = response.toUpperCase();
  const byLabel = labelled.findIndex((c) => c.plain.toUpperCase() === r);
  if (byLabel >= 0) return byLabel;
  return labelled.findIndex((c) => c.hotKey !== '' && c.hotKey === r);
}

/** Asks until the user picks a choice (Enter takes the default, "?" lists the help messages). Bad labels throw before anything is written. */
export function promptForChoice(host: HostApi, caption: string, message: string, choices: readonly ChoiceDescription[], defaultChoice: number): Promise<number> {
  return ask(host, caption, message, labelChoices(choices), defaultChoice);
}

async function ask(host: HostApi, caption: string, message: string, labelled: readonly LabelledChoice[], defaultChoice: number): Promise<number> {
  let header = '';
  if (caption !== '') header += `\n${caption}\n`;
  if (message !== '') header += `${message}\n`;
  let prompt = header + choicePromptLine(labelled, defaultChoice, host.width);
  for (;;) {
    const response = await host.readLine(prompt);
    prompt = choicePromptLine(labelled, defaultChoice, host.width);
    if (response.length === 0) {
      if (defaultChoice >= 0) return defaultChoice;
      continue;
    }
    const trimmed = response.trim();
    if (trimmed === '?') {
      host.writeOut(labelled.map((c) => `${c.hotKey || c.plain} - ${c.help}\n`).join(''));
      continue;
    }
    const picked = choicePicked(trimmed, labelled);
    if (picked >= 0) return picked;
  }
}
