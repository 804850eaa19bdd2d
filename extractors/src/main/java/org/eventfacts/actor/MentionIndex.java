package org.eventfacts.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which actor each token of a text mentions, kept up to date as mentions are added. */
final class MentionIndex {

  private final Map<Long, Entity> entities = new HashMap<>();
  private final Map<Long, Mention> mentions = new HashMap<>();

  MentionIndex(List<Entity> all) {
    for (Entity entity : all) {
      for (Mention mention : entity.mentions()) {
        put(mention, entity);
      }
    }
  }

  void put(Mention mention, Entity entity) {
    for (int token = mention.first(); token <= mention.last(); token++) {
      entities.put(key(mention.sentenceIndex(), token), entity);
      mentions.put(key(mention.sentenceIndex(), token), mention);
    }
  }

  /** The actor the token {@code token} (1-based) of sentence {@code sentence} mentions. */
  Optional<Entity> entityAt(int sentence, int token) {
    return Optional.ofNullable(entities.get(key(sentence, token)));
  }

  /** The mention that covers the token, if any. */
  Optional<Mention> mentionAt(int sentence, int token) {
    return Optional.ofNullable(mentions.get(key(sentence, token)));
  }

  private static long key(int sentence, int token) {
    return ((long) sentence << 20) | token;
  }
}
