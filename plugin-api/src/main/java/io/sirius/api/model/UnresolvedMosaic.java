package io.sirius.api.model;

/**
 * A mosaic amount as a transaction names it: the id may be a namespace alias.
 *
 * @param id the mosaic or alias id
 * @param amount the amount in atomic units
 */
public record UnresolvedMosaic(UnresolvedMosaicId id, Amount amount) {
}
