// The default table view of AWSRegion objects: Region, Name, IsShellDefault, each column as wide as its data
// (the layout AWS Tools' documentation shows for Get-AWSRegion and Get-DefaultAWSRegion).

// views.js rather than format/index.js: registering a view must not load the whole formatter.
import { registerView } from '../../../src/format/views.js';
import { AWS_REGION_TYPE_NAME } from '../../../src/aws/regions/aws-region-object.js';

let registered = false;

export function registerRegionView(): void {
  if (registered) return;
  registered = true;
  registerView(AWS_REGION_TYPE_NAME, {
    kind: 'table',
    name: 'AWSRegion',
    autoSize: true,
    columns: [
      { label: 'Region', alignment: 'left', value: 'Region' },
      { label: 'Name', alignment: 'left', value: 'Name' },
      { label: 'IsShellDefault', alignment: 'left', value: 'IsShellDefault' },
    ],
  });
}
