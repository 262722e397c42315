/**
 * The byte forms of the mosaic plugin's caches: the key codec and the versioned entry serializers behind
 * {@link io.sirius.plugin.mosaic.model.MosaicCache} and {@link io.sirius.plugin.mosaic.model.LevyCache}, and the
 * plugin's indexes of mosaics ({@link io.sirius.plugin.mosaic.internal.state.MosaicIndexes}).
 */
package io.sirius.plugin.mosaic.internal.state;
