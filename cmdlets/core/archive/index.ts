// Microsoft.PowerShell.Archive: Compress-Archive and Expand-Archive for .zip files.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { compressArchiveCommand } from './compress-archive.js';
import { expandArchiveCommand } from './expand-archive.js';

export const archiveCmdlets: CommandDefinition[] = [compressArchiveCommand, expandArchiveCommand];
