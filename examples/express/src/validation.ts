import { validationProblem } from '@status-i18n/core';
import type { RequestHandler } from 'express';
import { body, checkExact, validationResult } from 'express-validator';
import { z } from 'zod';

/**
 * Two ways to validate a request body, both answered as RFC 9457 validation problems (422, a JSON Pointer per
 * field) in the request's language, without a `map` and without ever sending the submitted values back.
 */

/** The sign-up form, checked with zod. The age rule has the shop's own message, kept as written. */
export const SignUp = z.object({
  email: z.email(),
  name: z.string().min(2),
  age: z.number().int().min(18, 'You must be 18 or older to sign up'),
});

/**
 * zod: the route marks the failure as the request's with `validationProblem()`. A `ZodError` thrown anywhere
 * else (a database row that does not parse) stays a hidden 500: that one is the server's bug.
 */
export const signUp: RequestHandler = (req, res) => {
  const result = SignUp.safeParse(req.body);
  if (!result.success) throw validationProblem(result.error, { in: 'body' });
  res.status(201).json({ email: result.data.email, name: result.data.name });
};

/**
 * express-validator: its own `validationResult(req).throw()` is recognized as it is. `checkExact` refuses
 * fields the form does not have (`admin: true`); only the body is checked, so `?lang=` stays allowed.
 */
export const placeOrder: RequestHandler[] = [
  checkExact([body('email').isEmail(), body('quantity').isInt({ min: 1, max: 10 })], { locations: ['body'] }),
  (req, res) => {
    validationResult(req).throw();
    res.status(201).json({ quantity: Number(req.body.quantity) });
  },
];
