package org.eventfacts.page;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sample articles bundled with the page: a few of {@code testdata/articles}, copied into the
 * jar at build time. Looked up by id in this closed list only, never as a path.
 *
 * <pre>{@code
 * Samples.byId("harbour-fire").map(Sample::text)
 * }</pre>
 */
public final class Samples {

  /** The bundled articles, in the order the page offers them. */
  public static final ImmutableList<String> IDS =
      ImmutableList.of(
          "sample-port-clashes", "capital-protests", "harbour-fire", "courthouse-plot",
          "market-bombing");

  private static final Supplier<ImmutableList<Sample>> ALL = Suppliers.memoize(Samples::load);

  private Samples() {}

  /** Every sample, in {@link #IDS} order. */
  public static ImmutableList<Sample> all() {
    return ALL.get();
  }

  /** The sample of that id, if there is one. */
  public static Optional<Sample> byId(String id) {
    return all().stream().filter(sample -> sample.id().equals(id)).findFirst();
  }

  private static ImmutableList<Sample> load() {
    ImmutableList.Builder<Sample> samples = ImmutableList.builder();
    for (String id : IDS) {
      String text = PageFiles.read("samples/" + id + ".txt");
      int end = text.indexOf('\n');
      samples.add(new Sample(id, (end < 0 ? text : text.substring(0, end)).strip(), text));
    }
    return samples.build();
  }
}
