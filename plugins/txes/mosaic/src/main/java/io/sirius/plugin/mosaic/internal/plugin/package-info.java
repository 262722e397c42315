/**
 * The mosaic plugin's entry point ({@link io.sirius.plugin.mosaic.internal.plugin.MosaicPlugin}), and the codec and
 * handler of each of its transaction types.
 */
package io.sirius.plugin.mosaic.internal.plugin;
