/** What every flow that signs in needs from outside the page. */
export interface Credentials {
  userId: string;
  password: string;
  /**
   * Supplies the one-time verification code that the portal sends after the password, e.g. read from the mock's
   * mailbox by a fixture, or typed by a trainer. Called after Sign In / Log In has been selected.
   */
  verificationCode: () => Promise<string>;
  /**
   * For a person with several MFA factors: the one to verify with, as the page names it ("Email", "SMS",
   * "Voice Call", "Google Authenticator", "Okta Verify"). Left out, the first one offered.
   */
  factor?: string;
}
