package org.eventfacts.badinput;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One class of bad input: how to make its bytes, and what eventfacts must make of them.
 *
 * <pre>{@code
 * BadInput emoji = BadInputs.byName("emoji");
 * byte[] file = emoji.bytes();
 * emoji.errorKind()        // null: the input must give facts
 * emoji.mustFind()         // [12 KILLED, 30 INJURED]
 * }</pre>
 *
 * @param name a short file-name-safe name of the class
 * @param description what the input holds, for a person
 * @param content makes the file's bytes (called afresh each time: some are megabytes)
 * @param errorKind the {@code error.kind} the record must carry ({@code DECODE}, {@code TOO_LONG},
 *     ...), or {@code null} when the record must hold facts
 * @param mustFind casualty counts the record must hold
 * @param mustNotCount values no casualty count may have (numbers that are not counts)
 * @param english whether the text must be judged English ({@code null}: not checked)
 */
public record BadInput(
    String name,
    String description,
    Supplier<byte[]> content,
    @Nullable String errorKind,
    List<ExpectedCount> mustFind,
    Set<Long> mustNotCount,
    @Nullable Boolean english) {

  public BadInput {
    checkNotNull(name, "name");
    checkArgument(name.matches("[a-z0-9-]+"), "a class name is a file name: %s", name);
    checkNotNull(description, "description");
    checkNotNull(content, "content");
    checkArgument(
        errorKind == null || mustFind.isEmpty(), "an input with an error record has no facts");
    mustFind = ImmutableList.copyOf(mustFind);
    mustNotCount = Set.copyOf(mustNotCount);
  }

  /** The input's bytes, made afresh. */
  public byte[] bytes() {
    return content.get();
  }
}
