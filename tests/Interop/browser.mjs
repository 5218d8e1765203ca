// What a person's browser does during the authorization code flow, scripted: follow redirects with
// cookies, sign in on the sign-in page, choose the project on the consent page and allow, and land on
// the client's loopback redirect URI with the code.
import http from 'node:http';

/** A loopback HTTP server standing in for a native client's redirect URI; resolves with the code. */
export async function startCallbackServer() {
  let resolve;
  let reject;
  const code = new Promise((res, rej) => { resolve = res; reject = rej; });
  code.catch(() => {});
  const server = http.createServer((req, res) => {
    const query = new URL(req.url, 'http://127.0.0.1').searchParams;
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('You can close this window.');
    if (query.get('code')) {
      resolve(query.get('code'));
    } else {
      reject(new Error(`The redirect carried no code: ${req.url}`));
    }
  });
  await new Promise((res) => server.listen(0, '127.0.0.1', res));
  return {
    url: `http://127.0.0.1:${server.address().port}/callback`,
    code,
    fail: reject,
    close: () => server.close(),
  };
}

/** Signs in as the person and allows the client on the project; the redirect delivers the code to the callback. */
export async function signInAndConsent(authorizationUrl, { email, password, projectId }, callback) {
  const browser = new Browser();
  let page = await browser.navigate(authorizationUrl);
  for (let step = 0; step < 4; step++) {
    if (page.url.startsWith(callback.url)) {
      return;
    }

    const form = hiddenFields(page.body);
    if (page.body.includes('action="/account/login"')) {
      page = await browser.submit(new URL('/account/login', page.url), { ...form, email, password });
    } else if (page.body.includes('name="project_id"')) {
      if (!page.body.includes(`value="${projectId}"`)) {
        throw new Error(`The consent page does not offer project ${projectId}:\n${page.body}`);
      }

      page = await browser.submit(new URL('/connect/authorize', page.url), { ...form, project_id: projectId, decision: 'allow' });
    } else {
      break;
    }
  }

  const error = new Error(`The browser ended on ${page.status} ${page.url} instead of the redirect URI:\n${page.body}`);
  callback.fail(error);
  throw error;
}

/** fetch with a cookie jar and redirects followed by hand, so that every Set-Cookie along the way is kept. */
class Browser {
  constructor() {
    this.cookies = new Map();
  }

  async navigate(url) {
    return this.follow(await this.request(url, { method: 'GET' }), url);
  }

  async submit(url, fields) {
    const response = await this.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    return this.follow(response, url);
  }

  async follow(response, url) {
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      if (hops > 10) {
        throw new Error(`Too many redirects from ${url}`);
      }

      url = new URL(response.headers.get('location'), url);
      await response.body?.cancel();
      response = await this.request(url, { method: 'GET' });
    }

    return { status: response.status, url: String(url), body: await response.text() };
  }

  async request(url, init) {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('Cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }

    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }

    return response;
  }
}

function hiddenFields(html) {
  const fields = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields[decode(match[1])] = decode(match[2]);
  }

  return fields;
}

function decode(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
