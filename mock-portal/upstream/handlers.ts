import { HttpResponse, delay, http } from 'msw';
import type { FaultPoint } from '../domain/faults.ts';
import type { MockState } from '../domain/mock-state.ts';
import type { IdentityEvidence } from '../domain/upstream.ts';
import { phoneProofingStatus, proofingQuestionsFor, proofingSessions } from './identity-service.ts';

/**
 * The portal's upstream services as msw handlers: PECOS and the identity-proofing service (Experian RIDP); the
 * mail service and the phone gateway are in process (messaging.ts). They answer from the portal's state, and honour the fault points so a test can make them
 * fail (503) or hang until the portal's timeout.
 */
export function upstreamHandlers(base: string, state: MockState) {
  async function faulty(point: FaultPoint): Promise<Response | undefined> {
    const mode = state.faults.take(point);
    if (mode === 'timeout') await delay('infinite');
    if (mode === 'error') return HttpResponse.json({ error: 'service unavailable' }, { status: 503 });
    return undefined;
  }

  return [
    http.get(`${base}/pecos/ptans/:ptan`, async ({ params }) => {
      const failure = await faulty('pecos.lookup');
      if (failure) return failure;
      const ptan = String(params.ptan);
      for (const org of state.organizations.values()) {
        const active = org.ptans.includes(ptan);
        if (active || org.inactivePtans.includes(ptan)) {
          return HttpResponse.json({
            ptan,
            active,
            organizationId: org.id,
            legalBusinessName: org.legalBusinessName,
            authorizedOfficials: org.authorizedOfficials,
          });
        }
      }
      return HttpResponse.json({ error: 'not found' }, { status: 404 });
    }),

    http.post(`${base}/identity/proofing`, async ({ request }) => {
      const failure = await faulty('identity.proofing');
      if (failure) return failure;
      const evidence = (await request.json()) as IdentityEvidence;
      const session = proofingQuestionsFor(state, evidence);
      return HttpResponse.json(session);
    }),

    http.post(`${base}/identity/proofing/:sessionId/answers`, async ({ params, request }) => {
      const failure = await faulty('identity.proofing');
      if (failure) return failure;
      const answers = (await request.json()) as Record<string, string>;
      const session = proofingSessions(state).get(String(params.sessionId));
      if (!session) return HttpResponse.json({ error: 'unknown session' }, { status: 404 });
      const verified = session.questions.every((q) => answers[q.id] === session.answers[q.id]);
      return HttpResponse.json({ verified, referenceNumber: session.referenceNumber });
    }),

    http.get(`${base}/identity/phone-proofing/:reference`, async ({ params }) => {
      const failure = await faulty('identity.proofing');
      if (failure) return failure;
      const status = phoneProofingStatus(state, String(params.reference));
      if (!status) return HttpResponse.json({ error: 'unknown reference' }, { status: 404 });
      return HttpResponse.json({ status });
    }),

  ];
}
