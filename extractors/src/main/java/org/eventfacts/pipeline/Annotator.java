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
  DEPPARSE("depparse");

  private final String coreNlpName;

  Annotator(String coreNlpName) {
    this.coreNlpName = coreNlpName;
  }

  /** The name CoreNLP's {@code annotators} property uses. */
  public String coreNlpName() {
    return coreNlpName;
  }
}
