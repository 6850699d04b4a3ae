import { setupServer } from 'msw/node';
import type { RequestHandler } from 'msw';

/**
 * One msw server per process intercepts the portal's outgoing calls. Each portal instance registers its
 * handlers under its own base URL, so several instances can share a process. Anything else passes through.
 */
let server: ReturnType<typeof setupServer> | undefined;
let instances = 0;

/** A base URL of its own for one portal instance's upstream services. */
export function newUpstreamBase(): string {
  instances += 1;
  return `http://upstream-${process.pid}-${instances}.cbp-harness.test`;
}

export function registerUpstream(handlers: RequestHandler[]): void {
  if (!server) {
    server = setupServer();
    server.listen({ onUnhandledRequest: 'bypass' });
  }
  server.use(...handlers);
}
