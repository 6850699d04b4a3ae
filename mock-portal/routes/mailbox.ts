import { Router } from 'express';
import { formatEastern } from '../domain/clock.ts';
import { refuse } from '../domain/errors.ts';
import type { Portal } from '../domain/portal.ts';

/** /mailbox/ — every e-mail the portal has sent, newest first, readable in the browser. */
export function mailboxRoutes(portal: Portal): Router {
  const router = Router();
  const view = (m: Portal['mail'][number]) => ({ ...m, sentAtText: formatEastern(m.sentAt) });

  // GET /mailbox/ — the list, optionally filtered with ?to=ADDRESS.
  router.get('/', (req, res) => {
    const to = typeof req.query.to === 'string' ? req.query.to.trim().toLowerCase() : '';
    const messages = [...portal.mail].reverse().filter((m) => !to || m.to.toLowerCase() === to).map(view);
    res.render('mailbox/list.njk', { messages, to });
  });

  // GET /mailbox/:id — one message.
  router.get('/:id', (req, res) => {
    const message = portal.mail.find((m) => m.id === req.params.id);
    if (!message) throw refuse.notFound(`There is no message ${req.params.id} in the mailbox.`);
    res.render('mailbox/message.njk', { message: view(message) });
  });
  return router;
}
