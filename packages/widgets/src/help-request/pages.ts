/**
 * The form's question pages and its check page, with the GOV.UK fields they are made of: a chunk
 * of its own, which the element asks for once the start page has painted (and again on Start
 * now), so a page showing only the start page downloads neither the pages nor the fields. The
 * element keeps every answer and decides where the family goes; these functions only draw.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HelpRequestContent } from '@family-hubs/content';
import { HELP_REQUEST_LIMITS, type HelpRequestFieldError, type SubmissionState } from '@family-hubs/content/requests';
import type { CharacterCounts, SummaryError } from '../internal/form/index.js';
import { renderCheckboxes, renderRadios, renderTextarea, renderTextInput } from '../internal/form/fields.js';
import { ACCESS_NEEDS, parseChildAges, SAFETY_QUESTIONS, type AccessNeed, type Answers, type Step } from './answers.js';
import * as t from './labels.js';
import * as p from './page-labels.js';

/** A page drawn here: every page but the start page and the confirmation. */
export type QuestionStep = Exclude<Step, 'start' | 'confirmation'>;

/** What the pages read of the element and ask it to do. */
export interface PageHost {
  readonly answers: Answers;
  /** The errors shown on this page. */
  readonly errors: readonly HelpRequestFieldError[];
  readonly headingLevel: 1 | 2;
  readonly counts: CharacterCounts;
  readonly submissionState: SubmissionState | undefined;
  /** A request is in flight: Change and Send wait. */
  readonly sending: boolean;
  /** A document-unique id for one of this form's fields. */
  id(name: string): string;
  /** The page's heading (focused on a new page). */
  heading(text: string): TemplateResult;
  /** The council's phone number in a sentence, as a `tel:` link. */
  phoneLine(content: HelpRequestContent, words: (council: string, phone: string, hours: string) => string): TemplateResult;
  set<K extends keyof Answers>(key: K, value: Answers[K]): void;
  /** A textarea with a character count changed. */
  typed(key: 'somethingElse' | 'safeTimes' | 'post', id: string, limit: number, value: string): void;
  /** Continue was pressed on a question page. */
  continue(event: Event, content: HelpRequestContent): void;
  /** Send (or Try again) was pressed on the check page. */
  send(event: Event, content: HelpRequestContent): void;
  /** A Change link on the check page. */
  change(step: Step): void;
}

/** The page for `step`. */
export function renderPage(step: QuestionStep, content: HelpRequestContent, host: PageHost): TemplateResult {
  switch (step) {
    case 'topics':
      return question(content, host, renderTopics(content, host));
    case 'route':
      return question(content, host, renderRoute(host));
    case 'for-whom':
      return question(content, host, renderForWhom(host));
    case 'contact':
      return question(content, host, renderContact(host));
    case 'safety':
      return question(content, host, renderSafety(host));
    case 'access':
      return question(content, host, renderAccess(host));
    case 'check':
      return renderCheck(content, host);
  }
}

/** The error summary's entries for `errors`, each linking to its field. */
export function summaryErrors(errors: readonly HelpRequestFieldError[], host: Pick<PageHost, 'id'>): SummaryError[] {
  return errors.map((error) => ({ target: host.id(fieldOf(error.path)), text: p.errorText(error.path, error.code) }));
}

/** The field (by its id suffix) that an error at request path `path` belongs to. */
function fieldOf(path: string): string {
  const ids: Record<string, string> = {
    topics: 'topics',
    somethingElse: 'something-else',
    route: 'route',
    'forWhom.childAges': 'child-ages',
    contact: 'methods',
    'contact.name': 'name',
    'contact.phone': 'phone',
    'contact.text': 'text',
    'contact.email': 'email',
    'contact.post': 'post',
    'safety.safeTimes': 'safe-times',
    'access.language': 'language',
  };
  const field = path.replace(/\.\d+$/, '');
  return ids[field] ?? (field.startsWith('safety.') ? `safety-${field.slice(7)}` : 'heading');
}

/** The inline error of the field at `path` (or of a part of it), as `{ error }` to spread into a field's options. */
function errorOf(host: PageHost, path: string): { error?: string } {
  const error = host.errors.find((candidate) => candidate.path === path || candidate.path.startsWith(`${path}.`));
  return error ? { error: p.errorText(error.path, error.code) } : {};
}

function question(content: HelpRequestContent, host: PageHost, body: TemplateResult): TemplateResult {
  return html`<form novalidate @submit=${(event: Event) => host.continue(event, content)}>
    ${body}
    <button class="fh-button" type="submit">${p.continueText()}</button>
  </form>`;
}

const OTHER = '\u0000else';

function renderTopics(content: HelpRequestContent, host: PageHost): TemplateResult {
  const a = host.answers;
  const id = host.id('something-else');
  const limit = HELP_REQUEST_LIMITS.somethingElse;
  const somethingElse = renderTextarea({
    id,
    name: 'somethingElse',
    label: p.somethingElseLabelText(),
    value: a.somethingElse,
    limit,
    count: host.counts.state(id, a.somethingElse, limit),
    spellcheck: true,
    ...errorOf(host, 'somethingElse'),
    onInput: (value) => host.typed('somethingElse', id, limit, value),
  });
  const options = [...content.topics.map((topic) => ({ value: topic.id, label: topic.name })), { value: OTHER, label: p.somethingElseText(), conditional: somethingElse }];
  const values = [...a.topics, ...(a.somethingElseChosen ? [OTHER] : [])];
  return renderCheckboxes({
    id: host.id('topics'),
    name: 'topics',
    label: p.topicsQuestionText(),
    hint: p.topicsHintText(),
    heading: host.headingLevel,
    options,
    values,
    ...errorOf(host, 'topics'),
    onChange: (next) => {
      host.set('topics', next.filter((value) => value !== OTHER));
      host.set('somethingElseChosen', next.includes(OTHER));
    },
  });
}

function renderRoute(host: PageHost): TemplateResult {
  return renderRadios({
    id: host.id('route'),
    name: 'route',
    label: p.routeQuestionText(),
    heading: host.headingLevel,
    options: [
      { value: 'contact', label: p.routeContactText() },
      { value: 'information', label: p.routeInformationText(), hint: p.routeInformationHintText() },
    ],
    value: host.answers.route,
    ...errorOf(host, 'route'),
    onChange: (value) => host.set('route', value === 'information' ? 'information' : 'contact'),
  });
}

function renderForWhom(host: PageHost): TemplateResult {
  const a = host.answers;
  return html`${renderCheckboxes({
      id: host.id('pregnant'),
      name: 'pregnant',
      label: p.forWhomQuestionText(),
      hint: p.forWhomHintText(),
      heading: host.headingLevel,
      options: [{ value: 'pregnant', label: p.pregnantText() }],
      values: a.pregnant ? ['pregnant'] : [],
      onChange: (values) => host.set('pregnant', values.includes('pregnant')),
    })}
    ${renderTextInput({
      id: host.id('child-ages'),
      name: 'childAges',
      label: p.childAgesText(),
      hint: p.childAgesHintText(),
      value: a.childAges,
      short: true,
      autocomplete: 'off',
      inputmode: 'numeric',
      ...errorOf(host, 'forWhom.childAges'),
      onInput: (value) => host.set('childAges', value),
    })}`;
}

function renderContact(host: PageHost): TemplateResult {
  const a = host.answers;
  const field = (method: 'phone' | 'text' | 'email', label: string, autocomplete: string, type: 'tel' | 'email') =>
    renderTextInput({
      id: host.id(method),
      name: method,
      label,
      value: a[method],
      type,
      autocomplete,
      spellcheck: false,
      ...errorOf(host, `contact.${method}`),
      onInput: (value) => host.set(method, value),
    });
  const postId = host.id('post');
  const post = renderTextarea({
    id: postId,
    name: 'post',
    label: p.postLabelText(),
    value: a.post,
    rows: 4,
    autocomplete: 'street-address',
    limit: HELP_REQUEST_LIMITS.post,
    count: host.counts.state(postId, a.post, HELP_REQUEST_LIMITS.post),
    ...errorOf(host, 'contact.post'),
    onInput: (value) => host.typed('post', postId, HELP_REQUEST_LIMITS.post, value),
  });
  // "Select a way" belongs on the group only when no single field has its own error.
  const groupError = host.errors.some((error) => error.path.startsWith('contact.')) ? {} : errorOf(host, 'contact');
  return html`${host.heading(p.contactQuestionText())}
    <p class="fh-hint">${p.contactHintText()}</p>
    ${renderTextInput({
      id: host.id('name'),
      name: 'name',
      label: p.nameText(),
      hint: p.nameHintText(),
      value: a.name,
      autocomplete: 'given-name',
      spellcheck: false,
      ...errorOf(host, 'contact.name'),
      onInput: (value) => host.set('name', value),
    })}
    ${renderCheckboxes({
      id: host.id('methods'),
      name: 'methods',
      label: p.methodsText(),
      options: [
        { value: 'phone', label: p.phoneText(), conditional: field('phone', p.phoneLabelText(), 'tel', 'tel') },
        { value: 'text', label: p.textText(), conditional: field('text', p.textLabelText(), 'mobile tel', 'tel') },
        { value: 'email', label: p.emailText(), conditional: field('email', p.emailLabelText(), 'email', 'email') },
        { value: 'post', label: p.postText(), conditional: post },
      ],
      values: a.methods,
      ...groupError,
      onChange: (values) => host.set('methods', values as Answers['methods']),
    })}`;
}

function renderSafety(host: PageHost): TemplateResult {
  const a = host.answers;
  const questions = SAFETY_QUESTIONS.filter((question) => a.methods.includes(question.method));
  const timesId = host.id('safe-times');
  return html`${host.heading(p.safetyQuestionText())}
    <p class="fh-hint">${p.safetyHintText()}</p>
    ${questions.map((question) =>
      renderRadios({
        id: host.id(`safety-${question.key}`),
        name: question.key,
        label: p.safetyLabelText(question.key),
        options: [
          { value: 'yes', label: p.yesText() },
          { value: 'no', label: p.noText() },
        ],
        value: a.safety[question.key],
        onChange: (value) => host.set('safety', { ...host.answers.safety, [question.key]: value === 'yes' ? 'yes' : 'no' }),
      }),
    )}
    ${renderTextarea({
      id: timesId,
      name: 'safeTimes',
      label: p.safeTimesText(),
      hint: p.safeTimesHintText(),
      value: a.safeTimes,
      rows: 2,
      limit: HELP_REQUEST_LIMITS.safeTimes,
      count: host.counts.state(timesId, a.safeTimes, HELP_REQUEST_LIMITS.safeTimes),
      ...errorOf(host, 'safety.safeTimes'),
      onInput: (value) => host.typed('safeTimes', timesId, HELP_REQUEST_LIMITS.safeTimes, value),
    })}`;
}

function accessLabels(): Record<AccessNeed, string> {
  return { interpreter: p.interpreterText(), britishSignLanguage: p.bslText(), easyRead: p.easyReadText() };
}

function renderAccess(host: PageHost): TemplateResult {
  const a = host.answers;
  const labels = accessLabels();
  return html`${host.heading(p.accessQuestionText())}
    <p class="fh-hint">${p.accessHintText()}</p>
    ${renderTextInput({
      id: host.id('language'),
      name: 'language',
      label: p.languageText(),
      value: a.language,
      autocomplete: 'language',
      ...errorOf(host, 'access.language'),
      onInput: (value) => host.set('language', value),
    })}
    ${renderCheckboxes({
      id: host.id('access'),
      name: 'access',
      label: p.accessNeedsText(),
      options: ACCESS_NEEDS.map((need) => ({ value: need, label: labels[need] })),
      values: a.access,
      onChange: (values) => host.set('access', values as AccessNeed[]),
    })}`;
}

/** Each answer as the check page lists it: question, lines, and the page that changes it. */
function checkRows(content: HelpRequestContent, a: Answers): [string, string[], Step][] {
  const topicNames = [...content.topics.filter((topic) => a.topics.includes(topic.id)).map((topic) => topic.name), ...(a.somethingElseChosen ? [`${p.somethingElseText()}: ${a.somethingElse}`] : [])];
  const rows: [string, string[], Step][] = [
    [p.topicsQuestionText(), topicNames, 'topics'],
    [p.routeQuestionText(), [a.route === 'information' ? p.routeInformationText() : p.routeContactText()], 'route'],
  ];
  if (a.route === 'information') return rows;
  const methodLines = a.methods.map((method) => {
    const label = { phone: p.phoneText(), text: p.textText(), email: p.emailText(), post: p.postText() }[method];
    return `${label}: ${a[method]}`;
  });
  const safetyLines = SAFETY_QUESTIONS.filter((question) => a.methods.includes(question.method) && a.safety[question.key]).map(
    (question) => `${p.safetyLabelText(question.key)} ${a.safety[question.key] === 'yes' ? p.yesText() : p.noText()}`,
  );
  if (a.safeTimes.trim()) safetyLines.push(`${p.safeTimesText()}: ${a.safeTimes}`);
  const ages = parseChildAges(a.childAges) ?? [];
  const forWhom = [...(a.pregnant ? [p.pregnantText()] : []), ...(ages.length ? [`${p.childAgesText()}: ${ages.join(', ')}`] : [])];
  const labels = accessLabels();
  const access = [...(a.language.trim() ? [a.language] : []), ...a.access.map((need) => labels[need])];
  rows.push([p.forWhomQuestionText(), forWhom, 'for-whom'], [p.nameText(), [a.name], 'contact'], [p.methodsText(), methodLines, 'contact'], [p.safetyQuestionText(), safetyLines, 'safety'], [p.accessQuestionText(), access, 'access']);
  return rows;
}

function renderCheck(content: HelpRequestContent, host: PageHost): TemplateResult {
  const state = host.submissionState;
  const { sending } = host;
  // The receiver said no in a way sending again cannot change: the phone is the way on, not "Try again".
  const refused = state?.status === 'not-sent' && !state.canRetry;
  return html`${host.heading(p.checkHeadingText())}
    <dl class="fh-summary-list">
      ${checkRows(content, host.answers).map(
        ([question, lines, step], index) => html`<div>
          <dt id=${host.id(`row-${index}`)}>${question}</dt>
          <dd>${lines.length ? lines.join('\n') : p.notGivenText()}</dd>
          <dd><button type="button" class="fh-link-button" ?disabled=${sending} aria-describedby=${host.id(`row-${index}`)} @click=${() => host.change(step)}>${p.changeText()}</button></dd>
        </div>`,
      )}
    </dl>
    ${state?.status === 'not-sent' ? renderNotSent(content, host, state) : nothing}
    ${refused ? nothing : renderSendForm(content, host, state, sending)}`;
}

/** Send (or Try again) with the honeypot, and the status line screen readers hear while sending. */
function renderSendForm(content: HelpRequestContent, host: PageHost, state: SubmissionState | undefined, sending: boolean): TemplateResult {
  const id = host.id('website');
  return html`<form novalidate @submit=${(event: Event) => host.send(event, content)}>
      <div class="fh-honeypot" aria-hidden="true">
        <label for=${id}>${p.honeypotText()}</label>
        <input id=${id} name="website" type="text" tabindex="-1" autocomplete="off" .value=${host.answers.honeypot} @input=${(event: Event) => host.set('honeypot', (event.target as HTMLInputElement).value)} />
      </div>
      <button class="fh-button" type="submit" ?disabled=${sending} aria-disabled=${sending ? 'true' : 'false'}>${sending ? p.sendingText() : state?.status === 'not-sent' ? p.tryAgainText() : p.sendText()}</button>
    </form>
    <div class="fh-visually-hidden" role="status">${sending ? p.sendingText() : ''}</div>`;
}

function renderNotSent(content: HelpRequestContent, host: PageHost, state: Extract<SubmissionState, { status: 'not-sent' }>): TemplateResult {
  const reason = state.reason === 'offline' ? p.notSentOfflineText() : state.canRetry ? p.notSentFailedText() : p.notSentRefusedText();
  return html`<div class="fh-warning" role="alert" data-fh-not-sent>
    <h2 class="fh-subheading">${p.notSentHeadingText()}</h2>
    <p>${reason}</p>
    <p>${p.notSentKeptText()}</p>
    <p>${host.phoneLine(content, t.phoneInsteadText)}</p>
  </div>`;
}
