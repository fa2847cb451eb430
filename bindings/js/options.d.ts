// Types for `verstka/options`: every option of verstka's functions, its values and its default.
import type { Layout } from './index.js';

/** `renderArticle`'s `layout`. */
export declare const LAYOUTS: readonly ['full', 'teaser', 'compact'];
/** `renderArticle`'s `rawHtml`: raw HTML in CommonMark text shown as text, or removed. */
export declare const RAW_HTML: readonly ['escape', 'drop'];
/** `renderArticle`'s `from`. */
export declare const INPUTS: readonly ['json', 'text', 'editorjs'];
/** `<verstka-card theme="…">`; without the attribute the system setting decides. */
export declare const THEMES: readonly ['light', 'dark'];
/** The largest `maxInputBytes`. */
export declare const MAX_INPUT_BYTES: number;

export interface BooleanOption {
  readonly type: 'boolean';
  readonly default: boolean;
}
export interface ChoiceOption<T extends string> {
  readonly type: 'choice';
  readonly values: readonly T[];
  readonly default: T;
}
export interface IntegerOption {
  readonly type: 'integer';
  readonly min: number;
  readonly max: number;
  readonly default: number;
}
/** An array of rule ids or group masks (`'nbsp/*'`); no default. */
export interface RuleIdsOption {
  readonly type: 'ruleIds';
}
/** An object of rule id → boolean; no default. */
export interface RuleSwitchesOption {
  readonly type: 'ruleSwitches';
}
/** One of `values`, read by the wrapper itself (`renderArticle`'s `from`). */
export interface InputOption {
  readonly type: 'input';
  readonly values: readonly string[];
  readonly default: string;
}
/** An importer's metadata object; no default. */
export interface MetaOption {
  readonly type: 'meta';
}
export type OptionSpec =
  | BooleanOption | ChoiceOption<string> | IntegerOption | RuleIdsOption | RuleSwitchesOption | InputOption | MetaOption;

interface TypographyOptionSpecs {
  readonly entities: BooleanOption;
  readonly enable: RuleIdsOption;
  readonly disable: RuleIdsOption;
  readonly rules: RuleSwitchesOption;
  readonly englishQuotes: BooleanOption;
}

/** Each function's options with the values they take and their defaults. */
export declare const OPTIONS: {
  readonly renderArticle: TypographyOptionSpecs & {
    readonly layout: ChoiceOption<Layout>;
    readonly typography: BooleanOption;
    readonly jsonLd: BooleanOption;
    readonly rawHtml: ChoiceOption<'escape' | 'drop'>;
    readonly headingBase: IntegerOption;
    readonly nofollow: BooleanOption;
    readonly newTab: BooleanOption;
    readonly maxInputBytes: IntegerOption;
    readonly hyphenation: BooleanOption;
    readonly from: InputOption;
    readonly meta: MetaOption;
  };
  readonly validateArticle: { readonly maxInputBytes: IntegerOption };
  readonly fromEditorJs: { readonly rawHtml: ChoiceOption<'escape' | 'drop'>; readonly maxInputBytes: IntegerOption };
  readonly typograph: TypographyOptionSpecs & { readonly html: BooleanOption };
  readonly hyphenate: {
    readonly html: BooleanOption;
    readonly entities: BooleanOption;
    readonly minWordLength: IntegerOption;
  };
  readonly typographRuns: Omit<TypographyOptionSpecs, 'entities'>;
};
