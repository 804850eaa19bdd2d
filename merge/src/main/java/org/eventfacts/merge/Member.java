package org.eventfacts.merge;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One event of one document: the unit the merge groups into incidents.
 *
 * <pre>{@code
 * new Member("ledger-0412", "e1")   // the main event of document ledger-0412
 * }</pre>
 *
 * @param doc the document's id, as {@code extract} wrote it
 * @param event the event's id within that document ({@code "e1"}, ...)
 */
public record Member(String doc, String event) implements Comparable<Member> {

  public Member {
    checkArgument(doc != null && !doc.isEmpty(), "a member needs its document's id");
    checkArgument(event != null && !event.isEmpty(), "a member needs its event's id");
  }

  @Override
  public int compareTo(Member other) {
    int byDoc = doc.compareTo(other.doc);
    return byDoc != 0 ? byDoc : event.compareTo(other.event);
  }

  @Override
  public String toString() {
    return doc + "#" + event;
  }
}
