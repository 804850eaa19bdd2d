package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fast-loading copy damaged after it was written costs its speed, never the pipeline. */
class DamagedModelCopiesTest {

  private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  @Test
  void aPipelineWhoseCopiesCannotBeReadIsBuiltFromTheModelsThemselves(@TempDir Path directory) throws Exception {
    String before = System.getProperty("eventfacts.modelCache");
    System.setProperty("eventfacts.modelCache", directory.toString());
    try {
      // the copies' files exist, so they are taken as written, but hold no model
      Path nerCopy = Path.of(CrfModelCopies.inPlaceOf(NER_MODEL));
      Path taggerCopy = Path.of(TaggerModelCopies.inPlaceOf(TaggerModelCopies.DEFAULT_MODEL));
      assertThat(nerCopy).startsWith(directory);
      assertThat(taggerCopy).startsWith(directory);
      Files.writeString(nerCopy, "not a classifier", StandardCharsets.UTF_8);
      Files.writeString(taggerCopy, "not a tagger", StandardCharsets.UTF_8);

      Properties properties = new Properties();
      properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      properties.setProperty("ner.model", NER_MODEL);
      properties.setProperty("ner.applyNumericClassifiers", "false");
      properties.setProperty("ner.useSUTime", "false");
      properties.setProperty("ner.applyFineGrained", "false");
      properties.setProperty("ner.buildEntityMentions", "false");
      StanfordCoreNLP pipeline = ModelLoading.inParallel(properties);

      Annotation annotation = new Annotation("Mayor Dana Whitcombe visited Lakeview on Tuesday.");
      pipeline.annotate(annotation);
      List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
      assertThat(tokens.get(1).tag()).isEqualTo("NNP");
      assertThat(tokens.get(2).ner()).isEqualTo("PERSON");
      assertThat(properties.getProperty("ner.model")).isEqualTo(NER_MODEL);
      assertThat(properties.getProperty("pos.model")).isEqualTo(TaggerModelCopies.DEFAULT_MODEL);
    } finally {
      if (before == null) {
        System.clearProperty("eventfacts.modelCache");
      } else {
        System.setProperty("eventfacts.modelCache", before);
      }
    }
  }
}
