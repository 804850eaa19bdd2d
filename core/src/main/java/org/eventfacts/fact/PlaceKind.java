package org.eventfacts.fact;

/** How large a {@link Place} is, from a street address up to a whole country. */
public enum PlaceKind {
  /** A street, a block or a building ("the 2500 block of Elm Street"). */
  ADDRESS,
  /** A part of a city ("the West End neighbourhood"). */
  NEIGHBOURHOOD,
  /** A city, town or village. */
  CITY,
  /** A second-level division of a country: a county or district ("Wagoner County"). */
  COUNTY,
  /** A first-level division of a country: a state, province or region. */
  REGION,
  /** A country. */
  COUNTRY
}
