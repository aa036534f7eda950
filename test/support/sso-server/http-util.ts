// Small HTTP helpers of the test IAM Identity Center server: JSON bodies, the restJson1 error shape the SDKs
// parse (x-amzn-ErrorType header plus a JSON body), and form bodies of the verification page.

import type { IncomingMessage, ServerResponse } from 'node:http';

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

/** An error as the service sends it; `code` is the Smithy shape name (AuthorizationPendingException, ...). */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The OAuth error code the SSO-OIDC service puts in the body ("authorization_pending"); null for the portal. */
    readonly oauthError: string | null = null,
  ) {
    super(message);
  }
}

export function sendError(res: ServerResponse, err: ServiceError): void {
  const body: Record<string, string> =
    err.oauthError !== null ? { error: err.oauthError, error_description: err.message } : { message: err.message };
  sendJson(res, err.status, body, { 'x-amzn-errortype': `${err.code}:http://internal.amazon.com/coral/com.amazonaws.sso/` });
}

/** The JSON object body of a request; anything else is the service's InvalidRequestException. */
export function parseJsonObject(text: string, oauth: boolean): Record<string, unknown> {
  let value: unknown;
  try {
    value = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new ServiceError(400, 'InvalidRequestException', 'Invalid JSON in request body', oauth ? 'invalid_request' : null);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ServiceError(400, 'InvalidRequestException', 'Request body must be a JSON object', oauth ? 'invalid_request' : null);
  }
  return value as Record<string, unknown>;
}

export function stringField(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function parseForm(text: string): URLSearchParams {
  return new URLSearchParams(text);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
