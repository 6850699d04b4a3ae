import { refuse } from './errors.ts';
import type { Portal } from './portal.ts';
import { UpstreamUnavailable } from './upstream.ts';
import { cbicHelp } from '../config.ts';

/** Sends an e-mail through the upstream mail service. A failed hand-off is a clear refusal, never a crash. */
export async function sendMail(portal: Portal, to: string, subject: string, text: string): Promise<void> {
  try {
    await portal.upstream.sendMail({ to, subject, text });
  } catch (error) {
    if (error instanceof UpstreamUnavailable) {
      throw refuse.unavailable(`We could not send the e-mail to ${to} right now. Please try again in a few minutes; if it keeps failing, ${cbicHelp}.`);
    }
    throw error;
  }
}

/** Delivery into the mailbox: what the mail service does when the portal hands it a message. */
export function deliver(portal: Portal, message: { to: string; subject: string; text: string }) {
  const mail = { id: `m${portal.mail.length + 1}`, ...message, sentAt: portal.nowIso() };
  portal.mail.push(mail);
  return mail;
}

export function mailTo(portal: Portal, address: string) {
  const wanted = address.trim().toLowerCase();
  return portal.mail.filter((m) => m.to.toLowerCase() === wanted).reverse();
}
