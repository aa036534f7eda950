// Default views of AWS model types, as the AWS Tools' format files define them (the seed's outputs show the
// column order, e.g. New-S3Bucket: CreationDate then BucketName).

// views.js rather than format/index.js: registering a view must not load the whole formatter.
import { registerView } from '../../src/format/views.js';

export function registerAwsViews(): void {
  registerView('Amazon.S3.Model.S3Bucket', {
    kind: 'table',
    name: 'S3Bucket',
    autoSize: true,
    columns: [
      { label: 'CreationDate', alignment: 'left', value: 'CreationDate' },
      { label: 'BucketName', alignment: 'left', value: 'BucketName' },
    ],
  });
  // Get-S3BucketWebsite: the guide shows the two documents only.
  registerView('Amazon.S3.Model.WebsiteConfiguration', {
    kind: 'table',
    name: 'WebsiteConfiguration',
    autoSize: true,
    columns: [
      { label: 'IndexDocumentSuffix', alignment: 'left', value: 'IndexDocumentSuffix' },
      { label: 'ErrorDocument', alignment: 'left', value: 'ErrorDocument' },
    ],
  });
}
