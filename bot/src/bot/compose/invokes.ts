// What Teams sends with each message-extension invoke, validated before any handler sees it. Only the fields
// the handlers read are named; everything else Teams adds is kept out. A value that does not fit is a
// clear 400, never a crash.
import { z } from 'zod';

/** Teams always names the command; the extension has one command per invoke, so it is not needed to route. */
const commandId = z.string().max(64).optional();

/** The message a "Create task from this message" was started on (only from a message's "…" menu). */
const messagePayloadSchema = z
  .object({
    id: z.string().max(200).optional(),
    body: z
      .object({
        contentType: z.string().max(20).optional(),
        content: z.string().max(100_000).optional(),
      })
      .optional(),
    from: z
      .object({
        user: z.object({ displayName: z.string().max(300).nullish() }).nullish(),
        application: z.object({ displayName: z.string().max(300).nullish() }).nullish(),
      })
      .nullish(),
    linkToMessage: z.string().max(2000).nullish(),
    subject: z.string().max(1000).nullish(),
  })
  .optional();

export type MessagePayload = NonNullable<z.infer<typeof messagePayloadSchema>>;

const fetchTaskSchema = z.object({ commandId, messagePayload: messagePayloadSchema });

const submitActionSchema = z.object({
  commandId,
  /** The form's button data and inputs; parsed by the card layer's form schema. */
  data: z.unknown(),
  messagePayload: messagePayloadSchema,
  botMessagePreviewAction: z.enum(['send', 'edit']).optional(),
});

const querySchema = z.object({
  commandId,
  parameters: z
    .array(z.object({ name: z.string().max(64).optional(), value: z.unknown() }))
    .max(20)
    .optional(),
  queryOptions: z
    .object({
      skip: z.coerce.number().int().min(0).max(10_000).optional(),
      count: z.coerce.number().int().min(0).max(1000).optional(),
    })
    .optional(),
});

const queryLinkSchema = z.object({ url: z.string().min(1).max(4000) });

const COMPOSE_INVOKES = {
  'composeExtension/fetchTask': fetchTaskSchema,
  'composeExtension/submitAction': submitActionSchema,
  'composeExtension/query': querySchema,
  'composeExtension/queryLink': queryLinkSchema,
} as const;

export type ComposeInvokeName = keyof typeof COMPOSE_INVOKES;
export type ComposeValue<N extends ComposeInvokeName> = z.infer<(typeof COMPOSE_INVOKES)[N]>;

export function isComposeInvoke(name: unknown): name is ComposeInvokeName {
  return typeof name === 'string' && Object.hasOwn(COMPOSE_INVOKES, name);
}

type ParsedValue<N extends ComposeInvokeName> =
  { ok: true; value: ComposeValue<N> } | { ok: false; detail: string };

/** Never throws. */
export function parseComposeValue<N extends ComposeInvokeName>(name: N, value: unknown): ParsedValue<N> {
  const parsed = COMPOSE_INVOKES[name].safeParse(value ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as ComposeValue<N> };
  const detail = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'value'))].join(', ');
  return { ok: false, detail: detail.slice(0, 200) };
}

/** The words typed into the search box ("" on the initial run, or when nothing was typed). */
export function searchWords(value: ComposeValue<'composeExtension/query'>): string {
  const parameter =
    value.parameters?.find((p) => p.name === 'query') ??
    value.parameters?.find((p) => p.name !== 'initialRun');
  return typeof parameter?.value === 'string' ? parameter.value.slice(0, 200) : '';
}
