// Screen-cell arithmetic and line splitting used by every writer, mirroring PowerShell's DisplayCells and
// StringManipulationHelper: East Asian wide characters take two cells, ANSI escape sequences take none.

export const ELLIPSIS = '\u2026';

// eslint-disable-next-line no-control-regex
const ANSI_RE = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

/** Cells taken by one code point on a terminal (PowerShell's LengthInBufferCells). */
export function codePointCells(cp: number): number {
  if (cp < 0x1100) return 1;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

function hasWideOrEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x1100 || c === 0x1b) return true;
  }
  return false;
}

/** Display width of a string in terminal cells. */
export function cellLength(s: string): number {
  if (!hasWideOrEscape(s)) return s.length;
  const plain = s.includes('\x1b') ? s.replace(ANSI_RE, '') : s;
  let n = 0;
  for (const ch of plain) n += codePointCells(ch.codePointAt(0) ?? 0);
  return n;
}

/** The longest prefix of s that fits in `cells` cells. */
export function takeHeadCells(s: string, cells: number): string {
  if (!hasWideOrEscape(s)) return s.slice(0, Math.max(0, cells));
  let used = 0;
  let out = '';
  for (const ch of s) {
    const w = codePointCells(ch.codePointAt(0) ?? 0);
    if (used + w > cells) break;
    used += w;
    out += ch;
  }
  return out;
}

/** The longest suffix of s that fits in `cells` cells. */
export function takeTailCells(s: string, cells: number): string {
  if (!hasWideOrEscape(s)) return cells <= 0 ? '' : s.slice(Math.max(0, s.length - cells));
  const chars = [...s];
  let used = 0;
  let start = chars.length;
  while (start > 0) {
    const w = codePointCells(chars[start - 1]!.codePointAt(0) ?? 0);
    if (used + w > cells) break;
    used += w;
    start--;
  }
  return chars.slice(start).join('');
}

export function spaces(n: number): string {
  return n > 0 ? ' '.repeat(n) : '';
}

/** Splits on \n (dropping \r) like StringManipulationHelper.SplitLines. */
export function splitLines(s: string): string[] {
  return s.replace(/\r/g, '').split('\n');
}

/** Cuts a string at its first line break, marking the cut with an ellipsis (table cells without -Wrap). */
export function truncateAtNewLine(s: string): string {
  if (!s) return '';
  const i = s.search(/[\r\n]/);
  return i < 0 ? s : s.slice(0, i) + ELLIPSIS;
}

interface Word {
  word: string;
  delim: string;
}

function* words(s: string): Generator<Word> {
  let cur = '';
  for (const ch of s) {
    if (ch === ' ' || ch === '\t' || ch === '\u00ad') {
      yield { word: cur, delim: ch };
      cur = '';
    } else if (ch === '\u2011' || ch === '\u00a0') {
      yield { word: cur, delim: '' };
      cur = '';
    } else {
      cur += ch;
    }
  }
  yield { word: cur, delim: '' };
}

/**
 * Word-wraps text into lines of at most firstLineLen (first) / followingLinesLen (rest) cells, keeping
 * embedded line breaks; PowerShell's GenerateLinesWithWordWrap (used for en-* cultures).
 */
export function generateLines(val: string, firstLineLen: number, followingLinesLen: number): string[] {
  if (!val) return [val];
  const out: string[] = [];
  for (const line of splitLines(val)) {
    if (cellLength(line) <= firstLineLen) {
      out.push(line);
      continue;
    }
    let spacesLeft = firstLineLen;
    let lineWidth = firstLineLen;
    let firstLine = true;
    let single = '';
    let stop = false;
    for (const w of words(line)) {
      if (stop) break;
      let toAdd = w.word;
      if (w.delim === '\u00ad') {
        if (cellLength(toAdd) + 1 === spacesLeft) toAdd += '-';
      } else if (w.delim) {
        toAdd += w.delim;
      }
      const wordWidth = cellLength(toAdd);
      if (lineWidth === 0) {
        if (firstLine) {
          firstLine = false;
          lineWidth = followingLinesLen;
        }
        if (lineWidth === 0) {
          stop = true;
          break;
        }
        spacesLeft = lineWidth;
      }
      if (wordWidth > lineWidth) {
        for (const c of toAdd) {
          let ch = c;
          let cw = codePointCells(c.codePointAt(0) ?? 0);
          if (cw > lineWidth) {
            ch = '?';
            cw = 1;
          }
          if (cw > spacesLeft) {
            out.push(single);
            single = ch;
            if (firstLine) {
              firstLine = false;
              lineWidth = followingLinesLen;
            }
            spacesLeft = lineWidth - cw;
          } else {
            single += ch;
            spacesLeft -= cw;
          }
        }
      } else if (wordWidth > spacesLeft) {
        out.push(single);
        single = toAdd;
        if (firstLine) {
          firstLine = false;
          lineWidth = followingLinesLen;
        }
        spacesLeft = lineWidth - wordWidth;
      } else {
        single += toAdd;
        spacesLeft -= wordWidth;
      }
    }
    out.push(single);
  }
  return out;
}
