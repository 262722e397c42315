/** The lockhash section of the network config, and the {@code [chain]} values its rules need. */
package io.sirius.plugin.lockhash.internal.config;
