// The recruiter desk: signs in through the gateway's form login, then reads the recruiter API with the session
// cookie. Data is only ever put into the page as text, never as markup.
const API = '/api/recruiter/interviews';
const byId = (id) => document.getElementById(id);
let interviews = [];

function show(id, visible) {
  byId(id).hidden = !visible;
}

function problem(message) {
  byId('problem').textContent = message;
  show('problem', Boolean(message));
}

async function fetchJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  if (response.status === 401) {
    return null;
  }
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.detail || `The gateway answered ${response.status}.`);
  }
  return response.json();
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text ?? '–';
  row.appendChild(td);
  return td;
}

function renderList() {
  const name = byId('name').value.trim().toLowerCase();
  const rows = byId('interview-rows');
  rows.replaceChildren();
  const shown = interviews.filter((i) => i.candidate.name.toLowerCase().includes(name));
  for (const interview of shown) {
    const row = document.createElement('tr');
    const link = document.createElement('a');
    link.href = `#${interview.interviewId}`;
    link.textContent = interview.candidate.name;
    cell(row, '').appendChild(link);
    cell(row, interview.position.title);
    cell(row, interview.stalled ? `${interview.status} (stalled)` : interview.status);
    cell(row, interview.total);
    cell(row, interview.band);
    rows.appendChild(row);
  }
  show('no-interviews', shown.length === 0);
}

async function loadList() {
  const status = byId('status').value;
  const list = await fetchJson(`${API}?limit=200${status ? `&status=${encodeURIComponent(status)}` : ''}`);
  if (list === null) {
    signedOut();
    return false;
  }
  interviews = list;
  show('sign-in', false);
  show('sign-out', true);
  show('interviews', true);
  renderList();
  return true;
}

async function loadDetail(id) {
  const interview = await fetchJson(`${API}/${encodeURIComponent(id)}`);
  if (interview === null) {
    signedOut();
    return;
  }
  byId('detail-title').textContent = `${interview.candidate.name} — ${interview.position.title}`;
  byId('detail-summary').textContent = interview.total === null
    ? `Status ${interview.status}; not scored yet.`
    : `Status ${interview.status}. Total ${interview.total}, band ${interview.band}: ${interview.recommendation}.`;
  const stages = byId('stage-rows');
  stages.replaceChildren();
  for (const stage of interview.stageScores ?? []) {
    const row = document.createElement('tr');
    cell(row, stage.stage);
    cell(row, stage.weight);
    cell(row, stage.score);
    stages.appendChild(row);
  }
  const reasons = byId('review-reasons');
  reasons.replaceChildren();
  for (const review of interview.stageReviews ?? []) {
    for (const reason of review.reviewReasons) {
      const item = document.createElement('li');
      item.textContent = `Review ${review.stage}: ${reason}`;
      reasons.appendChild(item);
    }
  }
  byId('scorecard-pdf').href = `${API}/${interview.interviewId}/scorecard.pdf`;
  byId('letter-pdf').href = `${API}/${interview.interviewId}/letter.pdf`;
  show('detail', true);
}

function signedOut() {
  show('interviews', false);
  show('detail', false);
  show('sign-out', false);
  show('sign-in', true);
  show('sign-in-failed', new URLSearchParams(location.search).get('sign-in') === 'failed');
}

async function route() {
  problem('');
  try {
    if (await loadList() && location.hash.length > 1) {
      await loadDetail(location.hash.substring(1));
    } else {
      show('detail', false);
    }
  } catch (error) {
    problem(error.message);
  }
}

byId('status').addEventListener('change', route);
byId('name').addEventListener('input', renderList);
byId('filters').addEventListener('submit', (event) => event.preventDefault());
window.addEventListener('hashchange', route);
route();
