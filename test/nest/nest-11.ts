import { useNest } from './use-nest';

// Imported first by the test files that run on Nest 11.
useNest(11);
