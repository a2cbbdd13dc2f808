// The candidate API (gateway README, "Candidate API"), called with the candidate's bearer token. Every URL is
// relative to the page, so the token only ever goes to the origin (and path prefix) that served the page.

/** A refusal from the API: its HTTP status and the problem's detail (RFC 9457). */
export class ApiError extends Error {
  constructor(status, detail, retryAfterSeconds) {
    super(detail || `HTTP ${status}`);
    this.status = status;
    this.detail = detail;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The API could not be reached at all (offline, or the gateway is down or restarting). */
export class Unreachable extends Error {
}

export class CandidateApi {
  constructor(interviewId, token) {
    this.base = new URL(`../api/interviews/${encodeURIComponent(interviewId)}`, document.baseURI);
    this.authorization = `Bearer ${token}`;
  }

  view() {
    return this.call('GET', '');
  }

  consent() {
    return this.call('POST', '/consent');
  }

  /** The voluntary answers for the bias audit (null: declined), stored only with their own consent. */
  selfIdentify(answers) {
    return this.call('PUT', '/self-identification', { consent: true, ...answers });
  }

  withdrawSelfIdentification() {
    return this.call('DELETE', '/self-identification');
  }

  answer(questionId, text) {
    return this.call('POST', '/answers', { questionId, text });
  }

  letter() {
    return this.call('GET', '/letter');
  }

  respondToOffer(accept, comment) {
    return this.call('POST', accept ? '/offer/accept' : '/offer/decline', comment ? { comment } : {});
  }

  /**
   * Follows the interview's server-sent events until the stream ends (resolves) or breaks (rejects). EventSource
   * cannot send the Authorization header, so the stream is read with fetch. onOpen runs once the stream is
   * established; onEvent(name, data) for each event.
   */
  async follow({ onOpen, onEvent, signal }) {
    const response = await this.send('GET', '/events', undefined, { Accept: 'text/event-stream' }, signal);
    onOpen();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      buffered += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const event = parseEvent(buffered.slice(0, end));
        buffered = buffered.slice(end + 2);
        if (event) {
          onEvent(event.name, event.data);
        }
      }
    }
  }

  async call(method, path, body) {
    const response = await this.send(method, path, body, { Accept: 'application/json' });
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  }

  async send(method, path, body, headers, signal) {
    let response;
    try {
      response = await fetch(this.base + path, {
        method,
        headers: {
          ...headers,
          Authorization: this.authorization,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal,
      });
    } catch (failure) {
      if (failure.name === 'AbortError') {
        throw failure;
      }
      throw new Unreachable(failure.message);
    }
    if (!response.ok) {
      throw await problemOf(response);
    }
    return response;
  }
}

async function problemOf(response) {
  let detail;
  try {
    detail = (await response.json()).detail;
  } catch {
    detail = undefined; // not a problem document (e.g. a proxy's error page): the status says enough
  }
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return new ApiError(response.status, detail, Number.isNaN(retryAfter) ? undefined : retryAfter);
}

/** One server-sent event block: its name ("message" if none) and its data lines joined; null for a comment. */
function parseEvent(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') {
      name = value;
    } else if (field === 'data') {
      data.push(value);
    }
  }
  return data.length === 0 ? null : { name, data: data.join('\n') };
}
