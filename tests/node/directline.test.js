// Black-box test of PoznanAsk's self-hosted Direct Line endpoint with Microsoft's own client library
// (npm botframework-directlinejs, the transport inside Web Chat), in polling and WebSocket mode.
// Starts the real web host with fake answering services (tests/PoznanAsk.Web.TestHost) on
// 127.0.0.1:<free port>, and stops it afterwards.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn, execFileSync } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

global.XMLHttpRequest = require('xhr2');
const WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const repo = path.resolve(__dirname, '..', '..');
const project = path.join(repo, 'tests', 'PoznanAsk.Web.TestHost');
const dll = path.join(project, 'bin', 'Release', 'net10.0', 'PoznanAsk.Web.TestHost.dll');
const question = 'Do jakich organizacji krajowych należał Poznań w 2023 r.?';
let server;
let baseUrl;

before(async () => {
  execFileSync('dotnet', ['build', project, '-c', 'Release', '-v', 'q', '--nologo'], { stdio: 'inherit' });
  assert.ok(fs.existsSync(dll), `test host not built: ${dll}`);
  server = spawn('dotnet', [dll], {
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', Logging__LogLevel__Default: 'Warning' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  baseUrl = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('test host did not start within 60 s:\n' + out)), 60_000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /POZNANASK_URL=(\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    server.on('exit', (code) => reject(new Error(`test host exited with ${code}:\n${out}`)));
  });
});

after(() => {
  if (server && server.exitCode === null) {
    server.stdin.end();
    server.kill('SIGTERM');
  }
});

async function webChatToken() {
  const res = await fetch(baseUrl + '/api/webchat/token', { method: 'POST' });
  assert.equal(res.status, 200);
  return res.json();
}

function waitFor(observable, predicate, what, ms = 30_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.unsubscribe(); reject(new Error('timed out waiting for ' + what)); }, ms);
    const sub = observable.subscribe((value) => {
      if (predicate(value)) { clearTimeout(timer); sub.unsubscribe(); resolve(value); }
    }, (err) => { clearTimeout(timer); reject(err); });
  });
}

async function askThrough(webSocket) {
  const { token, userId } = await webChatToken();
  const directLine = new DirectLine({
    token,
    domain: baseUrl + '/v3/directline',
    webSocket,
    pollingInterval: 200,
    WebSocket,
  });
  try {
    const activities = [];
    directLine.activity$.subscribe((a) => activities.push(a), () => {});
    // Activities may arrive before we start waiting (the WebSocket pushes fast): look back first.
    const next = (predicate, what) => {
      const seen = activities.find(predicate);
      return seen ? Promise.resolve(seen) : waitFor(directLine.activity$, predicate, what);
    };
    const welcome = await next((a) => a.type === 'message' && a.from.role === 'bot', 'the welcome');
    assert.match(welcome.text, /PoznanAsk/);
    assert.ok(welcome.suggestedActions.actions.length >= 1);

    const clientActivityID = 'node-' + Math.random().toString(36).slice(2);
    const postedId = await new Promise((resolve, reject) => directLine.postActivity({
      type: 'message',
      from: { id: userId, name: 'Anna' },
      text: question,
      locale: 'pl-PL',
      channelData: { clientActivityID },
    }).subscribe(resolve, reject));

    const echo = await next((a) => a.channelData && a.channelData.clientActivityID === clientActivityID, 'the echo');
    assert.equal(echo.id, postedId);
    assert.equal(echo.from.id, userId);
    assert.equal(echo.text, question);
    assert.match(echo.timestamp, /Z$/);

    const reply = await next((a) => a.type === 'message' && a.replyToId === echo.id, 'the answer');
    assert.match(reply.text, /Związek Miast Polskich/);
    assert.match(reply.text, /\n\[1\]: cite:1 "Raport o stanie miasta 2023/);
    assert.match(reply.text, /\n\[2\]: cite:2 /);
    const message = reply.entities.find((e) => e.type === 'https://schema.org/Message');
    assert.equal(message['@id'], '');
    assert.deepEqual(message.citation.map((c) => c.position), [1, 2]);
    assert.equal(message.additionalType, undefined, 'no "AI generated" label by default: the answers are extracted');

    const ids = activities.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, 'no activity is delivered twice');
    assert.ok(ids.indexOf(echo.id) < ids.indexOf(reply.id), 'the echo comes before the answer');
  } finally {
    directLine.end();
  }
}

test('directlinejs polling: echo, then the answer with citations', () => askThrough(false));

test('directlinejs WebSocket: echo, then the answer with citations', () => askThrough(true));

test('directlinejs with a forged token fails to connect', async () => {
  const directLine = new DirectLine({ token: 'forged.token.value', domain: baseUrl + '/v3/directline', webSocket: false, WebSocket });
  try {
    directLine.activity$.subscribe(() => {}, () => {});
    await waitFor(directLine.connectionStatus$, (s) => s === ConnectionStatus.FailedToConnect, 'FailedToConnect');
  } finally {
    directLine.end();
  }
});

test('Direct Line REST: 403 for another conversation, 404 for an unknown one', async () => {
  const a = await webChatToken();
  const b = await webChatToken();
  const start = await fetch(baseUrl + '/v3/directline/conversations', { method: 'POST', headers: { Authorization: 'Bearer ' + a.token } });
  assert.equal(start.status, 201);
  const forbidden = await fetch(`${baseUrl}/v3/directline/conversations/${a.conversationId}/activities`, { headers: { Authorization: 'Bearer ' + b.token } });
  assert.equal(forbidden.status, 403);
  assert.equal((await forbidden.json()).error.code, 'TokenExpired');
  const missing = await fetch(`${baseUrl}/v3/directline/conversations/${b.conversationId}/activities`, { headers: { Authorization: 'Bearer ' + b.token } });
  assert.equal(missing.status, 404);
});
