// How Invoke-AWSLogin reaches a browser. AWS Tools uses the same-device flow only where it can launch one
// (else it falls back to the cross-device flow); awsps can open one where the SSO login can (an interactive
// desktop terminal session, src/aws/sso/browser.ts). Tests play the browser by installing their own opener.

import { canOpenBrowser, openBrowser } from '../sso/browser.js';

export interface LoginBrowser {
  /** Whether a browser can be opened from this session. */
  available(interactiveTerminal: boolean): boolean;
  /** Opens the URL; false when the opener could not be started. */
  open(url: string): boolean;
}

const systemBrowser: LoginBrowser = {
  available: (interactiveTerminal) => canOpenBrowser({ interactive: interactiveTerminal, platform: process.platform, env: process.env }),
  open: (url) => openBrowser(url),
};

let current: LoginBrowser = systemBrowser;

export function loginBrowser(): LoginBrowser {
  return current;
}

/** Replaces the browser (tests); undefined restores the system one. */
export function setLoginBrowser(browser: LoginBrowser | undefined): void {
  current = browser ?? systemBrowser;
}
