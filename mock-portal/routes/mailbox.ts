import { Router } from 'express';
import { formatEastern } from '../domain/clock.ts';
import { refuse } from '../domain/errors.ts';
import type { MockState } from '../domain/mock-state.ts';

/** The text with its web addresses as links (the e-mail verification link of New User Registration). */
function withLinks(text: string): { text: string; href?: string }[] {
  return text.split(/(https?:\/\/[^\s<>"]+)/).filter(Boolean).map((part) => (/^https?:\/\//.test(part) ? { text: part, href: part } : { text: part }));
}

/** /mailbox/ — every e-mail the portal has sent, newest first, readable in the browser. */
export function mailboxRoutes(state: MockState): Router {
  const router = Router();
  const view = (m: MockState['mail'][number]) => ({ ...m, sentAtText: formatEastern(m.sentAt), parts: withLinks(m.text) });

  // GET /mailbox/ — the list, optionally filtered with ?to=ADDRESS.
  router.get('/', (req, res) => {
    const to = typeof req.query.to === 'string' ? req.query.to.trim().toLowerCase() : '';
    const messages = [...state.mail].reverse().filter((m) => !to || m.to.toLowerCase() === to).map(view);
    res.render('mailbox/list.njk', { messages, to });
  });

  // GET /mailbox/:id — one message.
  router.get('/:id', (req, res) => {
    const message = state.mail.find((m) => m.id === req.params.id);
    if (!message) throw refuse.notFound(`There is no message ${req.params.id} in the mailbox.`);
    res.render('mailbox/message.njk', { message: view(message) });
  });
  return router;
}
