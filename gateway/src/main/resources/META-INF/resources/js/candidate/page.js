// The candidate page: consent, then the live question with its answer box, then the waiting state, then the
// sent letter with the answer to an offer. The whole state comes from GET /api/interviews/{id}; the event stream
// only says when to fetch it again, so a missed or repeated event, a reconnection or a reload all end up in the
// same place.

import { ApiError, CandidateApi, Unreachable } from './api.js';
import { longestAnswers, measureAnswer } from './answer-size.js';
import { applyTexts, textsFor } from './i18n.js';
import { showTextWithCode } from './text-blocks.js';

const main = document.getElementById('main');
const interviewId = main.dataset.interviewId;
const answerLimits = {
  maxCharacters: Number(main.dataset.maxAnswerLength),
  maxBytes: Number(main.dataset.maxAnswerBytes),
};
const ANSWER_NEARLY_FULL = 0.9;
const element = (id) => document.getElementById(id);
const SECTIONS = ['loading', 'intro', 'interview', 'waiting', 'letter', 'closed'];
const FINAL_STATUSES = ['HIRED', 'TALENT_POOL'];
const LETTER_STATUSES = ['OFFER_SENT', 'FEEDBACK_SENT', ...FINAL_STATUSES];
const RECONNECT_DELAYS_MS = [500, 1000, 2000, 5000, 10000];

let texts = textsFor(document.documentElement.lang);
let textsShown = false;
let view = null;
let shownQuestionId = null;
let letterShownFor = null;
let refreshing = null;
let refreshAgain = false;
let lastAnswered = null;
let blocked = false;

const api = startSession();
if (api) {
  wireForms();
  refresh().then(() => {
    if (!blocked) {
      followLive();
    }
  });
}

/**
 * Takes the token out of the address (into this tab's session storage, for reloads) so it is neither bookmarked,
 * shared with a screenshot of the address bar nor kept in the history.
 */
function startSession() {
  const key = `interview-token:${interviewId}`;
  const address = new URL(window.location.href);
  const fromLink = address.searchParams.get('token');
  if (fromLink) {
    sessionStorage.setItem(key, fromLink);
    address.searchParams.delete('token');
    window.history.replaceState(null, '', address.pathname + address.search + address.hash);
  }
  const token = sessionStorage.getItem(key);
  if (!token) {
    applyTexts(document, texts);
    block(texts.text('noToken'));
    return null;
  }
  return new CandidateApi(interviewId, token);
}

/** Fetches the whole state and shows it; calls made while one runs are folded into one more fetch after it. */
function refresh() {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      try {
        view = await api.view();
        await render();
      } catch (failure) {
        if (!(failure instanceof Unreachable)) {
          showFailure(failure);
        } // else the live stream is broken too: its reconnection fetches again
        return;
      }
    } while (refreshAgain);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Keeps the event stream open; after a break it waits, reconnects and fetches the whole state again. */
async function followLive() {
  let attempt = 0;
  let wasConnected = true;
  while (!blocked && !FINAL_STATUSES.includes(view?.status)) {
    try {
      await api.follow({
        onOpen: () => {
          attempt = 0;
          if (!wasConnected) {
            clearProblem(); // a failure to reach the service is over
            showConnection(texts.text('reconnected'));
            setTimeout(() => showConnection(null), 3000);
          }
          wasConnected = true;
          refresh();
        },
        onEvent: () => refresh(),
      });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status !== 429 && failure.status < 500) {
        showFailure(failure);
        return;
      }
    }
    if (blocked || FINAL_STATUSES.includes(view?.status)) {
      return;
    }
    wasConnected = false;
    showConnection(texts.text('reconnecting'));
    await pause(RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)]);
    attempt += 1;
  }
}

/** Waits the given time, or less if the browser comes back online meanwhile. */
function pause(milliseconds) {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('online', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, milliseconds);
    window.addEventListener('online', done);
  });
}

async function render() {
  if (!textsShown || texts.language !== view.language) {
    textsShown = true;
    texts = textsFor(view.language);
    document.documentElement.lang = view.language === 'zh' ? 'zh-CN' : 'en';
    applyTexts(document, texts);
    document.title = texts.text('brand');
    element('intro-length').textContent = texts.text('introLength', { stages: view.stages.length });
    element('intro-data').textContent = texts.text('introData',
      { days: texts.number(Number(main.dataset.retentionDays)) });
    const longest = longestAnswers(answerLimits);
    element('answer-hint').textContent = texts.text('answerHint',
      { letters: texts.number(longest.letters), chinese: texts.number(longest.chinese) });
  }
  if (view.status === 'IN_PROGRESS' && !view.consentedAt) {
    show('intro');
  } else if (view.status === 'IN_PROGRESS') {
    show('interview');
    showProgress();
    showQuestion();
  } else if (LETTER_STATUSES.includes(view.status)) {
    await showLetter();
  } else {
    show('waiting');
  }
}

function show(section) {
  for (const id of SECTIONS) {
    element(id).hidden = id !== section;
  }
}

function showProgress() {
  const list = element('stages');
  list.replaceChildren(...view.stages.map((stage) => {
    const item = document.createElement('li');
    const state = view.completedStages.includes(stage) ? 'done'
      : stage === view.currentStage ? 'current' : 'upcoming';
    item.className = `stages__stage stages__stage--${state}`;
    if (state === 'current') {
      item.setAttribute('aria-current', 'step');
    }
    const name = document.createElement('span');
    name.textContent = texts.stageName(stage);
    const status = document.createElement('span');
    status.className = 'stages__state';
    status.textContent = texts.text(`stage${state[0].toUpperCase()}${state.slice(1)}`);
    item.append(name, ' ', status);
    return item;
  }));
}

function showQuestion() {
  const question = view.openQuestion;
  if (!question) {
    shownQuestionId = null;
    element('question-box').hidden = true;
    element('between').hidden = false;
    const message = view.delayed ? 'delayed'
      : lastAnswered && lastAnswered !== view.currentStage ? 'stageChanging'
        : lastAnswered ? 'answerSent' : 'nextQuestionComing';
    element('between-message').textContent = texts.text(message);
    return;
  }
  element('between').hidden = true;
  element('question-box').hidden = false;
  if (question.questionId === shownQuestionId) {
    return; // the same question: leave what the candidate is typing alone
  }
  shownQuestionId = question.questionId;
  const counted = question.number > 0 && question.plannedQuestions > 0;
  element('question-heading').textContent = counted
    ? texts.text(question.followUp ? 'followUpOf' : 'questionOf',
      { number: question.number, planned: question.plannedQuestions })
    : texts.text('question');
  const meter = element('question-meter');
  meter.hidden = !counted;
  meter.max = counted ? question.plannedQuestions : 1;
  meter.value = counted ? question.number : 0;
  showTextWithCode(element('question-text'), question.text);
  const answer = element('answer');
  answer.value = localStorage.getItem(draftKey(question.questionId)) ?? '';
  showFieldError('answer', null);
  answerChanged();
  element('question-heading').focus();
}

/** The share in whole percent, never 100 for an answer over the limit nor 0 for one that is not empty. */
function sizeValues(size) {
  const percent = size.over ? Math.ceil(size.share * 100) : Math.floor(size.share * 100);
  return { percent: texts.number(size.share > 0 ? Math.max(percent, 1) : 0), over: texts.number(size.over) };
}

function draftKey(questionId) {
  return `interview-draft:${interviewId}:${questionId}`;
}

function answerChanged() {
  const text = element('answer').value;
  if (shownQuestionId) {
    if (text) {
      localStorage.setItem(draftKey(shownQuestionId), text);
    } else {
      localStorage.removeItem(draftKey(shownQuestionId));
    }
  }
  const size = measureAnswer(text, answerLimits);
  const nearlyFull = !size.over && size.share >= ANSWER_NEARLY_FULL;
  const counter = element('answer-count');
  counter.textContent = texts.text(size.over ? 'answerSizeOver' : nearlyFull ? 'answerSizeNearlyFull' : 'answerSize',
    sizeValues(size));
  counter.classList.toggle('hint--error', size.over > 0);
  counter.classList.toggle('hint--warning', nearlyFull);
  if (text.trim()) {
    showTextWithCode(element('answer-preview'), text);
  } else {
    const empty = document.createElement('p');
    empty.className = 'hint';
    empty.textContent = texts.text('previewEmpty');
    element('answer-preview').replaceChildren(empty);
  }
}

async function showLetter() {
  if (letterShownFor !== view.status) {
    let letter;
    try {
      letter = await api.letter();
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 404) {
        show('closed'); // concluded without a letter: the recruiter rejected the draft
        letterShownFor = view.status;
        return;
      }
      throw failure;
    }
    element('letter-title').textContent = texts.text(letter.kind === 'OFFER' ? 'offerTitle' : 'feedbackTitle');
    element('letter-body').innerHTML = letter.html; // rendered by the gateway with raw HTML escaped
    const firstShown = letterShownFor === null;
    letterShownFor = view.status;
    show('letter');
    if (firstShown) {
      element('letter-title').focus();
    }
  }
  show('letter');
  const answered = view.offerResponse;
  element('offer-form').hidden = view.status !== 'OFFER_SENT' || Boolean(answered);
  element('offer-response').hidden = !answered;
  if (answered) {
    element('offer-response').textContent = texts.text(answered.accepted ? 'offerAccepted' : 'offerDeclined');
  }
}

function wireForms() {
  element('consent-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!consentGiven('consent', 'consentRequired')) {
      return;
    }
    await act(async () => {
      await api.consent();
      await refresh();
    });
  });

  element('self-id-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!consentGiven('self-id-consent', 'selfIdConsentRequired')) {
      return;
    }
    await act(async () => {
      await api.selfIdentify({
        sex: element('self-id-sex').value || null,
        raceEthnicity: element('self-id-race').value || null,
        ageBand: element('self-id-age').value || null,
      });
      element('self-id-status').textContent = texts.text('selfIdSaved');
      element('self-id-withdraw').hidden = false;
    }, 'self-id-consent');
  });
  element('self-id-withdraw').addEventListener('click', async () => {
    await act(async () => {
      await api.withdrawSelfIdentification();
      element('self-id-form').reset();
      element('self-id-status').textContent = texts.text('selfIdWithdrawn');
      element('self-id-withdraw').hidden = true;
    });
  });

  element('answer').addEventListener('input', answerChanged);
  element('answer-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    await sendAnswer();
  });

  element('accept-offer').addEventListener('click', () => respondToOffer(true));
  element('decline-offer').addEventListener('click', () => respondToOffer(false));
}

async function sendAnswer() {
  const questionId = shownQuestionId;
  const text = element('answer').value;
  if (!text.trim()) {
    showFieldError('answer', texts.text('answerEmpty'));
    element('answer').focus();
    return;
  }
  const size = measureAnswer(text, answerLimits);
  if (size.over) {
    showFieldError('answer', texts.text('answerTooLong', sizeValues(size)));
    element('answer').focus();
    return; // the API would refuse it with 413
  }
  const button = element('answer-submit');
  button.disabled = true;
  button.textContent = texts.text('sending');
  try {
    await act(async () => {
      await api.answer(questionId, text);
      localStorage.removeItem(draftKey(questionId));
      lastAnswered = view.currentStage;
      showFieldError('answer', null);
      await refresh();
      if (!element('between').hidden) {
        element('between-message').focus();
      }
    }, 'answer');
  } finally {
    button.textContent = texts.text('sendAnswer');
    if (!button.dataset.blockedUntil) {
      button.disabled = false;
    }
  }
}

async function respondToOffer(accept) {
  await act(async () => {
    await api.respondToOffer(accept, element('offer-comment').value.trim());
    await refresh();
    element('offer-response').focus();
  });
}

/** Runs a call the candidate asked for; a refusal is shown next to the field it concerns, or at the top. */
async function act(call, field) {
  clearProblem();
  try {
    await call();
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 409) {
      showProblem(texts.text('conflict'), detailOf(failure));
      shownQuestionId = null;
      await refresh();
    } else if (field && failure instanceof ApiError && [400, 413].includes(failure.status)) {
      showFieldError(field, [texts.text(failure.status === 413 ? 'tooLarge' : 'invalid'), detailOf(failure)]
        .filter(Boolean).join(' '));
      element(field).focus();
    } else {
      showFailure(failure);
    }
  }
}

/** A failure that stops the page (404, 410), holds it for a while (429) or is worth retrying (5xx, offline). */
function showFailure(failure) {
  if (!(failure instanceof ApiError)) {
    if (failure instanceof Unreachable) {
      showProblem(texts.text('networkError'));
      return;
    }
    throw failure;
  }
  switch (failure.status) {
    case 404:
      block(texts.text('notFound'), detailOf(failure));
      break;
    case 410:
      block(texts.text('gone'), detailOf(failure));
      break;
    case 429:
      holdOff(failure.retryAfterSeconds ?? 10);
      break;
    case 409:
      showProblem(texts.text('conflict'), detailOf(failure));
      break;
    default:
      showProblem(texts.text(failure.status >= 500 ? 'serverError' : 'invalid'), detailOf(failure));
  }
}

/** The API's own detail, which is in English: shown on an English page only, under the page's own message. */
function detailOf(failure) {
  return texts.language === 'en' ? failure.detail : undefined;
}

/** The link cannot open this interview: say why and show nothing else of it. */
function block(message, detail) {
  blocked = true;
  for (const id of SECTIONS) {
    element(id).hidden = true;
  }
  showProblem(message, detail);
}

/** Too many requests: the answer button waits out Retry-After, counting down. */
function holdOff(seconds) {
  const button = element('answer-submit');
  const until = Date.now() + seconds * 1000;
  button.dataset.blockedUntil = String(until);
  button.disabled = true;
  const tick = () => {
    const left = Math.ceil((until - Date.now()) / 1000);
    if (left <= 0) {
      delete button.dataset.blockedUntil;
      button.disabled = false;
      clearProblem();
      return;
    }
    element('problem-message').textContent = texts.text('rateLimited', { seconds: left });
    setTimeout(tick, 1000);
  };
  showProblem(texts.text('rateLimited', { seconds }));
  setTimeout(tick, 1000);
}

/** Shows the problem at the top; it takes the focus unless the candidate is typing (it is announced anyway). */
function showProblem(message, detail) {
  element('problem-message').textContent = message;
  element('problem-detail').textContent = detail ?? '';
  element('problem-detail').hidden = !detail;
  element('problem').hidden = false;
  if (!['TEXTAREA', 'INPUT'].includes(document.activeElement?.tagName)) {
    element('problem').focus();
  }
}

function clearProblem() {
  element('problem').hidden = true;
}

function showConnection(message) {
  element('connection').textContent = message ?? '';
  element('connection').hidden = !message;
}

/** Whether the consent box is ticked; if it is not, says so (the text named requiredText) and moves the focus to it. */
function consentGiven(checkbox, requiredText) {
  const given = element(checkbox).checked;
  showFieldError(checkbox, given ? null : texts.text(requiredText));
  if (!given) {
    element(checkbox).focus();
  }
  return given;
}

function showFieldError(field, message) {
  const error = element(`${field}-error`);
  error.textContent = message ?? '';
  error.hidden = !message;
  element(field).setAttribute('aria-invalid', String(Boolean(message)));
  element(`${field}-field`).classList.toggle('field--error', Boolean(message));
}
