// The AWS access portal half of the test server (service "SSO", restJson1, bearer token in the
// x-amz-sso_bearer_token header): ListAccounts, ListAccountRoles, GetRoleCredentials and Logout. Paging uses
// next_token / max_result like the service; an unknown, expired or logged-out token is UnauthorizedException,
// an account or role the user is not assigned is ResourceNotFoundException.

import { ServiceError } from './http-util.js';
import type { IssuedToken, OidcService } from './oidc.js';

export interface PortalAccount {
  readonly accountId: string;
  readonly accountName: string;
  readonly emailAddress: string;
  /** Permission sets assigned in this account. */
  readonly roles: readonly string[];
}

export interface RoleCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  /** Epoch milliseconds (the service's wire format). */
  readonly expiration: number;
}

/** Mints the temporary keys of a permission set for a user (moto STS in the end-to-end tests). */
export type CredentialIssuer = (request: { accountId: string; roleName: string; username: string }) => Promise<RoleCredentials>;

const BEARER_HEADER = 'x-amz-sso_bearer_token';

function unauthorized(): ServiceError {
  return new ServiceError(401, 'UnauthorizedException', 'Session token not found or invalid');
}

function invalidRequest(message: string): ServiceError {
  return new ServiceError(400, 'InvalidRequestException', message);
}

function page<T>(items: readonly T[], query: URLSearchParams): { items: T[]; nextToken: string | null } {
  const start = Number(query.get('next_token') ?? '0');
  if (!Number.isInteger(start) || start < 0 || start > items.length) throw invalidRequest('Invalid next token');
  const maxText = query.get('max_result');
  const max = maxText === null ? 100 : Number(maxText);
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalidRequest('max_result must be between 1 and 100');
  const end = Math.min(items.length, start + max);
  return { items: items.slice(start, end), nextToken: end < items.length ? String(end) : null };
}

export class PortalService {
  /** GetRoleCredentials calls answered, for assertions. */
  readonly issued: { accountId: string; roleName: string; username: string }[] = [];

  constructor(
    private readonly oidc: OidcService,
    private readonly accounts: readonly PortalAccount[],
    private readonly issueCredentials: CredentialIssuer,
  ) {}

  private session(headers: Record<string, string | string[] | undefined>): IssuedToken {
    const raw = headers[BEARER_HEADER];
    const token = typeof raw === 'string' ? this.oidc.liveToken(raw) : undefined;
    if (token === undefined) throw unauthorized();
    return token;
  }

  private account(accountId: string | null): PortalAccount {
    if (accountId === null || accountId === '') throw invalidRequest('account_id is required');
    const account = this.accounts.find((a) => a.accountId === accountId);
    if (account === undefined) throw new ServiceError(404, 'ResourceNotFoundException', 'No access');
    return account;
  }

  listAccounts(headers: Record<string, string | string[] | undefined>, query: URLSearchParams): Record<string, unknown> {
    this.session(headers);
    const { items, nextToken } = page(this.accounts, query);
    return {
      accountList: items.map((a) => ({ accountId: a.accountId, accountName: a.accountName, emailAddress: a.emailAddress })),
      ...(nextToken !== null ? { nextToken } : {}),
    };
  }

  listAccountRoles(headers: Record<string, string | string[] | undefined>, query: URLSearchParams): Record<string, unknown> {
    this.session(headers);
    const account = this.account(query.get('account_id'));
    const { items, nextToken } = page(account.roles, query);
    return { roleList: items.map((roleName) => ({ roleName, accountId: account.accountId })), ...(nextToken !== null ? { nextToken } : {}) };
  }

  async getRoleCredentials(headers: Record<string, string | string[] | undefined>, query: URLSearchParams): Promise<Record<string, unknown>> {
    const session = this.session(headers);
    const roleName = query.get('role_name');
    if (roleName === null || roleName === '') throw invalidRequest('role_name is required');
    const account = this.account(query.get('account_id'));
    if (!account.roles.includes(roleName)) throw new ServiceError(404, 'ResourceNotFoundException', 'No access');
    const request = { accountId: account.accountId, roleName, username: session.username };
    const credentials = await this.issueCredentials(request);
    this.issued.push(request);
    return { roleCredentials: credentials };
  }

  logout(headers: Record<string, string | string[] | undefined>): void {
    const raw = headers[BEARER_HEADER];
    // The service answers 401 for a token it does not know; a second logout of the same token is one of those.
    if (typeof raw !== 'string' || !this.oidc.revoke(raw)) throw unauthorized();
  }
}
