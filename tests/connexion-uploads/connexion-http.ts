import { expect, type APIRequest, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { PortalControl } from '../../fixtures/control.ts';

/** A file part of a multipart form, as Playwright's request API takes it. */
export interface FilePart {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export type UploadForm = Record<string, string | FilePart | ReturnType<typeof import('node:fs').createReadStream>>;

/** The fields of a valid financial-document upload, without the file. */
export const validFields = (userId: string, bidderNumber = '210001'): Record<string, string> => ({
  bidCycle: 'Round 2021',
  bidderNumber,
  documentType: 'Financial Documents',
  description: 'Balance Sheet',
  cba: '',
  nickname: '',
  certification: userId,
});

const csrfOf = (html: string): string => {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('No CSRF token on the page');
  return token;
};

/**
 * A person's own HTTP session with Connexion (no browser), logged in through the real pages: user ID and password,
 * then the e-mailed code. For rule tests that post what a browser could not.
 */
export class ConnexionSession {
  private constructor(readonly api: APIRequestContext) {}

  static async logIn(api: APIRequestContext, control: PortalControl, user: { userId: string; password: string; email: string }): Promise<ConnexionSession> {
    const session = new ConnexionSession(api);
    const signIn = await api.post('/connexion/sign-in', { form: { _csrf: await session.token('/connexion/'), userId: user.userId, password: user.password } });
    expect(signIn.url()).toContain('/connexion/verify');
    const code = await control.latestCode(user.email);
    const verified = await api.post('/connexion/verify', { form: { _csrf: csrfOf(await signIn.text()), code } });
    expect(verified.status(), await verified.text()).toBe(200);
    return session;
  }

  /** A new HTTP client of its own (its own cookies), logged in to Connexion as `user`. */
  static async open(playwright: { request: APIRequest }, baseURL: string | undefined, control: PortalControl, user: { userId: string; password: string; email: string }): Promise<ConnexionSession> {
    return ConnexionSession.logIn(await playwright.request.newContext({ baseURL }), control, user);
  }

  /** A fresh CSRF token from a page of this session. */
  async token(path = '/connexion/documents/upload'): Promise<string> {
    return csrfOf(await (await this.api.get(path)).text());
  }

  async upload(form: UploadForm, csrf?: string): Promise<APIResponse> {
    const token = csrf ?? (await this.token());
    return this.api.post(`/connexion/documents/upload?_csrf=${encodeURIComponent(token)}`, { multipart: form });
  }

  async page(path: string): Promise<{ status: number; text: string; url: string }> {
    const response = await this.api.get(path);
    return { status: response.status(), text: await response.text(), url: response.url() };
  }
}

/** The text of an HTML page without tags, whitespace collapsed and the few entities our pages use decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
