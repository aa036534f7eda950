// pwsh's default table for jobs (PowerShellCore_format_ps1xml: System.Management.Automation.Job).

import { registerView } from '../../../src/format/views.js';

registerView('System.Management.Automation.Job', {
  kind: 'table',
  name: 'Job',
  columns: [
    { label: 'Id', width: 6, alignment: 'left', value: 'Id' },
    { label: 'Name', width: 15, alignment: 'left', value: 'Name' },
    { label: 'PSJobTypeName', width: 15, alignment: 'left', value: 'PSJobTypeName' },
    { label: 'State', width: 13, alignment: 'left', value: 'State' },
    { label: 'HasMoreData', width: 15, alignment: 'left', value: 'HasMoreData' },
    { label: 'Location', width: 20, alignment: 'left', value: 'Location' },
    { label: 'Command', width: 25, alignment: 'left', value: 'Command' },
  ],
});
