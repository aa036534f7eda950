// Writes `Name : Value` blocks like PowerShell's ListWriter: labels padded to the longest one, values
// word-wrapped to the remaining width, continuation lines indented under the value column.

import { cellLength, generateLines, spaces, splitLines, takeHeadCells } from './text.js';

const SEPARATOR = ' : ';
const MIN_FIELD_WIDTH = 1;
const MIN_LABEL_WIDTH = 1;

/** `labelStyle`: ANSI style around "Label : " ($PSStyle.Formatting.FormatAccent), '' for none. */
export function writeListEntry(labels: string[], values: string[], screenWidth: number, labelStyle = ''): string[] {
  if (labels.length === 0) return [];
  if (screenWidth - SEPARATOR.length - MIN_FIELD_WIDTH - MIN_LABEL_WIDTH < 0) return [];
  const maxAllowed = screenWidth - SEPARATOR.length - MIN_FIELD_WIDTH;
  let labelWidth = 0;
  const cells = labels.map((l) => cellLength(l));
  for (const c of cells) if (c > labelWidth) labelWidth = c;
  if (labelWidth > maxAllowed) labelWidth = maxAllowed;
  const padded = labels.map((l, k) => {
    const c = cells[k]!;
    const body = c < labelWidth ? l + spaces(labelWidth - c) : c > labelWidth ? takeHeadCells(l, labelWidth) : l;
    return labelStyle ? `${labelStyle}${body}${SEPARATOR}\x1b[0m` : body + SEPARATOR;
  });
  const prefixWidth = labelWidth + SEPARATOR.length;
  const fieldWidth = screenWidth - prefixWidth;
  const indent = spaces(prefixWidth);
  const out: string[] = [];
  for (let k = 0; k < padded.length; k++) {
    const lines = splitLines(values[k] ?? '');
    for (let i = 0; i < lines.length; i++) {
      const prefix = i === 0 ? padded[k]! : indent;
      const wrapped = generateLines(lines[i]!, fieldWidth, fieldWidth);
      for (let j = 0; j < wrapped.length; j++) out.push((j === 0 ? prefix : indent) + wrapped[j]);
    }
  }
  return out;
}
