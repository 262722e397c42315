/**
 * The multisig section of the network config, and the one key of the aggregate section the multisig rules read
 * ({@code strictSigner}), as Sirius's multisig plugin reads it.
 */
package io.sirius.plugin.multisig.internal.config;
