import type { Router } from 'express';
import { formatEastern } from '../domain/clock.ts';
import type { MockState } from '../domain/mock-state.ts';
import { normalizedPhone } from '../domain/phone.ts';
import { anyone, get, routeTable } from '../http/adapter.ts';

/** /phone/ — every text message and voice call the portal made (SMS and Voice codes), newest first. */
export function phoneOutboxRoutes(state: MockState): Router {
  return routeTable(state, [
    // GET /phone/ — the list, optionally filtered with ?to=NUMBER.
    get('/', anyone, ({ query }) => {
      const to = query('to').trim() ? normalizedPhone(query('to')) : '';
      const messages = [...state.phoneMessages].reverse().filter((m) => !to || m.to === to).map((m) => ({ ...m, sentAtText: formatEastern(m.sentAt) }));
      return { view: 'phone/list.njk', locals: { messages, to } };
    }),
  ]);
}
