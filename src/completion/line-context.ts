// Works out what the word under the cursor is (a command name, a parameter, a parameter's value, a
// variable, a member, a path) from the text before the cursor. The line is usually incomplete, so this
// is a small scanner rather than the parser: quotes, pipes, statement separators and brackets are enough.

export type CompletionTarget =
  | { kind: 'command'; word: string; start: number }
  | { kind: 'parameter'; command: string; word: string; start: number }
  | { kind: 'value'; command: string; parameter: string; word: string; start: number }
  | { kind: 'argument'; command: string; word: string; start: number }
  | { kind: 'variable'; word: string; start: number }
  | { kind: 'member'; base: string; word: string; start: number };

interface Word {
  text: string;
  start: number;
}

/** Characters that end one command and start another (outside quotes). */
const COMMAND_BOUNDARY = new Set(['|', ';', '{', '}', '(', ')', '\n', '=']);

/** Splits the text of the current command into words, respecting quotes. */
function currentCommandWords(text: string): { words: Word[]; endsInSpace: boolean } {
  let words: Word[] = [];
  let current: Word | undefined;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      if (current) current.text += ch;
      continue;
    }
    if (ch === '`' && i + 1 < text.length) {
      // An escaped character belongs to the word (a backtick before a newline continues the line).
      if (text[i + 1] === '\n') {
        i++;
        current = undefined;
        continue;
      }
      current ??= pushWord(words, i);
      current.text += ch + text[++i];
      continue;
    }
    if (COMMAND_BOUNDARY.has(ch)) {
      words = [];
      current = undefined;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      current = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    current ??= pushWord(words, i);
    current.text += ch;
  }
  const last = text[text.length - 1];
  return { words, endsInSpace: text.length === 0 || last === ' ' || last === '\t' || COMMAND_BOUNDARY.has(last) };
}

function pushWord(words: Word[], start: number): Word {
  const w = { text: '', start };
  words.push(w);
  return w;
}

/** `&& cmd` and `& cmd` start a command too; the operators are not its name. */
function dropCallOperators(words: Word[]): Word[] {
  let i = 0;
  while (i < words.length && (words[i].text === '&' || words[i].text === '&&' || words[i].text === '||' || words[i].text === '.')) i++;
  return i === 0 ? words : words.slice(i);
}

const VARIABLE_WORD = /^\$([\w:?^]*)$/;
const MEMBER_WORD = /^(\$[\w:]+(?:\.[\w]+)*)\.(\w*)$/;

export function completionTarget(textBeforeCursor: string): CompletionTarget {
  const { words: all, endsInSpace } = currentCommandWords(textBeforeCursor);
  const words = dropCallOperators(all);
  const cursor = textBeforeCursor.length;
  const word: Word = endsInSpace || words.length === 0 ? { text: '', start: cursor } : words[words.length - 1];
  const before = endsInSpace ? words : words.slice(0, -1);

  // A variable or member can be completed anywhere, even inside an expression.
  const varWord = trailingVariable(textBeforeCursor);
  if (varWord) {
    const member = MEMBER_WORD.exec(varWord.text);
    if (member) return { kind: 'member', base: member[1], word: member[2], start: varWord.start + member[1].length + 1 };
    if (VARIABLE_WORD.test(varWord.text)) return { kind: 'variable', word: varWord.text.slice(1), start: varWord.start };
  }
  if (before.length === 0) return { kind: 'command', word: word.text, start: word.start };

  const command = before[0].text;
  const colonValue = /^-([\w-]+):(.*)$/.exec(word.text);
  if (colonValue) return { kind: 'value', command, parameter: colonValue[1], word: colonValue[2], start: word.start + colonValue[1].length + 2 };
  if (word.text.startsWith('-') && !/^-\d/.test(word.text)) return { kind: 'parameter', command, word: word.text.slice(1), start: word.start };
  const previous = before[before.length - 1];
  const named = before.length > 1 ? /^-([\w-]+)$/.exec(previous.text) : null;
  if (named) return { kind: 'value', command, parameter: named[1], word: word.text, start: word.start };
  return { kind: 'argument', command, word: word.text, start: word.start };
}

/** The `$name` or `$name.Member.Part` that ends the text, if it does. */
function trailingVariable(text: string): Word | undefined {
  const m = /\$[\w:?^]*(?:\.\w*)*$/.exec(text);
  if (!m) return undefined;
  // Inside single quotes a `$` is literal text.
  const quotes = text.slice(0, m.index).split("'").length - 1;
  if (quotes % 2 === 1) return undefined;
  return { text: m[0], start: m.index };
}
