import type { Portal } from './portal.ts';

/** The portal's state as JSON for test assertions: no password hashes. */
export function snapshot(portal: Portal) {
  return {
    now: portal.nowIso(),
    seed: portal.seed,
    organizations: [...portal.organizations.values()],
    users: [...portal.accounts.values()].map(({ passwordHash: _hash, ...account }) => account),
    requests: portal.requests,
    uploads: portal.uploads.map(({ storedPath: _path, ...upload }) => upload),
    mail: portal.mail,
    faults: portal.faults.list(),
    bids: [...portal.bids.values()],
    noticeResponses: portal.noticeResponses,
    offerDecisions: portal.offerDecisions,
    maintenance: portal.maintenance,
    inquiries: portal.inquiries,
  };
}
