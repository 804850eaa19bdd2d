package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.eventfacts.fact.DocumentFacts;

/**
 * The front door of the evaluation harness: runs an extractor over a corpus and scores it.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.read(Path.of("../shared/corpus/gva-dev"));
 * EvaluationReport report = Evaluation.run(corpus, (id, text) -> extractor.extract(text));
 * System.out.print(report.toTable());
 * }</pre>
 *
 * <p>The extractor is any function from a document's id and text to its facts, so that this
 * module need not depend on the extractors; predictions extracted earlier can be scored with
 * {@link #score(Corpus, Iterable)}.
 */
public final class Evaluation {

  private Evaluation() {}

  /**
   * Extracts every document of {@code corpus} with {@code extractor} and scores the result.
   *
   * @param extractor given a document's id and text, returns its facts, whose spans must point
   *     into that same text
   */
  public static EvaluationReport run(
      Corpus corpus, BiFunction<? super String, ? super String, DocumentFacts> extractor) {
    checkNotNull(extractor, "extractor");
    ImmutableList.Builder<DocumentScore> scores = ImmutableList.builder();
    for (CorpusDocument document : corpus.documents()) {
      DocumentFacts facts = extractor.apply(document.id(), document.text());
      checkNotNull(facts, "the extractor returned no facts for %s", document.id());
      scores.add(scoreDocument(document, facts));
    }
    return new EvaluationReport(corpus.name(), scores.build());
  }

  /**
   * Scores facts extracted earlier, paired with the corpus documents by {@link DocumentFacts#id()}.
   *
   * @throws IllegalArgumentException when a document has no facts, or facts name no document
   */
  public static EvaluationReport score(Corpus corpus, Iterable<DocumentFacts> predictions) {
    Map<String, DocumentFacts> byId = new HashMap<>();
    for (DocumentFacts facts : predictions) {
      checkArgument(
          byId.put(facts.id(), facts) == null, "two sets of predictions for %s", facts.id());
    }
    Set<String> missing = new TreeSet<>();
    for (CorpusDocument document : corpus.documents()) {
      if (!byId.containsKey(document.id())) {
        missing.add(document.id());
      }
    }
    checkArgument(missing.isEmpty(), "no predictions for documents %s", missing);
    Set<String> unknown = new TreeSet<>(byId.keySet());
    corpus.documents().forEach(document -> unknown.remove(document.id()));
    checkArgument(
        unknown.isEmpty(), "predictions for documents not in %s: %s", corpus.name(), unknown);
    return run(corpus, (id, text) -> byId.get(id));
  }

  private static DocumentScore scoreDocument(CorpusDocument document, DocumentFacts facts) {
    checkArgument(
        facts.text().equals(document.text()),
        "the facts of %s were read from a different text than the corpus holds",
        document.id());
    return Scorer.score(document.gold(), facts);
  }
}
