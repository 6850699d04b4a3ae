/**
 * What a hostile user or a careless test can send to the mock portal: every form route of every system and every
 * control-API call, with generated bodies of every shape (fast-check arbitraries). Each input carries a marker
 * (`<fz-N>`) so that an answer reflecting it unescaped is caught.
 */
import fc from 'fast-check';

/** The form routes (POST), with their path parameters; `upload` marks the multipart forms. */
export const FORM_ROUTES: readonly { path: string; upload?: true }[] = [
  { path: '/chat' },
  ...['idm', 'connexion', 'dbids', 'portal'].flatMap((system) => ['sign-in', 'verify', 'sign-out'].map((step) => ({ path: `/${system}/${step}` }))),
  { path: '/idm/role-request/start' },
  { path: '/idm/role-request/identity' },
  { path: '/idm/role-request/questions' },
  { path: '/idm/role-request/attributes' },
  { path: '/idm/role-request/submit' },
  { path: '/idm/roles/:application/edit' },
  { path: '/idm/roles/:application/remove' },
  { path: '/idm/roles/:application/add-role' },
  { path: '/idm/profile/contact' },
  // The IDM User Guide's account pages: registration, recovery, the expired password, My Profile's security windows.
  ...['', '/credentials', '/verify', '/verify/:id'].map((step) => ({ path: `/idm/register${step}` })),
  { path: '/idm/forgot-user-id' },
  ...['forgot-password', 'unlock-account'].flatMap((flow) => ['', '/send', '/verify', '/new-password'].map((step) => ({ path: `/idm/${flow}${step}` }))),
  { path: '/idm/expired-password' },
  { path: '/idm/verify/factor' },
  { path: '/idm/role-request/phone-proofing' },
  ...['password', 'mfa/remove', 'mfa/add', 'mfa/verify'].map((step) => ({ path: `/idm/profile/${step}` })),
  { path: '/experian/' },
  { path: '/idm/requests/:id/cancel' },
  { path: '/idm/approvals/:id/approve' },
  { path: '/idm/approvals/:id/reject' },
  { path: '/portal/request' },
  ...['role', 'identity', 'identity/questions', 'mfa', 'access', 'review', 'submit'].map((step) => ({ path: `/portal/request/${step}` })),
  { path: '/portal/apps/remove/:application' },
  { path: '/portal/profile/change' },
  { path: '/connexion/documents/upload', upload: true },
  { path: '/connexion/notices/:id/response', upload: true },
  { path: '/connexion/contract-offers/:id/accept' },
  { path: '/connexion/contract-offers/:id/decline' },
  { path: '/connexion/bidders/:bn/inquiry', upload: true },
  { path: '/connexion/contracts/:id/form-c/:period/:cba/:category' },
  { path: '/connexion/contracts/:id/location-changes' },
  { path: '/connexion/contracts/:id/transfers', upload: true },
  { path: '/connexion/contracts/:id/transfers/:rid/documents', upload: true },
  { path: '/connexion/contracts/:id/subcontractors', upload: true },
  { path: '/connexion/contracts/:id/breach-notices/:nid/response', upload: true },
  { path: '/dbids/bids/:bidderNumber/form-a/business-organization' },
  { path: '/dbids/bids/:bidderNumber/form-a/locations/:ptan' },
  { path: '/dbids/bids/:bidderNumber/form-a/approve' },
  { path: '/dbids/bids/:bidderNumber/form-b/entries' },
  { path: '/dbids/bids/:bidderNumber/form-b/certify' },
];

/** The control API as it stands (contract.md). */
export const ADMIN_CALLS: readonly { method: 'GET' | 'POST' | 'DELETE'; path: string }[] = [
  { method: 'POST', path: '/__admin/reset' },
  { method: 'POST', path: '/__admin/scenario' },
  { method: 'POST', path: '/__admin/clock' },
  { method: 'POST', path: '/__admin/faults' },
  { method: 'DELETE', path: '/__admin/faults' },
  { method: 'POST', path: '/__admin/requests/:id/approve' },
  { method: 'POST', path: '/__admin/requests/:id/reject' },
  { method: 'GET', path: '/__admin/mail?to=:id' },
  { method: 'GET', path: '/__admin/phone?to=:id' },
  { method: 'GET', path: '/__admin/requests?status=:id' },
  { method: 'GET', path: '/__admin/:id' },
];

/** Field names the forms read, so generated bodies reach the rules and not only the readers. */
const KNOWN_FIELDS = [
  'userId', 'password', 'agree', 'code', 'firstName', 'lastName', 'email', 'phone', 'organization', 'topic', 'question', 'application', 'role',
  'dateOfBirth', 'ssnLast4', 'street', 'city', 'state', 'zip', 'ptan', 'legalBusinessName', 'action', 'justification', 'remove', 'reason', 'choice',
  'confirmEmail', 'answer0', 'answer1', 'bidCycle', 'bidderNumber', 'documentType', 'description', 'cba', 'nickname', 'certification', 'comments',
  'acknowledgeForfeit', 'hcpcs1', 'manufacturer1', 'model1', 'effectiveDate', 'type', 'chowDate', 'successorName', 'successorTin',
  'confirmPassword', 'currentPassword', 'securityQuestion', 'securityAnswer', 'factor', 'product1', 'npi', 'successorNpi', 'referenceNumber',
  'subcontractorName', 'locationAddress', 'accreditation', 'service0', 'doingBusinessAs', 'taxpayerId', 'contactName', 'contactPhone',
  'contactEmail', 'accreditationOrganization', 'stateLicenseNumber', 'productCategoryId', 'cbaId', 'bidAmount', 'capacity', 'certify',
  'seed', 'now', 'advanceMinutes', 'point', 'times', 'mode', 'by', 'organizations', 'users',
];

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Real values of the world the test builds, so some inputs reach deep into the rules. */
const REAL_VALUES = [
  'jane.ao', 'JANE.AO', 'yes', 'add', 'skip', 'cancel', 'search', 'review', 'DBidS', 'Connexion', 'AO', 'BAO', 'EU', '1234560001', '210001', 'Acme Medical Supply LLC',
  'Round 2021', 'Financial Documents', 'Balance Sheet', 'Bid Surety Bond', '47900-DC', 'ots-knee-braces', '2019-08-01T13:00:00Z', '2016-12-31T23:59:60Z',
  'R21-210001', 'CDRD-210001', '210001-47900-DC-ots-knee-braces', '2020-12-31', 'connexion.upload', 'Full', 'Add', '12-3456789',
];

const HOSTILE = [
  '', ' ', '\u0000', '\r\n', '\t', '../../../etc/passwd', '%00', '%', '%zz', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{7*7}}', '${7*7}',
  "'; DROP TABLE users; --", 'null', 'undefined', 'NaN', '-1', '1e309', '0x10', '[]', '{}', '\uD800', '\uFEFF', '😀', 'İ', 'ß',
];

/** A marker unique enough to find in an answer: `<fz-N>`, which an HTML page must show as `&lt;fz-N&gt;`. */
export const marker = fc.nat(99_999).map((n) => `<fz-${n}>`);

/** A string a form field could carry. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REAL_VALUES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE, ...PROTOTYPE_KEYS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), marker).map(([a, m]) => `${a}${m}`) },
  { weight: 1, arbitrary: fc.integer({ min: 250, max: 6_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 90_000, max: 130_000 }).map((n) => 'A'.repeat(n)) },
);

const fieldName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN_FIELDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, '_csrf', '', 'a[b]', 'a.b') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: marker },
);

/** Form fields, names possibly repeated (a field sent twice), values of any kind. */
export const formFields = fc.array(fc.tuple(fieldName, hostileString), { maxLength: 12 });

/** A path parameter: a real one, or anything, percent-encoded byte by byte. */
export const pathParam = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...REAL_VALUES) },
  { weight: 1, arbitrary: hostileString.filter((s) => s.length < 300) },
).map(percentEncode);

export function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0').toUpperCase()}`)).join('');
}

/** How the body is sent. */
export type BodyShape =
  | 'urlencoded' | 'none' | 'empty-urlencoded' | 'text' | 'json' | 'json-garbage' | 'multipart-no-boundary' | 'xml' | 'octets'
  | 'multipart' | 'multipart-unclosed' | 'multipart-cut-in-file' | 'multipart-cut-in-headers' | 'multipart-garbage' | 'aborted';

export const bodyShape: fc.Arbitrary<BodyShape> = fc.constantFrom(
  'urlencoded', 'urlencoded', 'urlencoded', 'none', 'empty-urlencoded', 'text', 'json', 'json-garbage', 'multipart-no-boundary', 'xml', 'octets',
  'multipart', 'multipart', 'multipart-unclosed', 'multipart-cut-in-file', 'multipart-cut-in-headers', 'multipart-garbage', 'aborted',
);

export type FileKind = 'none' | 'pdf' | 'not-pdf' | 'empty' | 'encrypted' | 'truncated-pdf';
export const fileKind: fc.Arbitrary<FileKind> = fc.constantFrom('none', 'pdf', 'pdf', 'not-pdf', 'empty', 'encrypted', 'truncated-pdf');

/** Whether and how the CSRF token travels: most inputs carry the session's own, so they reach the route. */
export type TokenUse = 'header' | 'query' | 'none' | 'wrong';
export const tokenUse: fc.Arbitrary<TokenUse> = fc.constantFrom('header', 'header', 'header', 'query', 'none', 'wrong');

/** One generated request to a form route or to the control API. */
export interface HostileInput {
  target: { kind: 'form'; route: (typeof FORM_ROUTES)[number] } | { kind: 'admin'; call: (typeof ADMIN_CALLS)[number] };
  params: string[];
  fields: [string, string][];
  shape: BodyShape;
  file: FileKind;
  token: TokenUse;
  /** For JSON bodies: a generated JSON value instead of the fields. */
  json: unknown;
}

export const hostileInput: fc.Arbitrary<HostileInput> = fc.record({
  target: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...FORM_ROUTES).map((route) => ({ kind: 'form' as const, route })) },
    { weight: 1, arbitrary: fc.constantFrom(...ADMIN_CALLS).map((call) => ({ kind: 'admin' as const, call })) },
  ),
  params: fc.array(pathParam, { minLength: 5, maxLength: 5 }),
  fields: formFields,
  shape: bodyShape,
  file: fileKind,
  token: tokenUse,
  json: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom(...KNOWN_FIELDS, ...PROTOTYPE_KEYS), fc.oneof(hostileString, fc.integer(), fc.boolean(), fc.constant(null)))),
});
