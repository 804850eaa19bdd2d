package org.eventfacts.pipeline;

/**
 * The CoreNLP annotators eventfacts uses, in the order a pipeline must run them. Each fact reader
 * names the ones it needs; a pipeline runs the union and nothing more.
 */
public enum Annotator {
  TOKENIZE("tokenize"),
  SSPLIT("ssplit"),
  POS("pos"),
  LEMMA("lemma"),
  /** Coarse named entities and normalised numbers; no fine-grained rules, no SUTime. */
  NER("ner"),
  /**
   * Dependency parses (enhanced++ graphs) by eventfacts' own runner of CoreNLP's neural parser
   * model, {@link ParseAnnotator}: CoreNLP's parses, faster.
   */
  DEPPARSE(ParseAnnotator.NAME);

  private final String coreNlpName;

  Annotator(String coreNlpName) {
    this.coreNlpName = coreNlpName;
  }

  /** The name CoreNLP's {@code annotators} property uses. */
  public String coreNlpName() {
    return coreNlpName;
  }
}
