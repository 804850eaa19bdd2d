package org.eventfacts.quote;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;
import org.eventfacts.text.Dependencies;

/**
 * A quotation inside reported speech is the reporter's statement: in "The senator said the mayor
 * had called the plan 'a disaster'" the writer relays the senator's account, so the fragment is
 * attributed to the senator, whoever first used the words. News attribution is read from the
 * outside in: the outermost reporting verb whose content clause holds the quotation's own cue
 * names the speaker.
 *
 * <p>Only a reporting verb written before the cue encloses it: in "The minister called the strike
 * 'a crime', his spokesman said" the attribution at the end relays the minister's own words. A
 * relative clause is its own statement ("the mayor, who called the plan 'a disaster', said
 * ..."): the climb stops there.
 */
final class EnclosingReports {

  /** How far up from the cue an enclosing reporting verb may be. */
  private static final int MAX_CLIMB = 8;

  private static final ImmutableSet<String> SUBJECTS = ImmutableSet.of("nsubj");

  private final SpeakerFinder speakers;
  private final QuotedText quoted;

  EnclosingReports(SpeakerFinder speakers, QuotedText quoted) {
    this.speakers = speakers;
    this.quoted = quoted;
  }

  /** The reporting verb whose content holds {@code cue}, outermost first, if there is one. */
  Optional<Cue> around(Cue cue, BasicTree tree) {
    if (cue.accordingTo()) {
      return Optional.empty();
    }
    Cue outermost = null;
    IndexedWord node = cue.word();
    for (int step = 0; step < MAX_CLIMB; step++) {
      String relation = Dependencies.relationToHead(tree.graph(), node);
      Optional<IndexedWord> head = tree.head(node);
      if (head.isEmpty() || relation.startsWith("acl:relcl")) {
        break;
      }
      IndexedWord up = head.get();
      if (isContentClause(tree, node, relation)
          && up.index() < cue.word().index()
          && SpeakerFinder.isReportingVerb(up)
          && !quoted.isQuoted(tree.sentence().token(up.index()))) {
        Cue candidate = Cue.verb(tree.sentence(), up);
        if (speakers.speaker(candidate, tree).isPresent()) {
          outermost = candidate;
        }
      }
      node = up;
    }
    return Optional.ofNullable(outermost);
  }

  /**
   * A content clause: a clausal complement, or one the parser calls open though it has a subject of
   * its own ("said [it would tell] a story of 'suffering'").
   */
  private static boolean isContentClause(BasicTree tree, IndexedWord node, String relation) {
    return relation.equals("ccomp")
        || (relation.equals("xcomp")
            && !Dependencies.children(tree.graph(), node, SUBJECTS).isEmpty());
  }
}
