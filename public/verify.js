// Interim check page: answers in place with the API's verdict and message (all text set with textContent).
const form = document.getElementById('check-form');
const output = document.getElementById('result');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const q = new FormData(form).get('q');
  const res = await fetch(`/api/v1/check?q=${encodeURIComponent(q)}`);
  const body = await res.json();
  output.dataset.verdict = body.verdict ?? 'invalid';
  output.textContent = body.error ? body.error.message : `${body.verdict.replace('_', ' ')}: ${body.message}`;
});
