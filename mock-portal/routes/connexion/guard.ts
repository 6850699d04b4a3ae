import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ACCESS_MESSAGES, connexionRoleOf } from '../../domain/connexion/access.ts';
import { toDoItems } from '../../domain/connexion/uploads.ts';
import { biddingToDoItems } from '../../domain/bidding/to-do.ts';
import { permissionsOf } from '../../domain/permissions.ts';
import type { MockState } from '../../domain/mock-state.ts';
import { refuse } from '../../domain/errors.ts';
import { currentAccount, requireSignIn, signOut } from '../../http/session.ts';

/**
 * What every Connexion page after log-in needs: a live session (30-minute time-out on the mock clock) and a
 * Connexion role, checked on every request so access ends as soon as the role is removed, even mid-session
 * [rule 32]; then the person's role, role-table permissions and My To-Do List for the page frame.
 */
export function connexionGuard(state: MockState): RequestHandler[] {
  const withRole = (req: Request, res: Response, next: NextFunction) => {
    const account = currentAccount(res);
    const role = connexionRoleOf(account);
    if (!role) {
      signOut(req, 'connexion');
      throw refuse.forbidden(ACCESS_MESSAGES.noRole);
    }
    res.locals.role = role;
    res.locals.can = permissionsOf(account, 'Connexion');
    res.locals.toDo = [...toDoItems(state, account), ...biddingToDoItems(state, account)];
    next();
  };
  return [requireSignIn(state, 'connexion', '/connexion/'), withRole];
}
