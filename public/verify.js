// The check page, better with JavaScript: the form is answered in place, without a reload.
// It posts what the form would post, takes the result card from the page the server renders (one renderer,
// one set of translations), and announces the verdict in the live region. Nothing from the answer is ever
// turned into markup here: the nodes come from DOMParser, which runs no scripts, and text is set with textContent.
// "Report this contact" is its own module; imports share this script's nonce under the page's CSP.
import './report.js';

const form = document.querySelector('form[data-check-form]');
const result = document.getElementById('result');
const status = document.getElementById('status');

if (form && result && status) {
  const button = form.querySelector('button[type="submit"]');
  const label = button.textContent;
  let busy = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // The button stays enabled while checking: disabling it would drop the keyboard focus on it.
    if (busy) return;
    busy = true;
    form.setAttribute('aria-busy', 'true');
    button.textContent = form.dataset.checking;
    status.textContent = '';
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'text/html' },
        credentials: 'same-origin',
      });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      // A result card, or (past the rate limit, say) the error page's message.
      const shown = page.querySelector('#result [data-announce], .error-message');
      if (!shown) throw new Error(`no answer in the page (${response.status})`);
      result.replaceChildren(document.importNode(shown, true));
      document.title = page.title;
      // The language switcher's links now lead to this answer in each language, as after a page load.
      const languages = page.querySelector('.languages ul');
      if (languages) document.querySelector('.languages ul')?.replaceWith(document.importNode(languages, true));
      // The card's verdict sentence is announced here; an error message announces itself (role="alert").
      status.textContent = shown.dataset.announce ?? '';
      result.scrollIntoView({ block: 'nearest' });
    } catch {
      // The server could not be reached, or answered with something other than a page: the person can try again.
      status.textContent = form.dataset.networkError;
      result.replaceChildren();
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
      button.textContent = label;
    }
  });
}
