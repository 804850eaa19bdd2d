package org.eventfacts.arrest;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventfacts.attribution.Attribution;
import org.eventfacts.attribution.AttributionReader;
import org.eventfacts.fact.Phrase;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Names the members of an arrested group by the people charged nearby: "Officers detained three
 * teenagers after a carjacking. Police charged Al Fox, Bo Chu and Ann Dale with robbery." Each
 * named person not otherwise reported arrested is an arrest of their own, up to the size of the
 * group, with the charge of the sentence that names them.
 */
final class ChargedMembers {

  /** How many sentences before and after a group arrest its members may be named. */
  private static final int BEFORE = 2;

  private static final int AFTER = 4;

  private ChargedMembers() {}

  /** The arrests of the named members of the groups among {@code drafts}. */
  static List<Draft> of(ParsedText text, List<Draft> drafts, Namings namings, AttributionReader attributions) {
    Set<String> arrested = new HashSet<>();
    for (Draft draft : drafts) {
      if (draft.arrestee() != null) {
        People.surname(text, draft.arrestee()).ifPresent(arrested::add);
      }
    }
    List<Draft> members = new ArrayList<>();
    for (Draft group : drafts) {
      boolean unnamedGroup =
          group.plural() && (group.arrestee() == null || People.surname(text, group.arrestee()).isEmpty());
      if (!unnamedGroup) {
        continue;
      }
      Long size = group.count() == null ? null : group.count().count().value();
      int added = 0;
      for (Namings.Naming naming : namings.all()) {
        int distance = naming.sentence().index() - group.sentence().index();
        if (!naming.isCharge() || distance < -BEFORE || distance > AFTER) {
          continue;
        }
        Optional<String> surname = People.surname(text, naming.name());
        if (surname.isEmpty() || arrested.contains(surname.get()) || (size != null && added >= size)) {
          continue;
        }
        arrested.add(surname.get());
        added++;
        members.add(member(group, naming, attributions));
      }
    }
    return members;
  }

  private static Draft member(Draft group, Namings.Naming naming, AttributionReader attributions) {
    ParsedSentence sentence = naming.sentence();
    Phrase name = naming.name();
    Phrase charge =
        new ChargeFinder(sentence, sentence.graph())
            .aboutPerson(word -> isIn(word, name, sentence))
            .orElse(null);
    Attribution attribution = attributions.read(sentence, naming.verb());
    return new Draft(
        sentence, name, null, group.authority(), charge, attribution, name.span(), "arrest.charged-member", false, -1);
  }

  private static boolean isIn(IndexedWord word, Phrase phrase, ParsedSentence sentence) {
    return phrase.span().contains(sentence.span(word));
  }
}
