package org.eventfacts.merge;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Lists;
import org.jspecify.annotations.Nullable;

/**
 * What the merge derives once from a report to compare it with others: its date window, its place
 * identity, its people's name keys and its headline's distinctive words.
 *
 * @param index the report's position in the input
 * @param doc the index of its document among the documents seen
 * @param report the report
 * @param window when it may have happened, or {@code null} when undated
 * @param place where it happened, or {@code null} when the document does not say
 * @param names the keys of the people its facts name (victims, perpetrators, arrestees)
 * @param people the keys of every person it names, {@code names} included
 * @param words the distinctive words of its document's headline
 * @param blockKey the place key it is blocked under: {@code "US|illinois"}, {@code "US|"}, {@code
 *     "|"}
 */
record ReportProfile(
    int index,
    int doc,
    EventReport report,
    @Nullable DateWindow window,
    @Nullable PlaceProfile place,
    ImmutableSet<String> names,
    ImmutableSet<String> people,
    ImmutableSet<String> words,
    String blockKey) {

  static ReportProfile of(int index, int doc, EventReport report, int inferredReach) {
    return of(index, doc, report, inferredReach, new SharedValues());
  }

  static ReportProfile of(
      int index, int doc, EventReport report, int inferredReach, SharedValues shared) {
    ReportedPlace reported = report.place();
    PlaceProfile place = reported == null ? null : shared.place(reported);
    return new ReportProfile(
        index,
        doc,
        report,
        DateWindow.of(report.date(), inferredReach),
        place,
        shared.words(NameKeys.of(report.names())),
        shared.words(NameKeys.of(Lists.newArrayList(Iterables.concat(report.names(), report.people())))),
        shared.words(HeadlineWords.of(report.headline())),
        place == null ? "|" : place.blockKey());
  }

  /** This profile with other headline words. */
  ReportProfile withWords(ImmutableSet<String> distinctive) {
    return new ReportProfile(index, doc, report, window, place, names, people, distinctive, blockKey);
  }

  @Nullable String countryCode() {
    return place == null ? null : place.countryCode();
  }

  boolean regionKnown() {
    return place != null && place.region() != null;
  }
}
