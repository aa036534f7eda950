// System.Management.Automation.Host.ChoiceDescription: a choice for $Host.UI.PromptForChoice ("&Yes" marks Y
// as the hot key). Built with ::new / New-Object, or cast from a string ([ChoiceDescription[]]('&Yes', '&No')).

import { PSObject } from '../../objects/psobject.js';
import { registerKnownType } from '../type-resolution.js';
import { registerConstructor } from '../static-members.js';
import { registerTypeConverter, toStr } from '../conversions.js';
import { DotNetException, overloadError, wrapDotNet } from '../methods/support.js';

export const CHOICE_DESCRIPTION_TYPE = 'System.Management.Automation.Host.ChoiceDescription';

export class ChoiceDescription extends PSObject {
  constructor(label: string, helpMessage = '') {
    super([CHOICE_DESCRIPTION_TYPE, 'System.Object']);
    this.addNote('Label', label, 'Property', 'System.String');
    this.getProperty('Label')!.readOnly = true;
    this.addNote('HelpMessage', helpMessage, 'Property', 'System.String');
    this.sealed = true;
    // .NET's default ToString: the type name.
    this.toStringOverride = () => CHOICE_DESCRIPTION_TYPE;
  }

  get label(): string {
    return toStr(this.get('Label') ?? '');
  }

  get helpMessage(): string {
    return toStr(this.get('HelpMessage') ?? '');
  }
}

/** ChoiceDescription(string label[, string helpMessage]): a null or empty label is an ArgumentException. */
function newChoiceDescription(label: unknown, helpMessage: unknown = null): ChoiceDescription {
  const text = label === null || label === undefined ? '' : toStr(label);
  if (text === '') {
    throw new DotNetException(
      'Cannot process argument because the value of argument "label" is not valid. Change the value of the "label" argument and run the operation again.',
      'System.Management.Automation.PSArgumentException',
    );
  }
  return new ChoiceDescription(text, helpMessage === null || helpMessage === undefined ? '' : toStr(helpMessage));
}

registerKnownType(CHOICE_DESCRIPTION_TYPE);
registerConstructor(CHOICE_DESCRIPTION_TYPE, (args) => {
  if (args.length < 1 || args.length > 2) throw overloadError('new', args.length);
  return wrapDotNet('.ctor', args.length, () => newChoiceDescription(args[0], args[1]));
});
// PowerShell converts a string to the type through its one-string constructor.
registerTypeConverter(
  (typeName) => typeName.toLowerCase() === CHOICE_DESCRIPTION_TYPE.toLowerCase(),
  (value) => (value instanceof ChoiceDescription ? value : wrapDotNet('.ctor', 1, () => newChoiceDescription(value))),
);
