/**
 * Where: the places a story names, resolved with an offline gazetteer built from GeoNames data.
 *
 * <p>Start from {@link org.eventfacts.place.PlaceReader}, which asks {@link
 * org.eventfacts.place.PlaceCandidates} for the names that may be places (datelines, tagged
 * locations, towns of agencies, towns used as modifiers) and resolves them with a {@link
 * org.eventfacts.place.Gazetteer}; each {@link org.eventfacts.place.PlaceMention} says how the
 * story names its place ({@link org.eventfacts.place.PlaceRole}). The bundled gazetteer loads on
 * first use.
 */
@NullMarked
package org.eventfacts.place;

import org.jspecify.annotations.NullMarked;
