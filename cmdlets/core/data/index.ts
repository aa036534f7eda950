// The data conversion cmdlets: JSON and CSV.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { convertFromJsonCommand, convertToJsonCommand } from './json-cmdlets.js';
import { selectStringCommand } from './select-string.js';
import { convertFromCsvCommand, convertToCsvCommand, exportCsvCommand, importCsvCommand } from './csv-cmdlets.js';

export const dataCmdlets: CommandDefinition[] = [
  convertToJsonCommand,
  convertFromJsonCommand,
  convertToCsvCommand,
  convertFromCsvCommand,
  exportCsvCommand,
  importCsvCommand,
  selectStringCommand,
];
