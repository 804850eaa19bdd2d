package org.eventfacts.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How much of a text CoreNLP is given at once, so that no input costs more than a bounded amount
 * of time and memory per sentence.
 *
 * <pre>{@code
 * Limits limits = Limits.DEFAULT.withMaxSentenceTokens(60);
 * }</pre>
 *
 * @param maxTokenLength runs of non-space characters longer than this are not words (a pasted
 *     hash, a base64 blob, a 100,000-character line of one letter) and are blanked before
 *     tokenizing; the NER model's character n-gram features make a long token cost memory in
 *     proportion to the square of its length
 * @param maxSentenceTokens sentences longer than this are cut into pieces of at most this many
 *     tokens, at the punctuation nearest the limit, before tagging and parsing; the tagger, NER and
 *     parser cost grows faster than linearly with sentence length, and no sentence of news prose
 *     is this long
 * @param batchTokens how many tokens are tagged and parsed between checks of the time limit
 */
public record Limits(int maxTokenLength, int maxSentenceTokens, int batchTokens) {

  /** The defaults: tokens of 100 characters, sentences of 120 tokens, batches of 2,000 tokens. */
  public static final Limits DEFAULT = new Limits(100, 120, 2_000);

  public Limits {
    checkArgument(maxTokenLength >= 20, "maxTokenLength must be at least 20, got %s", maxTokenLength);
    checkArgument(maxSentenceTokens >= 10, "maxSentenceTokens must be at least 10, got %s", maxSentenceTokens);
    checkArgument(batchTokens >= 1, "batchTokens must be positive, got %s", batchTokens);
  }

  /** These limits with another {@link #maxTokenLength()}. */
  public Limits withMaxTokenLength(int characters) {
    return new Limits(characters, maxSentenceTokens, batchTokens);
  }

  /** These limits with another {@link #maxSentenceTokens()}. */
  public Limits withMaxSentenceTokens(int tokens) {
    return new Limits(maxTokenLength, tokens, batchTokens);
  }
}
