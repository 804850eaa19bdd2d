package org.eventfacts.merge;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Blocking: the pairs of reports worth comparing, found without comparing every report with every
 * other, so that the work grows with the number of reports and the density of each block, not
 * with the square of the input.
 *
 * <p>A report is filed under its place key (country code and region) and under every day its
 * {@linkplain DateWindow date window} allows, or, for a window wider than {@value
 * DateWindow#NARROW_DAYS} days, under every month. Two reports are compared when they share a
 * block, each pair once, in the first block they share. A report that names its country but not
 * its region also meets the reports of every region of that country, in the country's blocks; a
 * report without a country meets everything of its days, in the world's blocks. Within a block
 * only the pairs that block is for are visited: in a country's block, a report without a region
 * with one that has one; in a block by month, pairs with at least one wide window. A block whose
 * comparisons would exceed the limit is skipped and counted (its reports then stay apart there),
 * so that one pathological block cannot stall a run.
 *
 * <p>Reports are also filed under the people they name, so that two reports of the same people
 * meet even where their places or dates disagree ({@link #forEachPairByPeople}).
 */
final class Blocks {

  /** What is done with each candidate pair. */
  interface PairSink {
    void accept(ReportProfile a, ReportProfile b);
  }

  /** At most this many months are filed for one window (a year's date is twelve). */
  static final int MAX_MONTHS = 24;

  /** The days a narrow window is widened by on either side for filing: half a story's gap. */
  static final long STORY_REACH = (Ties.STORY_DAYS + 1) / 2;

  private enum Scope {
    REGION,
    COUNTRY,
    WORLD
  }

  // Lists of a block, by whether its reports are open (for the scope: without region in a
  // country's block, without country in the world's; every report in a region's block) and wide.
  private static final int OPEN_NARROW = 0;
  private static final int OPEN_WIDE = 1;
  private static final int CLOSED_NARROW = 2;
  private static final int CLOSED_WIDE = 3;

  /** The pairs of lists each kind of block compares; a list with itself gives each pair once. */
  private static final int[][] DAY_REGION = {{OPEN_NARROW, OPEN_NARROW}};

  private static final int[][] DAY_COUNTRY = {{OPEN_NARROW, CLOSED_NARROW}};
  private static final int[][] DAY_WORLD = {{OPEN_NARROW, OPEN_NARROW}, {OPEN_NARROW, CLOSED_NARROW}};
  private static final int[][] MONTH_REGION = {{OPEN_WIDE, OPEN_WIDE}, {OPEN_WIDE, OPEN_NARROW}};
  private static final int[][] MONTH_COUNTRY = {
    {OPEN_WIDE, CLOSED_WIDE}, {OPEN_WIDE, CLOSED_NARROW}, {OPEN_NARROW, CLOSED_WIDE}
  };
  private static final int[][] MONTH_WORLD = {
    {OPEN_WIDE, OPEN_WIDE},
    {OPEN_WIDE, OPEN_NARROW},
    {OPEN_WIDE, CLOSED_WIDE},
    {OPEN_WIDE, CLOSED_NARROW},
    {OPEN_NARROW, CLOSED_WIDE}
  };

  private static final long SLOT_MASK = (1L << 33) - 1;
  private static final long DAY_OFFSET = 1L << 31;

  private final List<ReportProfile> profiles;
  private final long maxPairsPerBlock;
  private final Map<Long, Block> blocks = new HashMap<>();
  private final Map<String, IntList> byPerson = new HashMap<>();
  private final Map<String, Integer> placeIds = new HashMap<>();
  private long skippedBlocks;

  Blocks(List<ReportProfile> profiles, long maxPairsPerBlock) {
    this.profiles = profiles;
    this.maxPairsPerBlock = maxPairsPerBlock;
    for (ReportProfile profile : profiles) {
      file(profile);
      if (profile.window() != null) {
        for (String person : profile.people()) {
          byPerson.computeIfAbsent(person, k -> new IntList()).add(profile.index());
        }
      }
    }
  }

  /** Calls {@code sink} once for every pair of reports that share a block. */
  void forEachPair(PairSink sink) {
    for (Map.Entry<Long, Block> entry : blocks.entrySet()) {
      long key = entry.getKey();
      Scope scope = Scope.values()[(int) (key >>> 62)];
      boolean byMonth = ((key >>> 61) & 1) == 1;
      long slot = key & SLOT_MASK;
      Block block = entry.getValue();
      int[][] passes = passes(scope, byMonth);
      if (block.pairs(passes) > maxPairsPerBlock) {
        skippedBlocks++;
        continue;
      }
      for (int[] pass : passes) {
        IntList left = block.lists[pass[0]];
        IntList right = block.lists[pass[1]];
        boolean same = pass[0] == pass[1];
        for (int l = 0; l < left.size; l++) {
          ReportProfile a = profiles.get(left.values[l]);
          for (int r = same ? l + 1 : 0; r < right.size; r++) {
            ReportProfile b = profiles.get(right.values[r]);
            if (belongs(scope, a, b) && firstSharedSlot(byMonth, a, b) == slot) {
              sink.accept(a, b);
            }
          }
        }
      }
    }
  }

  /**
   * Calls {@code sink} once for every pair of reports that name a person in common but whose
   * places or dates disagree (the pairs the blocks by place and date do not give): the candidates
   * for {@link Ties}.
   */
  void forEachPairByPeople(PairSink sink) {
    Set<Long> offered = new HashSet<>();
    for (IntList block : byPerson.values()) {
      if ((long) block.size * block.size / 2 > maxPairsPerBlock) {
        skippedBlocks++;
        continue;
      }
      for (int l = 0; l < block.size; l++) {
        ReportProfile a = profiles.get(block.values[l]);
        for (int r = l + 1; r < block.size; r++) {
          ReportProfile b = profiles.get(block.values[r]);
          if (a.doc() != b.doc()
              && !meetByPlaceAndDate(a, b)
              && offered.add((long) a.index() << 32 | b.index())) {
            sink.accept(a, b);
          }
        }
      }
    }
  }

  /** Whether the blocks by place and date offer the pair (their filed days meet, places agree). */
  private static boolean meetByPlaceAndDate(ReportProfile a, ReportProfile b) {
    DateWindow x = Objects.requireNonNull(a.window());
    DateWindow y = Objects.requireNonNull(b.window());
    return isFiled(x)
        && isFiled(y)
        && filed(x).intersects(filed(y))
        && (a.place() == null || b.place() == null || a.place().compatibleWith(b.place()));
  }

  /** Whether a window is filed at all: not when it spans {@value #MAX_MONTHS} months or more. */
  private static boolean isFiled(DateWindow window) {
    return window.narrow()
        || DateWindow.monthOf(window.hi()) - DateWindow.monthOf(window.lo()) < MAX_MONTHS;
  }

  /**
   * The days a window is filed under: a narrow one with {@value #STORY_REACH} days more on either
   * side, so that two reports of one story a few days apart meet ({@link Ties#byStory}).
   */
  static DateWindow filed(DateWindow window) {
    return window.narrow()
        ? new DateWindow(window.lo() - STORY_REACH, window.hi() + STORY_REACH)
        : window;
  }

  /** How many blocks were too large to compare. */
  long skippedBlocks() {
    return skippedBlocks;
  }

  private static int[][] passes(Scope scope, boolean byMonth) {
    return switch (scope) {
      case REGION -> byMonth ? MONTH_REGION : DAY_REGION;
      case COUNTRY -> byMonth ? MONTH_COUNTRY : DAY_COUNTRY;
      case WORLD -> byMonth ? MONTH_WORLD : DAY_WORLD;
    };
  }

  private void file(ReportProfile profile) {
    DateWindow dated = profile.window();
    if (dated == null) {
      return; // undated: never merged, so never compared
    }
    DateWindow window = filed(dated);
    String countryCode = profile.countryCode();
    int region = placeId(profile.blockKey());
    int country = countryCode == null ? -1 : placeId(countryCode);
    if (dated.narrow()) {
      for (long day = window.lo(); day <= window.hi(); day++) {
        fileIn(Scope.REGION, false, region, day, profile);
        if (country >= 0) {
          fileIn(Scope.COUNTRY, false, country, day, profile);
        }
        fileIn(Scope.WORLD, false, 0, day, profile);
      }
    }
    long firstMonth = DateWindow.monthOf(window.lo());
    long lastMonth = DateWindow.monthOf(window.hi());
    if (lastMonth - firstMonth >= MAX_MONTHS) {
      return; // a date too vague to tie the report to anything
    }
    for (long month = firstMonth; month <= lastMonth; month++) {
      fileIn(Scope.REGION, true, region, month, profile);
      if (country >= 0) {
        fileIn(Scope.COUNTRY, true, country, month, profile);
      }
      fileIn(Scope.WORLD, true, 0, month, profile);
    }
  }

  private void fileIn(Scope scope, boolean byMonth, int place, long slot, ReportProfile profile) {
    long key =
        ((long) scope.ordinal() << 62)
            | ((byMonth ? 1L : 0L) << 61)
            | ((long) place << 33)
            | ((byMonth ? slot : slot + DAY_OFFSET) & SLOT_MASK);
    boolean open =
        switch (scope) {
          case REGION -> true;
          case COUNTRY -> !profile.regionKnown();
          case WORLD -> profile.countryCode() == null;
        };
    boolean wide = !Objects.requireNonNull(profile.window()).narrow();
    int list = open ? (wide ? OPEN_WIDE : OPEN_NARROW) : (wide ? CLOSED_WIDE : CLOSED_NARROW);
    blocks.computeIfAbsent(key, k -> new Block()).lists[list].add(profile.index());
  }

  /**
   * Whether the pair is this scope's to compare: in a country's or the world's block, two reports
   * of one place key meet in their region's block instead.
   */
  private static boolean belongs(Scope scope, ReportProfile a, ReportProfile b) {
    return scope == Scope.REGION || !a.blockKey().equals(b.blockKey());
  }

  /** The first slot both windows are filed under: a pair is compared in that slot's block only. */
  private static long firstSharedSlot(boolean byMonth, ReportProfile a, ReportProfile b) {
    long lo =
        Math.max(
            filed(Objects.requireNonNull(a.window())).lo(),
            filed(Objects.requireNonNull(b.window())).lo());
    return (byMonth ? DateWindow.monthOf(lo) : lo + DAY_OFFSET) & SLOT_MASK;
  }

  private int placeId(String key) {
    return placeIds.computeIfAbsent(key, k -> placeIds.size() + 1);
  }

  /** The reports filed under one key, in four lists by whether they are open and wide. */
  private static final class Block {
    final IntList[] lists = {new IntList(), new IntList(), new IntList(), new IntList()};

    long pairs(int[][] passes) {
      long pairs = 0;
      for (int[] pass : passes) {
        pairs += (long) lists[pass[0]].size * lists[pass[1]].size;
      }
      return pairs;
    }
  }

  /** A growable list of ints, to file a report under many blocks without boxing. */
  private static final class IntList {
    int[] values = new int[2];
    int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }
}
