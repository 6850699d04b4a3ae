/** Round 2021 program data (domain.md §5): categories with HCPCS, CBAs, and deadlines in prevailing Eastern Time. */
import { expect, test } from '@playwright/test';
import { CBAS, PRODUCT_CATEGORIES, TIMELINE } from '../../mock-portal/domain/program/round-2021.ts';
import { cbicDeadline, formatDeadline } from '../../mock-portal/domain/program/eastern-time.ts';

test('16 product categories, two contracted, with their lead items and HCPCS', () => {
  expect(PRODUCT_CATEGORIES).toHaveLength(16);
  expect(PRODUCT_CATEGORIES.filter((c) => c.contracted).map((c) => [c.name, c.leadItem])).toEqual([
    ['Off-The-Shelf (OTS) Back Braces', 'L0650'],
    ['Off-The-Shelf (OTS) Knee Braces', 'L1833'],
  ]);
  const back = PRODUCT_CATEGORIES[0];
  expect(back?.hcpcs).toHaveLength(16);
  expect(PRODUCT_CATEGORIES[1]?.hcpcs).toEqual(['L1812', 'L1830', 'L1833', 'L1836', 'L1850', 'L1851', 'L1852']);
  for (const c of PRODUCT_CATEGORIES) expect(c.hcpcs).toContain(c.leadItem);
});

test('CBAs include the documented names', () => {
  const names = CBAS.map((c) => c.name);
  for (const n of ['Baltimore-Columbia-Towson, MD', 'Washington, DC', 'Phoenix-Mesa-Scottsdale, AZ']) expect(names).toContain(n);
});

test('deadlines are 8:59:59 p.m. prevailing Eastern Time: EDT in September, EST in November and January', () => {
  expect(TIMELINE.bidWindowCloses).toBe('2019-09-19T00:59:59.999Z');
  expect(TIMELINE.dbidsRegistrationCloses).toBe('2019-08-17T00:59:59.999Z');
  expect(TIMELINE.contractOffersDue).toBe('2020-11-11T01:59:59.999Z');
  expect(TIMELINE.firstFormCDue).toBe('2021-01-16T01:59:59.999Z');
  expect(cbicDeadline('2020-03-08')).toBe('2020-03-09T00:59:59.999Z'); // the day EDT starts
  expect(cbicDeadline('2020-11-01')).toBe('2020-11-02T01:59:59.999Z'); // the day EST starts
  expect(formatDeadline(TIMELINE.bidWindowCloses)).toBe('September 18, 2019 at 8:59:59 p.m. prevailing Eastern Time');
});
