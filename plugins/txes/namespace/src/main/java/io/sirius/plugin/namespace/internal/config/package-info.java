/**
 * The namespace plugin's section of the network config, and the interim rules standing in for facts the plugin API
 * does not yet give plugins (the chain's block time, the network's public key).
 */
package io.sirius.plugin.namespace.internal.config;
