import { Router } from 'express';
import { config } from '../config.ts';
import type { MockState } from '../domain/mock-state.ts';
import { chatAvailability, checkChatRequest, CHAT_TOPICS } from '../domain/web-chat.ts';

/** The CBIC website: its navigation pages and the web chat form. [DOC S0, S1, S2, S4] */
export function cbicRoutes(state: MockState): Router {
  const router = Router();
  const topics = CHAT_TOPICS.map((t) => ({ value: t, label: t }));

  // GET / — the CBIC home page; anyone.
  router.get('/', (_req, res) => res.render('cbic/home.njk'));
  // GET /portals — the Portals menu of the top navigation bar. [DOC S0 step 1]
  router.get('/portals', (_req, res) => res.render('cbic/portals.njk'));
  // GET /portals/enterprise-portal — with Modify CMS Enterprise Portal Profile. [DOC S0 steps 2–3]
  router.get('/portals/enterprise-portal', (_req, res) => res.render('cbic/enterprise-portal.njk'));
  // GET /phases — the Phases menu of the top navigation bar. [DOC S1 step 1]
  router.get('/phases', (_req, res) => res.render('cbic/phases.njk'));
  // GET /phases/registration — with the Visit CMS IDM System button. [DOC S1 steps 2–3]
  router.get('/phases/registration', (_req, res) => res.render('cbic/registration.njk'));
  // GET /connexion-info — the CBIC's Connexion page (upper right link). [DOC S2, S4 step 1]
  router.get('/connexion-info', (_req, res) => res.render('cbic/connexion.njk'));

  // GET /chat — the DMEPOS CBP Web Chat form.
  router.get('/chat', (_req, res) => res.render('cbic/chat.njk', { values: {}, errors: {}, topics }));
  // POST /chat — required fields enforced here, not only in the browser.
  router.post('/chat', (req, res) => {
    const result = checkChatRequest(req.body as Record<string, unknown>);
    if (!result.ok) {
      return res.status(400).render('cbic/chat.njk', { values: result.values, errors: result.errors, errorList: Object.values(result.errors), topics });
    }
    res.render('cbic/chat.njk', { values: result.values, topics, connected: chatAvailability(state.clock.now(), config.timeZone) });
  });

  return router;
}
