/**
 * The mosaic plugin's section of the network config.
 */
package io.sirius.plugin.mosaic.internal.config;
