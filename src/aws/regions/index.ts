// AWS regions: the known-region table, the shell default ($StoredAWSRegion) and -Region resolution.

export * from './region-data.js';
export * from './default-region.js';
export * from './aws-region-object.js';
export * from './region-resolution.js';
export * from './region-endpoint.js';
export * from './instance-region.js';
