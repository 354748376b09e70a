/** Raw node:http sending a fixed body: the physical ceiling of this machine. */
import { sendFixed } from './fixed.mjs';

export async function create() {
  return sendFixed;
}
