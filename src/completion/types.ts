// What completion needs to know about the session, kept apart from the engine so it can be tested alone.

export interface CompletionParameter {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly type: string;
  /** Allowed or suggested values (ValidateSet, AWS enumerations). */
  readonly values?: readonly string[];
  readonly hidden?: boolean;
}

export interface CompletionCommand {
  readonly name: string;
  readonly parameters: readonly CompletionParameter[];
}

export interface CompletionEnvironment {
  /** Cmdlet, function and alias names the session knows, registered or generated (not yet defined). */
  commandNames(): Iterable<string>;
  /** A command by name or alias, without running anything. */
  command(name: string): CompletionCommand | undefined;
  /** Names of the variables visible at the prompt. */
  variableNames(): Iterable<string>;
  /** A variable's current value (undefined when the variable does not exist). */
  variableValue(name: string): unknown;
  /** Values for a well-known parameter whatever the command (-Region, -ProfileName). */
  wellKnownValues(parameter: string): readonly string[] | undefined;
  /** The current directory, for relative paths. */
  readonly cwd: string;
  readonly home: string;
}

export interface CompletionResult {
  /** Offset in the line of the text the matches replace. */
  readonly start: number;
  /** Offset where the replaced text ends (the cursor). */
  readonly end: number;
  /** Replacement texts, in the order Tab offers them. */
  readonly matches: readonly string[];
}
