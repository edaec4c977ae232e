// The pages, better with JavaScript: the check form and the email form are answered in place (in-place.js),
// and the email form reads a chosen or dropped file itself (email-form.js). Without this script both forms post as usual.
// "Report this contact" is its own module (report.js); imports share this script's nonce under the page's CSP.
import './report.js';
import { enhanceEmailForm } from './email-form.js';
import { answerInPlace } from './in-place.js';

const checkForm = document.querySelector('form[data-check-form]');
if (checkForm) {
  answerInPlace(checkForm, {
    body: () => new URLSearchParams(new FormData(checkForm)),
    // The card sits under a short form: bring it into view, keeping the focus where it was.
    placed: () => document.getElementById('result').scrollIntoView({ block: 'nearest' }),
  });
}

const emailForm = document.querySelector('form[data-email-form]');
if (emailForm) enhanceEmailForm(emailForm);
