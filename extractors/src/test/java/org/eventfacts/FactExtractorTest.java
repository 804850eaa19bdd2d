package org.eventfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eventfacts.fact.DocumentFacts;
import org.eventfacts.pipeline.Annotator;
import org.eventfacts.pipeline.Pipeline;
import org.eventfacts.testing.SharedExtractor;
import org.junit.jupiter.api.Test;

class FactExtractorTest {

  private static final String TEXT = "Three people were killed and 12 injured, police said.";

  private final FactExtractor extractor = SharedExtractor.extractor();

  @Test
  void findsNoFactsInABlankText() {
    DocumentFacts facts = extractor.extract("blank", " \n\t ");

    assertThat(facts.facts()).isEmpty();
    assertThat(facts.id()).isEqualTo("blank");
  }

  @Test
  void refusesATextLongerThanItsLimitWithAMessage() {
    FactExtractor small = FactExtractor.builder().maxTextLength(10).build();

    assertThatExceptionOfType(ExtractionException.class)
        .isThrownBy(() -> small.extract("long", TEXT))
        .withMessageContaining("'long'")
        .withMessageContaining("maxTextLength")
        .satisfies(e -> assertThat(e.kind()).isEqualTo(ErrorKind.TOO_LONG));
  }

  @Test
  void anExtractorWithTheDefaultThreadsHalvesADocumentReadAlone() {
    assertThat(FactExtractor.builder().build().pipeline().halvesATextReadAlone()).isTrue();
  }

  @Test
  void anExtractorGivenItsThreadsKeepsEachDocumentOnTheThreadThatReadsIt() {
    assertThat(FactExtractor.builder().threads(1).build().pipeline().halvesATextReadAlone()).isFalse();
    assertThat(FactExtractor.builder().threads(2).build().pipeline().halvesATextReadAlone()).isFalse();
  }

  @Test
  void refusesANullText() {
    assertThatNullPointerException().isThrownBy(() -> extractor.extract("id", (String) null));
  }

  @Test
  void readsTheSameFactsFromManyThreadsAtOnce() throws Exception {
    DocumentFacts expected = extractor.extract("same", TEXT);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<DocumentFacts>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(threads.submit(() -> extractor.extract("same", TEXT)));
      }
      for (Future<DocumentFacts> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void keepsInputOrderInABatch() {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      documents.add(Document.of("doc-" + i, i + 1 + " people were hurt."));
    }

    List<DocumentFacts> facts =
        extractor.extractAll(documents).stream().map(ExtractionResult::factsOrThrow).toList();

    assertThat(facts)
        .extracting(DocumentFacts::id)
        .containsExactly("doc-0", "doc-1", "doc-2", "doc-3", "doc-4", "doc-5", "doc-6");
    assertThat(facts.get(4).casualties()).extracting(c -> c.count().value()).containsExactly(5L);
  }

  @Test
  void givesAnErrorResultForADocumentOverTheLimitAndReadsTheRestOfTheBatch() {
    FactExtractor strict = EventFacts.builder().maxTextLength(40).threads(2).build();
    List<Document> documents =
        List.of(
            Document.of("short", "Two people were hurt."),
            Document.of("long", "Police said three people were killed in the fire on Main Street."),
            Document.of("after", "Four people were hurt."));

    List<ExtractionResult> results = strict.extractAll(documents);

    assertThat(results).extracting(ExtractionResult::id).containsExactly("short", "long", "after");
    assertThat(results.get(1).error().kind()).isEqualTo(ErrorKind.TOO_LONG);
    assertThat(results.get(1).error().message()).contains("'long'", "40");
    assertThat(results.get(2).facts().casualties()).extracting(c -> c.count().value()).containsExactly(4L);
  }

  @Test
  void readsADocumentTheCallerAnnotated() {
    CoreDocument annotated = Pipeline.of(java.util.EnumSet.of(Annotator.DEPPARSE)).annotate(TEXT);

    assertThat(extractor.extract("mine", annotated)).isEqualTo(extractor.extract("mine", TEXT));
  }

  @Test
  void refusesACallersDocumentThatLacksTheParse() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    CoreDocument tokensOnly = new CoreDocument(TEXT);
    new StanfordCoreNLP(properties).annotate(tokensOnly);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> extractor.extract("bare", tokensOnly))
        .withMessageContaining("tokenize,ssplit,pos,lemma,ner,depparse");
  }

  @Test
  void pointsSpansIntoTheOriginalTextEvenAfterNonAsciiCharacters() {
    String text = "Émile said: “Two fishermen — both from Århus — drowned.” 🙏 Four were hurt.";

    DocumentFacts facts = extractor.extract("unicode", text);

    assertThat(facts.casualties()).isNotEmpty();
    assertThat(facts.casualties())
        .allSatisfy(c -> assertThat(c.span().coveredText(text)).containsAnyOf("Two", "Four"));
  }
}
