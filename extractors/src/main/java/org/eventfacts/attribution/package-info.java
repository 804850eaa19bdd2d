/**
 * On whose authority a fact is stated ("according to official hospital figures", "police
 * said") and whether the text marks it as unconfirmed ("reportedly", "has not been independently
 * verified").
 *
 * <p>Start from {@link org.eventfacts.attribution.AttributionReader}, which returns an {@link
 * org.eventfacts.attribution.Attribution}. Internal to eventfacts.
 */
@NullMarked
package org.eventfacts.attribution;

import org.jspecify.annotations.NullMarked;
