// An MCP client built on the official TypeScript SDK, driven by the xunit interop tests.
//
// Reads one JSON request on stdin:
//   { "url": "<MCP endpoint>",
//     "auth": { "kind": "authorization_code", "email", "password", "projectId" }
//           | { "kind": "client_credentials", "clientId", "clientSecret", "scope"? }
//           | { "kind": "bearer", "token" } | { "kind": "none" },
//     "steps": [ { "method": "tools/list" | "tools/call" | "prompts/list" | "prompts/get"
//                            | "resources/list" | "resources/templates/list" | "resources/read" | "ping",
//                "name"?, "arguments"?, "uri"? } ] }
// and writes one JSON report on stdout: how it authorized, whether it connected, and each step's
// result or error. A string argument "{{N.path.to.value}}" is replaced by that value of step N's
// result, so a test can create something and then read it back by its id.
//
// The report says what happened; the xunit tests decide whether that is right.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  UnauthorizedError,
  discoverOAuthServerInfo,
  extractWWWAuthenticateParams,
} from '@modelcontextprotocol/sdk/client/auth.js';
import { signInAndConsent, startCallbackServer } from './browser.mjs';

async function run({ url, auth, steps }, report) {
  const serverUrl = new URL(url);
  report.unauthenticated = await probe(serverUrl);

  let transport;
  const client = new Client({ name: 'codemyspec-interop', version: '1.0.0' });
  if (auth.kind === 'authorization_code') {
    transport = await authorizeWithBrowser(serverUrl, auth, client, report.auth);
  } else {
    const token = auth.kind === 'client_credentials' ? await clientCredentials(serverUrl, report.unauthenticated, auth, report.auth)
      : auth.kind === 'bearer' ? auth.token : undefined;
    transport = new StreamableHTTPClientTransport(serverUrl, {
      requestInit: token ? { headers: { Authorization: `Bearer ${token}` } } : undefined,
    });
    try {
      await client.connect(transport);
    } catch (error) {
      report.connectError = describe(error);
      return;
    }
  }

  report.connected = true;
  report.serverInfo = client.getServerVersion();
  report.capabilities = client.getServerCapabilities();
  report.instructions = client.getInstructions();
  const results = [];
  for (const step of steps ?? []) {
    const resolved = substitute(step, results);
    try {
      const result = await perform(client, resolved);
      results.push(result);
      report.steps.push({ method: step.method, name: step.name, ok: true, result });
    } catch (error) {
      results.push(undefined);
      report.steps.push({ method: step.method, name: step.name, ok: false, error: describe(error) });
    }
  }
  await client.close();
}

/** What a client sees before it has a token: the status and the WWW-Authenticate challenge. */
async function probe(serverUrl) {
  const response = await fetch(serverUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'ping' }),
  });
  const { resourceMetadataUrl, scope } = extractWWWAuthenticateParams(response);
  await response.body?.cancel();
  return {
    status: response.status,
    wwwAuthenticate: response.headers.get('www-authenticate'),
    resourceMetadataUrl: resourceMetadataUrl?.href,
    scope,
  };
}

/**
 * The SDK's own flow: discovery, dynamic registration and authorization code with PKCE through an
 * OAuthClientProvider. Its redirect to the authorization page is answered by a scripted person who
 * signs in and consents; the code comes back to a loopback redirect URI, as with a native client.
 */
async function authorizeWithBrowser(serverUrl, auth, client, observed) {
  const callback = await startCallbackServer();
  try {
    const provider = new MemoryProvider(callback.url, async (authorizationUrl) => {
      observed.authorizationUrl = authorizationUrl.href;
      await signInAndConsent(authorizationUrl, auth, callback);
    });
    const first = new StreamableHTTPClientTransport(serverUrl, { authProvider: provider });
    try {
      await client.connect(first);
      throw new Error('The server let the client in without a token.');
    } catch (error) {
      if (!(error instanceof UnauthorizedError)) {
        throw error;
      }
    }

    const code = await callback.code;
    await first.finishAuth(code);
    observed.registeredClient = provider.client;
    observed.tokens = provider.savedTokens;
    const transport = new StreamableHTTPClientTransport(serverUrl, { authProvider: provider });
    await client.connect(transport);
    return transport;
  } finally {
    callback.close();
  }
}

/** A headless agent: find the token endpoint through the resource's metadata, then client credentials. */
async function clientCredentials(serverUrl, challenge, auth, observed) {
  const resourceMetadataUrl = challenge.resourceMetadataUrl ? new URL(challenge.resourceMetadataUrl) : undefined;
  const info = await discoverOAuthServerInfo(serverUrl, { resourceMetadataUrl });
  observed.resourceMetadata = info.resourceMetadata;
  observed.authorizationServer = info.authorizationServerUrl;
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: auth.clientId, client_secret: auth.clientSecret });
  if (auth.scope) {
    form.set('scope', auth.scope);
  }

  const response = await fetch(info.authorizationServerMetadata.token_endpoint, { method: 'POST', body: form });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(`Token endpoint answered ${response.status}: ${JSON.stringify(body)}`);
  }

  observed.tokens = body;
  return body.access_token;
}

async function perform(client, step) {
  switch (step.method) {
    case 'ping': return client.ping();
    case 'tools/list': return client.listTools();
    case 'tools/call': return client.callTool({ name: step.name, arguments: step.arguments ?? {} });
    case 'prompts/list': return client.listPrompts();
    case 'prompts/get': return client.getPrompt({ name: step.name, arguments: step.arguments ?? {} });
    case 'resources/list': return client.listResources();
    case 'resources/templates/list': return client.listResourceTemplates();
    case 'resources/read': return client.readResource({ uri: step.uri });
    default: throw new Error(`Unknown step method '${step.method}'.`);
  }
}

/** Replaces "{{N.path}}" strings with values from earlier results (whole string: the value keeps its type). */
function substitute(value, results) {
  if (typeof value === 'string') {
    const whole = /^\{\{(\d+)((?:\.[\w-]+)*)\}\}$/.exec(value);
    if (whole) {
      return lookup(results, whole[1], whole[2]);
    }

    return value.replace(/\{\{(\d+)((?:\.[\w-]+)*)\}\}/g, (_, index, path) => String(lookup(results, index, path)));
  }

  if (Array.isArray(value)) {
    return value.map((item) => substitute(item, results));
  }

  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, results)]));
  }

  return value;
}

function lookup(results, index, path) {
  let current = results[Number(index)];
  for (const key of path.split('.').filter(Boolean)) {
    current = current?.[/^\d+$/.test(key) ? Number(key) : key];
  }

  if (current === undefined) {
    throw new Error(`Step ${index} has no value at '${path}'.`);
  }

  return current;
}

function describe(error) {
  return {
    type: error?.constructor?.name,
    message: String(error?.message ?? error),
    code: error?.code,
    data: error?.data,
  };
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }

  return Buffer.concat(chunks).toString('utf8');
}

/** Keeps what the SDK asks it to keep in memory: one run is one session. */
class MemoryProvider {
  constructor(redirectUrl, redirect) {
    this._redirectUrl = redirectUrl;
    this._redirect = redirect;
  }

  get redirectUrl() { return this._redirectUrl; }

  get clientMetadata() {
    return {
      client_name: 'CodeMySpec interop test client',
      redirect_uris: [this._redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }

  clientInformation() { return this.client; }

  saveClientInformation(information) { this.client = information; }

  tokens() { return this.savedTokens; }

  saveTokens(tokens) { this.savedTokens = tokens; }

  redirectToAuthorization(url) { return this._redirect(url); }

  saveCodeVerifier(verifier) { this._verifier = verifier; }

  codeVerifier() { return this._verifier; }
}

const request = JSON.parse(await readStdin());
const report = { auth: {}, connected: false, steps: [] };
try {
  await run(request, report);
} catch (error) {
  report.fatal = describe(error);
}

// Exit only once the whole report is out: a pipe takes large writes asynchronously.
process.stdout.write(JSON.stringify(report, null, 2) + '\n', () => process.exit(0));
