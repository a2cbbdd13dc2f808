// The recruiter API with the desk's session cookie. A 401 means signed out; any other refusal becomes a Problem
// carrying the API's problem details.
export const INTERVIEWS = '/api/recruiter/interviews';

export class SignedOut extends Error {
}

export class Problem extends Error {
  constructor(status, body) {
    super(body.detail || `The gateway answered ${status}.`);
    this.status = status;
    this.violations = body.violations ?? [];
  }
}

/** Sends a request; answers the response (its JSON in `data`) or throws SignedOut or Problem. */
export async function call(url, {method = 'GET', body} = {}) {
  const options = {method, headers: {Accept: 'application/json'}};
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  const response = await fetch(url, options);
  if (response.status === 401) {
    throw new SignedOut();
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Problem(response.status, data);
  }
  return {data, headers: response.headers};
}

export const byId = (id) => document.getElementById(id);

export function show(id, visible) {
  byId(id).hidden = !visible;
}

/** Shows a problem's message (and each invalid field's) in `id`, as text, and moves the focus there. */
export function showProblem(id, error) {
  const box = byId(id);
  box.replaceChildren(document.createTextNode(error.message));
  if (error.violations?.length) {
    const list = document.createElement('ul');
    for (const violation of error.violations) {
      const item = document.createElement('li');
      item.textContent = `${violation.field}: ${violation.message}`;
      list.appendChild(item);
    }
    box.appendChild(list);
  }
  box.hidden = false;
  box.focus();
}
