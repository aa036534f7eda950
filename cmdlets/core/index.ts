// Every built-in cmdlet, registered with the engine at start-up.

import type { Engine } from '../../src/engine/engine.js';
import { objectCmdlets } from './objects/index.js';
import { fileSystemCmdlets } from './filesystem/index.js';
import { formatCmdlets } from './format/index.js';
import { dataCmdlets } from './data/index.js';
import { webCmdlets } from './web/index.js';
import { utilityCmdlets } from './utility/index.js';
import { commandCmdlets } from './commands/index.js';
import { jobCmdlets } from './jobs/index.js';
import { processCmdlets } from './process/index.js';
import { regionCmdlets } from '../common/regions/index.js';
import { credentialCmdlets } from '../common/credentials/index.js';
import { historyCmdlets } from '../common/history/index.js';
import { awsCmdlets } from '../aws/index.js';
import { generatedCommand } from '../../src/aws/generated/command-provider.js';
import { discoveryCmdlets } from '../discovery/index.js';
import { ssoCmdlets } from '../common/sso/index.js';
import { samlCmdlets } from '../common/saml/index.js';
import { loginCmdlets } from '../common/login/index.js';
import { archiveCmdlets } from './archive/index.js';

export function registerCoreCommands(engine: Engine): void {
  engine.registerCommands([...objectCmdlets, ...fileSystemCmdlets, ...formatCmdlets, ...dataCmdlets, ...webCmdlets, ...utilityCmdlets, ...commandCmdlets, ...jobCmdlets, ...processCmdlets, ...regionCmdlets, ...credentialCmdlets, ...historyCmdlets, ...awsCmdlets, ...discoveryCmdlets, ...ssoCmdlets, ...samlCmdlets, ...loginCmdlets, ...archiveCmdlets]);
  // The generated AWS cmdlets are defined the first time a script names one.
  engine.addCommandProvider(generatedCommand);
}
