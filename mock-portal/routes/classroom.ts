import { Router } from 'express';
import { roster, traineeMail, traineeOf } from '../domain/classroom/class.ts';
import { resetTrainee } from '../domain/classroom/reset.ts';
import { traineeNumber } from '../domain/classroom/trainee-world.ts';
import { formatEastern } from '../domain/clock.ts';
import { refuse } from '../domain/errors.ts';
import type { MockState } from '../domain/mock-state.ts';
import type { Mail } from '../domain/types.ts';
import { anyone, get, post, routeTable } from '../http/adapter.ts';
import type { JournalEntry, RequestJournal } from '../http/journal.ts';
import type { BoundedSessionStore } from '../http/session-store.ts';

/** Puts a trainee's world back as seeded and signs their people out (the control API and the trainer's page). */
export function resetTraineeAndSignOut(state: MockState, sessions: BoundedSessionStore, id: string): void {
  const trainee = resetTrainee(state, id);
  sessions.dropSessionsOf(new Set(trainee.userIds.map((u) => u.toLowerCase())));
}

/** Each trainee's newest request in the journal (which keeps the last requests only). */
function lastActions(state: MockState, journal: RequestJournal): Map<string, JournalEntry> {
  const traineeOfUser = new Map(state.trainees.flatMap((t) => t.userIds.map((u) => [u.toLowerCase(), t.id] as const)));
  const last = new Map<string, JournalEntry>();
  for (const entry of journal.find()) {
    const trainee = entry.userId && traineeOfUser.get(entry.userId.toLowerCase());
    if (trainee && !last.has(trainee)) last.set(trainee, entry);
  }
  return last;
}

/**
 * /class/ — the trainer's page: every trainee of the class with their organization, people, mailbox, what they
 * did last and a Reset button. Who may open it: http/admin-access.ts trainerAccess (mounted in app.ts).
 */
export function trainerRoutes(state: MockState, parts: { journal: RequestJournal; sessions: BoundedSessionStore }): Router {
  const page = () => {
    const last = lastActions(state, parts.journal);
    const trainees = roster(state).map((entry) => {
      const action = last.get(entry.trainee);
      return {
        ...entry,
        lastAction: action && {
          who: action.userId,
          what: `${action.request.method} ${action.request.path}`,
          status: action.response.status,
          when: formatEastern(action.mockTime),
        },
      };
    });
    return { view: 'class/trainer.njk', locals: { trainees, kept: parts.journal.kept } };
  };
  return routeTable(state, [
    // GET /class/ — the class.
    get('/', anyone, page),
    // POST /class/:trainee/reset — Reset: that trainee's world back as seeded, their people signed out.
    post('/:trainee/reset', anyone, ({ param }) => resetTraineeAndSignOut(state, parts.sessions, param('trainee')), {
      done: (_result, { param }) => ({ redirect: '/class/', notice: { kind: 'success', text: `${param('trainee')}'s world is back as it was seeded; their people were signed out.` } }),
    }),
  ]);
}

/**
 * /mailbox/t07/ — one trainee's mail only: what was sent to their people's addresses (as seeded, or as changed
 * since). Other paths below /mailbox/ go on to the general mailbox (routes/mailbox.ts), unchanged.
 */
export function traineeMailboxRoutes(state: MockState): Router {
  const router = Router();
  router.use('/:trainee', (req, _res, next) => next(traineeNumber(req.params.trainee ?? '') === undefined ? 'router' : undefined));
  const view = (m: Mail) => ({ ...m, sentAtText: formatEastern(m.sentAt) });
  router.use(
    routeTable(state, [
      // GET /mailbox/t07/ — the trainee's messages, newest first.
      get('/:trainee/', anyone, ({ param }) => {
        const trainee = traineeOf(state, param('trainee'));
        return { view: 'mailbox/trainee-list.njk', locals: { trainee: trainee.id, messages: traineeMail(state, trainee).map(view) } };
      }),
      // GET /mailbox/t07/m12 — one of them.
      get('/:trainee/:id', anyone, ({ param }) => {
        const trainee = traineeOf(state, param('trainee'));
        const message = traineeMail(state, trainee).find((m) => m.id === param('id'));
        if (!message) throw refuse.notFound(`There is no message ${param('id')} in ${trainee.id}'s mailbox.`);
        return { view: 'mailbox/trainee-message.njk', locals: { trainee: trainee.id, message: view(message) } };
      }),
    ]),
  );
  return router;
}
