package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eventfacts.fact.Count;
import org.jspecify.annotations.Nullable;

/**
 * One event as one document reports it: what the merge compares and keeps. It is read from a
 * line of {@code extract}'s JSON ({@link org.eventfacts.merge.io.FactsLines}) or from the fact
 * model ({@link org.eventfacts.merge.io.EventReports}), or built by hand:
 *
 * <pre>{@code
 * EventReport report = EventReport.builder("ledger-0412", "e1")
 *     .published(LocalDate.of(2024, 3, 9))
 *     .headline("Two killed in Aurora warehouse shooting")
 *     .date(ReportedDate.day(LocalDate.of(2024, 3, 8)))
 *     .place(new ReportedPlace("Aurora", PlaceKind.CITY, "Illinois", "United States", "US", 41.76, -88.32))
 *     .figure(Figure.KILLED, Count.exact("two", 2), "police")
 *     .name("Dale Morrow")
 *     .build();
 * }</pre>
 *
 * @param member the document and the event's id in it
 * @param published the document's publication date, or {@code null} when the feed does not say
 * @param headline the document's headline, or {@code null}
 * @param date when it happened, or {@code null} when neither the text nor the feed says
 * @param place where it happened, or {@code null} when the text does not say
 * @param figures the tolls the document states for the event, in {@link Figure} order
 * @param names the people the event's facts name as its victims, perpetrators or arrestees, as
 *     written
 * @param people other people the document names without a title (witnesses, relatives, victims
 *     the facts do not link), weaker evidence than {@code names}: a document's bylines and
 *     bystanders recur across the incidents of one town
 */
public record EventReport(
    Member member,
    @Nullable LocalDate published,
    @Nullable String headline,
    @Nullable ReportedDate date,
    @Nullable ReportedPlace place,
    Map<Figure, StatedFigure> figures,
    List<String> names,
    List<String> people) {

  public EventReport {
    checkNotNull(member, "member");
    figures = Maps.immutableEnumMap(figures);
    names = ImmutableList.copyOf(names);
    people = ImmutableList.copyOf(people);
  }

  /** A builder for the event {@code event} of document {@code doc}. */
  public static Builder builder(String doc, String event) {
    return new Builder(new Member(doc, event));
  }

  /** The document's id. */
  public String doc() {
    return member.doc();
  }

  /** The figure the document states for {@code figure}, or {@code null}. */
  public @Nullable StatedFigure figure(Figure figure) {
    return figures.get(figure);
  }

  /** Builds an {@link EventReport}; every field but the member is optional. */
  public static final class Builder {

    private final Member member;
    private @Nullable LocalDate published;
    private @Nullable String headline;
    private @Nullable ReportedDate date;
    private @Nullable ReportedPlace place;
    private final Map<Figure, StatedFigure> figures = new EnumMap<>(Figure.class);
    private final List<String> names = new ArrayList<>();
    private final List<String> people = new ArrayList<>();

    private Builder(Member member) {
      this.member = member;
    }

    /** The document's publication date. */
    public Builder published(@Nullable LocalDate published) {
      this.published = published;
      return this;
    }

    /** The document's headline. */
    public Builder headline(@Nullable String headline) {
      this.headline = headline;
      return this;
    }

    /** When the event happened. */
    public Builder date(@Nullable ReportedDate date) {
      this.date = date;
      return this;
    }

    /** Where the event happened. */
    public Builder place(@Nullable ReportedPlace place) {
      this.place = place;
      return this;
    }

    /** A toll of the event, with its source or {@code null}; a second one of a kind replaces it. */
    public Builder figure(Figure figure, Count count, @Nullable String source) {
      figures.put(checkNotNull(figure, "figure"), new StatedFigure(count, source));
      return this;
    }

    /** A person the event's facts name: a victim, a perpetrator, an arrestee. */
    public Builder name(String name) {
      checkArgument(name != null && !name.isBlank(), "a name must have words");
      names.add(name);
      return this;
    }

    /** Another person the document names (a witness, a relative), weaker evidence. */
    public Builder person(String name) {
      checkArgument(name != null && !name.isBlank(), "a name must have words");
      people.add(name);
      return this;
    }

    /** This builder with every field of {@code report} but its member. */
    public Builder from(EventReport report) {
      published = report.published();
      headline = report.headline();
      date = report.date();
      place = report.place();
      figures.putAll(report.figures());
      names.addAll(report.names());
      people.addAll(report.people());
      return this;
    }

    /** The report. */
    public EventReport build() {
      return new EventReport(member, published, headline, date, place, figures, names, people);
    }
  }
}
