import { refuse } from './errors.ts';
import type { MockState } from './mock-state.ts';
import { UpstreamUnavailable } from './upstream.ts';
import { cbicHelp, config } from '../config.ts';

/** Sends an e-mail through the upstream mail service. A failed hand-off is a clear refusal, never a crash. */
export async function sendMail(state: MockState, to: string, subject: string, text: string): Promise<void> {
  try {
    await state.upstream.sendMail({ to, subject, text });
  } catch (error) {
    if (error instanceof UpstreamUnavailable) {
      throw refuse.unavailable(`We could not send the e-mail to ${to} right now. Please try again in a few minutes; if it keeps failing, ${cbicHelp}.`);
    }
    throw error;
  }
}

/**
 * Delivery into the mailbox: what the mail service does when the portal hands it a message. The mailbox keeps the
 * newest `config.mailboxMaxMessages` messages, as Mailpit does; message IDs keep counting up past the dropped ones.
 */
export function deliver(state: MockState, message: { to: string; subject: string; text: string }) {
  const last = state.mail.at(-1);
  const mail = { id: `m${last ? Number(last.id.slice(1)) + 1 : 1}`, ...message, sentAt: state.nowIso() };
  state.mail.push(mail);
  if (state.mail.length > config.mailboxMaxMessages) state.mail.splice(0, state.mail.length - config.mailboxMaxMessages);
  return mail;
}

export function mailTo(state: MockState, address: string) {
  const wanted = address.trim().toLowerCase();
  return state.mail.filter((m) => m.to.toLowerCase() === wanted).reverse();
}
