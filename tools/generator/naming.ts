// The real generator's naming rules (reference generator-rules.json), for operations the reference facts do
// not name: cmdlet verb and noun from the operation name, and parameter names from (flattened) member names.

import type { ReferenceMapping } from './reference-types.js';

export interface NamingRules {
  readonly operationNameMappings: readonly ReferenceMapping[];
  readonly globalVerbMappings: readonly ReferenceMapping[];
  readonly serviceVerbMappings: readonly ReferenceMapping[];
  readonly serviceNounMappings: readonly ReferenceMapping[];
  readonly nounPrefix: string;
}

/** Word fragments that are never singularised (null in the reference table) or have an irregular singular. */
const SINGULAR_EXCEPTIONS: Readonly<Record<string, string | null>> = {
  Cpus: 'Cpu',
  Data: null,
  Metadata: null,
  Efs: null,
  Information: null,
  Iops: null,
  Media: null,
  Nfs: null,
  Status: null,
  Cookies: 'Cookie',
  Lens: null,
};

/** PowerShell's approved verbs (Get-Verb), less the ones the real generator avoids (Resize, Optimize, Build, Deploy). */
export const APPROVED_VERBS: ReadonlySet<string> = new Set(
  (
    'Add Approve Assert Backup Block Checkpoint Clear Close Compare Complete Compress Confirm Connect Convert ConvertFrom ' +
    'ConvertTo Copy Debug Deny Disable Disconnect Dismount Edit Enable Enter Exit Expand Export Find Format Get Grant Group ' +
    'Hide Import Initialize Install Invoke Join Limit Lock Measure Merge Mount Move New Open Out Ping Pop Protect Publish ' +
    'Push Read Receive Redo Register Remove Rename Repair Request Reset Resolve Restart Restore Resume Revoke Save Search ' +
    'Select Send Set Show Skip Split Start Step Stop Submit Suspend Switch Sync Test Trace Unblock Undo Uninstall Unlock ' +
    'Unprotect Unpublish Unregister Update Use Wait Watch Write'
  ).split(' '),
);

function mapped(mappings: readonly ReferenceMapping[], value: string): string | undefined {
  return mappings.find((m) => m.from === value)?.to;
}

/** The last word of a PascalCase name: from its last uppercase letter. */
function lastFragment(name: string): [string, string] {
  let i = name.length - 1;
  while (i > 0 && !/[A-Z]/.test(name[i])) i--;
  return [name.slice(0, i), name.slice(i)];
}

/** English singular of a plural word fragment, as the generator's simple rules have it. */
export function singularWord(word: string): string {
  if (Object.prototype.hasOwnProperty.call(SINGULAR_EXCEPTIONS, word)) return SINGULAR_EXCEPTIONS[word] ?? word;
  if (word.length < 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh|us|as)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Singularises the last word of a name ('SecurityGroupIds' → 'SecurityGroupId'). */
export function singularName(name: string): string {
  const [head, word] = lastFragment(name);
  return head + singularWord(word);
}

/** Verb and noun (without prefix) of a cmdlet for an operation, plus the verb and noun the split gave before mapping. */
export function cmdletNameFor(operation: string, rules: NamingRules): { verb: string; noun: string; name: string } {
  const method = mapped(rules.operationNameMappings, operation) ?? operation;
  const m = /^([A-Z][a-z0-9]*)(.*)$/.exec(method);
  let verb = m ? m[1] : method;
  let noun = m ? m[2] : '';
  const mappedVerb = mapped(rules.globalVerbMappings, verb) ?? mapped(rules.serviceVerbMappings, verb);
  if (mappedVerb !== undefined) verb = mappedVerb;
  else if (verb === 'List') {
    verb = 'Get';
    noun = `${noun}List`;
  }
  const mappedNoun = mapped(rules.serviceNounMappings, noun);
  noun = mappedNoun ?? singularName(noun);
  return { verb, noun, name: `${verb}-${rules.nounPrefix}${noun}` };
}

/**
 * A flattened member's parameter name: keeps only the last 'Parent_Child' pair and singularises the last word
 * (not for booleans). Returns the name and the analyzed name it replaces (the alias), if different.
 */
export function parameterNameFor(analyzedName: string, isBoolean: boolean): { name: string; alias?: string } {
  const parts = analyzedName.split('_');
  let name = parts.length > 2 ? parts.slice(-2).join('_') : analyzedName;
  if (!isBoolean) name = singularName(name);
  return name === analyzedName ? { name } : { name, alias: analyzedName };
}
