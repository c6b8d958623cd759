import type { App, Session, WebContents } from 'electron';

/**
 * The renderer's Content-Security-Policy. Development relaxes it only as far as the dev server needs (its inline
 * hot-reload preamble, injected styles and websocket). `forMeta` leaves out frame-ancestors, which a meta tag
 * cannot carry; the header sends it.
 */
export function contentSecurityPolicy(development = false, forMeta = false): string {
  return [
    "default-src 'none'",
    development ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    development ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    development ? "connect-src 'self' ws:" : "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    ...(forMeta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Links to sources (EUR-Lex, the EDPB, …) open in the user's browser; nothing else leaves the app. */
export function isExternalLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Every window: no navigation away from the app, no new windows, no webviews. */
export function lockDownWebContents(contents: WebContents, openExternal?: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (openExternal && isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** The session: every permission refused, the CSP sent as a header too (a meta tag cannot cover every case). */
export function lockDownSession(session: Session, policy: string = CONTENT_SECURITY_POLICY): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
}

export function lockDownApp(app: App, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, openExternal));
}
