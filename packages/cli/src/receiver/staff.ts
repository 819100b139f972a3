/**
 * The staff API: list, show, mark handled, release from quarantine and export (CSV or JSON), behind a bearer token
 * compared in constant time. Answers that hold personal data are `Cache-Control: no-store`.
 * A row that cannot be decrypted (its key was removed) is reported in place, never fatal.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HelpRequest } from '@family-hubs/content/requests';
import { toCsv } from './csv.js';
import { sendJson, sendText } from './http.js';
import { unseal } from './keyring.js';
import { isReference } from './reference.js';
import type { RequestStatus, StoredRequest } from './store.js';
import type { ReceiverContext } from './submit.js';

/** Every status, in the order staff meet them. */
export const STATUSES: readonly RequestStatus[] = ['new', 'handled', 'quarantined'];

/** The header of an export that says how many requests it holds (a CSV cell may span lines, so counting lines is wrong). */
export const COUNT_HEADER = 'X-FH-Count';

/** Constant-time token check: both sides are hashed first, so lengths never differ. */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

/** A stored request as staff see it. */
export interface StaffView {
  readonly reference: string;
  readonly receivedAt: string;
  readonly status: RequestStatus;
  readonly route: string;
  readonly topics: readonly string[];
  readonly spamSignals: readonly string[];
  readonly handledAt: string | null;
  readonly deliveredAt: string | null;
  /** The request, decrypted; null when it could not be (see `problem`). */
  readonly request?: HelpRequest | null;
  readonly problem?: string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function summary(row: StoredRequest): StaffView {
  return { reference: row.reference, receivedAt: new Date(row.receivedAt).toISOString(), status: row.status, route: row.route, topics: row.topics, spamSignals: row.spamSignals, handledAt: iso(row.handledAt), deliveredAt: iso(row.deliveredAt) };
}

function full(row: StoredRequest, ctx: ReceiverContext): StaffView {
  try {
    return { ...summary(row), request: JSON.parse(unseal(ctx.config.keys, row, row.reference)) as HelpRequest };
  } catch (error) {
    ctx.log('error', 'request.unreadable', { reference: row.reference, code: (error as Error).name });
    return { ...summary(row), request: null, problem: (error as Error).message };
  }
}

const CSV_HEADER = [
  'reference', 'received_at', 'status', 'route', 'topics', 'something_else', 'pregnant', 'child_ages',
  'name', 'phone', 'text', 'email', 'post',
  'safe_to_call', 'safe_to_leave_voicemail', 'accepts_withheld_numbers', 'safe_to_text', 'safe_to_email', 'safe_to_post', 'safe_times',
  'language', 'interpreter', 'british_sign_language', 'easy_read', 'service_id', 'course_id', 'spam_signals', 'handled_at', 'delivered_at', 'problem',
] as const;

function csvRow(view: StaffView): (string | number | boolean | null | undefined)[] {
  const r = view.request ?? undefined;
  return [
    view.reference, view.receivedAt, view.status, view.route, view.topics.join(' '), r?.somethingElse, r?.forWhom?.pregnant, r?.forWhom?.childAges?.join(' '),
    r?.contact?.name, r?.contact?.phone, r?.contact?.text, r?.contact?.email, r?.contact?.post,
    r?.safety?.safeToCall, r?.safety?.safeToLeaveVoicemail, r?.safety?.acceptsWithheldNumbers, r?.safety?.safeToText, r?.safety?.safeToEmail, r?.safety?.safeToPost, r?.safety?.safeTimes,
    r?.access?.language, r?.access?.interpreter, r?.access?.britishSignLanguage, r?.access?.easyRead, r?.context?.serviceId, r?.context?.courseId, view.spamSignals.join(' '), view.handledAt, view.deliveredAt, view.problem,
  ];
}

/** Handles `/staff/…`; false when the path is not a staff route. */
export async function handleStaff(req: IncomingMessage, res: ServerResponse, url: URL, ctx: ReceiverContext): Promise<boolean> {
  if (!url.pathname.startsWith('/staff/')) return false;
  const route = (name: string) => `${req.method ?? 'GET'} /staff/${name}`;
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
  if (!tokenMatches(token, ctx.config.staffToken)) {
    ctx.log('warn', 'staff.unauthorised', { route: route('…'), status: 401 });
    sendJson(res, 401, { error: 'unauthorised' }, { 'WWW-Authenticate': 'Bearer' });
    return true;
  }
  const status = url.searchParams.get('status');
  if (status !== null && !STATUSES.includes(status as RequestStatus)) {
    sendJson(res, 400, { error: 'invalid_status', allowed: STATUSES });
    return true;
  }
  const sinceText = url.searchParams.get('since');
  const since = sinceText === null ? undefined : Date.parse(sinceText);
  if (since !== undefined && (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(sinceText!) || Number.isNaN(since))) {
    sendJson(res, 400, { error: 'invalid_since', hint: 'YYYY-MM-DD or an ISO 8601 time with its offset' });
    return true;
  }
  const statusFilter = { ...(status === null ? {} : { status: status as RequestStatus }), ...(since === undefined ? {} : { since }) };
  const parts = url.pathname.split('/').filter(Boolean);
  if (req.method === 'GET' && parts.length === 2 && parts[1] === 'requests') {
    const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get('limit') ?? 100) || 100));
    const rows = await ctx.store.list({ ...statusFilter, limit });
    sendJson(res, 200, { requests: rows.map(summary) });
    ctx.log('info', 'staff.listed', { route: route('requests'), count: rows.length });
    return true;
  }
  if (parts.length >= 3 && parts[1] === 'requests' && isReference(parts[2]!)) {
    const reference = parts[2]!;
    if (req.method === 'GET' && parts.length === 3) {
      const row = await ctx.store.get(reference);
      if (row) sendJson(res, 200, full(row, ctx));
      else sendJson(res, 404, { error: 'not_found' });
      ctx.log('info', 'staff.shown', { route: route('requests/:reference'), reference, status: row ? 200 : 404 });
      return true;
    }
    if (req.method === 'POST' && parts.length === 4 && parts[3] === 'handled') {
      const found = await ctx.store.markHandled(reference, ctx.now());
      sendJson(res, found ? 200 : 404, found ? { reference, status: 'handled' } : { error: 'not_found' });
      ctx.log('info', 'staff.handled', { route: route('requests/:reference/handled'), reference, status: found ? 200 : 404 });
      return true;
    }
    if (req.method === 'POST' && parts.length === 4 && parts[3] === 'release') {
      const released = await ctx.store.release(reference, ctx.now(), ctx.config.webhook !== undefined);
      sendJson(res, released ? 200 : 404, released ? { reference, status: 'new' } : { error: 'not_quarantined' });
      ctx.log('info', 'staff.released', { route: route('requests/:reference/release'), reference, status: released ? 200 : 404 });
      return true;
    }
  }
  if (req.method === 'GET' && parts.length === 2 && parts[1] === 'export') {
    const format = url.searchParams.get('format') ?? 'json';
    const rows = (await ctx.store.list({ ...statusFilter, limit: 100_000 })).map((row) => full(row, ctx));
    const stamp = new Date(ctx.now()).toISOString().slice(0, 10);
    if (format === 'csv') {
      sendText(res, 200, 'text/csv; charset=utf-8', toCsv(CSV_HEADER, rows.map(csvRow)), { 'Content-Disposition': `attachment; filename="help-requests-${stamp}.csv"`, [COUNT_HEADER]: String(rows.length) });
    } else if (format === 'json') {
      sendJson(res, 200, { exportedAt: new Date(ctx.now()).toISOString(), requests: rows }, { 'Content-Disposition': `attachment; filename="help-requests-${stamp}.json"`, [COUNT_HEADER]: String(rows.length) });
    } else {
      sendJson(res, 400, { error: 'invalid_format', allowed: ['csv', 'json'] });
      return true;
    }
    ctx.log('info', 'staff.exported', { route: route('export'), code: format, count: rows.length });
    return true;
  }
  sendJson(res, 404, { error: 'not_found' });
  return true;
}
