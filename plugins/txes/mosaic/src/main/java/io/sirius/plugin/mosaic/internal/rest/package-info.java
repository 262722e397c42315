/**
 * The mosaic plugin's REST routes over its state, in js-xpx-chain-rest's shapes: {@code GET /mosaic/{mosaicId}},
 * {@code POST /mosaic}, {@code GET /mosaic/{mosaicId}/levy} and {@code GET /mosaic/{mosaicId}/richlist}.
 */
package io.sirius.plugin.mosaic.internal.rest;
