/** Answers an error Fastify met before routing, given Fastify's request and reply. */
export type BeforeRoutingAnswer = (error: unknown, request: unknown, reply: unknown) => void;

/**
 * The answer of the app's filter, by the Fastify instance Nest runs on: `frameworkErrors` is called with Fastify's
 * request, whose `server` is that instance. Weak: an app that is closed and dropped takes its entry with it.
 */
const answers = new WeakMap<object, BeforeRoutingAnswer>();

/** Called by a filter made for an app on Nest's Fastify platform, with the app's Fastify instance. */
export function rememberFilter(instance: unknown, answer: BeforeRoutingAnswer): void {
  if (typeof instance === 'object' && instance !== null) answers.set(instance, answer);
}

/** The answer of the filter made for this Fastify instance, if one was. */
export function filterAnswerOf(instance: unknown): BeforeRoutingAnswer | undefined {
  return typeof instance === 'object' && instance !== null ? answers.get(instance) : undefined;
}
