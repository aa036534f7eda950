#!/usr/bin/env node
// Warnings from dependencies (such as the AWS SDK's Node version notice) are not PowerShell output:
// drop Node's default printer before anything can emit one.
process.removeAllListeners('warning');
process.on('warning', () => {});
await import('../dist/cli.js');
