import { useNest } from './use-nest';

// Imported first by the test files that run on Nest 12.
useNest(12);
