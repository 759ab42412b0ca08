import type { Root } from 'mdast';
import type { Diagnostic, DiagnosticCode } from '../content/diagnostic';
import type { LocatedSource, ParsedCaseStudy } from '../content/parse-case';
import type { CauseCategory } from '../content/schema';
import type { RuleId } from './rule-ids';

export type Severity = 'error' | 'warning';

/** Replace source[start, end) with text; offsets are into the whole file. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Where a finding points: a front-matter field, a file offset, or a line and column. */
export type Where =
  | { field: readonly PropertyKey[]; at?: 'key' | 'value' }
  | { offset: number }
  | { line: number; column: number };

/** What a rule reports, before the config and disable comments have their say. */
export interface Finding {
  ruleId: RuleId;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** Front-matter field path, e.g. `lessons[2].check`. */
  field?: string;
  message: string;
  /** Edits that fix the problem safely; applied by `--fix`. */
  fix?: TextEdit[];
  /** Found by the content loader: the site cannot build this file, so it is always an error and cannot be disabled. */
  blocking?: boolean;
}

export interface LintDiagnostic extends Finding {
  severity: Severity;
}

export type Report = (where: Where, message: string, fix?: TextEdit[]) => void;

export interface RuleContext {
  /** The taxonomy, when causes.yaml could be read. */
  categories: readonly CauseCategory[] | undefined;
  /** The current year, for dates that cannot be in the future. */
  currentYear: number;
}

/** A file's text, whatever state it is in, for rules about the text itself. */
export interface TextFile {
  source: string;
  kind: 'case' | 'taxonomy';
  /** Where the MDX body starts; undefined for YAML files and for cases without a closed front matter. */
  bodyOffset: number | undefined;
  /** The parsed body, when it parsed. */
  tree: Root | undefined;
}

/** A lesson as corpus-wide rules see it: plain data, so it can come back from a worker thread. */
export interface LessonFacts {
  file: string;
  slug: string;
  index: number;
  id: string;
  text: string;
  check: string;
  /** Where the lesson's text is. */
  line: number;
  column: number;
}

export interface Rule {
  id: RuleId;
  /** Used unless lessons.config.json says otherwise. */
  severity: Severity;
  /** One line: what the rule asks of a case. */
  message: string;
  /** One line: why, and what to do about it. */
  docs: string;
  fixable?: boolean;
  /**
   * Problems the content loader finds that belong to this rule. The site cannot build such a file, so they are always
   * errors and cannot be disabled; a rule made only of these cannot be turned down in the config either.
   */
  loaderCodes?: readonly DiagnosticCode[];
  /** The safe fix for one of this rule's loader problems, if there is one. */
  fixLoaderDiagnostic?(diagnostic: Diagnostic, located: LocatedSource): TextEdit[] | undefined;
  /** Runs on every file's text, even one that does not parse. */
  checkText?(file: TextFile, report: Report): void;
  /** Runs on each case that passed the loader. */
  checkCase?(caseStudy: ParsedCaseStudy, report: Report, context: RuleContext): void;
  /** Runs once over every lesson of every valid case in a content folder. */
  checkCorpus?(lessons: readonly LessonFacts[], report: (lesson: LessonFacts, message: string) => void): void;
}
