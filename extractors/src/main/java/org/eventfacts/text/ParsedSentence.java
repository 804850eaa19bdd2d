package org.eventfacts.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * One sentence: its tokens, its enhanced++ dependency graph (absent when the parser skipped the
 * sentence), its position in the document and the spans of its words.
 */
public final class ParsedSentence {

  private final String text;
  private final int index;
  private final int paragraph;
  private final boolean furniture;
  private final ImmutableList<CoreLabel> tokens;
  private final @Nullable SemanticGraph graph;
  private final ImmutableList<CoreMap> entityMentions;
  // built on first use: the readers walk a sentence's graph in order many times (a race only
  // builds an equal list twice)
  private @Nullable ImmutableList<IndexedWord> wordsInOrder;
  private @Nullable ImmutableList<SemanticGraphEdge> edgesInOrder;
  private @Nullable List<@Nullable IndexedWord> wordsByIndex; // a fixed-size view of an array

  ParsedSentence(String text, int index, int paragraph, boolean furniture, CoreMap sentence) {
    this.text = text;
    this.index = index;
    this.paragraph = paragraph;
    this.furniture = furniture;
    this.tokens = ImmutableList.copyOf(sentence.get(CoreAnnotations.TokensAnnotation.class));
    this.graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    this.entityMentions = mentions == null ? ImmutableList.of() : ImmutableList.copyOf(mentions);
  }

  /** The 0-based index of the sentence in its document. */
  public int index() {
    return index;
  }

  /** The 0-based index of the paragraph the sentence lies in. */
  public int paragraph() {
    return paragraph;
  }

  /**
   * Whether the sentence lies in page furniture (a related-story link, a photo carousel) rather
   * than in the article; fact readers skip such sentences.
   */
  public boolean isFurniture() {
    return furniture;
  }

  /** The tokens in order; token {@code i} (1-based, as in the graph) is {@code tokens().get(i - 1)}. */
  public ImmutableList<CoreLabel> tokens() {
    return tokens;
  }

  /** The token with the 1-based index {@code index}. */
  public CoreLabel token(int index) {
    checkArgument(index >= 1 && index <= tokens.size(), "no token %s in sentence %s", index, this.index);
    return tokens.get(index - 1);
  }

  /** The enhanced++ dependency graph, or {@code null} when the sentence was not parsed. */
  public @Nullable SemanticGraph graph() {
    return graph;
  }

  /**
   * The words of the {@linkplain #graph() graph} in text order, as {@link
   * SemanticGraph#vertexListSorted()} gives them, sorted once per sentence; empty when the
   * sentence was not parsed.
   */
  public ImmutableList<IndexedWord> wordsInOrder() {
    ImmutableList<IndexedWord> words = wordsInOrder;
    if (words == null) {
      words = graph == null ? ImmutableList.of() : ImmutableList.copyOf(graph.vertexListSorted());
      wordsInOrder = words;
    }
    return words;
  }

  /**
   * The edges of the {@linkplain #graph() graph} in the order of {@link
   * SemanticGraph#edgeListSorted()} (by dependent), sorted once per sentence; empty when the
   * sentence was not parsed.
   */
  public ImmutableList<SemanticGraphEdge> edgesInOrder() {
    ImmutableList<SemanticGraphEdge> edges = edgesInOrder;
    if (edges == null) {
      edges = graph == null ? ImmutableList.of() : ImmutableList.copyOf(graph.edgeListSorted());
      edgesInOrder = edges;
    }
    return edges;
  }

  /**
   * The word of the {@linkplain #graph() graph} at the 1-based token index {@code index}, as
   * {@link SemanticGraph#getNodeByIndexSafe(int)} gives it (the first such vertex of the graph),
   * from an index built once per sentence rather than a search of the graph per question; {@code
   * null} when the graph has no word there or the sentence was not parsed.
   */
  public @Nullable IndexedWord wordAt(int index) {
    List<@Nullable IndexedWord> words = wordsByIndex;
    if (words == null) {
      @Nullable IndexedWord[] byIndex = new IndexedWord[tokens.size() + 1];
      if (graph != null) {
        for (IndexedWord vertex : graph.vertexSet()) {
          int at = vertex.index();
          if (at >= 0 && at < byIndex.length && byIndex[at] == null) {
            byIndex[at] = vertex;
          }
        }
      }
      words = Arrays.asList(byIndex);
      wordsByIndex = words;
    }
    if (index >= 0 && index < words.size()) {
      return words.get(index);
    }
    return graph == null ? null : graph.getNodeByIndexSafe(index);
  }

  /**
   * The named-entity mentions CoreNLP built for the sentence ({@code ner.buildEntityMentions}), in
   * its order; empty when the annotation is missing. Each holds its {@code TokensAnnotation} and
   * {@code EntityTypeAnnotation}.
   */
  public ImmutableList<CoreMap> entityMentions() {
    return entityMentions;
  }

  /** The whole sentence. */
  public Span span() {
    return new Span(
        tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition());
  }

  /** The characters of the word. */
  public Span span(IndexedWord word) {
    CoreLabel token = token(word.index());
    return new Span(token.beginPosition(), token.endPosition());
  }

  /** From the first to the last of {@code words}, and everything between. */
  public Span span(Collection<IndexedWord> words) {
    checkArgument(!words.isEmpty(), "no words to span");
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (IndexedWord word : words) {
      first = Math.min(first, word.index());
      last = Math.max(last, word.index());
    }
    return tokenSpan(first, last);
  }

  /** From token {@code first} to token {@code last} (1-based, inclusive). */
  public Span tokenSpan(int first, int last) {
    return new Span(token(first).beginPosition(), token(last).endPosition());
  }

  /** The characters of {@code span}, whitespace collapsed. */
  public String words(Span span) {
    return Whitespace.collapsed(span.coveredText(text));
  }

  /** The whole text of the sentence as written. */
  public String text() {
    return span().coveredText(text);
  }

  /** The document text. */
  public String documentText() {
    return text;
  }

  @Override
  public String toString() {
    return "sentence " + index + ": " + text();
  }
}
