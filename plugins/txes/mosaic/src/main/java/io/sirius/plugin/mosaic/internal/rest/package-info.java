/**
 * The mosaic plugin's REST routes over its state, in js-xpx-chain-rest's shapes: {@code GET /mosaic/{mosaicId}},
 * {@code POST /mosaic} and {@code GET /mosaic/{mosaicId}/levy}.
 */
package io.sirius.plugin.mosaic.internal.rest;
