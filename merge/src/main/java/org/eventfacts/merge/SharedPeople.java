package org.eventfacts.merge;

/**
 * The people two reports both name: {@code strong} those at least one of them names as a victim,
 * perpetrator or arrestee; {@code weak} those both only mention (a witness, a relative, a byline).
 *
 * @param strong how many shared people at least one report's facts name
 * @param weak how many other shared people
 */
record SharedPeople(int strong, int weak) {

  static SharedPeople of(ReportProfile a, ReportProfile b) {
    int strong = 0;
    int weak = 0;
    ReportProfile small = a.people().size() <= b.people().size() ? a : b;
    ReportProfile large = small == a ? b : a;
    for (String key : small.people()) {
      if (large.people().contains(key)) {
        if (a.names().contains(key) || b.names().contains(key)) {
          strong++;
        } else {
          weak++;
        }
      }
    }
    return new SharedPeople(strong, weak);
  }

  int total() {
    return strong + weak;
  }
}
