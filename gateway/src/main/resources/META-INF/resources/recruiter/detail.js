// One interview: summary, review reasons, PDFs, the decision on the drafted letter, the score charts, each
// dimension's rating with its evidence, and the transcript with that evidence highlighted.
import {INTERVIEWS, byId, call, show, showProblem} from './api.js';
import {highlightedAnswer} from './highlight.js';

const charts = {};
let current = null;

function cell(row, text, header = false) {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) {
    element.scope = 'row';
  }
  element.textContent = text ?? '–';
  row.appendChild(element);
  return element;
}

function listItem(list, text) {
  const item = document.createElement('li');
  item.textContent = text;
  list.appendChild(item);
  return item;
}

function money(currency, amount) {
  return `${currency} ${Number(amount).toLocaleString('en')}`;
}

/** A Chart.js bar chart on `canvasId`, replacing the one drawn there before. */
function drawChart(canvasId, labels, values, max, color) {
  charts[canvasId]?.destroy();
  charts[canvasId] = new window.Chart(byId(canvasId), {
    type: 'bar',
    data: {labels, datasets: [{data: values, backgroundColor: color}]},
    options: {
      animation: false,
      plugins: {legend: {display: false}},
      scales: {y: {min: 0, max}},
    },
  });
}

function renderScores(interview) {
  const stages = byId('stage-rows');
  stages.replaceChildren();
  for (const stage of interview.stageScores ?? []) {
    const row = document.createElement('tr');
    cell(row, stage.stage, true);
    cell(row, stage.weight);
    cell(row, stage.score);
    stages.appendChild(row);
  }
  drawChart('stage-chart', (interview.stageScores ?? []).map((stage) => stage.stage),
    (interview.stageScores ?? []).map((stage) => stage.score), 100, '#1d70b8');
  const dimensions = interview.stageRatings.flatMap((stage) => stage.dimensions
    .map((dimension) => ({label: `${stage.stage}: ${dimension.dimension}`, rating: dimension.rating})));
  drawChart('dimension-chart', dimensions.map((d) => d.label), dimensions.map((d) => d.rating), 5, '#00703c');
}

function renderRatings(interview) {
  const ratings = byId('ratings');
  ratings.replaceChildren();
  for (const stage of interview.stageRatings) {
    const table = document.createElement('table');
    table.createCaption().textContent = `Ratings: ${stage.stage}`;
    const head = table.createTHead().insertRow();
    for (const title of ['Dimension', 'Rating (1–5)', 'Evidence', 'Rationale']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = title;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const dimension of stage.dimensions) {
      const row = body.insertRow();
      cell(row, dimension.dimension, true);
      cell(row, dimension.trusted ? dimension.rating : `${dimension.rating} (evidence not found: not trusted)`);
      const quotes = document.createElement('ul');
      dimension.evidence.forEach((quote) => listItem(quotes, `“${quote}”`));
      cell(row, '').replaceChildren(quotes);
      cell(row, dimension.rationale);
    }
    ratings.appendChild(table);
  }
}

function renderTranscript(interview) {
  const evidenceByStage = new Map(interview.stageRatings.map((stage) => [stage.stage, stage.dimensions
    .flatMap((dimension) => dimension.evidence.map((quote) => ({quote, dimension: dimension.dimension})))]));
  const transcript = byId('transcript');
  transcript.replaceChildren();
  for (const question of interview.questions) {
    const item = document.createElement('li');
    const asked = document.createElement('p');
    asked.className = 'question';
    asked.textContent = `${question.stage}, ${question.followUp ? 'follow-up to question' : 'question'} `
      + `${question.number}: ${question.text}`;
    const answer = document.createElement('p');
    answer.className = 'answer';
    if (question.answer === null) {
      answer.textContent = 'Not answered yet.';
    } else {
      answer.appendChild(highlightedAnswer(question.answer, evidenceByStage.get(question.stage) ?? []));
    }
    item.append(asked, answer);
    transcript.appendChild(item);
  }
}

function renderDecision(interview) {
  const letter = interview.letter;
  show('decision', letter !== null);
  if (letter === null) {
    return;
  }
  const salaryWindow = letter.salaryWindow;
  byId('letter-summary').textContent = letter.kind === 'OFFER'
    ? `An offer is drafted. Its salary may be set between ${money(salaryWindow.currency, salaryWindow.minimum)} and `
      + `${money(salaryWindow.currency, salaryWindow.maximum)} a year.`
    : 'A feedback letter is drafted.';
  const refused = interview.refusedDecision;
  show('refused-decision', refused !== null);
  byId('refused-decision').textContent = refused === null ? ''
    : `The ${refused.decision.toLowerCase()} by ${refused.recruiter} was refused: ${refused.reason}`;
  const decision = interview.decision;
  byId('recorded-decision').textContent = decision === null ? '' : `${decision.decision} by ${decision.recruiter}`
    + (decision.annualSalary === null ? '' : `, salary ${money(salaryWindow.currency, decision.annualSalary)}`)
    + ` at ${new Date(decision.decidedAt).toLocaleString('en')}.`;
  show('decision-forms', decision === null && interview.status === 'AWAITING_DECISION');
  show('decision-problem', false);
  show('salary-field', salaryWindow !== null);
  if (salaryWindow !== null) {
    byId('salary-window').textContent = `(${money(salaryWindow.currency, salaryWindow.minimum)}–`
      + `${money(salaryWindow.currency, salaryWindow.maximum)})`;
    byId('annual-salary').min = salaryWindow.minimum;
    byId('annual-salary').max = salaryWindow.maximum;
  }
}

export async function loadDetail(id) {
  const {data: interview} = await call(`${INTERVIEWS}/${encodeURIComponent(id)}`);
  current = interview;
  byId('detail-title').textContent = `${interview.candidate.name} — ${interview.position.title}`;
  byId('detail-summary').textContent = interview.total === null
    ? `Status ${interview.status}; not scored yet.`
    : `Status ${interview.status}. Total ${interview.total}, band ${interview.band}: ${interview.recommendation}.`;
  const reasons = byId('review-reasons');
  reasons.replaceChildren();
  for (const review of interview.stageReviews) {
    review.reviewReasons.forEach((reason) => listItem(reasons, `Review ${review.stage}: ${reason}`));
  }
  byId('scorecard-pdf').href = `${INTERVIEWS}/${interview.interviewId}/scorecard.pdf`;
  byId('letter-pdf').href = `${INTERVIEWS}/${interview.interviewId}/letter.pdf`;
  renderDecision(interview);
  // shown before the charts are drawn, in the same task (nothing is painted in between): a chart drawn in a hidden
  // section has no size and would resize a frame after it is shown, moving everything below it
  show('detail', true);
  renderScores(interview);
  renderRatings(interview);
  renderTranscript(interview);
  byId('erase-confirm').checked = false;
  show('erasure-problem', false);
}

async function decide(action, body) {
  try {
    await call(`${INTERVIEWS}/${current.interviewId}/${action}`, {method: 'POST', body});
    await loadDetail(current.interviewId);
    byId('recorded-decision').focus();
  } catch (error) {
    showProblem('decision-problem', error);
  }
}

async function erase() {
  try {
    const {data: erasure} = await call(`${INTERVIEWS}/${current.interviewId}`, {method: 'DELETE'});
    const notice = byId('erased-notice');
    notice.textContent = `Erased ${current.candidate.name}'s interview at `
      + `${new Date(erasure.erasedAt).toLocaleString('en')}: every service deletes its data of it.`;
    notice.hidden = false;
    location.hash = '';
  } catch (error) {
    showProblem('erasure-problem', error);
  }
}

function note(id) {
  const text = byId(id).value.trim();
  return text === '' ? undefined : text;
}

byId('recorded-decision').tabIndex = -1;
byId('approve-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const salary = byId('annual-salary').value.trim();
  decide('approve', {annualSalary: salary === '' ? undefined : Number(salary), note: note('approve-note')});
});
byId('reject-form').addEventListener('submit', (event) => {
  event.preventDefault();
  decide('reject', {note: note('reject-note')});
});
byId('erase-form').addEventListener('submit', (event) => {
  event.preventDefault();
  erase();
});
