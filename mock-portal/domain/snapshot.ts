import type { MockState } from './mock-state.ts';

/** The portal's state as JSON for test assertions: no password hashes. */
export function snapshot(state: MockState) {
  return {
    now: state.nowIso(),
    seed: state.seed,
    organizations: [...state.organizations.values()],
    users: [...state.accounts.values()].map(({ passwordHash: _hash, passwordHistory: _history, ...account }) => account),
    phoneMessages: state.phoneMessages,
    requests: state.requests,
    uploads: state.uploads.map(({ storedPath: _path, ...upload }) => upload),
    mail: state.mail,
    faults: state.faults.list(),
    bids: [...state.bids.values()],
    noticeResponses: state.noticeResponses,
    offerDecisions: state.offerDecisions,
    maintenance: state.maintenance,
    inquiries: state.inquiries,
  };
}
