// fflate, loaded the first time an archive is read or written: kept out of the start-up bundle (its module builds
// Huffman and CRC tables when it loads), in a chunk of its own as the AWS SDK clients are.

import type * as Fflate from 'fflate';
import { packageExports } from '../../../src/aws/clients/services.js';

let loading: Promise<typeof Fflate> | undefined;

export function loadFflate(): Promise<typeof Fflate> {
  loading ??= import('fflate').then((m) => packageExports(m as typeof Fflate | { default: typeof Fflate }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
