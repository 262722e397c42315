/**
 * The mosaic family's validators, one rule each, named after Sirius's, and its result codes
 * ({@link io.sirius.plugin.mosaic.internal.validators.MosaicResults}).
 *
 * <p>Sirius's {@code MosaicPluginConfigValidator} has no class here: the kernel checks a proposed network config by
 * running each plugin's own section parser ({@code MosaicConfig.parse}).
 */
package io.sirius.plugin.mosaic.internal.validators;
