/**
 * Chooses the Nest major a test file runs against (see peers.cjs). Import it first, before anything that loads
 * Nest: `import { useNest } from './nest/use-nest'; useNest(11);` runs before later imports only in a module of
 * its own, so each test file has a one-line module that calls it (nest-11.ts, nest-12.ts).
 */
export function useNest(major: 11 | 12): void {
  (globalThis as { __statusI18nNestMajor?: number }).__statusI18nNestMajor = major;
}
