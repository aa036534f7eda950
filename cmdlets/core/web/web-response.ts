// Invoke-WebRequest's output: a BasicHtmlWebResponseObject for text content (Content as a string, with the
// page's Links, Images and InputFields), a WebResponseObject for anything else (Content as bytes), with
// pwsh's properties in pwsh's order.

import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { decodeText, isTextContent } from './web-request.js';

/** Response headers as pwsh 7 gives them: each name with its values as a string array. */
export function headerTable(response: Response): PSHashtable {
  const table = new PSHashtable();
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    table.set(canonicalHeaderName(name), [value]);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) table.set('Set-Cookie', cookies);
  return table;
}

/** "content-type" → "Content-Type", the casing servers send and pwsh shows. */
function canonicalHeaderName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

function rawContent(response: Response, headers: PSHashtable, content: string): string {
  const lines = [`HTTP/1.1 ${response.status} ${response.statusText}`];
  for (const { key: name, value: values } of headers.entries()) lines.push(`${String(name)}: ${(values as string[]).join(', ')}`);
  return `${lines.join('\r\n')}\r\n\r\n${content}`;
}

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** One element of the page (a link, image or input field): outerHTML, tagName and its attributes. */
function element(outerHtml: string, tagName: string, attributes: string): PSObject {
  const o = new PSObject(['System.Management.Automation.PSCustomObject', 'System.Object']);
  o.addNote('outerHTML', outerHtml);
  o.addNote('tagName', tagName.toUpperCase());
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const name = m[1]!;
    if (o.getProperty(name)) continue;
    o.addNote(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return o;
}

/** The elements pwsh's BasicHtmlWebResponseObject finds with its regular expressions. */
function elements(html: string, tag: 'a' | 'img' | 'input'): PSObject[] {
  const pattern = tag === 'a' ? /<a\b([^>]*)>[\s\S]*?<\/a>/gi : new RegExp(`<${tag}\\b([^>]*)/?>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => element(m[0], tag, m[1] ?? ''));
}

/** Invoke-WebRequest's object for a response whose body has been read. */
export function webResponseObject(response: Response, bytes: Uint8Array): PSObject {
  const contentType = response.headers.get('content-type');
  const headers = headerTable(response);
  const text = isTextContent(contentType);
  const o = new PSObject(
    text
      ? ['Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject', 'Microsoft.PowerShell.Commands.WebResponseObject', 'System.Object']
      : ['Microsoft.PowerShell.Commands.WebResponseObject', 'System.Object'],
  );
  const content = text ? decodeText(bytes, contentType) : Buffer.from(bytes);
  o.addNote('StatusCode', response.status, 'Property', 'System.Int32');
  o.addNote('StatusDescription', response.statusText, 'Property');
  o.addNote('Content', content, 'Property');
  o.addNote('RawContent', rawContent(response, headers, text ? (content as string) : ''), 'Property');
  o.addNote('Headers', headers, 'Property');
  if (text) {
    const html = content as string;
    o.addNote('Images', elements(html, 'img'), 'Property');
    o.addNote('InputFields', elements(html, 'input'), 'Property');
    o.addNote('Links', elements(html, 'a'), 'Property');
  }
  o.addNote('RawContentLength', bytes.byteLength, 'Property', 'System.Int64');
  o.addNote('RelationLink', new PSHashtable(), 'Property');
  o.toStringOverride = () => (text ? (content as string) : `${response.status} ${response.statusText}`);
  return o;
}
