// The Report tab's choices, kept while the app is open: leaving the tab and coming back
// finds the period, the ratings and the questions as they were.
import type { AppendixChoice, LanguageChoice, PaperSize } from './bindings';

export interface ReportDraft {
  /** Whether the defaults were loaded once. */
  loaded: boolean;
  from: string;
  to: string;
  /** Which rule chose the period, in words; empty once the person changed it. */
  reason: string;
  questions: string;
  appendix: AppendixChoice;
  paper: PaperSize;
  /** The PDF's language (a code), and those it can be in. */
  language: string;
  languages: LanguageChoice[];
  frequency: number;
  severity: number;
  /** What the log suggests for the period shown. */
  suggested: { f: number; s: number } | null;
  /** The person set the ratings for this period (they no longer follow the suggestion). */
  touched: boolean;
  /** The person says the ratings are theirs (printed as self-rated). */
  confirmed: boolean;
}

export function freshDraft(): ReportDraft {
  return {
    loaded: false,
    from: '',
    to: '',
    reason: '',
    questions: '',
    appendix: 'notable',
    paper: 'a4',
    language: 'en',
    languages: [],
    frequency: 0,
    severity: 1,
    suggested: null,
    touched: false,
    confirmed: false,
  };
}

export const reportDraft: ReportDraft = $state(freshDraft());

/** Starts over (tests, and another journal). */
export function resetReportDraft(): void {
  Object.assign(reportDraft, freshDraft());
}
