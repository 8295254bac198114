// The package's own typings import adaptivecards' TypeScript sources (which do not compile under our
// settings); this declares the small part we use.
declare module 'adaptivecards-templating' {
  export interface IEvaluationContext {
    $root?: unknown;
  }
  export class Template {
    constructor(payload: unknown);
    expand(context: IEvaluationContext): unknown;
  }
}
