/**
 * The bidding world of the DBidS and Connexion tests (fixtures/bidding-world.ts) as a plain MockState, with no
 * server: PECOS answered from the state's own organizations, mail delivered into the state, identity proofing
 * passing, uploads kept in a folder of the test's own. For the domain's unit tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { biddingWorld } from '../../fixtures/bidding-world.ts';
import { pdfBytes } from '../../fixtures/files/make-files.ts';
import type { ReceivedFile } from '../../mock-portal/domain/connexion/upload-rules.ts';
import { incomingPath } from '../../mock-portal/domain/connexion/uploads.ts';
import { deliver } from '../../mock-portal/domain/mail.ts';
import { MockState } from '../../mock-portal/domain/mock-state.ts';
import { inspectPdfStream } from '../../mock-portal/domain/pdf-files/pdf-check.ts';
import { applyScenario } from '../../mock-portal/domain/scenario.ts';
import type { Account } from '../../mock-portal/domain/types.ts';
import type { Upstream } from '../../mock-portal/domain/upstream.ts';

export interface DomainWorld {
  state: MockState;
  person: (userId: string) => Account;
  /** A file as the upload reader hands it to an action: `content` streamed through the PDF checks. */
  received: (content?: Uint8Array | string, name?: string) => Promise<ReceivedFile>;
}

export function domainWorld(at?: string): DomainWorld {
  const upstream: Upstream = {
    sendMail: async (message) => void deliver(state, message),
    lookupPtan: async (ptan) => {
      const org = [...state.organizations.values()].find((o) => o.ptans.includes(ptan) || o.inactivePtans.includes(ptan));
      return org && { ptan, active: org.ptans.includes(ptan), organizationId: org.id, legalBusinessName: org.legalBusinessName, authorizedOfficials: org.authorizedOfficials };
    },
    startProofing: async () => ({ sessionId: 's', questions: [{ id: 'q1', text: 'Which city?', choices: ['Columbia', 'None of the above'] }] }),
    finishProofing: async () => ({ verified: true, referenceNumber: 'r' }),
    sendPhoneMessage: async () => undefined,
    phoneProofingStatus: async () => undefined,
  };
  const state = new MockState(upstream);
  state.uploadDir = join(mkdtempSync(join(tmpdir(), 'cbp-unit-')), 'uploads');
  const outcome = applyScenario(state, biddingWorld);
  if ('problems' in outcome) throw new Error(JSON.stringify(outcome.problems));
  if (at) state.clock.set(at);
  const person = (userId: string) => {
    const account = state.findAccount(userId);
    if (!account) throw new Error(`no ${userId} in the bidding world`);
    return account;
  };
  const received = async (content?: Uint8Array | string, name = 'document.pdf'): Promise<ReceivedFile> => {
    const bytes = content === undefined ? await pdfBytes('A document for a unit test.') : typeof content === 'string' ? Buffer.from(content) : content;
    return { name, inspection: await inspectPdfStream(Readable.from([Buffer.from(bytes)]), incomingPath(state)) };
  };
  return { state, person, received };
}
