// Boots Microsoft's Web Chat (bundled locally from npm botframework-webchat) against PoznanAsk's own
// Direct Line endpoint. ?polling=1 uses HTTP polling instead of the WebSocket stream.
//
// The page keeps its conversation: the token and conversation id stay in sessionStorage, a reload or a
// server restart resumes the same conversation (POST /api/webchat/token with the old token, even expired,
// gives a new token for it), and a connection that failed or ended is re-established on its own.
// The send box keeps what was typed when a message is refused, and counts characters near the limit.
(() => {
  const KEY = 'poznanask.directline';
  const status = document.getElementById('status');
  const counter = document.getElementById('counter');
  const host = document.getElementById('webchat');
  const polling = new URLSearchParams(location.search).has('polling');
  const Status = { Uninitialized: 0, Connecting: 1, Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };
  let maxChars = 500;
  let generation = 0;
  let retryDelay = 1000;
  let instance = null;
  let offline = false;
  let lastSubmitted = '';

  const say = (text) => { status.textContent = text; status.hidden = !text; };
  // Characters as a person counts them (code points), the way the server counts them.
  const length = (text) => [...(text || '')].length;

  const saved = () => {
    try { return JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch { return null; }
  };

  async function fetchToken() {
    const previous = saved();
    const headers = previous?.token ? { Authorization: 'Bearer ' + previous.token } : {};
    const res = await fetch('/api/webchat/token', { method: 'POST', headers });
    if (!res.ok) throw new Error('token ' + res.status);
    const body = await res.json();
    sessionStorage.setItem(KEY, JSON.stringify({ token: body.token, conversationId: body.conversationId }));
    if (body.maxQuestionChars) maxChars = body.maxQuestionChars;
    return body;
  }

  function showCounter(text) {
    const n = length(text);
    if (n < Math.floor(maxChars * 0.8)) {
      counter.hidden = true;
      return;
    }
    counter.hidden = false;
    counter.textContent = `${n} / ${maxChars}`;
    counter.classList.toggle('over', n > maxChars);
  }

  // Web Chat middleware: refuse an over-long question in the page (keeping it in the send box), put a
  // refused message back into the send box, and follow the send box for the counter.
  function createStore() {
    return window.WebChat.createStore({}, ({ dispatch }) => next => action => {
      if (action.type === 'WEB_CHAT/SET_SEND_BOX') {
        showCounter(action.payload?.text);
      } else if (action.type === 'WEB_CHAT/SUBMIT_SEND_BOX' || action.type === 'WEB_CHAT/SEND_MESSAGE') {
        const text = action.type === 'WEB_CHAT/SEND_MESSAGE' ? action.payload?.text : currentText();
        if (length(text) > maxChars) {
          say(`Pytanie ma ${length(text)} znaków; zmieść się w ${maxChars}. Tekst został w polu.`);
          return undefined;
        }
        lastSubmitted = text || '';
        say('');
      } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') {
        const text = lastSubmitted;
        if (text && !currentText()) {
          setTimeout(() => dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text } }), 0);
        }
        say('Nie udało się wysłać wiadomości — tekst został w polu, spróbuj ponownie za chwilę.');
      }
      return next(action);
    });
  }

  function currentText() {
    return host.querySelector('[data-id="webchat-sendbox-input"]')?.value ?? '';
  }

  // The watchdog: Direct Line's polling stops for good after one failed poll, and a restart can be quicker than
  // any socket notices. A failed or changed /health/live (another host instance) means: connect again.
  async function watch() {
    try {
      const res = await fetch('/health/live', { cache: 'no-store' });
      const body = await res.json();
      const changed = instance !== null && body.instance !== instance;
      instance = body.instance;
      if (offline || changed) {
        offline = false;
        connect();
      }
    } catch (e) {
      if (!offline) {
        offline = true;
        host.dataset.connection = 'offline';
        say('Brak połączenia z usługą — łączę ponownie…');
      }
    }
    setTimeout(watch, 2000);
  }

  async function connect() {
    const mine = ++generation;
    host.dataset.generation = String(mine);
    let body;
    try {
      body = await fetchToken();
    } catch (e) {
      say('Nie udało się połączyć z usługą — ponawiam…');
      return retry(mine);
    }
    const directLine = window.WebChat.createDirectLine({
      token: body.token,
      conversationId: body.resumed ? body.conversationId : undefined,
      domain: location.origin + '/v3/directline',
      webSocket: !polling,
      pollingInterval: 500
    });
    directLine.connectionStatus$.subscribe(async (s) => {
      if (mine !== generation) return;
      host.dataset.connection = Object.keys(Status).find(k => Status[k] === s)?.toLowerCase() ?? String(s);
      if (s === Status.Online) {
        retryDelay = 1000;
        if (/^(Nie udało się połączyć|Łączę|Brak połączenia)/.test(status.textContent)) say('');
      } else if (s === Status.ExpiredToken) {
        try {
          const fresh = await fetchToken();
          directLine.reconnect({ conversationId: fresh.conversationId, token: fresh.token });
        } catch (e) {
          retry(mine);
        }
      } else if (s === Status.FailedToConnect || s === Status.Ended) {
        say('Łączę ponownie…');
        retry(mine);
      }
    });
    render(directLine);
  }

  function retry(mine) {
    const delay = retryDelay;
    retryDelay = Math.min(retryDelay * 2, 10000);
    setTimeout(() => { if (mine === generation) connect(); }, delay);
  }

  function render(directLine) {
    window.WebChat.renderWebChat({
      directLine,
      store: createStore(),
      locale: 'pl-PL',
      styleOptions: {
        hideUploadButton: true,
        accent: '#0b5cad',
        botAvatarInitials: 'PA',
        botAvatarBackgroundColor: '#0b5cad',
        userAvatarInitials: 'Ty',
        userAvatarBackgroundColor: '#c8102e',
        bubbleBorderRadius: 10,
        bubbleFromUserBorderRadius: 10,
        bubbleFromUserBackground: '#e8f0fb',
        bubbleFromUserBorderColor: '#c9daf3',
        bubbleBorderColor: '#e3e6ea',
        bubbleMaxWidth: 640,
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 16,
        suggestedActionHeight: 'auto',
        primaryFont: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
        sendBoxHeight: 52,
        rootHeight: '100%'
      }
    }, host);
    host.querySelector('[data-id="webchat-sendbox-input"]')?.focus();
  }

  if (!window.WebChat) {
    say('Brak pakietu Web Chat (webchat/webchat.js). Administrator powinien uruchomić scripts/setup.');
    return;
  }
  connect();
  watch();
})();
