/** `cbp-harness/catalog`: the documented procedures, their steps word for word and their outcomes (flows/catalog.ts). */
export * from '../flows/catalog.ts';
