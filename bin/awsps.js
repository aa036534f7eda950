#!/usr/bin/env node
// A CommonJS script (see bin/package.json): running an ES module first would start Node's ESM loader,
// which costs start-up time for nothing. dist/startup.cjs loads the bundle with V8's code cache.
'use strict';
// Warnings from dependencies (such as the AWS SDK's Node version notice) are not PowerShell output:
// drop Node's default printer before anything can emit one.
process.removeAllListeners('warning');
process.on('warning', () => {});
const path = require('node:path');
require('../dist/startup.cjs').start(path.join(__dirname, '..', 'dist'));
