/**
 * The namespace plugin's section of the network config, and the block time of the {@code [chain]} section that turns
 * its durations into blocks.
 */
package io.sirius.plugin.namespace.internal.config;
