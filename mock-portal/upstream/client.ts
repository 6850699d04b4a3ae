import { config } from '../config.ts';
import type { IdentityEvidence, PecosPtanRecord, ProofingQuestion, Upstream } from '../domain/upstream.ts';
import { UpstreamUnavailable, type UpstreamService } from '../domain/upstream.ts';

/** The portal's HTTP client for its upstream services (the mail service and the phone gateway: messaging.ts). */
export function httpUpstream(base: string, timeoutMs: number = config.upstreamTimeoutMs): Omit<Upstream, 'sendMail' | 'sendPhoneMessage'> {
  async function call(service: UpstreamService, path: string, init?: { method: string; body: unknown }): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method: init?.method ?? 'GET',
        headers: init ? { 'content-type': 'application/json' } : undefined,
        body: init ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new UpstreamUnavailable(service, timedOut ? 'timeout' : 'error');
    }
    if (response.status >= 500) throw new UpstreamUnavailable(service, 'error');
    return response;
  }

  return {
    async phoneProofingStatus(referenceNumber) {
      const response = await call('identity', `/identity/phone-proofing/${encodeURIComponent(referenceNumber)}`);
      if (response.status === 404) return undefined;
      return ((await response.json()) as { status: 'waiting' | 'verified' | 'failed' }).status;
    },
    async lookupPtan(ptan) {
      const response = await call('pecos', `/pecos/ptans/${encodeURIComponent(ptan)}`);
      if (response.status === 404) return undefined;
      return (await response.json()) as PecosPtanRecord;
    },
    async startProofing(evidence: IdentityEvidence) {
      const response = await call('identity', '/identity/proofing', { method: 'POST', body: evidence });
      return (await response.json()) as { sessionId: string; questions: ProofingQuestion[] };
    },
    async finishProofing(sessionId, answers) {
      const response = await call('identity', `/identity/proofing/${encodeURIComponent(sessionId)}/answers`, { method: 'POST', body: answers });
      if (response.status === 404) throw new UpstreamUnavailable('identity', 'error');
      return (await response.json()) as { verified: boolean; referenceNumber: string };
    },
  };
}
