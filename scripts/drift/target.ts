/**
 * Whether the target answers at all, before anything is replayed: an unreachable URL is one clear line and exit 2,
 * not twenty failed procedures.
 */
export async function targetProblem(target: string, isMock: boolean, timeoutMs = 10_000): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `--target ${target} is not a URL (e.g. http://localhost:4010)`;
  }
  if (!['http:', 'https:'].includes(url.protocol)) return `--target ${target} is not an http(s) URL`;
  const answer = await get(url.toString(), timeoutMs);
  if (typeof answer === 'string') return `the target ${target} does not answer (${answer})`;
  if (answer >= 500) return `the target ${target} answers ${answer} on its home page`;
  if (isMock) {
    const health = await get(new URL('/__admin/health', url).toString(), timeoutMs);
    if (health !== 200) {
      return `the profile says ${target} is a deployment of this mock ("mock"), but its control API does not answer at /__admin/health (${typeof health === 'string' ? health : `HTTP ${health}`})`;
    }
  }
  return undefined;
}

/** The HTTP status, or why there was none. */
async function get(url: string, timeoutMs: number): Promise<number | string> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.status;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if ((error as Error).name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
    return cause?.code ?? cause?.message ?? (error as Error).message;
  }
}
