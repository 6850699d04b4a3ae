import { Router, type Response } from 'express';
import type { MockState } from '../domain/mock-state';
import { EXPERIAN_PHONE } from '../domain/identity.ts';
import { answerPhoneProofingCall } from '../upstream/identity-service.ts';

/**
 * /experian/ — a stand-in for the phone call to Experian's phone proofing line (rule 14), so a trainee or a test can
 * make the call in a browser: the agent asks for the reference number, the date of birth and the last four digits of
 * the SSN given on the Identity Verification form. Not part of any CMS system.
 */
export function experianRoutes(state: MockState): Router {
  const router = Router();
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const page = (res: Response, status: number, locals: Record<string, unknown> = {}) => res.status(status).render('experian/phone-proofing.njk', { phone: EXPERIAN_PHONE, ...locals });

  // GET /experian/ — the simulated call.
  router.get('/', (_req, res) => page(res, 200, { values: {} }));

  // POST /experian/ — the agent checks the details and says how it went.
  router.post('/', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = { referenceNumber: text(body.referenceNumber), dateOfBirth: text(body.dateOfBirth), ssnLast4: text(body.ssnLast4) };
    const outcome = answerPhoneProofingCall(state, values.referenceNumber, values);
    if (!outcome) return page(res, 404, { values, error: 'The agent cannot find that reference number. Check the number the CMS IDM System gave you.' });
    if (outcome === 'verified') return page(res, 200, { values, outcome: 'Experian verified your identity. Go back to the CMS IDM System and select Check Phone Proofing.' });
    page(res, 200, { values, failed: 'Experian could not verify your identity by phone. Go back to the CMS IDM System and select Check Phone Proofing to see what to do next.' });
  });
  return router;
}
