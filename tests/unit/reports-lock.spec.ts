import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { shown } from '../../scripts/reports/paths.ts';
import { LOCK_NAME, ReportsBusyError, lockReports } from '../../scripts/reports/reports-lock.ts';

test('a reports folder is taken by one run at a time, and free again once it releases it', () => {
  const dir = test.info().outputPath('reports');
  const first = lockReports(dir, 'npm run flows');
  expect(() => lockReports(dir, 'npm run reports:merge')).toThrow(ReportsBusyError);
  expect(() => lockReports(dir, 'npm run reports:merge')).toThrow(`is in use by another run (npm run flows, process ${process.pid}, started `);
  first.release();
  expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
  lockReports(dir, 'npm run flows').release();
});

test('a lock left by a run whose process is gone is taken over', () => {
  const dir = test.info().outputPath('reports');
  const gone = spawnSync(process.execPath, ['-e', '']).pid;
  lockReports(dir, 'x').release();
  writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ pid: gone, host: hostname(), command: 'npm run flows', startedAt: '2026-01-01T00:00:00Z' }));
  const lock = lockReports(dir, 'npm run flows');
  lock.release();
});

test('a lock that cannot be read counts as held, and the message says how to clear it', () => {
  const dir = test.info().outputPath('reports');
  lockReports(dir, 'x').release();
  writeFileSync(path.join(dir, LOCK_NAME), '{ not json');
  expect(() => lockReports(dir, 'npm run flows')).toThrow(ReportsBusyError);
  expect(() => lockReports(dir, 'npm run flows')).toThrow(`If no such run is going on, delete ${shown(path.join(dir, LOCK_NAME))}.`);
});
