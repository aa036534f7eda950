// When to colour: on a terminal only, and never when NO_COLOR is set (https://no-color.org: any
// non-empty value).

export function useColor(stream: { isTTY?: boolean }): boolean {
  return stream.isTTY === true && !process.env.NO_COLOR;
}

export const ansi = {
  green: (s: string) => `\x1b[32m${s}\x1b[0m`,
};

// System.ConsoleColor in enum order, with the SGR foreground code .NET's Unix console emits for each (the
// dark colours are the 8 basic ones, the rest their bright variants; backgrounds are 10 higher).
const CONSOLE_COLOR_SGR: ReadonlyArray<readonly [string, number]> = [
  ['Black', 30], ['DarkBlue', 34], ['DarkGreen', 32], ['DarkCyan', 36], ['DarkRed', 31], ['DarkMagenta', 35],
  ['DarkYellow', 33], ['Gray', 37], ['DarkGray', 90], ['Blue', 94], ['Green', 92], ['Cyan', 96], ['Red', 91],
  ['Magenta', 95], ['Yellow', 93], ['White', 97],
];

/** The SGR sequence that selects a ConsoleColor (by name, any case, or enum value); '' for an unknown colour (-1). */
export function consoleColorSgr(color: string | number, background = false): string {
  const entry = typeof color === 'number' ? CONSOLE_COLOR_SGR[color] : CONSOLE_COLOR_SGR.find(([n]) => n.toLowerCase() === color.toLowerCase());
  return entry ? `\x1b[${entry[1] + (background ? 10 : 0)}m` : '';
}

/** Text in the given console colours, reset after; unchanged when neither colour is known. */
export function colorize(text: string, foreground?: string | number, background?: string | number): string {
  const on = (foreground === undefined ? '' : consoleColorSgr(foreground)) + (background === undefined ? '' : consoleColorSgr(background, true));
  return on === '' ? text : `${on}${text}\x1b[0m`;
}
