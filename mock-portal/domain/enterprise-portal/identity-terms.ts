/** The Identity Verification begins with the Terms and Conditions, which must be agreed to. [DOC S0 step 8] */
export const IDENTITY_TERMS_MESSAGE = 'To verify your identity, agree to the Terms and Conditions: select "I agree to the Terms and Conditions", then Next.';

/** Whether the box "I agree to the Terms and Conditions" was ticked. */
export const identityTermsAgreed = (value: string): boolean => value === 'yes';
