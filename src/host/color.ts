// When to colour: on a terminal only, and never when NO_COLOR is set (https://no-color.org: any
// non-empty value).

export function useColor(stream: { isTTY?: boolean }): boolean {
  return stream.isTTY === true && !process.env.NO_COLOR;
}

export const ansi = {
  green: (s: string) => `\x1b[32m${s}\x1b[0m`,
};
