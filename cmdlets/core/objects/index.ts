// The object-pipeline core cmdlets: selecting, filtering, sorting, grouping and measuring objects, the
// stream and variable cmdlets, and the small utilities (Get-Date, Get-Random, New-Object, ...).

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { selectObjectCommand } from './select-object.js';
import { whereObjectCommand } from './where-object.js';
import { forEachObjectCommand } from './foreach-object.js';
import { sortObjectCommand } from './sort-object.js';
import { groupObjectCommand } from './group-object.js';
import { measureObjectCommand } from './measure-object.js';
import { teeObjectCommand } from './tee-object.js';
import { compareObjectCommand } from './compare-object.js';
import { getMemberCommand } from './get-member.js';
import { addMemberCommand } from './add-member.js';
import { newObjectCommand } from './new-object.js';
import { getRandomCommand } from './get-random.js';
import { getDateCommand } from './get-date.js';
import { startSleepCommand } from './start-sleep.js';
import { measureCommandCommand } from './measure-command.js';
import { newTimeSpanCommand } from './new-timespan.js';
import { readHostCommand } from './read-host.js';
import { getCredentialCommand } from './get-credential.js';
import { convertFromSecureStringCommand, convertToSecureStringCommand } from './secure-string-cmdlets.js';
import { invokeExpressionCommand } from './invoke-expression.js';
import { writeProgressCommand } from './write-progress.js';
import { setStrictModeCommand } from './set-strict-mode.js';
import {
  outNullCommand,
  writeDebugCommand,
  writeErrorCommand,
  writeHostCommand,
  writeInformationCommand,
  writeOutputCommand,
  writeVerboseCommand,
  writeWarningCommand,
} from './write-cmdlets.js';
import { clearVariableCommand, getVariableCommand, newVariableCommand, removeVariableCommand, setVariableCommand } from './variables.js';

export { registerObjectFactory, type ObjectFactory } from './object-factories.js';

export const objectCmdlets: CommandDefinition[] = [
  selectObjectCommand,
  whereObjectCommand,
  forEachObjectCommand,
  sortObjectCommand,
  groupObjectCommand,
  measureObjectCommand,
  measureCommandCommand,
  teeObjectCommand,
  compareObjectCommand,
  getMemberCommand,
  addMemberCommand,
  newObjectCommand,
  getRandomCommand,
  getDateCommand,
  startSleepCommand,
  newTimeSpanCommand,
  readHostCommand,
  getCredentialCommand,
  convertToSecureStringCommand,
  convertFromSecureStringCommand,
  writeOutputCommand,
  writeHostCommand,
  writeErrorCommand,
  writeWarningCommand,
  writeVerboseCommand,
  writeDebugCommand,
  writeInformationCommand,
  outNullCommand,
  getVariableCommand,
  setVariableCommand,
  newVariableCommand,
  removeVariableCommand,
  clearVariableCommand,
  invokeExpressionCommand,
  writeProgressCommand,
  setStrictModeCommand,
];
