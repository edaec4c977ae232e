/** @module The entry built into public/widget.js: defines <verify-widget> (once, however often the module is loaded). */
import { VerifyWidget } from './verify-widget.ts';

VerifyWidget.define();

export { VerifyWidget };
export type { VerifyResultEvent } from './verify-widget.ts';
