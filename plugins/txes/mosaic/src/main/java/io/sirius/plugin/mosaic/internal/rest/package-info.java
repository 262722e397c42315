/**
 * The mosaic plugin's REST routes over its state, in js-xpx-chain-rest's shapes: {@code GET /mosaic/{mosaicId}},
 * {@code POST /mosaic}, {@code GET /mosaic/{mosaicId}/levy}, {@code GET /mosaic/{mosaicId}/richlist} and {@code GET /mosaics}.
 */
package io.sirius.plugin.mosaic.internal.rest;
