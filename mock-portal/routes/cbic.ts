import type { Router } from 'express';
import type { MockState } from '../domain/mock-state.ts';
import { CHAT_TOPICS, chatValuesOf, startWebChat } from '../domain/web-chat.ts';
import { anyone, get, post, routeTable, type Ctx } from '../http/adapter.ts';

const topics = CHAT_TOPICS.map((t) => ({ value: t, label: t }));
const view = (name: string) => () => ({ view: `cbic/${name}.njk` });

/** The CBIC website: its navigation pages and the web chat form. [DOC S0, S1, S2, S4] */
export function cbicRoutes(state: MockState): Router {
  return routeTable(state, [
    // GET / — the CBIC home page; anyone.
    get('/', anyone, view('home')),
    // GET /portals — the Portals menu of the top navigation bar. [DOC S0 step 1]
    get('/portals', anyone, view('portals')),
    // GET /portals/enterprise-portal — with Modify CMS Enterprise Portal Profile. [DOC S0 steps 2–3]
    get('/portals/enterprise-portal', anyone, view('enterprise-portal')),
    // GET /phases — the Phases menu of the top navigation bar. [DOC S1 step 1]
    get('/phases', anyone, view('phases')),
    // GET /phases/registration — with the Visit CMS IDM System button. [DOC S1 steps 2–3]
    get('/phases/registration', anyone, view('registration')),
    // GET /connexion-info — the CBIC's Connexion page (upper right link). [DOC S2, S4 step 1]
    get('/connexion-info', anyone, view('connexion')),

    // GET /chat — the DMEPOS CBP Web Chat form.
    get('/chat', anyone, () => ({ view: 'cbic/chat.njk', locals: { values: {}, errors: {}, topics } })),
    // POST /chat — Start Chat; anyone.
    post('/chat', anyone, ({ form }: Ctx) => startWebChat(state, form), {
      done: ({ values, connected }) => ({ view: 'cbic/chat.njk', locals: { values, topics, connected } }),
      refused: ({ form }, refusal) => ({ view: 'cbic/chat.njk', locals: { values: chatValuesOf(form), errors: refusal.problems, errorList: refusal.messages, topics } }),
    }),
  ]);
}
