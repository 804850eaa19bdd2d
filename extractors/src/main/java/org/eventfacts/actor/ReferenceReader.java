package org.eventfacts.actor;

import java.util.Optional;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Reads a text from start to end, keeping track of how prominent each actor is ({@link Salience}),
 * and adds to the actors the pronouns ({@link PronounResolver}) and descriptions ({@link
 * DescriptionResolver}) that refer to them. Words inside quotation marks are the speaker's, not the
 * writer's: their pronouns are left alone.
 */
final class ReferenceReader {

  private ReferenceReader() {}

  static void read(ParsedText text, MentionIndex index, QuotedWords quoted) {
    Salience salience = new Salience();
    PronounResolver pronouns = new PronounResolver(index, salience);
    DescriptionResolver descriptions = new DescriptionResolver(index, salience);
    for (ParsedSentence sentence : text.sentences()) {
      int s = sentence.index();
      int i = 1;
      while (i <= sentence.tokens().size()) {
        Optional<Mention> known = index.mentionAt(s, i);
        if (known.isPresent()) {
          Entity entity = index.entityAt(s, i).orElseThrow();
          salience.add(entity, known.get(), quoted.isQuoted(s, i));
          i = known.get().last() + 1;
          continue;
        }
        if (quoted.isQuoted(s, i)) {
          i++;
          continue;
        }
        String word = sentence.token(i).word();
        if (PronounResolver.isPronoun(word)) {
          Optional<Entity> entity = pronouns.resolve(sentence, i);
          if (entity.isPresent()) {
            add(index, salience, entity.get(), new Mention(sentence, i, i));
            entity.get().voteGender(Gender.ofPronoun(word));
          }
          i++;
          continue;
        }
        Optional<DescriptionResolver.Resolved> described = descriptions.resolve(sentence, i);
        if (described.isPresent()) {
          add(index, salience, described.get().entity(), described.get().mention());
          i = described.get().mention().last() + 1;
          continue;
        }
        i++;
      }
    }
  }

  private static void add(MentionIndex index, Salience salience, Entity entity, Mention mention) {
    entity.addReference(mention);
    index.put(mention, entity);
    salience.add(entity, mention, false);
  }
}
