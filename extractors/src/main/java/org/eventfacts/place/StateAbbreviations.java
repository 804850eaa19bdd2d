package org.eventfacts.place;

import com.google.common.collect.ImmutableMap;
import org.jspecify.annotations.Nullable;

/**
 * The abbreviations of United States states that news copy uses after a city ("Aurora, Ill.",
 * "AURORA, IL"): the AP stylebook's forms and the two-letter postal codes. Both map to the
 * postal code, which is also GeoNames' first-level code of the state.
 *
 * <pre>{@code
 * StateAbbreviations.postalCode("Ill.")   // "IL"
 * StateAbbreviations.postalCode("N.Y.")   // "NY"
 * StateAbbreviations.postalCode("OK")     // "OK": a postal code, read only in upper case
 * }</pre>
 */
final class StateAbbreviations {

  private static final ImmutableMap<String, String> AP =
      ImmutableMap.<String, String>builder()
          .put("Ala.", "AL").put("Ariz.", "AZ").put("Ark.", "AR").put("Calif.", "CA")
          .put("Colo.", "CO").put("Conn.", "CT").put("Del.", "DE").put("Fla.", "FL")
          .put("Ga.", "GA").put("Ill.", "IL").put("Ind.", "IN").put("Kan.", "KS")
          .put("Kans.", "KS").put("Ky.", "KY").put("La.", "LA").put("Md.", "MD")
          .put("Mass.", "MA").put("Mich.", "MI").put("Minn.", "MN").put("Miss.", "MS")
          .put("Mo.", "MO").put("Mont.", "MT").put("Neb.", "NE").put("Nebr.", "NE")
          .put("Nev.", "NV").put("N.H.", "NH").put("N.J.", "NJ").put("N.M.", "NM")
          .put("N.Y.", "NY").put("N.C.", "NC").put("N.D.", "ND").put("Okla.", "OK")
          .put("Ore.", "OR").put("Pa.", "PA").put("Penn.", "PA").put("R.I.", "RI")
          .put("S.C.", "SC").put("S.D.", "SD").put("Tenn.", "TN").put("Tex.", "TX")
          .put("Vt.", "VT").put("Va.", "VA").put("Wash.", "WA").put("W.Va.", "WV")
          .put("W. Va.", "WV").put("Wis.", "WI").put("Wisc.", "WI").put("Wyo.", "WY")
          .put("D.C.", "DC")
          .buildOrThrow();

  private static final String POSTAL =
      "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
          + " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC";

  private StateAbbreviations() {}

  /** The postal code an abbreviation stands for, or {@code null} when it is none. */
  static @Nullable String postalCode(String abbreviation) {
    String ap = AP.get(abbreviation);
    if (ap != null) {
      return ap;
    }
    if (abbreviation.length() == 2
        && abbreviation.equals(abbreviation.toUpperCase(java.util.Locale.ROOT))
        && POSTAL.contains(abbreviation)) {
      return abbreviation;
    }
    return null;
  }
}
