package org.eventfacts.quote;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.IndexedWord;
import org.eventfacts.testing.SharedExtractor;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;
import org.junit.jupiter.api.Test;

class BasicTreeTest {

  private static final ParsedText PARSED =
      SharedExtractor.parse(
          "The harbour master, who had warned of the storm for days, said on Tuesday that the"
              + " eastern pier would stay closed until the engineers had inspected it.\n\n"
              + "Fishermen said they were angry.");

  @Test
  void givesEachWordTheFirstAndLastTokenItDominates() {
    for (ParsedSentence sentence : PARSED.sentences()) {
      BasicTree tree = BasicTree.of(sentence, sentence.graph());
      for (IndexedWord word : sentence.wordsInOrder()) {
        int first = word.index();
        int last = word.index();
        for (int i = 1; i <= sentence.tokens().size(); i++) {
          if (tree.dominates(word.index(), i)) {
            first = Math.min(first, i);
            last = Math.max(last, i);
          }
        }
        assertThat(tree.first(word)).as("first of %s", word).isEqualTo(first);
        assertThat(tree.last(word)).as("last of %s", word).isEqualTo(last);
      }
    }
  }

  @Test
  void givesTheRootTheWholeSentence() {
    ParsedSentence sentence = PARSED.sentences().get(1);
    BasicTree tree = BasicTree.of(sentence, sentence.graph());
    IndexedWord root = sentence.graph().getFirstRoot();

    assertThat(tree.head(root)).isEmpty();
    assertThat(tree.first(root)).isEqualTo(1);
    assertThat(tree.last(root)).isEqualTo(sentence.tokens().size());
  }
}
