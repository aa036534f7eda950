// Chevrotain's performSelfAnalysis computes the LL(k) lookahead function of every OR/OPTION/MANY in the
// grammar up front, which is most of the parser's construction time, although one script only reaches a
// small part of the grammar. This strategy builds each lookahead function the first time the parser
// needs it instead; the functions themselves (and therefore parsing) are exactly those of LLkLookaheadStrategy.
//
// Usage (grammar/parser.ts): super(T.allTokens, { maxLookahead: 3, skipValidations: true,
//   lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 3 }) }).
// Grammar validations, which need every path computed, still run eagerly when skipValidations is false.

import { LLkLookaheadStrategy, type ILookaheadStrategy, type ILookaheadValidationError, type IOrAlt, type OptionalProductionType, type Rule, type TokenType } from 'chevrotain';

type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
type AlternationLookahead = (orAlts?: IOrAlt<unknown>[]) => number | undefined;
type OptionalLookahead = () => boolean;

export class LazyLookaheadStrategy implements ILookaheadStrategy {
  private readonly eager: ILookaheadStrategy;

  constructor(options?: { maxLookahead?: number }) {
    this.eager = new LLkLookaheadStrategy(options);
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.eager.validate(options);
  }

  initialize(options: { rules: Rule[] }): void {
    this.eager.initialize?.(options);
  }

  buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
    const eager = this.eager;
    let built: AlternationLookahead | undefined;
    // The parser calls lookahead functions with itself as `this`: pass it on.
    return function lazyAlternationLookahead(this: unknown, orAlts?: IOrAlt<unknown>[]): number | undefined {
      built ??= eager.buildLookaheadForAlternation(options);
      return built.call(this, orAlts);
    };
  }

  buildLookaheadForOptional(options: OptionalOptions & { prodType: OptionalProductionType }): OptionalLookahead {
    const eager = this.eager;
    let built: OptionalLookahead | undefined;
    return function lazyOptionalLookahead(this: unknown): boolean {
      built ??= eager.buildLookaheadForOptional(options);
      return built.call(this);
    };
  }
}
