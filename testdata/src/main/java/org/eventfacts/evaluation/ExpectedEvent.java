package org.eventfacts.evaluation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A gold event: the incident a document reports, as an incident registry records it. Every field
 * is optional; the gold gives only what the text makes checkable.
 *
 * <pre>{@code
 * {"type": "event", "date": "2021-03-14", "city": "Dayton", "region": "Ohio",
 *  "country": "United States", "killed": 1, "injured": 3, "arrested": 1}
 * }</pre>
 *
 * @param date the day of the incident, or {@code null}
 * @param city the city, or {@code null}
 * @param region the state or province (full name), or {@code null}
 * @param country the country, or {@code null}
 * @param killed the incident's total killed, or {@code null}
 * @param injured the incident's total injured, or {@code null}
 * @param missing the incident's total missing, or {@code null}
 * @param arrested the incident's total arrested, or {@code null}
 */
public record ExpectedEvent(
    @Nullable LocalDate date,
    @Nullable String city,
    @Nullable String region,
    @Nullable String country,
    @Nullable Long killed,
    @Nullable Long injured,
    @Nullable Long missing,
    @Nullable Long arrested)
    implements Expectation {

  public ExpectedEvent {
    checkArgument(killed == null || killed >= 0, "killed must not be negative, got %s", killed);
    checkArgument(injured == null || injured >= 0, "injured must not be negative, got %s", injured);
    checkArgument(missing == null || missing >= 0, "missing must not be negative, got %s", missing);
    checkArgument(
        arrested == null || arrested >= 0, "arrested must not be negative, got %s", arrested);
  }

  @Override
  public FactType type() {
    return FactType.EVENT;
  }

  @Override
  public String summary() {
    return new Summary()
        .add("event")
        .add("date", date == null ? null : date.toString())
        .add("city", city)
        .add("region", region)
        .add("country", country)
        .add("killed", killed == null ? null : killed.toString())
        .add("injured", injured == null ? null : injured.toString())
        .add("missing", missing == null ? null : missing.toString())
        .add("arrested", arrested == null ? null : arrested.toString())
        .toString();
  }
}
