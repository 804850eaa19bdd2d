package org.eventfacts.place;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventfacts.fact.Span;
import org.jspecify.annotations.Nullable;

/**
 * The call sign of a broadcaster of the United States, which local news stories carry in their
 * dateline or credits: "(WMC) —", "WAGONER COUNTY, OK (KSWO) -", "(Kelsey Thomas | KSNV)", "WFAA-TV".
 * Call signs of stations in the United States begin with K or W (those of Canada with C, of
 * Mexico with X), so such a story comes from the United States, which is where its incident is
 * when the text names no place at all.
 *
 * <pre>{@code
 * StationCallSign.find("(WMC) - Police are hunting two men ...")   // the span of "WMC"
 * StationCallSign.find("the World Health Organization (WHO) said") // null
 * }</pre>
 */
final class StationCallSign {

  private static final Pattern CALL_SIGN =
      Pattern.compile(
          "(?:^\\s*\\(|\\|\\s*|\\b)([KW][A-Z]{2,3})(?:-(?:TV|FM|AM|DT))?(?:\\)\\s*(?:—|–|-)|\\)|-TV\\b|\\s+(?:Action\\s+)?News\\b)",
          Pattern.MULTILINE);
  /** Acronyms of the form that are no stations. */
  private static final Set<String> NOT_STATIONS =
      ImmutableSet.of("WHO", "WTO", "WFP", "WWF", "WWE", "WWII", "WMD", "WNBA", "KGB", "KKK", "WPA", "WIC");
  /** How far into the story a call sign is looked for: its dateline and opening credits. */
  private static final int OPENING = 1_500;

  private StationCallSign() {}

  /** The first call sign in the opening of {@code text}, or {@code null}. */
  static @Nullable Span find(String text) {
    Matcher m = CALL_SIGN.matcher(text.substring(0, Math.min(text.length(), OPENING)));
    while (m.find()) {
      String sign = m.group(1);
      boolean standalone = m.group().contains(")") || m.group().contains("|") || m.group().contains("-TV")
          || m.group().contains("News");
      if (standalone && !NOT_STATIONS.contains(sign)) {
        return new Span(m.start(1), m.end(1));
      }
    }
    return null;
  }
}
