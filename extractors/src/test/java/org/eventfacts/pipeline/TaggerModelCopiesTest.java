package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggerModelCopiesTest {

  @Test
  void aCopyLoadsATaggerThatTagsEveryWordAsTheModelDoes(@TempDir Path directory) throws Exception {
    Path copy = directory.resolve("tagger.tagger");
    TaggerModelCopies.write(TaggerModelCopies.DEFAULT_MODEL, copy);

    MaxentTagger original = new MaxentTagger(TaggerModelCopies.DEFAULT_MODEL);
    MaxentTagger fromCopy = new MaxentTagger(copy.toString());

    for (String text :
        new String[] {
          "The ferry operator said 14 passengers were hurt when the vessel struck the pier on Sunday.",
          "Qorvinth's spokeswoman, Mbali Oyelaran-Fitch, declined to comment on the glimmerous outage.",
          "BREAKING: Two dead, 9 injured after blaze at a warehouse in Port Elsworth -- officials"
        }) {
      assertThat(fromCopy.tagString(text)).isEqualTo(original.tagString(text));
    }
  }

  @Test
  void leavesAModelThatIsNotATaggerAsItIs() {
    assertThat(TaggerModelCopies.inPlaceOf("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"))
        .isEqualTo("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
  }
}
