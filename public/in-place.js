// Answering a form in place, without a reload: the check form and the email form share this.
// It posts the form's body, takes the answer from the page the server renders (one renderer, one set of translations),
// puts it where the page shows answers, and announces the verdict in the live region. Nothing from the answer is ever
// turned into markup here: the nodes come from DOMParser, which runs no scripts, and text is set with textContent.

/**
 * @param {HTMLFormElement} form
 * @param {object} how
 * @param {() => BodyInit | null | Promise<BodyInit | null>} how.body what to post; null when the script has already said why not
 * @param {(shown: Element) => void} how.placed runs once the answer (a result card or an error message) is in the page
 */
export function answerInPlace(form, { body, placed }) {
  const result = document.getElementById('result');
  const status = document.getElementById('status');
  const button = form.querySelector('button[type="submit"]');
  if (!result || !status || !button) return;
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
      const payload = await body();
      if (payload === null) return;
      const response = await fetch(form.action, { method: 'POST', body: payload, headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      // A result card, or (past a limit, say) the error page's message.
      const shown = page.querySelector('#result [data-announce], .error-message');
      if (!shown) throw new Error(`no answer in the page (${response.status})`);
      const placedNode = document.importNode(shown, true);
      result.replaceChildren(placedNode);
      document.title = page.title;
      // The language switcher's links now lead to this answer in each language, as after a page load.
      const languages = page.querySelector('.languages ul');
      if (languages) document.querySelector('.languages ul')?.replaceWith(document.importNode(languages, true));
      // The card's verdict sentence is announced here; an error message announces itself (role="alert").
      status.textContent = shown.dataset.announce ?? '';
      placed(placedNode);
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
