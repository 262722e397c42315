/**
 * The aggregate section of the network config, and the one fact the family reads from another plugin's section:
 * whether the multisig plugin, which judges cosigners over the multisig graph, is enabled.
 */
package io.sirius.plugin.aggregate.internal.config;
