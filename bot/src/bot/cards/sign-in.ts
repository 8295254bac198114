import type { TFunction } from '../../i18n/index.js';
import { renderCard } from './render.js';
import template from './templates/sign-in.json' with { type: 'json' };

export interface SignInCardData {
  /** Shown above the form, e.g. why the last attempt failed. */
  error?: string;
  /** The email to keep after a failed attempt. Never the password. */
  email?: string;
  /** The action to finish after signing in (serialized {verb, data}). */
  resume?: string;
  browserUrl: string;
}

export function signInCard(data: SignInCardData, t: TFunction) {
  return renderCard(template, {
    error: data.error ?? '',
    email: data.email ?? '',
    resume: data.resume ?? '',
    browserUrl: data.browserUrl,
    s: {
      title: t('signIn.title'),
      intro: t('signIn.intro'),
      email: t('signIn.email'),
      emailRequired: t('signIn.emailRequired'),
      password: t('signIn.password'),
      passwordRequired: t('signIn.passwordRequired'),
      submit: t('signIn.submit'),
      browser: t('signIn.browser'),
    },
  });
}
