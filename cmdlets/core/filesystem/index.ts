// The file-system and content cmdlets, as pwsh 7 has them on Linux.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { copyItemCommand } from './copy-item.js';
import { getChildItemCommand } from './get-child-item.js';
import { getContentCommand } from './get-content.js';
import { getItemCommand } from './get-item.js';
import { getLocationCommand, popLocationCommand, pushLocationCommand, setLocationCommand } from './location.js';
import { moveItemCommand } from './move-item.js';
import { mkdirCommand, newItemCommand } from './new-item.js';
import { outFileCommand } from './out-file.js';
import { joinPathCommand, resolvePathCommand, splitPathCommand } from './path-cmdlets.js';
import { removeItemCommand } from './remove-item.js';
import { renameItemCommand } from './rename-item.js';
import { addContentCommand, setContentCommand } from './set-content.js';
import { testPathCommand } from './test-path.js';

export const fileSystemCmdlets: CommandDefinition[] = [
  getChildItemCommand,
  getItemCommand,
  testPathCommand,
  removeItemCommand,
  newItemCommand,
  mkdirCommand,
  copyItemCommand,
  moveItemCommand,
  renameItemCommand,
  setLocationCommand,
  getLocationCommand,
  pushLocationCommand,
  popLocationCommand,
  joinPathCommand,
  splitPathCommand,
  resolvePathCommand,
  getContentCommand,
  setContentCommand,
  addContentCommand,
  outFileCommand,
];
