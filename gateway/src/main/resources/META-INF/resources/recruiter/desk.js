// The recruiter desk: signs in through the gateway's form login, then reads the recruiter API with the session
// cookie. Routes by the address' hash: none for the list, #invite for a new invitation, #<id> for an interview.
// Data is only ever put into the page as text, never as markup.
import {INTERVIEWS, SignedOut, byId, call, show} from './api.js';
import {loadDetail} from './detail.js';
import {showInvite} from './invite.js';

const PAGE_SIZE = 20;
const FILTERS = ['status', 'band', 'stalled', 'needsReview', 'name'];
let page = 0;

function problem(message) {
  byId('problem').textContent = message;
  show('problem', Boolean(message));
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text ?? '–';
  row.appendChild(td);
  return td;
}

function listQuery() {
  const query = new URLSearchParams({page, limit: PAGE_SIZE});
  for (const filter of FILTERS) {
    const value = byId(filter).value.trim();
    if (value) {
      query.set(filter, value);
    }
  }
  return query;
}

async function loadList() {
  const {data: interviews, headers} = await call(`${INTERVIEWS}?${listQuery()}`);
  const rows = byId('interview-rows');
  rows.replaceChildren();
  for (const interview of interviews) {
    const row = document.createElement('tr');
    const link = document.createElement('a');
    link.href = `#${interview.interviewId}`;
    link.textContent = interview.candidate.name;
    cell(row, '').appendChild(link);
    cell(row, interview.position.title);
    cell(row, interview.stalled ? `${interview.status} (stalled)` : interview.status);
    cell(row, interview.total);
    cell(row, interview.band);
    cell(row, interview.stagesToReview.map((review) => review.stage).join(', ') || '–');
    rows.appendChild(row);
  }
  const total = Number(headers.get('X-Total-Count'));
  byId('list-range').textContent = total === 0 ? ''
    : `Showing ${page * PAGE_SIZE + 1}–${page * PAGE_SIZE + interviews.length} of ${total}.`;
  show('no-interviews', interviews.length === 0);
  byId('previous-page').disabled = page === 0;
  byId('next-page').disabled = !headers.get('Link')?.includes('rel="next"');
}

function signedIn() {
  show('sign-in', false);
  show('sign-out', true);
  show('desk-nav', true);
}

function signedOut() {
  for (const section of ['interviews', 'detail', 'invite', 'sign-out', 'desk-nav']) {
    show(section, false);
  }
  show('sign-in', true);
  show('sign-in-failed', new URLSearchParams(location.search).get('sign-in') === 'failed');
}

async function route() {
  problem('');
  if (location.hash) {
    show('erased-notice', false);
  }
  const target = location.hash.substring(1);
  try {
    for (const section of ['interviews', 'detail', 'invite']) {
      show(section, false);
    }
    if (target === 'invite') {
      await showInvite();
    } else if (target) {
      await loadDetail(target);
      byId('detail-title').focus();
    } else {
      await loadList();
      show('interviews', true);
      if (!byId('erased-notice').hidden) {
        byId('erased-notice').focus();
      }
    }
    signedIn();
  } catch (error) {
    if (error instanceof SignedOut) {
      signedOut();
    } else {
      problem(error.message);
    }
  }
}

async function refreshList() {
  try {
    await loadList();
  } catch (error) {
    if (error instanceof SignedOut) {
      signedOut();
    } else {
      problem(error.message);
    }
  }
}

byId('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  page = 0;
  refreshList();
});
for (const filter of ['status', 'band', 'stalled', 'needsReview']) {
  byId(filter).addEventListener('change', () => {
    page = 0;
    refreshList();
  });
}
byId('previous-page').addEventListener('click', () => {
  page = Math.max(0, page - 1);
  refreshList();
});
byId('next-page').addEventListener('click', () => {
  page += 1;
  refreshList();
});
window.addEventListener('hashchange', route);
route();
