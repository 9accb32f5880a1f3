// Boots Microsoft's Web Chat (bundled locally from npm botframework-webchat) against PoznanAsk's own
// Direct Line endpoint. ?polling=1 uses HTTP polling instead of the WebSocket stream.
(async () => {
  const status = document.getElementById('status');
  const fail = (text) => { status.textContent = text; status.hidden = false; };
  if (!window.WebChat) {
    fail('Brak pakietu Web Chat (webchat/webchat.js). Administrator powinien uruchomić scripts/setup.');
    return;
  }
  let token;
  try {
    const res = await fetch('/api/webchat/token', { method: 'POST' });
    if (!res.ok) throw new Error(res.status);
    ({ token } = await res.json());
  } catch (e) {
    fail('Nie udało się połączyć z usługą. Odśwież stronę za chwilę.');
    return;
  }
  const polling = new URLSearchParams(location.search).has('polling');
  window.WebChat.renderWebChat({
    directLine: window.WebChat.createDirectLine({
      token,
      domain: location.origin + '/v3/directline',
      webSocket: !polling,
      pollingInterval: 500
    }),
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
      primaryFont: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif",
      sendBoxHeight: 52,
      rootHeight: '100%'
    }
  }, document.getElementById('webchat'));
  document.querySelector('#webchat [data-id="webchat-sendbox-input"]')?.focus();
})();
