/**
 * Tells whether a clause asserts that something happened, denies it ("no one was injured") or only
 * entertains it ("could have been killed", "threatened to kill").
 *
 * <p>Start from {@link org.eventfacts.modality.ModalityReader}. Internal to eventfacts.
 */
@NullMarked
package org.eventfacts.modality;

import org.jspecify.annotations.NullMarked;
