/**
 * Every value the seed documents leave open, in one place.
 * Each entry says where it comes from: [DOC] stated in a seed, [INF] our choice (see shared/docs/domain.md).
 */
export const config = {
  /** [DOC S1, S2] The CBIC customer service center. */
  cbic: {
    phone: '877-577-5331',
    hours: '9 a.m. and 5:30 p.m. prevailing Eastern Time, Monday through Friday',
    email: 'cbic.admin@palmettogba.com',
  },
  /** [INF] Where the mock clock starts after a reset: Thursday 1 August 2019, 9 a.m. Eastern, during the Round 2021 bid window. */
  clockStart: '2019-08-01T13:00:00.000Z',
  /** [DOC S3, HHS RoB] re-authentication after no more than 30 minutes of inactivity. */
  sessionIdleMinutes: 30,
  /**
   * [INF] Sessions kept in the portal's memory: at most 10,000 (the least recently used go first) and 32 Mi
   * characters of session data in all; a session unused for 2 hours of real time is dropped, whatever the mock
   * clock says (the sign-in's own 30-minute idle time-out runs on the mock clock).
   */
  sessionStore: { maxSessions: 10_000, maxChars: 32 * 1024 * 1024, idleRealMinutes: 120 },
  /** [INF] e-mails kept in the mailbox, newest first; older ones are dropped (Mailpit keeps 500 by default). */
  mailboxMaxMessages: 1000,
  /** [INF] requests kept in the control API's journal (GET /__admin/journal), newest first. */
  journalMaxEntries: 1000,
  /** [INF] consecutive failed sign-in attempts (password or code) that lock an account. */
  lockoutAttempts: 3,
  /** [INF] one-time verification codes: 6 digits, valid 5 minutes. */
  otp: { digits: 6, validMinutes: 5 },
  /** [INF] Request IDs: 8 digits. */
  requestIdDigits: 8,
  /** [INF] DMEPOS PTANs: 10 digits (see domain.md §6). */
  ptanPattern: /^\d{10}$/,
  /** [INF] bidder numbers: 6 digits. */
  bidderNumberPattern: /^\d{6}$/,
  /**
   * [DOC IDMFAQ] password rules: 15 to 60 characters, none of the last 6 passwords, a password unused for 60 days
   * expires. [DOC-derived] the special characters allowed are the IDMFAQ's list.
   */
  password: { minLength: 15, maxLength: 60, historySize: 6, expiresAfterUnusedDays: 60, specialCharacters: `"!#$%&'()*+,-./\\:;<=>?@[]^_\`{|}~` },
  /**
   * [INF] How passwords are kept: scrypt with cost N = 1024 (the seed documents say nothing of it; the mock holds
   * made-up accounts, so a cost that checks in about 1.5 ms is enough). The sign-in checks them on a thread of
   * their own (domain/password-check.ts).
   */
  passwordHashing: { scryptCost: 1024 },
  /** [INF, domain.md §3.5] IDM user IDs: 6 to 74 characters, at least one letter; letters, digits and - _ ' . */
  userId: { minLength: 6, maxLength: 74 },
  /** [INF] New User Registration: the activation link or code in the e-mail works for 7 days (Okta's default). */
  activationValidHours: 168,
  /** [INF] wrong codes on one recovery or enrolment challenge before it must be sent again. */
  challengeAttempts: 3,
  /** [INF] how long the portal waits for an upstream service (PECOS, identity proofing, e-mail), in real milliseconds. */
  upstreamTimeoutMs: 2000,
  /**
   * [INF] Every form's text fields: the longest value one may hold, in characters (free-text fields such as a
   * justification or comments hold more). A longer value is refused before any rule reads the form, with the
   * field named; the rules' own, tighter limits (a nickname of 100, comments of 4,000) speak first below these.
   */
  formFields: {
    maxLength: 300,
    longTextMaxLength: 5000,
    longTextFields: ['justification', 'reason', 'comments', 'question'],
    /** The most fields one form may carry (the longest, Form C, has 10). */
    maxFields: 40,
  },
  /** [DOC S1] the time zone every CBIC deadline is stated in. */
  timeZone: 'America/New_York',
  /** Connexion document upload. [DOC S4] the bid cycle shown; [DOC DBIDS] the Round 2021 bid window closed 8:59:59 p.m. ET, 18 Sep 2019. */
  connexion: {
    bidCycle: 'Round 2021',
    bidWindowClosesAt: '2019-09-19T00:59:59.999Z',
    /** [INF] longest nickname accepted, in characters. */
    nicknameMaxLength: 100,
  },
  /**
   * [INF] A class on one mock (`npm start -- --class N`, README "For trainers"): trainees t01…tNN (t100… past 99),
   * each with an organization like the demo world's Acme. PTANs are `77NNN0000J` and bidder numbers `77NNNJ`
   * (NNN the trainee's number, three digits): numbers the demo world does not use, readable on the roster.
   */
  classroom: { maxTrainees: 200, numberPrefix: '77' },
} as const;

/** The CBIC help sentence that every refusal needing a person ends with. [DOC S1] */
export const cbicHelp = `call the CBIC customer service center at ${config.cbic.phone} between ${config.cbic.hours}`;
