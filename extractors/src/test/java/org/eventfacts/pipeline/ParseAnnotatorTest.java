package org.eventfacts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Suppliers;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * eventfacts' parser against CoreNLP's {@code depparse} annotator on made-up news sentences, over
 * the tokens and tags of the pipeline the tests share.
 */
class ParseAnnotatorTest {

  private static final Pipeline PIPELINE = Pipeline.of(EnumSet.of(Annotator.NER, Annotator.DEPPARSE));

  private static final Supplier<DependencyParseAnnotator> CORENLP =
      Suppliers.memoize(() -> new DependencyParseAnnotator(new Properties()));

  private static final String TEXT =
      String.join(
          "\n\n",
          "Two fishermen were rescued on Tuesday after their boat capsized off the northern coast, the harbour master said.",
          "\"We heard them shouting before we saw anything,\" said Mara Ellison, 41, who runs a cafe near the pier.",
          "Police arrested a man and a woman in connection with the fire, which destroyed three shops and damaged a school.",
          "The council, which had promised to reopen the bridge by spring, now expects the work to take another year.",
          "Dozens of residents gathered outside the town hall on Friday to protest against the plan.",
          "Rain.",
          "According to officials, at least 12 people were injured, four of them seriously, when the roof collapsed.",
          "She neither confirmed nor denied that the minister had resigned.");

  @Test
  void parsesEveryMadeUpSentenceAsCoreNlpsDepparseDoes() {
    Annotation annotation = PIPELINE.annotate(TEXT).annotation();
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<String> ours = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      ours.add(edges(sentence));
    }

    CORENLP.get().annotate(annotation);

    List<String> coreNlps = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      coreNlps.add(edges(sentence));
    }
    assertThat(sentences).hasSize(8);
    assertThat(ours).containsExactlyElementsOf(coreNlps);
  }

  @Test
  void buildsTheEnhancedPlusPlusGraphAndNoOther() {
    Annotation annotation = PIPELINE.annotate("The ferry left the harbour at noon.").annotation();
    CoreMap sentence = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0);

    assertThat(sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class).getFirstRoot().word())
        .isEqualTo("left");
    assertThat(sentence.containsKey(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)).isFalse();
    assertThat(sentence.containsKey(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class)).isFalse();
  }

  /**
   * The graph's edges; copy nodes by their rank among a word's copies, since CoreNLP numbers the
   * copies of its enhanced++ graph on from those of the graphs it builds before it.
   */
  private static String edges(CoreMap sentence) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    StringBuilder text = new StringBuilder("root " + graph.getFirstRoot().index() + ":");
    for (SemanticGraphEdge edge : graph.edgeListSorted()) {
      text.append(' ')
          .append(edge.getRelation())
          .append('(')
          .append(edge.getGovernor().index())
          .append(edge.getGovernor().copyCount() > 0 ? "'" : "")
          .append(',')
          .append(edge.getDependent().index())
          .append(edge.getDependent().copyCount() > 0 ? "'" : "")
          .append(')');
    }
    return text.toString();
  }
}
