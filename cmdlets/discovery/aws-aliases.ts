// The optional aliases of AWSAliases.ps1 (EC2-DescribeInstances, Describe-EC2Instances, Assume-STSRole...): not
// loaded by default; the user guide loads them by dot-sourcing the file, so `. AWSAliases.ps1` (or running it)
// registers every alias listed in the generated index's optionalAliases.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../../src/engine/errors.js';
import { generatedIndex } from '../../src/aws/generated/catalog.js';

export const AWS_ALIASES_SCRIPT = 'AWSAliases.ps1';

export const awsAliasesScript: CommandDefinition = {
  name: AWS_ALIASES_SCRIPT,
  module: 'AWS.Tools.Common',
  synopsis: 'Defines the optional AWS Tools aliases (<Prefix>-<Operation> and original-verb names such as EC2-DescribeInstances).',
  parameters: [],
  create() {
    return {
      process(ctx) {
        const index = generatedIndex();
        if (index === undefined) {
          throw new RuntimeError(
            makeErrorRecord('The optional AWS aliases are not available: cmdlets/generated/index.json is missing. Reinstall awsps.', {
              type: 'System.IO.FileNotFoundException',
              id: 'AWSAliasesNotFound',
              category: 'ResourceUnavailable',
              target: AWS_ALIASES_SCRIPT,
            }),
          );
        }
        for (const [alias, target] of Object.entries(index.optionalAliases)) ctx.session.setAlias(alias, target);
      },
    };
  },
};
