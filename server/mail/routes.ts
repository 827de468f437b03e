/**
 * The unsubscribe link of every mail to a resident, working without an account:
 *
 *   GET  /mail/unsubscribe?t=TOKEN   a page with one button (mail scanners open
 *                                    links, so a GET changes nothing)
 *   POST /mail/unsubscribe?t=TOKEN   no more mail to that address; also the
 *                                    one-click POST of RFC 8058 from mail programs
 *
 * The token is the comment's id signed with the server's key (outbox.ts): the
 * address itself is never in the link. After the comment's personal data were
 * erased there is no address left to write to, and the answer says so.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { html, raw, type Html } from '../admin/html.js';
import { securityHeaders } from '../admin/page-layout.js';
import type { Outbox } from '../store/outbox.js';
import type { StoredComment } from '../store/types.js';

export interface UnsubscribeDeps {
  outbox: Outbox;
  comment(id: string): Promise<StoredComment | undefined>;
  now: () => Date;
}

const CSS = `body{font-family:Arial,sans-serif;font-size:1.125rem;line-height:1.5;color:#1a1a1a;max-width:36em;margin:0 auto;padding:1rem}
button{font:inherit;min-height:44px;padding:.5em 1.25em;border:2px solid #0b4f8a;background:#0b4f8a;color:#fff;border-radius:4px;cursor:pointer}
button:focus-visible{outline:3px solid #f5b400;outline-offset:2px}.box{border-left:6px solid #0b4f8a;padding:.25em 1em;background:#f1f6fb}`;

function page(reply: FastifyReply, status: number, title: string, body: Html): FastifyReply {
  const nonce = randomBytes(16).toString('base64');
  const markup = html`<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style nonce="${nonce}">${raw(CSS)}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`.value;
  return reply.code(status).headers({ ...securityHeaders(nonce), 'referrer-policy': 'no-referrer' }).send(markup);
}

const tokenOf = (request: FastifyRequest) => {
  const t = (request.query as Record<string, unknown>).t;
  return typeof t === 'string' && t.length <= 200 ? t : '';
};

export async function unsubscribeRoutes(app: FastifyInstance, deps: UnsubscribeDeps): Promise<void> {
  // A form's body, or the one-click body "List-Unsubscribe=One-Click": the token is in the address either way.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, _body, done) => done(null, {}));
  app.addContentTypeParser('multipart/form-data', { bodyLimit: 4096 }, (request, payload, done) => {
    payload.resume();
    payload.on('end', () => done(null, {}));
    payload.on('error', (error) => done(error));
  });

  const invalid = (reply: FastifyReply) =>
    page(
      reply,
      400,
      'Odkaz nefunguje',
      html`<p>Odkaz pro odhlášení není celý nebo je poškozený. Zkopírujte prosím celý odkaz z e-mailu, nebo na e-mail odpovězte a napište, že další zprávy nechcete.</p>`,
    );

  app.get('/mail/unsubscribe', async (request, reply) => {
    const token = tokenOf(request);
    if (!deps.outbox.verifyUnsubscribe(token)) return invalid(reply);
    return page(
      reply,
      200,
      'Odhlásit se z e-mailů o připomínce',
      html`<p>Po odhlášení vám už nepošleme žádný e-mail o vašich připomínkách k plánu. Vypořádání najdete dál na webu obce.</p>
        <form method="post" action="/mail/unsubscribe?t=${encodeURIComponent(token)}">
          <button type="submit">Odhlásit se</button>
        </form>`,
    );
  });

  app.post('/mail/unsubscribe', async (request, reply) => {
    const token = tokenOf(request);
    const commentId = deps.outbox.verifyUnsubscribe(token);
    if (!commentId) return invalid(reply);
    const comment = await deps.comment(commentId);
    if (comment?.email) await deps.outbox.unsubscribe(comment.email, deps.now().toISOString());
    return page(
      reply,
      200,
      'Jste odhlášeni',
      html`<p class="box">${comment?.email ? 'Na vaši adresu už žádný e-mail o připomínkách nepošleme.' : 'Vaše adresa u nás už není uložená, takže vám žádné další e-maily nepošleme.'}</p>`,
    );
  });
}
