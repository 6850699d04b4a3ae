/**
 * The list Form C products are chosen from: products the PDAC verified for each HCPCS code, by manufacturer and
 * model [DOC FORMC2: "a drop-down of PDAC-verified products"; S2: "manufacturer and model information"]. The
 * entries are made up [INF]: the real list is the PDAC's Product Classification List.
 */
export interface VerifiedProduct {
  id: string;
  hcpcs: string;
  manufacturer: string;
  model: string;
}

const product = (hcpcs: string, manufacturer: string, model: string): VerifiedProduct => ({
  id: `${hcpcs}-${manufacturer}-${model}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  hcpcs,
  manufacturer,
  model,
});

export const VERIFIED_PRODUCTS: readonly VerifiedProduct[] = [
  // Off-The-Shelf (OTS) Back Braces
  product('L0450', 'Acme Orthotics', 'TLSO Flex 100'),
  product('L0457', 'Acme Orthotics', 'TLSO Flex 300'),
  product('L0625', 'Keystone Bracing', 'LumbarEase 10'),
  product('L0641', 'Keystone Bracing', 'LumbarEase 20'),
  product('L0642', 'Keystone Bracing', 'LumbarEase 25'),
  product('L0648', 'Northwind Medical', 'SpineGuard LSO'),
  product('L0650', 'Northwind Medical', 'SpineGuard LSO Plus'),
  product('L0650', 'Acme Orthotics', 'BackRest 650'),
  product('L0651', 'Northwind Medical', 'SpineGuard LSO Max'),
  // Off-The-Shelf (OTS) Knee Braces
  product('L1812', 'Acme Orthotics', 'KneeSleeve 12'),
  product('L1830', 'Keystone Bracing', 'Immobilizer 30'),
  product('L1833', 'Acme Orthotics', 'KneeWrap 200'),
  product('L1833', 'Northwind Medical', 'StrideHinge 33'),
  product('L1836', 'Keystone Bracing', 'FlexLock 36'),
  product('L1850', 'Northwind Medical', 'PatellaTrack 50'),
  product('L1851', 'Acme Orthotics', 'KneeHinge 3'),
  product('L1852', 'Keystone Bracing', 'OA Unloader 52'),
];

export const productLabel = (p: VerifiedProduct) => `${p.manufacturer} ${p.model} (${p.hcpcs})`;

/** The verified products for a product category's HCPCS codes. */
export function verifiedProductsFor(hcpcs: readonly string[]): VerifiedProduct[] {
  return VERIFIED_PRODUCTS.filter((p) => hcpcs.includes(p.hcpcs));
}

/** The listed product with that manufacturer and model for the HCPCS code (letter case and spaces ignored). */
export function findVerifiedProduct(hcpcs: string, manufacturer: string, model: string): VerifiedProduct | undefined {
  const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
  return VERIFIED_PRODUCTS.find((p) => p.hcpcs === hcpcs && same(p.manufacturer, manufacturer) && same(p.model, model));
}
