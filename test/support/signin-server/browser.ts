// What a user's browser does with the URL Invoke-AWSLogin shows or opens: loads the authorization page,
// submits its consent form (an HTTP POST), and follows the redirect, to the login's local listener (same
// device) or to the service's confirmation page, whose verification code the user then copies (cross device).

export interface BrowserVisit {
  /** Status of the last page reached. */
  readonly status: number;
  /** URL of the last page reached. */
  readonly url: string;
  readonly body: string;
}

/** Opens the authorization URL and answers its consent form; follows the redirect like a browser. */
export async function answerConsent(
  authorizeUrl: string,
  decision: 'allow' | 'deny' = 'allow',
  /** Runs between the consent and the redirect (to age the code, say). */
  beforeRedirect: () => void = () => undefined,
): Promise<BrowserVisit> {
  const page = await fetch(authorizeUrl);
  const html = await page.text();
  if (page.status !== 200) return { status: page.status, url: authorizeUrl, body: html };
  const action = /<form method="post" action="([^"]+)">/.exec(html)?.[1];
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  if (action === undefined || requestId === undefined) throw new Error(`no consent form on ${authorizeUrl}`);
  const consent = await fetch(new URL(action, authorizeUrl), {
    method: 'POST',
    body: new URLSearchParams({ request_id: requestId, decision }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  await consent.text();
  const location = consent.headers.get('location');
  if (consent.status !== 302 || location === null) return { status: consent.status, url: action, body: '' };
  beforeRedirect();
  const landed = await fetch(location);
  return { status: landed.status, url: location, body: await landed.text() };
}

/** The verification code a cross-device confirmation page shows. */
export function verificationCodeOn(visit: BrowserVisit): string {
  const code = /<pre id="verification-code">([^<]+)<\/pre>/.exec(visit.body)?.[1];
  if (code === undefined) throw new Error(`no verification code on ${visit.url}: ${visit.body}`);
  return code;
}

/** The redirect URI named in an authorization URL (the same-device listener's address). */
export function redirectUriOf(authorizeUrl: string): string {
  const uri = new URL(authorizeUrl).searchParams.get('redirect_uri');
  if (uri === null) throw new Error(`no redirect_uri in ${authorizeUrl}`);
  return uri;
}
