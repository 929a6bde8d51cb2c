'use strict';
/**
 * The Content-Security-Policy of our pages (a <meta> in each, written by webpack). Scripts only from our own
 * origin and, in the pages Office loads, from Microsoft's office.js CDN; no eval anywhere; nothing fetched
 * from elsewhere; no plugins, no forms, no <base>. Styles may be inline because Fluent UI writes its CSS at
 * run time. The dev server adds its live-reload socket. With office.js bundled (`--env officeJs=local`, for
 * intranets), the Office pages too name no host but our own.
 */
const OFFICE_JS = 'https://appsforoffice.microsoft.com';
// Frames office.js opens itself (its telemetry frame) and where Office on the web hosts the pane.
const OFFICE_FRAMES = ['https://*.oaspapps.com', 'https://*.office.com', 'https://*.officeapps.live.com', 'https://*.sharepoint.com', 'https://*.microsoft.com'];

function contentSecurityPolicy({ office: officePage, production, officeJs = 'cdn', localFiles = false }) {
  const live = production ? [] : ['ws:', 'wss:'];
  const office = officePage && officeJs !== 'local';
  // A WPS 加载项 deployed 离线 is loaded from the user's disk, where 'self' may not match file: URLs.
  const self = localFiles ? "'self' file:" : "'self'";
  return [
    `default-src ${self}`,
    ['script-src', self, ...(office ? [OFFICE_JS] : [])].join(' '),
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data: blob:`,
    `font-src ${self} data:`,
    ['connect-src', self, ...(office ? [OFFICE_JS] : []), ...live].join(' '),
    ['frame-src', "'self'", ...(office ? OFFICE_FRAMES : [])].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = { contentSecurityPolicy, OFFICE_JS };
