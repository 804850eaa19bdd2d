package org.eventfacts.actor;

import com.google.common.collect.ImmutableSet;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import org.eventfacts.text.Dependencies;

/**
 * Tells an organisation that is only the channel of a statement from one that acts. A social
 * platform is a channel unless it is the subject of a clause ("said on Telegram", but "Telegram
 * blocked the channels"); any outlet is a channel where a statement is made on, via or through it
 * ("told reporters on Radio Kestrel", "in an interview via Skype"). A news agency that reports is
 * an actor ("a reporter for the Kestrel News Agency said").
 */
final class Channels {

  static final ImmutableSet<String> PLATFORMS =
      ImmutableSet.of(
          "twitter",
          "facebook",
          "instagram",
          "youtube",
          "tiktok",
          "telegram",
          "whatsapp",
          "linkedin",
          "snapchat",
          "reddit",
          "weibo",
          "wechat",
          "vkontakte",
          "vk",
          "truth social",
          "threads",
          "bluesky",
          "mastodon",
          "signal",
          "skype",
          "zoom",
          "x");

  private static final ImmutableSet<String> CHANNEL_RELATIONS =
      ImmutableSet.of(
          "obl:on", "nmod:on", "obl:via", "nmod:via", "obl:through", "nmod:through", "obl:over");

  private static final ImmutableSet<String> STATEMENT_WORDS =
      ImmutableSet.of(
          "say",
          "tell",
          "write",
          "post",
          "tweet",
          "announce",
          "appear",
          "speak",
          "comment",
          "publish",
          "broadcast",
          "air",
          "report",
          "state",
          "declare",
          "reveal",
          "confirm",
          "add",
          "share",
          "respond",
          "reply",
          "argue",
          "claim",
          "warn",
          "urge",
          "call",
          "insist",
          "deny",
          "statement",
          "post",
          "message",
          "interview",
          "video",
          "address",
          "speech",
          "appearance",
          "comment",
          "remark",
          "broadcast",
          "show",
          "programme",
          "program",
          "account",
          "page",
          "channel",
          "feed",
          "livestream",
          "stream");

  private Channels() {}

  /** Whether every mention of {@code entity} is a channel, so that it is no actor. */
  static boolean isOnlyAChannel(Entity entity) {
    if (entity.names().isEmpty()) {
      return false;
    }
    for (Name name : entity.names()) {
      if (!isChannel(name)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isChannel(Name name) {
    Mention mention = name.mention();
    SemanticGraph graph = mention.sentence().graph();
    boolean platform = PLATFORMS.contains(String.join(" ", name.words()));
    if (graph == null) {
      return platform;
    }
    IndexedWord head = TitleReader.headOf(graph, mention);
    if (head == null) {
      return platform;
    }
    Optional<SemanticGraphEdge> up = Dependencies.headEdge(graph, head);
    String relation = up.map(e -> e.getRelation().toString()).orElse("root");
    if (platform) {
      return !relation.startsWith("nsubj");
    }
    return up.isPresent()
        && CHANNEL_RELATIONS.contains(relation)
        && STATEMENT_WORDS.contains(Dependencies.lemma(up.get().getGovernor()));
  }
}
