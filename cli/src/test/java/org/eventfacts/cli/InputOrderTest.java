package org.eventfacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eventfacts.Document;
import org.eventfacts.ErrorKind;
import org.eventfacts.ExtractionError;
import org.eventfacts.ExtractionResult;
import org.eventfacts.fact.DocumentFacts;
import org.junit.jupiter.api.Test;

class InputOrderTest {

  private static Input readable(String id) {
    return new Input.Readable(Document.of(id, "Text of " + id + "."));
  }

  private static Input unreadable(String id) {
    return new Input.Unreadable(id, new ExtractionError(ErrorKind.DECODE, "bad bytes"));
  }

  /** Stands in for the extractor: pulls every document first, then hands back results in order. */
  private static List<String> run(List<Input> inputs) {
    List<String> written = new ArrayList<>();
    InputOrder order = new InputOrder(inputs, result -> written.add(result.id()));
    List<Document> pulled = new ArrayList<>();
    order.documents().forEach(pulled::add);
    for (Document document : pulled) {
      order.accept(ExtractionResult.of(DocumentFacts.empty(document.id(), document.text())));
    }
    order.finish();
    return written;
  }

  @Test
  void writesUnreadableInputsInTheirPlaceAmongTheResults() {
    assertThat(run(List.of(unreadable("a"), readable("b"), unreadable("c"), unreadable("d"), readable("e"), unreadable("f"))))
        .containsExactly("a", "b", "c", "d", "e", "f");
  }

  @Test
  void writesEveryRecordWhenNoInputIsReadable() {
    assertThat(run(List.of(unreadable("a"), unreadable("b")))).containsExactly("a", "b");
  }

  @Test
  void givesTheExtractorOnlyTheReadableDocuments() {
    InputOrder order = new InputOrder(List.of(unreadable("a"), readable("b")), result -> {});
    List<String> ids = new ArrayList<>();
    order.documents().forEach(document -> ids.add(document.id()));

    assertThat(ids).containsExactly("b");
  }
}
