// pwsh 7.2+'s minimal progress view ($PSStyle.Progress.View = 'Minimal', ProgressNode.RenderAnsi): one
// line per activity, `Activity [Status          12s]` in the progress style, the part of the bar up to
// PercentComplete in reverse video (all of it when the percentage is unknown), nested activities
// indented by two, at most $PSStyle.Progress.MaxWidth (120) columns.

import type { PendingProgress, ProgressNode } from './pending-progress.js';

const REVERSE = '\x1b[7m';
const REVERSE_OFF = '\x1b[27m';
const RESET = '\x1b[0m';
/** $PSStyle.Progress.Style's default (yellow, bold). */
const PROGRESS_STYLE = '\x1b[33;1m';
/** $PSStyle.Progress.MaxWidth's default. */
export const PROGRESS_MAX_WIDTH = 120;
const ELLIPSIS = '\u2026';
const INDENT_STEP = 2;

export interface ProgressViewOptions {
  /** Terminal columns. */
  width: number;
  /** Lines available (pwsh: a third of the window, at least 5). */
  maxLines: number;
  /** Whether the progress style's colour is used (reverse video is always, it draws the bar). */
  color: boolean;
}

export function renderProgressLine(node: ProgressNode, indentation: number, width: number, color: boolean): string {
  const maxWidth = Math.min(width, PROGRESS_MAX_WIDTH);
  const secRemain = node.secondsRemaining >= 0 ? `${node.secondsRemaining}s` : '';
  const secRemainLength = secRemain.length + 1;
  let activity = node.activity;
  if (activity.length > Math.floor(maxWidth / 2)) activity = activity.slice(0, Math.floor(maxWidth / 2) - 1) + ELLIPSIS;
  const barWidth = maxWidth - activity.length - indentation - 4;
  const status = node.statusDescription;
  let statusPart = status;
  if (barWidth - secRemainLength - 1 > 0 && status.length > barWidth - secRemainLength) {
    statusPart = status.slice(0, barWidth - secRemainLength - ELLIPSIS.length) + ELLIPSIS;
  }
  let bar = statusPart + ' '.repeat(Math.max(0, barWidth - statusPart.length - secRemainLength)) + secRemain;
  const percent = node.percentComplete;
  if (percent >= 0 && percent < 100 && barWidth > 0) {
    const filled = Math.min(Math.floor((percent * barWidth) / 100), barWidth - 1);
    bar = filled < bar.length ? REVERSE + bar.slice(0, filled) + REVERSE_OFF + bar.slice(filled) : REVERSE + bar + REVERSE_OFF;
  } else {
    bar = REVERSE + bar + REVERSE_OFF;
  }
  return `${' '.repeat(indentation)}${color ? PROGRESS_STYLE : ''}${activity} [${bar}]${RESET}`;
}

/** The lines to show; when there are more activities than lines, the least recently updated are left out. */
export function renderProgress(pending: PendingProgress, options: ProgressViewOptions): string[] {
  let entries = pending.flatten();
  if (entries.length > options.maxLines) {
    const keep = new Set([...entries].sort((a, b) => a.node.age - b.node.age).slice(0, options.maxLines));
    entries = entries.filter((e) => keep.has(e));
  }
  return entries.map((e) => renderProgressLine(e.node, e.depth * INDENT_STEP, options.width, options.color));
}
