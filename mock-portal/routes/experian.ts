import type { Router } from 'express';
import type { MockState } from '../domain/mock-state.ts';
import { EXPERIAN_PHONE } from '../domain/identity.ts';
import { anyone, get, post, routeTable, type Page } from '../http/adapter.ts';
import { callPhoneProofingLine, phoneProofingCallOf } from '../upstream/identity-service.ts';

const page = (locals: Record<string, unknown> = {}): Page => ({ view: 'experian/phone-proofing.njk', locals: { phone: EXPERIAN_PHONE, ...locals } });

/**
 * /experian/ — a stand-in for the phone call to Experian's phone proofing line (rule 14), so a trainee or a test can
 * make the call in a browser: the agent asks for the reference number, the date of birth and the last four digits of
 * the SSN given on the Identity Verification form. Not part of any CMS system.
 */
export function experianRoutes(state: MockState): Router {
  return routeTable(state, [
    // GET /experian/ — the simulated call.
    get('/', anyone, () => page({ values: {} })),
    // POST /experian/ — the agent checks the details and says how it went.
    post('/', anyone, ({ form }) => callPhoneProofingLine(state, form), {
      done: (outcome, { form }) => page(outcome === 'verified'
        ? { values: phoneProofingCallOf(form), outcome: 'Experian verified your identity. Go back to the CMS IDM System and select Check Phone Proofing.' }
        : { values: phoneProofingCallOf(form), failed: 'Experian could not verify your identity by phone. Go back to the CMS IDM System and select Check Phone Proofing to see what to do next.' }),
      refused: ({ form }, refusal) => page({ values: phoneProofingCallOf(form), error: refusal.message }),
      shows: 'all',
    }),
  ]);
}
