// A tiny HTTP client for talking to the local emulator's control API. node:http with no keep-alive
// agent, so that no idle socket keeps awsps (or a test worker) alive afterwards.

import { request as nodeHttpRequest } from 'node:http';

export interface HttpResponse {
  status: number;
  body: string;
}

export function httpRequest(method: 'GET' | 'POST', url: string, timeoutMs: number): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const request = nodeHttpRequest(url, { method, agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${url} timed out after ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end();
  });
}
