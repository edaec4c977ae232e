// "Report this contact", better with JavaScript: the report is sent in place, without leaving the result.
// Like verify.js, it posts what the form would post and takes the receipt (or the refusal) from the page the server
// renders, so there is one renderer and one set of translations; nodes come from DOMParser, which runs no scripts.
// Listening on the document reaches forms in result cards that verify.js puts in place later.
const status = document.getElementById('status');

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches('form[data-report-form]')) return;
  event.preventDefault();
  // The button stays enabled while sending, so the keyboard focus stays on it; a second press waits.
  if (form.getAttribute('aria-busy') === 'true') return;
  const button = form.querySelector('button[type="submit"]');
  const label = button.textContent;
  form.setAttribute('aria-busy', 'true');
  button.textContent = form.dataset.sending;
  if (status) status.textContent = '';
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { Accept: 'text/html' },
      credentials: 'same-origin',
    });
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const shown = page.querySelector('.report-receipt, .error-message');
    if (!shown) throw new Error(`no receipt in the page (${response.status})`);
    const outcome = document.importNode(shown, true);
    if (outcome.matches('.report-receipt')) {
      // Reported: the receipt takes the form's place, is announced, and takes the focus the form had.
      form.replaceWith(outcome);
      if (status) status.textContent = outcome.dataset.announce ?? '';
    } else {
      // Refused (an official contact, the hourly limit…): the reason above the form, which stays for another try.
      // The message has role="alert", so it announces itself.
      form.querySelector('.error-message')?.remove();
      outcome.tabIndex = -1;
      form.prepend(outcome);
    }
    outcome.focus();
  } catch {
    if (status) status.textContent = form.dataset.networkError;
  } finally {
    form.removeAttribute('aria-busy');
    button.textContent = label;
  }
});
