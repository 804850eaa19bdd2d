package org.eventfacts.casualty;

/** How a casualty word reaches the people it counts; each kind has its own grammar. */
enum TriggerKind {
  /** A verb done to people: "were killed", "gunmen killed 49", "shot six people". */
  ACTION,
  /** A verb people undergo: "two people died", "three drowned". */
  DEATH,
  /** A state: "18 dead", "two are missing", "left one man dead", "Dozens of dead and injured". */
  STATE,
  /** A noun for the harm itself: "26 deaths", "the deaths of three people", "suffered injuries". */
  HARM_NOUN,
  /** A running total: "the death toll rose to 40". */
  TOLL,
  /** Lives lost or claimed: "lost their lives", "claimed 40 lives". */
  LIVES
}
