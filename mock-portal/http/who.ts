import type { Request, Response } from 'express';
import type { Account } from '../domain/types.ts';

/**
 * The person a request was made as, for the journal: the signed-in person a sign-in guard found, else the one
 * whose sign-in waits for a code, else whoever the session is signed in as. Undefined for anonymous requests.
 */
export function whoMadeRequest(req: Request, res: Response): string | undefined {
  const account = res.locals.account as Account | undefined;
  if (account) return account.userId;
  const session = req.session as Request['session'] | undefined;
  return session?.awaitingCode?.userId ?? Object.values(session?.signedIn ?? {}).find((s) => s?.userId)?.userId;
}
