package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrfModelCopiesTest {

  private static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  @Test
  void aCopyLoadsAClassifierThatLabelsEveryWordAsTheModelDoes(@TempDir Path directory) throws Exception {
    Path copy = directory.resolve("4class.ser");
    CrfModelCopies.write(MODEL, copy);

    CRFClassifier<CoreLabel> original = CRFClassifier.getClassifier(MODEL);
    CRFClassifier<CoreLabel> fromCopy = CRFClassifier.getClassifier(copy.toString());

    for (String text :
        new String[] {
          "The mayor of Lakeview, Dana Whitcombe, met officials of the Northern Ferry Company on Tuesday.",
          "Zorvath Kellington-Abara told the Eastbrook Gazette that the Qx7 pier had closed.",
          "DEVONPORT (Reuters) - Two fishermen from the Isle of Arran were rescued by the coastguard."
        }) {
      assertThat(fromCopy.classifyToString(text)).isEqualTo(original.classifyToString(text));
    }
    assertThat(fromCopy.getNumWeights()).isEqualTo(original.getNumWeights());
    assertThat(Files.size(copy)).isPositive();
  }

  @Test
  void leavesAModelThatIsNotACrfAsItIs() {
    assertThat(CrfModelCopies.inPlaceOf("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger"))
        .isEqualTo("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
  }
}
