package org.eventfacts.actor;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eventfacts.fact.ActorKind;
import org.eventfacts.text.ParsedSentence;
import org.eventfacts.text.ParsedText;

/**
 * Reads the short forms news English introduces in parentheses after an organisation's name, "the
 * Northern Grain Council (NGC)", "the Federal Grain Office (BGA)", so that each later use of the
 * short form is a mention of the organisation, whether or not the tagger marked it and whether or
 * not its letters are the long name's initials.
 */
final class ParentheticalAliases {

  /** The names with the short forms added, and each short form's long name. */
  record Result(ImmutableList<Name> names, Map<String, String> aliases) {}

  private ParentheticalAliases() {}

  static Result read(ParsedText text, List<Name> names) {
    Map<String, String> aliases = new HashMap<>();
    for (Name name : names) {
      if (name.kind() != ActorKind.ORGANIZATION) {
        continue;
      }
      ParsedSentence sentence = name.mention().sentence();
      int open = name.mention().last() + 1;
      if (open + 2 > sentence.tokens().size()) {
        continue;
      }
      CoreLabel alias = sentence.token(open + 1);
      if (isOpening(sentence.token(open))
          && isClosing(sentence.token(open + 2))
          && Acronyms.looksLikeAcronym(alias.word())) {
        aliases.putIfAbsent(alias.word(), String.join(" ", name.words()));
      }
    }
    if (aliases.isEmpty()) {
      return new Result(ImmutableList.copyOf(names), aliases);
    }
    List<Name> all = new ArrayList<>();
    for (Name name : names) {
      // a short form tagged as another kind is still the organisation
      all.add(aliases.containsKey(name.text()) ? name.withKind(ActorKind.ORGANIZATION) : name);
    }
    for (ParsedSentence sentence : text.sentences()) {
      for (int i = 1; i <= sentence.tokens().size(); i++) {
        if (!aliases.containsKey(sentence.token(i).word())) {
          continue;
        }
        Mention mention = new Mention(sentence, i, i);
        if (names.stream().noneMatch(n -> n.mention().overlaps(mention))) {
          all.add(new Name(mention, ActorKind.ORGANIZATION));
        }
      }
    }
    return new Result(ImmutableList.sortedCopyOf(all), aliases);
  }

  private static boolean isOpening(CoreLabel token) {
    return token.word().equals("(") || "-LRB-".equals(token.tag());
  }

  private static boolean isClosing(CoreLabel token) {
    return token.word().equals(")") || "-RRB-".equals(token.tag());
  }
}
