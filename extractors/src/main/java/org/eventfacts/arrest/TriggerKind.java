package org.eventfacts.arrest;

/** How a word that states custody reaches the person in custody; each kind has its own grammar. */
enum TriggerKind {
  /**
   * A verb done to the arrestee: "was arrested", "police detained two men", "was taken into
   * custody", "rounded up 17 suspects", "the jailed activist".
   */
  VERB,
  /** A person kept in a custody place: "remained in custody", "is in jail", "the man in custody". */
  STATE,
  /** A noun for the act: "the arrest of three men", "his detention", "police made 40 arrests". */
  NOUN,
  /** A person who gives themselves up: "surrendered to police", "turned himself in". */
  SURRENDER
}
