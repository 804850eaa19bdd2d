package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.ParsedSentence;

/**
 * Finds organisation names by their shape, where the tagger tags them as places, splits them or
 * misses them: a run of capitalised words, joined by "of", "and", "for" or a possessive, whose last
 * word is an organisation noun ({@link OrganisationWords#HEADS}): "the US State Department", "the
 * Ministry of Health", "the Tarn Valley Fishermen's Cooperative Union". The run replaces the names
 * tagged inside it ("US" as a place, "State" as an organisation).
 */
final class OrganisationNameRuns {

  private static final ImmutableSet<String> CONNECTORS =
      ImmutableSet.of("of", "for", "and", "&", "on");
  private static final ImmutableSet<String> OF_FOR = ImmutableSet.of("of", "for");
  private static final ImmutableSet<String> INNER_CONNECTORS = ImmutableSet.of("of", "and", "&");
  private static final ImmutableSet<String> NOUN_TAGS =
      ImmutableSet.of("NNP", "NNPS", "NN", "NNS", "JJ", "FW");

  private OrganisationNameRuns() {}

  /** The names of {@code sentence}: {@code tagged}, corrected by the runs it holds. */
  static List<Name> correct(ParsedSentence sentence, List<Name> tagged) {
    List<Name> names = new ArrayList<>(tagged);
    List<CoreLabel> tokens = sentence.tokens();
    int i = 1;
    while (i <= tokens.size()) {
      if (!isCapitalisedWord(sentence.token(i))) {
        i++;
        continue;
      }
      int end = i;
      int j = i + 1;
      while (j <= tokens.size()) {
        CoreLabel token = sentence.token(j);
        if (isCapitalisedWord(token)) {
          end = j;
          j++;
        } else if (isConnector(sentence, j)
            && j + 1 <= tokens.size()
            && (isCapitalisedWord(sentence.token(j + 1)) || isConnector(sentence, j + 1))) {
          j++;
        } else {
          break;
        }
      }
      int last = end;
      while (last > i && !OrganisationWords.isHead(sentence.token(last).word())) {
        last--;
      }
      if (OrganisationWords.isHead(sentence.token(last).word())) {
        int named = objectOfHead(sentence, last);
        if (named > last || last > i) {
          apply(names, new Mention(sentence, i, named));
        }
        end = Math.max(end, named);
      }
      i = end + 1;
    }
    return names;
  }

  /**
   * The last word of the name of what an organisation noun is "of" or "for", where that name is
   * part of the organisation's: "the Society of the Cincinnati", "the Centre for Irish and Scottish
   * Studies", "the Senate of the United States". The name ends before a person's name and before a
   * title ("the Ministry of Justice and Interior Minister Ana Voss"), and takes no lower-case word:
   * "the Centre for Advanced Study in the Social Sciences" is the Centre for Advanced Study.
   * Returns {@code head} when nothing follows.
   */
  private static int objectOfHead(ParsedSentence sentence, int head) {
    int size = sentence.tokens().size();
    int j = head + 1;
    if (j > size || !OF_FOR.contains(sentence.token(j).word())) {
      return head;
    }
    j++;
    if (j <= size && sentence.token(j).word().equals("the")) {
      j++;
    }
    int last = head;
    while (j <= size) {
      CoreLabel token = sentence.token(j);
      if (isCapitalisedWord(token) && !isPersonOrTitle(token)) {
        last = j;
        j++;
      } else if (INNER_CONNECTORS.contains(token.word()) && last == j - 1) {
        int next = j + 1;
        if (token.word().equals("of") && next <= size && sentence.token(next).word().equals("the")) {
          next++; // "the Government of the Republic of the Isles"
        }
        if (next > size
            || !isCapitalisedWord(sentence.token(next))
            || isPersonOrTitle(sentence.token(next))) {
          break;
        }
        j = next;
      } else {
        break;
      }
    }
    return last;
  }

  private static boolean isPersonOrTitle(CoreLabel token) {
    return "PERSON".equals(token.ner())
        || TitleWords.isHead(token.word())
        || TitleWords.isModifier(token.word()) && !OrganisationWords.isHead(token.word());
  }

  private static void apply(List<Name> names, Mention run) {
    List<Name> inside = new ArrayList<>();
    for (Name name : names) {
      if (!name.mention().overlaps(run)) {
        continue;
      }
      boolean within = name.mention().first() >= run.first() && name.mention().last() <= run.last();
      if (!within) {
        return; // the run cuts a tagged name: trust the tagger's boundary
      }
      if (name.kind() == ActorKind.PERSON && name.mention().last() == run.last()) {
        return;
      }
      inside.add(name);
    }
    long organisations = inside.stream().filter(n -> n.kind() == ActorKind.ORGANIZATION).count();
    if (organisations > 1) {
      return; // "Norgas and Brightline Group": two tagged organisations, not one
    }
    names.removeAll(inside);
    names.add(new Name(run, ActorKind.ORGANIZATION));
  }

  private static boolean isCapitalisedWord(CoreLabel token) {
    String word = token.word();
    return !word.isEmpty()
        && Character.isUpperCase(word.charAt(0))
        && token.tag() != null
        && NOUN_TAGS.contains(token.tag());
  }

  private static boolean isConnector(ParsedSentence sentence, int index) {
    CoreLabel token = sentence.token(index);
    String word = token.word();
    if (CONNECTORS.contains(word)) {
      return true;
    }
    if (word.equals("'s") || word.equals("’s")) {
      return true;
    }
    // the apostrophe of a plural possessive: "Workers' Union"
    return (word.equals("'") || word.equals("’"))
        && index > 1
        && sentence.token(index - 1).word().endsWith("s");
  }
}
