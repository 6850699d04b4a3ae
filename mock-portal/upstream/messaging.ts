import { setTimeout as wait } from 'node:timers/promises';
import { config } from '../config.ts';
import type { FaultPoint } from '../domain/faults.ts';
import { deliver } from '../domain/mail.ts';
import type { MockState } from '../domain/mock-state.ts';
import { deliverPhoneMessage } from '../domain/phone.ts';
import { UpstreamUnavailable, type Upstream, type UpstreamService } from '../domain/upstream.ts';

/**
 * The mail service and the phone gateway, in the portal's own process: a message is handed over by a function
 * call and lands in the mailbox or the phone outbox before the hand-off returns, so the one-time code is there when
 * the sign-in answers. They honour the same fault points as the HTTP upstreams (handlers.ts): an armed `error`
 * refuses the hand-off, a `timeout` holds it for the portal's upstream time-out and then fails it, as a mail
 * service that does not answer would.
 *
 * Why not over HTTP like PECOS: every sign-in sends a code, and the in-process HTTP round trip through msw was
 * about a tenth of the portal's main-thread time for a class signing in (issue 18).
 */
export function localMessaging(state: () => MockState, timeoutMs: number = config.upstreamTimeoutMs): Pick<Upstream, 'sendMail' | 'sendPhoneMessage'> {
  const handOver = async (service: UpstreamService, point: FaultPoint): Promise<void> => {
    const mode = state().faults.take(point);
    if (mode === 'error') throw new UpstreamUnavailable(service, 'error');
    if (mode === 'timeout') {
      await wait(timeoutMs); // the service does not answer: the portal gives up after its time-out
      throw new UpstreamUnavailable(service, 'timeout');
    }
  };
  return {
    async sendMail(message) {
      await handOver('mail', 'mail.send');
      deliver(state(), message);
    },
    async sendPhoneMessage(message) {
      await handOver('phone', 'phone.send');
      deliverPhoneMessage(state(), message);
    },
  };
}
