// The email form, better with JavaScript: a chosen or dropped .eml file is read here with FileReader and its bytes
// posted to this site's own /email (never anywhere else), the 5 MB limit is checked before anything is sent, and the
// answer comes in place. Messages shown here come from the form's data-* attributes, already in the reader's language.
import { answerInPlace } from './in-place.js';

/** @param {File} file */
function readBytes(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Whether a drag carries files (not text dragged from the page). */
const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');

/** @param {HTMLFormElement} form */
export function enhanceEmailForm(form) {
  const textarea = form.elements.namedItem('raw');
  const input = form.elements.namedItem('file');
  const fileStatus = document.getElementById('file-status');
  const max = Number(form.dataset.maxBytes);
  const kilobytes = new Intl.NumberFormat(document.documentElement.lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  /** The file to check, once read: { name, bytes }; its reading, while it lasts. */
  let chosen = null;
  let reading = Promise.resolve();

  const say = (text) => (fileStatus.textContent = text);
  const forget = () => {
    chosen = null;
    input.value = '';
  };

  async function take(file) {
    chosen = null;
    if (!file) return say('');
    if (file.size > max) {
      forget();
      return say(form.dataset.tooLarge);
    }
    try {
      chosen = { name: file.name, bytes: await readBytes(file) };
      const size = kilobytes.format(Math.max(1, Math.round(file.size / 1024)));
      say(form.dataset.fileReady.replace('{name}', file.name).replace('{size}', size));
    } catch {
      forget();
      say(form.dataset.unreadable);
    }
  }
  const choose = (file) => (reading = take(file));

  input.addEventListener('change', () => choose(input.files[0]));
  // What is checked is what the person last gave: typing after choosing a file drops the file.
  textarea.addEventListener('input', () => {
    if (!chosen) return;
    forget();
    say('');
  });

  // A file dropped anywhere on the form; without this the browser would open it in place of the page.
  form.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    form.classList.add('dropping');
  });
  form.addEventListener('dragleave', (event) => {
    if (!form.contains(event.relatedTarget)) form.classList.remove('dropping');
  });
  form.addEventListener('drop', (event) => {
    const files = event.dataTransfer?.files;
    if (!files?.length) return;
    event.preventDefault();
    form.classList.remove('dropping');
    // The picker shows the dropped file's name too.
    input.files = files;
    choose(files[0]);
  });

  answerInPlace(form, {
    async body() {
      await reading;
      const data = new FormData();
      if (chosen) {
        data.set('file', new Blob([chosen.bytes], { type: 'message/rfc822' }), chosen.name);
        return data;
      }
      if (new Blob([textarea.value]).size > max) {
        say(form.dataset.tooLarge);
        return null;
      }
      data.set('raw', textarea.value);
      return data;
    },
    // The answer is above a tall form: scroll its verdict to the top and move the focus to it.
    placed(shown) {
      shown.scrollIntoView({ block: 'start' });
      shown.querySelector('#verdict-title')?.focus({ preventScroll: true });
    },
  });
}
