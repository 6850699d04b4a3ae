import { Router } from 'express';
import { formatEastern } from '../domain/clock.ts';
import type { MockState } from '../domain/mock-state';
import { normalizedPhone } from '../domain/phone.ts';

/** /phone/ — every text message and voice call the portal made (SMS and Voice codes), newest first. */
export function phoneOutboxRoutes(state: MockState): Router {
  const router = Router();

  // GET /phone/ — the list, optionally filtered with ?to=NUMBER.
  router.get('/', (req, res) => {
    const to = typeof req.query.to === 'string' && req.query.to.trim() ? normalizedPhone(req.query.to) : '';
    const messages = [...state.phoneMessages].reverse().filter((m) => !to || m.to === to).map((m) => ({ ...m, sentAtText: formatEastern(m.sentAt) }));
    res.render('phone/list.njk', { messages, to });
  });
  return router;
}
