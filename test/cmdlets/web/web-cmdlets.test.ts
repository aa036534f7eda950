// Invoke-WebRequest and Invoke-RestMethod against a real HTTP server in this process: what is sent (method,
// headers, bodies, authentication), what comes back (response objects, JSON as objects), redirects, retries,
// -OutFile, and every failure as pwsh reports it (status errors with the body as details, timeouts, refused
// connections, parameters awsps does not implement), never with a secret in the output.

import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const PAGE = '<html><body><a href="/next" id="n">Next</a><img src="logo.png" alt="logo"><input name="q" value="v"></body></html>';
const seen: Seen[] = [];
let flaky = 0;
let server: http.Server;
let base = '';
let dir = '';

function handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
  const url = new URL(req.url ?? '/', 'http://x');
  seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
  switch (url.pathname) {
    case '/json':
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ name: 'a', n: 1 }, { name: 'b', n: 2 }]));
      return;
    case '/echo':
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, url: req.url, body, type: req.headers['content-type'] ?? null }));
      return;
    case '/page':
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': ['a=1', 'b=2'] })
        .end(PAGE);
      return;
    case '/bytes':
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([0, 1, 255]));
      return;
    case '/missing':
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no such thing"}');
      return;
    case '/html-error':
      res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body><h1>Broken</h1></body></html>');
      return;
    case '/moved':
      res.writeHead(302, { location: '/echo' }).end();
      return;
    case '/flaky':
      flaky += 1;
      if (flaky < 3) res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      else res.writeHead(200, { 'content-type': 'text/plain' }).end(`ok after ${flaky}`);
      return;
    case '/slow':
      setTimeout(() => res.writeHead(200).end('late'), 5000).unref();
      return;
    case '/cut':
      // Half a body, then the connection drops.
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '100000' });
      res.write(Buffer.alloc(1000));
      setTimeout(() => res.destroy(), 50);
      return;
    case '/xml':
      res.writeHead(200, { 'content-type': 'application/xml' }).end('<a><b>1</b></a>');
      return;
    default:
      res.writeHead(200, { 'content-type': 'text/plain' }).end('plain text');
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-web-'));
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(script: string): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(script);
}

describe('Invoke-RestMethod', () => {
  it('turns a JSON response into objects, an array written as one object as pwsh does', async () => {
    const r = await run(`$r = Invoke-RestMethod ${base}/json; $r.Count; $r[1].name; (Invoke-RestMethod ${base}/json | Measure-Object).Count; irm ${base}/json | % { $_.Count }`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2\nb\n1\n2\n');
  });

  it('sends a hashtable body as form fields on POST and as the query string on GET', async () => {
    const r = await run(
      `$p = Invoke-RestMethod ${base}/echo -Method Post -Body @{ name = 'a b'; n = 1 }; $p.method; $p.body; $p.type; ` + `(Invoke-RestMethod ${base}/echo -Body @{ q = 'x y' }).url`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('POST\nname=a%20b&n=1\napplication/x-www-form-urlencoded\n/echo?q=x%20y\n');
  });

  it('sends a string body with its -ContentType, -Headers and the PowerShell user agent', async () => {
    seen.length = 0;
    const r = await run(`(Invoke-RestMethod ${base}/echo -Method Put -Body '{"a":1}' -ContentType 'application/json' -Headers @{ 'X-Trace' = 't1' }).body`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('{"a":1}\n');
    expect(seen[0]!.headers['x-trace']).toBe('t1');
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.headers['user-agent']).toMatch(/^Mozilla\/5\.0 \(Linux; Linux x86_64; en-US\) PowerShell\/7\./);
  });

  it('returns text that is not JSON as a string, and XML as text with a warning', async () => {
    const r = await run(`Invoke-RestMethod ${base}/plain; Invoke-RestMethod ${base}/xml`);
    expect(r.stdout).toBe('plain text\n<a><b>1</b></a>\n');
    expect(r.stderr).toContain('WARNING: The response is XML, which awsps returns as text');
  });

  it('follows a redirect (a POST becomes a GET) and -ResponseHeadersVariable / -StatusCodeVariable are set', async () => {
    const r = await run(`(Invoke-RestMethod ${base}/moved -Method Post -Body 'x' -ResponseHeadersVariable h -StatusCodeVariable s).method; $s; $h['Content-Type']`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('GET\n200\napplication/json\n');
  });

  it('-MaximumRedirection 0 stops at the redirect, which is then a failed status', async () => {
    const r = await run(`try { Invoke-RestMethod ${base}/moved -MaximumRedirection 0 } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe('Response status code does not indicate success: 302 (Found).\n');
  });

  it('retries a failed status -MaximumRetryCount times, -RetryIntervalSec apart', async () => {
    flaky = 0;
    const r = await run(`Invoke-RestMethod ${base}/flaky -MaximumRetryCount 2 -RetryIntervalSec 1 -Verbose`);
    expect(r.stdout).toBe('ok after 3\n');
    expect(r.stderr).toContain('VERBOSE: Retrying after interval of 1 seconds. Status code for previous attempt: Service Unavailable');
  });

  it('Bearer and Basic authentication go over https only unless -AllowUnencryptedAuthentication; the secret is never shown', async () => {
    seen.length = 0;
    const refused = await run(`Invoke-RestMethod ${base}/echo -Authentication Bearer -Token (ConvertTo-SecureString 'sekrit-token' -AsPlainText)`);
    expect(refused.stderr).toContain('The cmdlet cannot protect plain text secrets sent over unencrypted connections.');
    expect(refused.stderr).not.toContain('sekrit-token');
    expect(seen).toEqual([]);
    const bearer = await run(`Invoke-RestMethod ${base}/echo -Authentication Bearer -Token (ConvertTo-SecureString 'sekrit-token' -AsPlainText) -AllowUnencryptedAuthentication | Out-Null`);
    expect(bearer.stderr).toBe('');
    expect(seen[0]!.headers.authorization).toBe('Bearer sekrit-token');
    const basic = await run(
      `$c = [pscredential]::new('me', (ConvertTo-SecureString 'pw' -AsPlainText)); Invoke-RestMethod ${base}/echo -Authentication Basic -Credential $c -AllowUnencryptedAuthentication | Out-Null`,
    );
    expect(basic.stderr).toBe('');
    expect(seen[1]!.headers.authorization).toBe(`Basic ${Buffer.from('me:pw').toString('base64')}`);
  });
});

describe('Invoke-WebRequest', () => {
  it('gives a BasicHtmlWebResponseObject with the page links, images, input fields and headers', async () => {
    const r = await run(
      `$w = Invoke-WebRequest ${base}/page; $w.GetType().FullName; $w.StatusCode; $w.StatusDescription; $w.Links.href; $w.Images.alt; $w.InputFields.value; ` +
        `$w.Headers['Set-Cookie'] -join ';'; $w.RawContent.Split([char]13)[0]; $w.RawContentLength`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject\n200\nOK\n/next\nlogo\nv\na=1;b=2\nHTTP/1.1 200 OK\n${Buffer.byteLength(PAGE)}\n`);
  });

  it('shows the response as a list of pwsh properties', async () => {
    const r = await run(`Invoke-WebRequest ${base}/plain | Format-List StatusCode, StatusDescription, Content`);
    expect(r.stdout).toBe('\nStatusCode        : 200\nStatusDescription : OK\nContent           : plain text\n\n');
  });

  it('gives binary content as bytes in a WebResponseObject', async () => {
    const r = await run(`$w = iwr ${base}/bytes; $w.GetType().FullName; $w.Content -join ','`);
    expect(r.stdout).toBe('Microsoft.PowerShell.Commands.WebResponseObject\n0,1,255\n');
  });

  it('-OutFile saves the body and writes nothing; with -PassThru it also writes the response', async () => {
    const file = path.join(dir, 'page.html');
    const r = await run(`Invoke-WebRequest ${base}/page -OutFile '${file}'; (Invoke-WebRequest ${base}/bytes -OutFile '${file}.bin' -PassThru).StatusCode`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('200\n');
    expect(fs.readFileSync(file, 'utf8')).toContain('<a href="/next"');
    expect([...fs.readFileSync(`${file}.bin`)]).toEqual([0, 1, 255]);
  });

  it('a download cut short leaves no file under the name asked for', async () => {
    const file = path.join(dir, 'cut.bin');
    const r = await run(`Invoke-WebRequest ${base}/cut -OutFile '${file}'`);
    expect(r.stderr).not.toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.includes('cut.bin'))).toEqual([]);
  });
});

describe('failures', () => {
  it('a failed status is an HttpResponseException whose ErrorDetails (the body) is what the console shows', async () => {
    const r = await run(
      `try { Invoke-WebRequest ${base}/missing } catch { $_.Exception.GetType().FullName; $_.Exception.Message; $_.Exception.Response.StatusCode; [int]$_.Exception.Response.StatusCode; $_.ErrorDetails.Message; $_.FullyQualifiedErrorId }`,
    );
    expect(r.stdout).toBe(
      'Microsoft.PowerShell.Commands.HttpResponseException\nResponse status code does not indicate success: 404 (Not Found).\nNotFound\n404\n{\n  "error": "no such thing"\n}\nWebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n',
    );
    const shown = await run(`Invoke-RestMethod ${base}/html-error`);
    expect(shown.stderr).toBe('Invoke-RestMethod: Broken\n');
  });

  it('-SkipHttpErrorCheck writes the failed response instead', async () => {
    const r = await run(`(Invoke-WebRequest ${base}/missing -SkipHttpErrorCheck).StatusCode; Invoke-RestMethod ${base}/missing -SkipHttpErrorCheck | % error`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('404\nno such thing\n');
  });

  it('-TimeoutSec ends a request that takes too long with the HttpClient timeout message', async () => {
    const r = await run(`Invoke-RestMethod ${base}/slow -TimeoutSec 1`);
    expect(r.stderr).toBe('Invoke-RestMethod: The request was canceled due to the configured HttpClient.Timeout of 1 seconds elapsing.\n');
  });

  it('a refused connection names the host and port', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await run(`try { Invoke-RestMethod http://127.0.0.1:${port}/ } catch { $_.Exception.GetType().FullName; $_.Exception.Message }`);
    expect(r.stdout).toBe(`System.Net.Http.HttpRequestException\nConnection refused (127.0.0.1:${port})\n`);
  });

  it('only http and https are sent; a bare host name is http://', async () => {
    const r = await run(`try { Invoke-WebRequest ftp://example.com/x } catch { $_.Exception.Message }; (Invoke-RestMethod ${base.replace('http://', '')}/echo).method`);
    expect(r.stdout).toBe("Only 'http' and 'https' schemes are allowed. (Parameter 'requestUri')\nGET\n");
  });

  it('refuses the pwsh parameters awsps does not implement by name, before sending anything', async () => {
    seen.length = 0;
    const r = await run(`Invoke-WebRequest ${base}/echo -SessionVariable s; Invoke-RestMethod ${base}/echo -Body x -InFile /etc/hostname`);
    expect(r.stderr).toContain('Invoke-WebRequest -SessionVariable is not supported by awsps: web sessions (cookies kept between calls) are not implemented');
    expect(r.stderr).toContain('The cmdlet cannot run because the following conflicting parameters are specified: Body and InFile.');
    expect(seen).toEqual([]);
  });
});
