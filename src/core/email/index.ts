/** @module Checking a whole email (issue #7): the entry the HTTP route uses, and the answer's types. */
export { checkEmail, type EmailAnswer, type EmailCheckOptions } from './check-email.ts';
export { EMAIL_VERDICTS, SEVERITIES, type EmailVerdict, type Finding } from './findings.ts';
export { MAX_MESSAGE_BYTES } from './limits.ts';
