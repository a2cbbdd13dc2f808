// Inviting a candidate: the form posts the invitation with the plan the recruiter chose and shows the link to send.
import {INTERVIEWS, byId, call, show, showProblem} from './api.js';

let templatesLoaded = false;

function planText(plan) {
  return plan.map((stage) => `${stage.stage} ${stage.weight}`).join(', ');
}

async function loadTemplates() {
  const {data: plans} = await call('/api/recruiter/plan-templates');
  const select = byId('template');
  select.replaceChildren(new Option(`Default plan (${planText(plans.defaultPlan)})`, ''));
  for (const [name, plan] of Object.entries(plans.templates)) {
    select.appendChild(new Option(`${name} (${planText(plan)})`, name));
  }
  templatesLoaded = true;
}

export async function showInvite() {
  if (!templatesLoaded) {
    await loadTemplates();
  }
  show('invite', true);
  byId('invite-title').focus();
}

function value(id) {
  return byId(id).value.trim();
}

byId('invite-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  show('invite-problem', false);
  const application = {
    candidate: {name: value('candidate-name'), email: value('candidate-email')},
    position: {title: value('position-title'), level: value('position-level'), location: value('position-location')},
    language: byId('language').value,
  };
  if (byId('template').value) {
    application.template = byId('template').value;
  }
  try {
    const {data: invitation} = await call(INTERVIEWS, {method: 'POST', body: application});
    byId('candidate-url').value = invitation.candidateUrl;
    byId('invitation-expires').textContent = new Date(invitation.expiresAt).toLocaleString('en');
    byId('invited-interview').href = `#${invitation.interviewId}`;
    byId('copy-status').textContent = '';
    byId('invite-form').reset();
    show('invitation', true);
    byId('invitation-title').focus();
  } catch (error) {
    showProblem('invite-problem', error);
  }
});

byId('copy-url').addEventListener('click', async () => {
  const link = byId('candidate-url');
  link.select();
  try {
    await navigator.clipboard.writeText(link.value);
    byId('copy-status').textContent = 'Copied.';
  } catch {
    byId('copy-status').textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});
