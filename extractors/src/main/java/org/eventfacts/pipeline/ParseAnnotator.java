package org.eventfacts.pipeline;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The dependency parser eventfacts runs in CoreNLP's place: the same model as CoreNLP's {@code
 * depparse} annotator (english_UD, the same weights, features and arc-standard transitions, so
 * the same parses), with a faster forward pass ({@link TransitionParser}), and only the graph the
 * fact readers read, the enhanced++ dependencies ({@link
 * SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation}); CoreNLP's annotator also
 * builds the basic, collapsed, CC-processed and enhanced graphs, which nothing here reads.
 *
 * <p>The model is read once per JVM, on first use, and shared by every pipeline and thread. In a
 * CoreNLP pipeline it is the custom annotator {@value #NAME}:
 *
 * <pre>{@code
 * props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner," + ParseAnnotator.NAME);
 * props.setProperty("customAnnotatorClass." + ParseAnnotator.NAME, ParseAnnotator.class.getName());
 * }</pre>
 */
public final class ParseAnnotator implements Annotator {

  /** The annotator's name in a CoreNLP pipeline's {@code annotators} property. */
  public static final String NAME = "efdepparse";

  /** Changes whenever the parses or graphs this annotator makes could change (cache keys). */
  static final String VERSION = "english_UD,enhanced++-only,1";

  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private static final Supplier<Model> ENGLISH = Suppliers.memoize(() -> new Model(englishWeights()));

  private final Model model;

  /** The constructor CoreNLP calls for a custom annotator; the properties are not read. */
  public ParseAnnotator(String name, Properties properties) {
    this.model = ENGLISH.get();
  }

  /** Reads the model now, if no parser has yet, so that a pipeline can load it beside others. */
  static void loadModel() {
    ENGLISH.get();
  }

  /**
   * The english_UD weights, from their binary copy if one was written for this model file, else
   * from the text model (then copied for the next JVM).
   */
  private static ParserWeights englishWeights() {
    // The resource's address names the models jar and its version: a new jar, a new copy.
    String key = ModelCopies.jarKey(ParseAnnotator.class.getClassLoader().getResource(MODEL));
    java.util.Optional<java.nio.file.Path> copy = ParserWeightsFile.copyOf(MODEL, "1-" + key);
    java.util.Optional<ParserWeights> copied = copy.flatMap(ParserWeightsFile::read);
    if (copied.isPresent()) {
      return copied.get();
    }
    ParserWeights weights = ParserWeights.fromClassPath(MODEL);
    copy.ifPresent(file -> ParserWeightsFile.write(weights, file));
    return weights;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      sentence.set(
          SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          model.enhancedPlusPlus(tokens));
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.IndexAnnotation.class,
        CoreAnnotations.ValueAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.SentenceIndexAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  /** The weights, their kept products and the parser over them. */
  static final class Model {
    final ParserWeights weights;
    final HiddenProducts products;
    final TransitionParser parser;
    private final GrammaticalRelation[] relations;

    Model(ParserWeights weights) {
      this.weights = weights;
      this.products = new HiddenProducts(weights);
      this.parser = new TransitionParser(weights, products);
      if (!weights.arcLabels.get(0).equals("root")) {
        throw new IllegalStateException("parser model: the first arc label is not root");
      }
      this.relations = new GrammaticalRelation[weights.arcLabels.size()];
      for (int i = 0; i < relations.length; i++) {
        String label = weights.arcLabels.get(i);
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        relations[i] =
            known != null
                ? known
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
      }
    }

    /** The parse of {@code tokens}: heads and labels. */
    TransitionParser.Arcs arcs(List<CoreLabel> tokens) {
      int[] words = new int[tokens.size()];
      int[] tags = new int[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        CoreLabel token = tokens.get(i);
        words[i] = weights.wordId(token.word());
        tags[i] = weights.tagId(token.tag());
      }
      return parser.parse(words, tags);
    }

    /** The enhanced++ graph of {@code tokens}, as CoreNLP's depparse annotator makes it. */
    SemanticGraph enhancedPlusPlus(List<CoreLabel> tokens) {
      return SemanticGraphFactory.makeFromTree(
          structure(tokens, arcs(tokens)),
          SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
          GrammaticalStructure.Extras.NONE,
          null);
    }

    /** The grammatical structure CoreNLP's parser hands its annotator, built from the arcs. */
    GrammaticalStructure structure(List<CoreLabel> tokens, TransitionParser.Arcs arcs) {
      IndexedWord root = new IndexedWord(new Word("ROOT"));
      root.set(CoreAnnotations.IndexAnnotation.class, 0);
      List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
      for (int token = 1; token <= tokens.size(); token++) {
        int head = arcs.heads()[token];
        IndexedWord dependent = new IndexedWord(tokens.get(token - 1));
        IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
        GrammaticalRelation relation =
            head == 0 ? GrammaticalRelation.ROOT : relations[arcs.labels()[token]];
        dependencies.add(new TypedDependency(relation, governor, dependent));
      }
      return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }
  }
}
